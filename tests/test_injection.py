"""Spec text is hostile: a spec whose every description, summary, example and enum value
carries quotes, backslashes, an ``import os`` after a newline, Jinja markup, NUL, line
separators, bidi overrides and very long text still gives an SDK that parses, imports,
keeps each value exactly, and runs nothing the payload asks for."""

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
from generator.writing import write_tree

MARKER = "PWNED"
PAYLOADS = {
    "triple double quotes": 'a """ b',
    "triple single quotes": "a ''' b",
    "backslashes": "back\\slash \\\\ \\n \\x00 end\\",
    "newline import": f"x\n import os; os.system('touch {MARKER}')\n\"\"\"; import os\n",
    "jinja": "{{ 7 * 7 }} {% if true %}j{% endif %} {# c #}",
    "nul": "nul\x00byte",
    "line separators": "para\u2028graph\u2029end",
    "bidi overrides": "admin\u202e\u2066txt\u2069",
}
HOSTILE = " | ".join(PAYLOADS.values())
LONG = "L" * 5000


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


@pytest.fixture(scope="module")
def hostile_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import copy

    from .conftest import _VOICE

    root = tmp_path_factory.mktemp("hostile")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(_hostile_spec(copy.deepcopy(_VOICE)), allow_unicode=False), encoding="utf-8")
    out = root / "sdk"
    write_tree(generate_files([spec], use_cache=False), out)
    return out


def test_every_generated_module_parses_and_is_black_stable(hostile_sdk: Path) -> None:
    import black

    from generator.formatting import black_mode

    modules = sorted(hostile_sdk.rglob("*.py"))
    assert len(modules) > 40
    for module in modules:
        text = module.read_text(encoding="utf-8")
        ast.parse(text, filename=str(module))
        assert black.format_str(text, mode=black_mode()) == text, module


def test_enum_values_keep_the_payload_exactly(hostile_sdk: Path) -> None:
    found = []
    for module in (hostile_sdk / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "attr", "") == "Enum" for b in node.bases):
                values = [ast.literal_eval(s.value) for s in node.body if isinstance(s, ast.Assign)]
                found += [v for v in values if v == HOSTILE]
    assert found  # an enum member holds the hostile value, byte for byte


def test_the_sdk_imports_and_its_tests_pass_without_running_the_payload(hostile_sdk: Path, tmp_path: Path) -> None:
    """The generated tests assert every example value exactly, so they also prove the payloads round-trip."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = {**os.environ, "PYTHONPATH": str(hostile_sdk / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", str(hostile_sdk / "tests")],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
    planted = [p for p in (cwd, hostile_sdk, tmp_path) for p in p.rglob(MARKER)]
    assert planted == [] and list(cwd.iterdir()) == []
