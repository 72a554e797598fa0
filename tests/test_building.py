"""The IR built from specs: names, types, operations and constraints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.ir import TypeRef
from generator.pipeline import load_and_build
from generator.type_mapping import EnumScope, type_of

from .helpers import SPEC


class _Types:
    """Types mapped one after another in one module, as a resource's fields and parameters are."""

    def __init__(self, components: dict[str, Any] | None = None) -> None:
        self.root = {"components": {"schemas": components or {}}, "paths": {}}
        self.scope = EnumScope(frozenset())

    def type_of(self, schema: dict[str, Any], hint: str) -> TypeRef:
        type_ref, self.scope = type_of(self.root, schema, hint, self.scope)
        return type_ref


@pytest.mark.parametrize(
    ("schema", "annotation", "codec"),
    [
        ({"type": "string"}, "str", "_codecs.STRING"),
        ({"type": "string", "format": "date-time"}, "_dt.datetime", "_codecs.DATETIME"),
        ({"type": "string", "format": "date"}, "_dt.date", "_codecs.DATE"),
        ({"type": "string", "format": "uri"}, "str", "_codecs.STRING"),
        ({"type": "integer", "format": "int64"}, "int", "_codecs.INTEGER"),
        ({"type": "number"}, "_decimal.Decimal", "_codecs.DECIMAL"),
        ({"type": "number", "format": "float"}, "float", "_codecs.NUMBER"),
        ({"type": "number", "format": "double"}, "float", "_codecs.NUMBER"),
        (
            {"type": "object", "format": "prefixed-collapsible-map-AddOns"},
            "dict[str, Any]",
            '_codecs.PrefixedMap("AddOns")',
        ),
        (  # spec text reaches the code only as a string literal
            {"type": "object", "format": 'prefixed-collapsible-map-A")\nimport os#'},
            "dict[str, Any]",
            """_codecs.PrefixedMap('A")\\nimport os#')""",
        ),
        ({"type": "boolean"}, "bool", "_codecs.BOOLEAN"),
        (
            {"type": "array", "items": {"type": "string"}},
            "list[str]",
            "_codecs.ListOf(_codecs.STRING)",
        ),
        (
            {"type": "array", "items": {"type": "integer"}},
            "list[int]",
            "_codecs.ListOf(_codecs.INTEGER)",
        ),
        ({"type": "object", "format": "uri-map"}, "dict[str, str]", "_codecs.JSON"),
        (
            {"type": "object", "additionalProperties": {"type": "integer"}},
            "dict[str, int]",
            "_codecs.JSON",
        ),
        ({"type": "object"}, "dict[str, Any]", "_codecs.JSON"),
        ({}, "Any", "_codecs.ANY"),
        ({"$ref": "#/components/schemas/When"}, "_dt.datetime", "_codecs.DATETIME"),
        (
            {"allOf": [{"$ref": "#/components/schemas/When"}], "nullable": True},
            "_dt.datetime",
            "_codecs.DATETIME",
        ),
    ],
)
def test_type_mapping(schema: dict[str, Any], annotation: str, codec: str) -> None:
    type_ref = _Types({"When": {"type": "string", "format": "date-time"}}).type_of(schema, "field")
    assert (type_ref.annotation, type_ref.codec) == (annotation, codec)


@pytest.mark.parametrize(
    ("schema", "name"),
    [
        ({"type": "string", "enum": ["GET", "POST"], "format": "http-method"}, "HttpMethod"),
        ({"$ref": "#/components/schemas/call_enum_status"}, "Status"),
        ({"type": "string", "enum": ["a", "b"]}, "VoiceMethod"),
    ],
)
def test_enums_become_named_enum_types(schema: dict[str, Any], name: str) -> None:
    types = _Types({"call_enum_status": {"type": "string", "enum": ["queued", "in-progress"]}})
    type_ref = types.type_of(schema, "VoiceMethod")
    assert type_ref.enum is not None
    assert (type_ref.annotation, type_ref.codec) == (f"{name} | str", f"_codecs.EnumOf({name})")


def test_enum_members_are_upper_snake_identifiers() -> None:
    types = _Types(
        {
            "call_enum_status": {
                "type": "string",
                "enum": ["queued", "in-progress", "in progress", "1x"],
            }
        }
    )
    type_ref = types.type_of({"$ref": "#/components/schemas/call_enum_status"}, "status")
    assert type_ref.enum is not None
    assert type_ref.enum.members == (
        ("QUEUED", "queued"),
        ("IN_PROGRESS", "in-progress"),
        ("IN_PROGRESS_2", "in progress"),
        ("N_1X", "1x"),
    )


def test_two_enums_with_one_name_but_other_values_get_distinct_names() -> None:
    """Neither outranks the other: both are named from where they are, whatever the order."""
    schemas = [
        ({"type": "string", "enum": ["GET", "POST"], "format": "http-method"}, "VoiceMethod"),
        ({"type": "string", "enum": ["GET"], "format": "http-method"}, "FallbackMethod"),
        ({"type": "string", "enum": ["GET", "POST"], "format": "http-method"}, "StatusMethod"),
    ]
    for order in (schemas, schemas[::-1]):
        gathering = _Types()
        for schema, hint in order:
            gathering.type_of(schema, hint)
        types = _Types()
        types.scope = gathering.scope.next_pass()
        first, second, same = (types.type_of(schema, hint) for schema, hint in schemas)
        assert first.enum is not None and second.enum is not None
        assert (first.enum.name, second.enum.name) == ("StatusMethod", "FallbackMethod")
        assert same.enum == first.enum


