"""`$ref`s: recursive schemas generate working code; endless reference chains and schemas
inside their own allOf are refused where they are; external references are refused and
never fetched or read."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from generator.pipeline import generate_files
from generator.problems import SpecError
from generator.writing import write_tree

from .helpers import CONFIG, ROOT
from .sketches import Sketch, spec_of

NODE = "#/components/schemas/m0"  # the model of the first sketched resource


def _write(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


def _problems(path: Path) -> list[Any]:
    with pytest.raises(SpecError) as raised:
        generate_files([path], use_cache=False)
    return raised.value.problems


def test_recursive_schemas_generate_code_that_round_trips_nested_values(tmp_path: Path) -> None:
    nested = {
        "name": "root",
        "parent": {"name": "up", "parent": {"name": "top"}},
        "children": [{"name": "leaf"}],
    }
    fields: dict[str, dict[str, Any]] = {
        "name": {"type": "string", "example": "node"},
        "parent": {"$ref": NODE, "example": nested["parent"]},
        "children": {"type": "array", "items": {"$ref": NODE}, "example": nested["children"]},
        "pair": {"$ref": "#/components/schemas/pair", "example": {"left": {"right": {}}}},
    }
    spec = spec_of([Sketch("Nodes", fields, {"Name": {"type": "string"}}, sid_prefix="ND")])
    spec["components"]["schemas"]["pair"] = {  # two schemas that refer to each other
        "type": "object",
        "properties": {"left": {"$ref": "#/components/schemas/pair_half"}},
    }
    spec["components"]["schemas"]["pair_half"] = {
        "type": "object",
        "properties": {"right": {"$ref": "#/components/schemas/pair"}},
    }
    out = tmp_path / "out"
    files = generate_files([_write(tmp_path, spec)], use_cache=False)
    write_tree(files, out)
    module = files["src/twilio_sdk/widgets/v1/node.py"]
    assert (
        "parent: dict[str, Any] | None" in module
        and "children: list[dict[str, Any]] | None" in module
    )
    # The generated tests assert every field of every example exactly, nested values included.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(out / "tests")],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert (
        '"name": "top"' in files["tests/test_widgets_v1_node.py"]
    )  # the deepest value is among those asserted


def test_an_endless_ref_chain_is_refused_at_each_ref(tmp_path: Path) -> None:
    spec = spec_of([Sketch("Nodes", {"loop": {"$ref": "#/components/schemas/a"}}, sid_prefix="ND")])
    spec["components"]["schemas"]["a"] = {"$ref": "#/components/schemas/b"}
    spec["components"]["schemas"]["b"] = {"$ref": "#/components/schemas/a"}
    started = time.monotonic()
    problems = _problems(_write(tmp_path, spec))
    assert time.monotonic() - started < 10
    pointers = {p.pointer for p in problems}
    assert {
        "/components/schemas/a/$ref",
        "/components/schemas/b/$ref",
        "/components/schemas/m0/properties/loop/$ref",
    } == pointers
    assert all("never reaches a schema" in p.message and p.line > 0 for p in problems)


def test_a_schema_inside_its_own_all_of_is_refused(tmp_path: Path) -> None:
    spec = spec_of([Sketch("Nodes", {"loop": {"$ref": "#/components/schemas/a"}}, sid_prefix="ND")])
    spec["components"]["schemas"]["a"] = {
        "allOf": [{"$ref": "#/components/schemas/b"}, {"$ref": "#/components/schemas/b"}]
    }
    spec["components"]["schemas"]["b"] = {
        "allOf": [{"$ref": "#/components/schemas/a"}, {"type": "object"}]
    }
    problems = _problems(_write(tmp_path, spec))
    assert [(p.pointer, p.message) for p in problems] == [
        ("/components/schemas/a/allOf", "the schema is part of its own allOf"),
        ("/components/schemas/b/allOf", "the schema is part of its own allOf"),
    ]


class _Recorder(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"type: object\n")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.requests = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_external_refs_are_refused_and_never_fetched_or_read(
    tmp_path: Path, http_server: str
) -> None:
    """A local HTTP server sees no request, and a named pipe (whose reading would block the
    run until the timeout) is never opened."""
    pipe = tmp_path / "secret.yaml"
    os.mkfifo(pipe)
    refs = {
        "http": f"{http_server}/schema.yaml#/A",
        "https": "https://127.0.0.1:9/schema.yaml",
        "file": f"file://{pipe}#/A",
        "relative": "secret.yaml#/A",
        "absolute": str(pipe),
    }
    fields = {name: {"$ref": ref} for name, ref in refs.items()}
    spec_path = _write(tmp_path, spec_of([Sketch("Nodes", fields, sid_prefix="ND")]))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--config",
            str(CONFIG),
            "--spec",
            str(spec_path),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    for name, ref in refs.items():
        assert (
            f"/components/schemas/m0/properties/{name}/$ref: external $ref {ref!r} is not allowed"
            in result.stderr
        )
    assert _Recorder.requests == []
    assert not (tmp_path / "out").exists()
