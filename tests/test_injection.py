"""Spec text is hostile. Each payload (quotes, backslashes, an ``import os`` after a newline,
Jinja markup, NUL, line separators, bidi overrides, very long text) goes into every place
a spec holds text: descriptions, summaries, enum values, examples and defaults, property,
parameter and enum names, operationIds, tags and server URLs. Generation either fails with
a located error (a server URL) or gives an SDK that parses, is black-stable, imports,
keeps each value exactly and runs nothing the payload asks for."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline import generate_files
from generator.problems import SpecError
from generator.writing import write_tree

from .sketches import Sketch, spec_of

MARKER = "PWNED"
PAYLOADS = {
    "triple double quotes": 'a """ b',
    "triple single quotes": "a ''' b",
    "backslashes": "back\\slash \\\\ \\n \\x00 end\\",
    "newline import": f'x\n import os; os.system(\'touch {MARKER}\')\n"""; import os\n',
    "jinja": "{{ 7 * 7 }} {% if true %}j{% endif %} {# c #}",
    "nul": "nul\x00byte",
    "line separators": "para\u2028graph\u2029end",
    "bidi overrides": "admin\u202e\u2066txt\u2069",
}
HOSTILE = " | ".join(PAYLOADS.values())
LONG = "L" * 5000
ALL_PAYLOADS = [*PAYLOADS.values(), LONG]


def _hostile_spec(voice_spec: dict[str, Any]) -> dict[str, Any]:
    """The voice spec with the payloads in every piece of text the generator copies out."""
    voice_spec["info"]["description"] = HOSTILE
    for item in voice_spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            operation["summary"] = HOSTILE
            operation["description"] = HOSTILE + LONG
            for param in operation.get("parameters", []):
                if isinstance(param, dict) and "$ref" not in param:
                    param["description"] = HOSTILE
    for schema in voice_spec["components"]["schemas"].values():
        schema["description"] = HOSTILE
        if isinstance(schema.get("enum"), list):
            schema["enum"] = [*schema["enum"], HOSTILE]
        for prop in schema.get("properties", {}).values():
            prop["description"] = HOSTILE
            if isinstance(prop.get("enum"), list):
                prop["enum"] = [*prop["enum"], HOSTILE]
    _replace_examples(voice_spec, "friendly_name", HOSTILE)
    _replace_examples(voice_spec, "FriendlyName", HOSTILE)
    return voice_spec


def _replace_examples(node: Any, key: str, value: str) -> None:
    if isinstance(node, dict):
        for name, child in node.items():
            if name == key and isinstance(child, str):
                node[name] = value
            else:
                _replace_examples(child, key, value)
    elif isinstance(node, list):
        for child in node:
            _replace_examples(child, key, value)


def _named_spec() -> dict[str, Any]:
    """A spec whose property and parameter names, defaults, operationIds and tags carry the
    payloads.

    Payload ``i`` goes into the names of property ``p<i>`` and parameter ``P<i>``, so that the
    names stay distinct in Python; the required parameters' defaults are their examples, so the
    generated tests send (and assert) every payload on the wire.
    """
    fields: dict[str, dict[str, Any]] = {
        f"p{i} {payload}": {"type": "string", "example": payload, "description": payload}
        for i, payload in enumerate(ALL_PAYLOADS)
    }
    fields["status"] = {"type": "string", "enum": ["plain", *ALL_PAYLOADS], "example": HOSTILE}
    params = {
        f"P{i} {payload}": {
            "type": "string",
            "default": payload,
            "required": True,
            "description": payload,
        }
        for i, payload in enumerate(ALL_PAYLOADS)
    }
    spec = spec_of([Sketch("Widgets", fields, params)])
    for item in spec["paths"].values():
        for method in ("get", "post", "delete"):
            if method in item:
                operation = item[method]
                operation["operationId"] += "".join(ALL_PAYLOADS)
                operation["tags"] = list(ALL_PAYLOADS)
    listing = spec["paths"]["/v1/Widgets"]["get"]
    listing["parameters"] += [
        {"name": f"Q{i} {payload}", "in": "query", "schema": {"type": "string"}}
        for i, payload in enumerate(ALL_PAYLOADS)
    ]
    return spec


def _sdk(root: Path, spec: dict[str, Any]) -> Path:
    path = root / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=False), encoding="utf-8")
    out = root / "sdk"
    write_tree(generate_files([path], use_cache=False), out)
    return out


@pytest.fixture(scope="module")
def named_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _sdk(tmp_path_factory.mktemp("hostile-names"), _named_spec())


@pytest.fixture(scope="module", params=["text", "names"])
def hostile_sdk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import copy

    from .conftest import _VOICE

    if request.param == "names":
        return request.getfixturevalue("named_sdk")  # type: ignore[no-any-return]
    return _sdk(tmp_path_factory.mktemp("hostile-text"), _hostile_spec(copy.deepcopy(_VOICE)))


def test_every_generated_module_parses_and_is_black_stable(hostile_sdk: Path) -> None:
    import black

    from generator.formatting import black_mode

    modules = sorted(hostile_sdk.rglob("*.py"))
    assert len(modules) > 20
    for module in modules:
        text = module.read_text(encoding="utf-8")
        ast.parse(text, filename=str(module))
        assert black.format_str(text, mode=black_mode()) == text, module


def test_enum_values_keep_the_payload_exactly(hostile_sdk: Path) -> None:
    found = []
    for module in (hostile_sdk / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(b, "id", "") == "WireEnum" for b in node.bases  # the spec's enums
            ):
                values = [ast.literal_eval(s.value) for s in node.body if isinstance(s, ast.Assign)]
                found += [v for v in values if v in (HOSTILE, *ALL_PAYLOADS)]
    assert found  # an enum member holds a hostile value, byte for byte


def test_wire_names_keep_the_payload_exactly(named_sdk: Path) -> None:
    """Each property and parameter name is a string literal in the SDK that reads back as the spec
    wrote it."""
    literals = {
        node.value
        for module in (named_sdk / "src").rglob("*.py")
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    for i, payload in enumerate(ALL_PAYLOADS):
        for name in (f"p{i} {payload}", f"P{i} {payload}", f"Q{i} {payload}"):
            assert name in literals, name


def test_the_sdk_imports_and_its_tests_pass_without_running_the_payload(
    hostile_sdk: Path, tmp_path: Path
) -> None:
    """The generated tests assert every example value and every request exactly, so they also
    prove the payloads round-trip, in names as in values."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = {**os.environ, "PYTHONPATH": str(hostile_sdk / "src")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            str(hostile_sdk / "tests"),
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
    planted = [p for p in (cwd, hostile_sdk, tmp_path) for p in p.rglob(MARKER)]
    assert planted == [] and list(cwd.iterdir()) == []


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS)
def test_a_hostile_server_url_is_refused_with_its_location(tmp_path: Path, payload: str) -> None:
    spec = spec_of([Sketch("Widgets", {})])
    spec["servers"] = [{"url": "https://widgets.example.com/" + payload}]
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        generate_files([path], use_cache=False)
    assert all(
        p.file == str(path) and p.line > 0 and p.pointer.startswith("/paths/")
        for p in raised.value.problems
    )
    assert "is not a plain http(s)://host[:port][/path] URL" in str(raised.value)
