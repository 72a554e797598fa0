"""The IR built from specs: names, types, operations and constraints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.building import _SpecBuilder
from generator.loading import LoadedSpec
from generator.pipeline import load_and_build

from .helpers import SPEC


def _builder(components: dict[str, Any] | None = None) -> _SpecBuilder:
    spec = LoadedSpec("t.yaml", {"components": {"schemas": components or {}}, "paths": {}}, {})
    return _SpecBuilder(spec, [])


@pytest.mark.parametrize(
    ("schema", "annotation", "codec"),
    [
        ({"type": "string"}, "str", "codecs.STRING"),
        ({"type": "string", "format": "date-time"}, "datetime", "codecs.DATETIME"),
        ({"type": "string", "format": "date"}, "date", "codecs.DATE"),
        ({"type": "string", "format": "uri"}, "str", "codecs.STRING"),
        ({"type": "integer", "format": "int64"}, "int", "codecs.INTEGER"),
        ({"type": "number"}, "float", "codecs.NUMBER"),
        ({"type": "boolean"}, "bool", "codecs.BOOLEAN"),
        ({"type": "array", "items": {"type": "string"}}, "list[str]", "codecs.ListOf(codecs.STRING)"),
        ({"type": "array", "items": {"type": "integer"}}, "list[int]", "codecs.ListOf(codecs.INTEGER)"),
        ({"type": "object", "format": "uri-map"}, "dict[str, str]", "codecs.JSON"),
        ({"type": "object", "additionalProperties": {"type": "integer"}}, "dict[str, int]", "codecs.JSON"),
        ({"type": "object"}, "dict[str, Any]", "codecs.JSON"),
        ({}, "Any", "codecs.ANY"),
        ({"$ref": "#/components/schemas/When"}, "datetime", "codecs.DATETIME"),
        ({"allOf": [{"$ref": "#/components/schemas/When"}], "nullable": True}, "datetime", "codecs.DATETIME"),
    ],
)
def test_type_mapping(schema: dict[str, Any], annotation: str, codec: str) -> None:
    type_ref = _builder({"When": {"type": "string", "format": "date-time"}}).type_of(schema)
    assert (type_ref.annotation, type_ref.codec) == (annotation, codec)


def test_a_recursive_schema_maps_to_a_finite_type() -> None:
    builder = _builder({"Node": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}})
    type_ref = builder.type_of({"$ref": "#/components/schemas/Node"})
    assert type_ref.annotation.startswith("list[list[")
    assert type_ref.annotation.endswith("Any" + "]" * type_ref.annotation.count("["))


def test_voice_spec_builds_the_connection_policy_resource() -> None:
    api = load_and_build([SPEC])
    [(domain, version, resource)] = api.resources
    assert (domain.name, domain.class_name, domain.base_url) == ("voice", "Voice", "https://voice.twilio.com")
    assert (version.name, version.class_name) == ("v1", "V1")
    assert (resource.class_name, resource.module_name, resource.mount_name) == (
        "ConnectionPolicy",
        "connection_policy",
        "connection_policies",
    )
    assert resource.list_key == "connection_policies"
    assert [(f.py_name, f.wire_name, f.type.annotation) for f in resource.fields] == [
        ("account_sid", "account_sid", "str"),
        ("sid", "sid", "str"),
        ("friendly_name", "friendly_name", "str"),
        ("date_created", "date_created", "datetime"),
        ("date_updated", "date_updated", "datetime"),
        ("url", "url", "str"),
        ("links", "links", "dict[str, str]"),
    ]
    assert [(op.kind, op.http_method, op.path, op.success_status) for op in resource.operations] == [
        ("create", "POST", "/v1/ConnectionPolicies", 201),
        ("list", "GET", "/v1/ConnectionPolicies", 200),
        ("fetch", "GET", "/v1/ConnectionPolicies/{Sid}", 200),
        ("update", "POST", "/v1/ConnectionPolicies/{Sid}", 200),
        ("delete", "DELETE", "/v1/ConnectionPolicies/{Sid}", 204),
    ]


def test_voice_spec_parameters_carry_their_constraints() -> None:
    [(_, _, resource)] = load_and_build([SPEC]).resources
    [sid] = resource.context_params
    assert (sid.py_name, sid.wire_name, sid.location, sid.required) == ("sid", "Sid", "path", True)
    assert dict(sid.constraints) == {"pattern": "^NY[0-9a-fA-F]{32}$", "min_length": 34, "max_length": 34}
    create = resource.operation("create")
    assert create is not None
    [name] = create.params
    assert (name.py_name, name.wire_name, name.location, name.required) == ("friendly_name", "FriendlyName", "form", False)
    assert dict(name.constraints) == {"max_length": 255}
    listing = resource.operation("list")
    assert listing is not None
    assert [(p.py_name, p.wire_name, dict(p.constraints)) for p in listing.params] == [
        ("page_size", "PageSize", {"minimum": 1, "maximum": 1000}),
        ("page_number", "Page", {"minimum": 0}),
        ("page_token", "PageToken", {}),
    ]


def test_building_is_deterministic(tmp_path: Path) -> None:
    assert load_and_build([SPEC]) == load_and_build([SPEC])