def test_an_enum_alone_on_its_name_keeps_it() -> None:
    gathering = _Types()
    schema = {"type": "string", "enum": ["GET", "POST"], "format": "http-method"}
    gathering.type_of(schema, "VoiceMethod")
    types = _Types()
    types.scope = gathering.scope.next_pass()
    found = types.type_of(schema, "VoiceMethod").enum
    assert found is not None and found.name == "HttpMethod"


def test_a_recursive_schema_maps_to_a_finite_type() -> None:
    types = _Types({"Node": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}})
    type_ref = types.type_of({"$ref": "#/components/schemas/Node"}, "node")
    assert type_ref.annotation.startswith("list[list[")
    assert type_ref.annotation.endswith("Any" + "]" * type_ref.annotation.count("["))


def _resource(mount_name: str) -> tuple[Any, Any, Any]:
    [found] = [
        (d, v, r) for d, v, r in load_and_build([SPEC]).resources if r.mount_name == mount_name
    ]
    return found


def test_voice_spec_builds_the_connection_policy_resource() -> None:
    domain, version, resource = _resource("connection_policies")
    assert (domain.name, domain.class_name, domain.base_url) == (
        "voice",
        "Voice",
        "https://voice.twilio.com",
    )
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
        ("date_created", "date_created", "_dt.datetime"),
        ("date_updated", "date_updated", "_dt.datetime"),
        ("url", "url", "str"),
        ("links", "links", "dict[str, str]"),
    ]
    assert [
        (op.kind, op.http_method, op.path, op.success_status) for op in resource.operations
    ] == [
        ("create", "POST", "/v1/ConnectionPolicies", 201),
        ("list", "GET", "/v1/ConnectionPolicies", 200),
        ("fetch", "GET", "/v1/ConnectionPolicies/{Sid}", 200),
        ("update", "POST", "/v1/ConnectionPolicies/{Sid}", 200),
        ("delete", "DELETE", "/v1/ConnectionPolicies/{Sid}", 204),
    ]


def test_voice_spec_parameters_carry_their_constraints() -> None:
    _, _, resource = _resource("connection_policies")
    [sid] = resource.context_params
    assert (sid.py_name, sid.wire_name, sid.location, sid.required) == ("sid", "Sid", "path", True)
    assert dict(sid.constraints) == {
        "pattern": "^NY[0-9a-fA-F]{32}$",
        "min_length": 34,
        "max_length": 34,
    }
    create = resource.operation("create")
    assert create is not None
    [name] = create.params
    assert (name.py_name, name.wire_name, name.location, name.required) == (
        "friendly_name",
        "FriendlyName",
        "form",
        False,
    )
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


def test_the_voice_resource_tree() -> None:
    api = load_and_build([SPEC])
    tree = [
        (
            "  " * (len(chain) - 1) + r.mount_name,
            r.class_name,
            [op.kind for op in r.operations],
            [p.py_name for p in r.inherited_params],
            [p.py_name for p in r.context_params],
        )
        for _, _, chain in api.chains
        for r in [chain[-1]]
    ]
    assert tree == [
        ("archived_calls", "ArchivedCall", ["delete"], [], ["date", "sid"]),
        ("byoc_trunks", "ByocTrunk", ["create", "list", "fetch", "update", "delete"], [], ["sid"]),
        (
            "connection_policies",
            "ConnectionPolicy",
            ["create", "list", "fetch", "update", "delete"],
            [],
            ["sid"],
        ),
        (
            "  targets",
            "ConnectionPolicyTarget",
            ["create", "list", "fetch", "update", "delete"],
            ["connection_policy_sid"],
            ["sid"],
        ),
        ("dialing_permissions", "DialingPermissions", [], [], []),
        ("  bulk_country_updates", "BulkCountryUpdate", ["create"], [], []),
        ("  countries", "Country", ["list", "fetch"], [], ["iso_code"]),
        ("    highrisk_special_prefixes", "HighriskSpecialPrefix", ["list"], ["iso_code"], []),
        ("  settings", "Settings", ["fetch", "update"], [], []),
        ("ip_records", "IpRecord", ["create", "list", "fetch", "update", "delete"], [], ["sid"]),
        (
            "source_ip_mappings",
            "SourceIpMapping",
            ["create", "list", "fetch", "update", "delete"],
            [],
            ["sid"],
        ),
    ]


def test_a_parent_sid_is_handed_down_under_the_child_name() -> None:
    _, _, policies = _resource("connection_policies")
    [targets] = policies.instance_children
    assert targets.bindings == (("connection_policy_sid", "sid"),)
    _, _, dialing = _resource("dialing_permissions")
    assert [c.resource.mount_name for c in dialing.list_children] == [
        "bulk_country_updates",
        "countries",
        "settings",
    ]
    assert dialing.instance_children == ()


