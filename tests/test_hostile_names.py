"""Hostile names: spec names that are keywords, builtins, dunders, digits, non-ASCII, paths or
device names become valid, deterministic Python names and files under the output root only;
names that would collide are refused with an error that names both."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.naming import is_identifier
from generator.pipeline import generate_files
from generator.problems import SpecError
from generator.writing import OutputError, safe_relative, write_tree

from .sketches import Sketch, spec_of

# Resources whose path segment, mount name or class name try to leave the output root or
# to land on a name with a meaning of its own.
RESOURCES = [
    Sketch("Dots", {}, sid_prefix="DA", x_twilio={"mountName": "../../x", "className": "/abs"}),
    Sketch(
        "Slashes", {}, sid_prefix="SA", x_twilio={"mountName": "/etc/passwd", "className": "..\\x"}
    ),
    Sketch("__init__", {}, sid_prefix="IN"),
    Sketch("con", {}, sid_prefix="CO"),
    Sketch("Calls", {}, sid_prefix="CA"),
    Sketch("Größe", {}, sid_prefix="GR"),
]
# Model fields and form parameters named like Python's own words, with the value each must keep.
FIELDS: dict[str, dict[str, Any]] = {
    "class": {"type": "string", "example": "keyword"},
    "from": {"type": "string", "example": "another keyword"},
    "type": {"type": "string", "example": "a builtin"},
    "list": {"type": "integer", "example": 3},
    "__dict__": {"type": "string", "example": "a dunder"},
    "__init__": {"type": "boolean", "example": True},
    "2fa": {"type": "string", "example": "a leading digit"},
    "日本": {"type": "string", "example": "non-ASCII"},
    "café": {"type": "number", "example": 1.5},
    "self": {"type": "string", "example": "the instance's own name"},
    "to_dict": {"type": "string", "example": "a model method's name"},
}
PARAMS = {
    "class": {"type": "string"},
    "None": {"type": "string"},
    "2fa": {"type": "integer"},
    "Über": {"type": "string"},
}


def _hostile(tmp_path: Path) -> Path:
    resources = [
        Sketch(r.segment, FIELDS, PARAMS, sid_prefix=r.sid_prefix, x_twilio=r.x_twilio)
        for r in RESOURCES
    ]
    path = tmp_path / "names.yaml"
    path.write_text(yaml.safe_dump(spec_of(resources, host="con.example.com")), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def names_sdk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("names")
    files = generate_files([_hostile(root)], use_cache=False)
    write_tree(files, root / "out")
    return root / "out", files


def test_every_file_lands_under_the_output_root_with_a_safe_name(
    names_sdk: tuple[Path, dict[str, str]],
) -> None:
    out, files = names_sdk
    for relative in files:
        assert (out / relative).resolve().is_relative_to(out.resolve()), relative
        for part in Path(relative).with_suffix("").parts:
            assert part.isascii() and part.lower() not in (
                "con",
                "nul",
                "aux",
                "prn",
                "..",
                "__init__x",
            ), relative
    modules = sorted(Path(p).stem for p in files if p.startswith("src/twilio_sdk/con_/v1/"))
    assert modules == ["__init__", "abs", "call", "con_", "grosse", "init", "x"]
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == sorted([*files, ".generated-manifest"])


def test_names_are_valid_python_and_the_same_on_every_run(
    tmp_path: Path, names_sdk: tuple[Path, dict[str, str]]
) -> None:
    out, files = names_sdk
    assert generate_files([_hostile(tmp_path)], use_cache=False) == files
    module = ast.parse(files["src/twilio_sdk/con_/v1/call.py"])
    model = next(n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "Call")
    attributes = [
        n.target.id
        for n in model.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    ]
    assert {
        "class_",
        "from_",
        "type",
        "list_",
        "dict_",
        "init",
        "n_2fa",
        "u65e5_u672c",
        "cafe",
        "self_",
        "to_dict_",
    } <= set(attributes), attributes
    assert all(is_identifier(name) for name in attributes)


def test_the_sdk_reads_and_sends_every_odd_name(
    names_sdk: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """Its generated tests assert each field's example value and each parameter's wire name."""
    out, _ = names_sdk
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", str(out / "tests")],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout


def _problems(tmp_path: Path, spec: dict[str, Any]) -> str:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        generate_files([path], use_cache=False)
    return str(raised.value)


def test_names_equal_but_for_case_are_refused_naming_both(tmp_path: Path) -> None:
    spec = spec_of([Sketch("Calls", {}, sid_prefix="CA"), Sketch("calls", {}, sid_prefix="CB")])
    report = _problems(tmp_path, spec)
    assert "paths '/v1/Calls' and '/v1/calls' would share the Python attribute 'calls'" in report
    assert "bad.yaml:" in report and "/paths/~1v1~1calls" in report


def test_fields_equal_but_for_case_are_refused_naming_both(tmp_path: Path) -> None:
    spec = spec_of(
        [
            Sketch(
                "Widgets", {"FriendlyName": {"type": "string"}, "friendly_name": {"type": "string"}}
            )
        ]
    )
    report = _problems(tmp_path, spec)
    assert (
        "properties 'FriendlyName' and 'friendly_name' "
        "would both be the Python attribute 'friendly_name'" in report
    )


@pytest.mark.parametrize("segment", ["..", ".", "a?b", "a#b", "a%2e", "a\\b", "a b", "tab\tbed"])
def test_a_path_segment_a_client_would_rewrite_is_refused(tmp_path: Path, segment: str) -> None:
    report = _problems(tmp_path, spec_of([Sketch(segment, {})]))
    assert f"segment {segment!r} would not reach the server as written" in report


@pytest.mark.parametrize(
    "host",
    [
        "user:secret@example.com",
        'ex"ample.com',
        "example.com/x?y=1",
        "example.com#top",
        "exa mple.com",
    ],
)
def test_a_server_url_that_is_not_plain_is_refused(tmp_path: Path, host: str) -> None:
    report = _problems(tmp_path, spec_of([Sketch("Widgets", {})], host=host))
    assert "is not a plain http(s)://host[:port][/path] URL" in report


@pytest.mark.parametrize("path", ["../../x", "/abs", "a/../../b", "a/..", "", ".", "..", "//abs"])
def test_the_writer_refuses_any_path_outside_the_root(tmp_path: Path, path: str) -> None:
    with pytest.raises(OutputError, match="outside the output root"):
        safe_relative(path)
    with pytest.raises(OutputError):
        write_tree({path: "x = 1\n"}, tmp_path / "out")
    assert not (tmp_path / "out").exists() and list(tmp_path.iterdir()) == []


def test_models_and_enums_never_hide_the_names_a_module_imports(tmp_path: Path) -> None:
    """Resources named like the runtime's classes, and an enum named like its own model."""
    kinds = {"type": "string", "enum": ["to_dict", "page"], "example": "page"}
    resources = [
        Sketch(
            segment,
            {"class": kinds, "page": kinds, "param": dict(kinds, enum=["x"], example="x")},
            sid_prefix=prefix,
        )
        for segment, prefix in [("Pages", "PA"), ("Params", "PR"), ("Class", "CL")]
    ]
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec_of(resources)), encoding="utf-8")
    files = generate_files([path], use_cache=False)
    classes = {
        module: sorted(
            n.name
            for n in ast.parse(files[f"src/twilio_sdk/widgets/v1/{module}.py"]).body
            if isinstance(n, ast.ClassDef) and not n.name.endswith(("List", "Context", "Raw"))
        )
        for module in ("page", "param", "class_")
    }
    # the model's name gains "Resource"; an enum's is qualified by its schema's (m0, m1, m2)
    assert classes == {
        "page": ["Class", "M0Page", "M0Param", "PageResource"],
        "param": ["Class", "M1Page", "M1Param", "ParamResource"],
        "class_": ["Class", "M2Class", "M2Page", "M2Param"],
    }
    write_tree(files, tmp_path / "out")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            str(tmp_path / "out" / "tests"),
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "out" / "src")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_reserved_names_are_the_ones_a_resource_module_imports() -> None:
    from generator.resource_names import MODULE_IMPORTS

    from .helpers import GENERATED

    # Modules import only what they use (generator/imports.py), so each imports a part of the
    # template's list: every part is reserved, and the template imports nothing else.
    for path in sorted(
        (GENERATED / "src/twilio_sdk/voice/v1").glob("[!_]*.py")
    ):  # resource modules
        module = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.asname or alias.name
            for node in module.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert {
            name for name in imported if name[:1].isupper() and not name.isupper()
        } <= MODULE_IMPORTS, path.name
    from generator.rendering import TEMPLATES

    header = (TEMPLATES / "sdk" / "resource.py.j2").read_text(encoding="utf-8").split("__all__")[0]
    assert {
        name for name in MODULE_IMPORTS if f" {name}" in header or f"    {name}," in header
    } == MODULE_IMPORTS
