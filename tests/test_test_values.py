"""The values the generated tests send are valid for their schema, whatever the spec's example:
made up from the schema when there is none, or when it breaks the schema (issue 17, item 4)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.example_shapes import example_mismatch
from generator.pipeline import generate_files
from generator.spec_examples import example_for, fitting, has_type
from generator.writing import write_tree

from .helpers import run_python
from .sketches import Sketch, spec_of

UNPREFIXED_SID = "^[a-zA-Z]{2}[0-9a-fA-F]{32}$"


@pytest.mark.parametrize(
    "schema",
    [
        {},  # no type at all
        {"pattern": UNPREFIXED_SID},
        {"type": "string", "pattern": UNPREFIXED_SID},
        {"type": "string", "pattern": "^[0-9]{3,5}-[a-z]+$", "maxLength": 9},
        {"type": "string", "pattern": "^AB[0-9a-fA-F]{32}$"},
        {"type": "array", "items": {"type": "string", "pattern": UNPREFIXED_SID}, "minItems": 2},
        {"type": "array", "items": {"type": "integer", "minimum": 5}},
        {"type": "object"},
        {"type": "string", "enum": ["on", "off"]},
        {"type": "string", "format": "uri"},
        {"type": "string", "format": "date-time"},
        {"type": "string", "minLength": 12},
        {"type": "integer", "minimum": 3},
        {"type": "number"},
        {"type": "boolean", "default": None},
    ],
)
def test_a_made_up_value_is_valid_for_every_shape(schema: dict[str, Any]) -> None:
    value = example_for(schema)
    assert value is not None and has_type(schema, value)
    for text in value if isinstance(value, list) else [value]:
        item = schema.get("items", schema)
        if "pattern" in item:
            assert re.search(item["pattern"], text)
        assert len(str(text)) >= item.get("minLength", 0)
        assert len(str(text)) <= item.get("maxLength", len(str(text)))
        if "minimum" in item:
            assert text >= item["minimum"]
    if schema.get("minItems"):
        assert len(value) >= schema["minItems"]


@pytest.mark.parametrize(
    "example, schema, expected",
    [
        ("%5B%7B%22type%22%3A%22all%22%7D%5D", {"type": "object"}, {}),  # URL-encoded JSON
        ('{"type": "all"}', {"type": "object"}, '{"type": "all"}'),  # JSON text is kept
        (None, {"pattern": UNPREFIXED_SID}, None),  # made up: checked below
        ("many", {"type": "integer"}, 1),
        ("25", {"type": "integer"}, "25"),  # a number as text is kept
        (["AB"], {"type": "array", "items": {"type": "string"}, "minItems": 2}, None),
    ],
)
def test_an_example_that_breaks_its_schema_is_replaced(
    example: Any, schema: dict[str, Any], expected: Any
) -> None:
    chosen = fitting(example, schema, ())
    assert has_type(schema, chosen) and not example_mismatch({}, schema, chosen, text=True)
    if expected is not None:
        assert chosen == expected


def test_generated_tests_pass_on_values_the_spec_does_not_give(tmp_path: Path) -> None:
    """Required parameters without a usable example (no type, a Sid pattern without a literal
    prefix, a list needing two items) and a request example with URL-encoded text for an
    object: the generated tests pass, and pass mypy --strict."""
    params: dict[str, dict[str, Any]] = {
        "Anything": {"required": True},
        "PeerSid": {"type": "string", "pattern": UNPREFIXED_SID, "required": True},
        "Tags": {"type": "array", "items": {"type": "string"}, "minItems": 2, "required": True},
        "Rules": {"type": "object"},
    }
    fields: dict[str, dict[str, Any]] = {
        "rules": {"type": "object", "nullable": True, "example": {"a": 1}}
    }
    spec = spec_of([Sketch("Rooms", fields, params, sid_prefix="RM")])
    form = spec["paths"]["/v1/Rooms"]["post"]["requestBody"]["content"]
    form["application/x-www-form-urlencoded"]["examples"] = {
        "create": {"value": {"Rules": "%5B%7B%22type%22%3A%22exclude%22%7D%5D"}}
    }
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    tests = files["tests/test_widgets_v1_room.py"]
    assert "%5B" not in tests and "peer_sid=None" not in tests and "tags=[]" not in tests
    for command in (
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        ["-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), "src", "tests"],
    ):
        ran = run_python(*command, importable=(out / "src",), cwd=out, timeout=600)
        assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]


def test_an_echo_is_expected_only_of_a_field_of_the_same_kind_all_the_way_down() -> None:
    """Serverless builds take ``AssetVersions`` as Sids and read back objects under that name:
    comparing the two failed mypy (and would fail at run time)."""
    from generator.examples import _same_kind
    from generator.ir import TypeRef

    text, obj = TypeRef("string", "str", "c"), TypeRef("object", "dict[str, Any]", "c")
    sids = TypeRef("array", "list[str]", "c", item=text)
    objects = TypeRef("array", "list[dict[str, Any]]", "c", item=obj)
    assert _same_kind(sids, TypeRef("array", "list[str]", "c", item=text))
    assert not _same_kind(sids, objects)
    assert not _same_kind(sids, text)