def test_list_keys_and_success_statuses_come_from_the_spec() -> None:
    _, _, countries = _resource("countries")
    assert countries.list_key == "content"
    _, _, settings = _resource("settings")
    update = settings.operation("update")
    assert update is not None and update.success_status == 202
    _, _, archived = _resource("archived_calls")
    delete = archived.operation("delete")
    assert delete is not None and delete.success_status == 204
    assert [p.type.annotation for p in archived.context_params] == ["_dt.date", "str"]


def test_x_twilio_keys_the_sdk_does_not_use_are_ignored(
    voice_spec: dict[str, Any], write_spec: Any
) -> None:
    for item in voice_spec["paths"].values():
        item.setdefault("x-twilio", {}).update(
            defaultOutputProperties=["sid"], dependentProperties={}, pii="x"
        )
    assert load_and_build([write_spec(voice_spec)]) == load_and_build([SPEC])


def test_an_operation_id_verb_decides_what_an_operation_does(
    voice_spec: dict[str, Any], write_spec: Any
) -> None:
    """``FetchBalance`` on a list path is a fetch on the list; ``Create...`` on an instance path a
    create."""
    voice_spec["paths"]["/v1/Balance"] = {
        "x-twilio": {"pathType": "list"},
        "get": {
            "operationId": "FetchBalance",
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"balance": {"type": "string"}},
                            }
                        }
                    },
                }
            },
        },
    }
    api = load_and_build([write_spec(voice_spec)])
    [balance] = [r for _, _, r in api.resources if r.mount_name == "balance"]
    assert [(op.kind, op.http_method) for op in balance.list_operations] == [("fetch", "GET")]
    assert [f.py_name for f in balance.fields] == ["balance"]

    from generator.rendering import render

    module = render(api)["src/twilio_sdk/voice/v1/balance.py"]
    assert "def fetch(self) -> Balance:" in module
    assert "def list(" not in module


def test_a_list_says_what_its_list_path_says_and_a_model_what_its_instance_path_says() -> None:
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    [trunks] = [r for _, _, r in load_and_build([SPEC]).resources if r.mount_name == "byoc_trunks"]
    assert trunks.list_description == spec["paths"]["/v1/ByocTrunks"]["description"]
    assert trunks.description == spec["paths"]["/v1/ByocTrunks/{Sid}"]["description"]
    assert trunks.list_description != trunks.description
    from twilio_sdk.voice.v1.byoc_trunk import ByocTrunk, ByocTrunkList

    assert (ByocTrunkList.__doc__ or "").endswith(trunks.list_description)
    assert ByocTrunk.__doc__ == trunks.description


def test_an_enum_reached_through_a_nullable_allof_is_the_same_class(
    voice_spec: dict[str, Any], write_spec: Any
) -> None:
    schemas = voice_spec["components"]["schemas"]
    schemas["connection_policy_enum_block_reason"] = {"type": "string", "enum": ["fraud", "limit"]}
    ref = {"$ref": "#/components/schemas/connection_policy_enum_block_reason"}
    schemas["voice.v1.connection_policy"]["properties"].update(
        block_reason=dict(ref),
        reason={"allOf": [dict(ref)], "nullable": True, "description": "Why, if it was."},
    )
    [policy] = [
        r
        for _, _, r in load_and_build([write_spec(voice_spec)]).resources
        if r.mount_name == "connection_policies"
    ]
    assert [e.name for e in policy.enums] == ["BlockReason"]
    by_name = {f.py_name: f for f in policy.fields}
    assert (
        by_name["reason"].type.enum is not None
        and by_name["reason"].type.enum.name == "BlockReason"
    )
    assert by_name["reason"].nullable and by_name["block_reason"].type == by_name["reason"].type


PATH_ENUM_SPEC = """
openapi: 3.0.3
info: {title: t, version: 1.0.0}
servers: [{url: "https://widgets.example.com"}]
paths:
  /v1/Alphas:
    x-twilio: {pathType: list}
    post:
      operationId: CreateAlpha
      responses:
        '201':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/alpha'}}}
  /v1/Betas/{Kind}:
    x-twilio: {pathType: instance}
    parameters:
    - {name: Kind, in: path, required: true, schema: {type: string, enum: [a, b]}}
    get:
      operationId: FetchBeta
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/beta'}}}
components:
  schemas:
    alpha: {type: object, properties: {sid: {type: string}, kind: {type: string, enum: [x, y]}}}
    beta: {type: object, properties: {sid: {type: string}}}
"""


def test_a_path_parameter_enum_is_named_in_its_own_module(write_spec: Any) -> None:
    """The module before it has a ``Kind`` of other values; that does not make this one
    ``Kind2``."""
    api = load_and_build([write_spec(PATH_ENUM_SPEC)])
    [betas] = [r for _, _, r in api.resources if r.mount_name == "betas"]
    [kind] = betas.context_params
    assert kind.type.enum is not None and kind.type.enum in betas.enums
    assert kind.type.annotation == "Kind | str"
