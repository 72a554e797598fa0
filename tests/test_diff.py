"""The API diff: a table of spec edits, each with the changes and the classification it must
give."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator.diffing import diff_apis, to_json, to_markdown
from generator.pipeline import load_and_build

from .helpers import ROOT, SPEC, run_generator

Spec = dict[str, Any]
POLICIES = "/v1/ConnectionPolicies"
POLICY = "/v1/ConnectionPolicies/{Sid}"
TARGETS = "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets"
SCHEMAS = ("components", "schemas")


def at(spec: Spec, *keys: str) -> Any:
    for key in keys:
        spec = spec[key]
    return spec


def add_query(spec: Spec, required: bool) -> None:
    at(spec, "paths", POLICIES, "get", "parameters").append(
        {"name": "FriendlyName", "in": "query", "required": required, "schema": {"type": "string"}}
    )


def remove_path(spec: Spec, *paths: str) -> None:
    for path in paths:
        del spec["paths"][path]


def set_schema(spec: Spec, schema: str, prop: str, **changes: Any) -> None:
    target = at(spec, *SCHEMAS, schema, "properties", prop)
    for key, value in changes.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value


def rename_write_field(spec: Spec) -> None:
    fields = at(spec, *SCHEMAS, "ConnectionPolicyWrite", "properties")
    fields["Label"] = fields.pop("FriendlyName")


def add_resource(spec: Spec) -> None:
    spec["paths"]["/v1/Widgets"] = {
        "x-twilio": {"pathType": "list"},
        "get": {"operationId": "ListWidget", "responses": {"200": {"description": "ok"}}},
    }


def cp_sid(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = at(spec, *SCHEMAS, "ConnectionPolicySid")
    return schema


def sid_pattern(label: str, breaking: bool) -> list[tuple[str, str, bool]]:
    """A Connection Policy Sid pattern edit: a check on three arguments, and (never breaking) on
    three fields."""
    arguments = (
        "byoc_trunks(sid).update(connection_policy_sid)",
        "byoc_trunks.create(connection_policy_sid)",
        "connection_policies(sid)",
    )
    fields = (
        "ByocTrunk.connection_policy_sid",
        "ConnectionPolicy.sid",
        "ConnectionPolicyTarget.connection_policy_sid",
    )
    return [(f"parameter pattern {label}", f"client.voice.v1.{a}", breaking) for a in arguments] + [
        (f"field pattern {label}", f, False) for f in fields
    ]


def http_method_enum(label: str, breaking: bool) -> list[tuple[str, str, bool]]:
    names = ("status_callback_method", "voice_fallback_method", "voice_method")
    return [
        (f"parameter enum {label}", f"client.voice.v1.byoc_trunks{op}({name})", breaking)
        for op in ("(sid).update", ".create")
        for name in names
    ] + [(f"field enum {label}", f"ByocTrunk.{name}", breaking) for name in names]


PREFIXES = "/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes"


def prefix_instance(description: str) -> dict[str, Any]:
    """An instance path for the list-only high-risk prefixes."""
    item = (
        "voice.v1.dialing_permissions.dialing_permissions_country.dialing_permissions_hrs_prefixes"
    )
    return {
        "description": description,
        "x-twilio": {"pathType": "instance", "mountName": "highrisk_special_prefixes"},
        "parameters": [
            {"$ref": "#/components/parameters/IsoCode"},
            {"name": "Prefix", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "get": {
            "operationId": "FetchDialingPermissionsHrsPrefix",
            "responses": {
                "200": {
                    "description": "One prefix.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{item}"},
                            "example": {"prefix": "+37181"},
                        }
                    },
                }
            },
        },
    }


# (edit, expected [(kind, where, breaking)])
EDITS: dict[str, tuple[Callable[[Spec], Any], list[tuple[str, str, bool]]]] = {
    "remove resource": (
        lambda s: remove_path(s, "/v1/IpRecords", "/v1/IpRecords/{Sid}"),
        [("resource removed", "client.voice.v1.ip_records", True)],
    ),
    "add resource": (
        lambda s: add_resource(s),
        [("resource added", "client.voice.v1.widgets", False)],
    ),
    "remove operation": (
        lambda s: at(s, "paths", POLICY).pop("delete"),
        [("operation removed", "client.voice.v1.connection_policies(sid).delete", True)],
    ),
    "add operation": (
        lambda s: at(s, "paths", "/v1/Settings").update(
            delete={"operationId": "DeleteSettings", "responses": {"204": {"description": "gone"}}}
        ),
        [("operation added", "client.voice.v1.dialing_permissions.settings().delete", False)],
    ),
    "rename parameter": (
        rename_write_field,
        [
            (
                "parameter removed",
                "client.voice.v1.connection_policies.create(friendly_name)",
                True,
            ),
            (
                "parameter removed",
                "client.voice.v1.connection_policies(sid).update(friendly_name)",
                True,
            ),
            (
                "optional parameter added",
                "client.voice.v1.connection_policies.create(label)",
                False,
            ),
            (
                "optional parameter added",
                "client.voice.v1.connection_policies(sid).update(label)",
                False,
            ),
        ],
    ),
    "new required parameter": (
        lambda s: add_query(s, True),
        [
            (
                "required parameter added",
                "client.voice.v1.connection_policies.list(friendly_name)",
                True,
            )
        ],
    ),
    "new optional parameter": (
        lambda s: add_query(s, False),
        [
            (
                "optional parameter added",
                "client.voice.v1.connection_policies.list(friendly_name)",
                False,
            )
        ],
    ),
    "parameter becomes required": (
        lambda s: at(s, *SCHEMAS, "TargetUpdate").update(required=["Target"]),
        [
            (
                "parameter became required",
                "client.voice.v1.connection_policies(sid).targets(sid).update(target)",
                True,
            )
        ],
    ),
    "parameter becomes optional": (
        lambda s: at(s, *SCHEMAS, "TargetCreate").pop("required"),
        [
            (
                "parameter became optional",
                "client.voice.v1.connection_policies(sid).targets.create(target)",
                False,
            )
        ],
    ),
    "parameter type change": (
        lambda s: set_schema(
            s, "TargetCreate", "Priority", type="string", minimum=None, maximum=None
        ),
        [
            (
                "parameter type changed",
                "client.voice.v1.connection_policies(sid).targets.create(priority)",
                True,
            ),
            (
                "parameter maximum widened",
                "client.voice.v1.connection_policies(sid).targets.create(priority)",
                False,
            ),
            (
                "parameter minimum widened",
                "client.voice.v1.connection_policies(sid).targets.create(priority)",
                False,
            ),
        ],
    ),
    "narrower max length": (
        lambda s: at(s, *SCHEMAS, "FriendlyName").update(maxLength=64),
        [
            ("parameter max_length narrowed", f"client.voice.v1.{where}(friendly_name)", True)
            for where in (
                "byoc_trunks(sid).update",
                "byoc_trunks.create",
                "connection_policies(sid).targets(sid).update",
                "connection_policies(sid).targets.create",
                "ip_records(sid).update",
                "ip_records.create",
            )
        ],
    ),
    "wider max length": (
        lambda s: at(s, *SCHEMAS, "ConnectionPolicyWrite", "properties", "FriendlyName").update(
            maxLength=500
        ),
        [
            (
                "parameter max_length widened",
                "client.voice.v1.connection_policies(sid).update(friendly_name)",
                False,
            ),
            (
                "parameter max_length widened",
                "client.voice.v1.connection_policies.create(friendly_name)",
                False,
            ),
        ],
    ),
    "new min length": (
        lambda s: at(s, *SCHEMAS, "ConnectionPolicyWrite", "properties", "FriendlyName").update(
            minLength=3
        ),
        [
            (
                "parameter min_length narrowed",
                "client.voice.v1.connection_policies(sid).update(friendly_name)",
                True,
            ),
            (
                "parameter min_length narrowed",
                "client.voice.v1.connection_policies.create(friendly_name)",
                True,
            ),
        ],
    ),
    "narrower range": (
        lambda s: at(s, "components", "parameters", "PageSize", "schema").update(maximum=100),
        [
            ("parameter maximum narrowed", f"client.voice.v1.{where}.list(page_size)", True)
            for where in (
                "byoc_trunks",
                "connection_policies",
                "connection_policies(sid).targets",
                "dialing_permissions.countries",
                "dialing_permissions.countries(iso_code).highrisk_special_prefixes",
                "ip_records",
                "source_ip_mappings",
            )
        ],
    ),
    "wider range": (
        lambda s: at(s, "components", "parameters", "Page", "schema").pop("minimum"),
        [
            ("parameter minimum widened", f"client.voice.v1.{where}.list(page_number)", False)
            for where in (
                "byoc_trunks",
                "connection_policies",
                "connection_policies(sid).targets",
                "dialing_permissions.countries",
                "dialing_permissions.countries(iso_code).highrisk_special_prefixes",
                "ip_records",
                "source_ip_mappings",
            )
        ],
    ),
    "narrower pattern": (
        lambda s: cp_sid(s).update(pattern="^NY[0-9a-f]{32}$"),
        sid_pattern("narrowed", True),
    ),
    "wider pattern": (  # no string the old one took is refused: changed, proven no narrower
        lambda s: cp_sid(s).update(pattern="^NY[0-9a-zA-Z]{32}$"),
        sid_pattern("changed", False),
    ),
    "pattern removed": (
        lambda s: cp_sid(s).pop("pattern"),
        sid_pattern("widened", False),
    ),
    "narrower enum": (
        lambda s: at(s, *SCHEMAS, "HttpMethod").update(enum=["POST"]),
        http_method_enum("narrowed", True),
    ),
    "enum respelled": (  # Method.GET is still there, and any text is sent as given
        lambda s: at(s, *SCHEMAS, "HttpMethod").update(enum=["get", "post"]),
        [
            (kind, where, False)
            for kind, where, _ in http_method_enum("respelled", False)
            if kind.startswith("parameter")
        ]
        + [
            (kind, where, False)
            for kind, where, _ in http_method_enum("narrowed", False)
            if kind.startswith("field")
        ],
    ),
    "wider enum": (
        lambda s: at(s, *SCHEMAS, "HttpMethod").update(enum=["GET", "POST", "PUT"]),
        http_method_enum("widened", False),
    ),
    "remove field": (
        lambda s: at(s, *SCHEMAS, "voice.v1.ip_record", "properties").pop("cidr_prefix_length"),
        [("field removed", "IpRecord.cidr_prefix_length", True)],
    ),
    "add field": (
        lambda s: at(s, *SCHEMAS, "voice.v1.ip_record", "properties").update(
            region={"type": "string", "nullable": True}
        ),
        [("field added", "IpRecord.region", False)],
    ),
    "field type change": (
        lambda s: set_schema(s, "voice.v1.ip_record", "cidr_prefix_length", type="number"),
        [("field type changed", "IpRecord.cidr_prefix_length", True)],
    ),
    "field becomes untyped": (  # to Any: a reader's code works as it did
        lambda s: set_schema(s, "voice.v1.ip_record", "cidr_prefix_length", type=None),
        [("field type changed", "IpRecord.cidr_prefix_length", False)],
    ),
    "list reaches its instances": (
        lambda s: s["paths"].update(
            {PREFIXES + "/{Prefix}": prefix_instance(at(s, "paths", PREFIXES, "description"))}
        ),
        [
            (
                "instance access added",
                "client.voice.v1.dialing_permissions.countries(iso_code)"
                ".highrisk_special_prefixes(prefix)",
                False,
            ),
            (
                "operation added",
                "client.voice.v1.dialing_permissions.countries(iso_code)"
                ".highrisk_special_prefixes(prefix).fetch",
                False,
            ),
        ],
    ),
    "rename field": (
        lambda s: at(s, *SCHEMAS, "voice.v1.ip_record", "properties").update(
            {"ip": at(s, *SCHEMAS, "voice.v1.ip_record", "properties").pop("ip_address")}
        ),
        [("field removed", "IpRecord.ip_address", True), ("field added", "IpRecord.ip", False)],
    ),
    "field description": (
        lambda s: set_schema(
            s, "voice.v1.ip_record", "ip_address", description="Where calls come from."
        ),
        [("description changed", "IpRecord.ip_address", False)],
    ),
    "parameter description": (
        lambda s: at(s, *SCHEMAS, "TargetCreate", "properties", "Enabled").update(
            description="On or off."
        ),
        [
            (
                "description changed",
                "client.voice.v1.connection_policies(sid).targets.create(enabled)",
                False,
            )
        ],
    ),
    "operation description": (
        lambda s: at(s, "paths", POLICY, "get").update(summary="Read one policy."),
        [("description changed", "client.voice.v1.connection_policies(sid).fetch", False)],
    ),
    "success status": (
        lambda s: at(s, "paths", "/v1/Settings", "post", "responses").update(
            {"200": at(s, "paths", "/v1/Settings", "post", "responses").pop("202")}
        ),
        [
            (
                "success status changed",
                "client.voice.v1.dialing_permissions.settings().update",
                False,
            )
        ],
    ),
    "renamed resource": (
        lambda s: [
            s["paths"][p]["x-twilio"].update(mountName="ip_addresses")
            for p in ("/v1/IpRecords", "/v1/IpRecords/{Sid}")
        ],
        [
            # the class and its module are named for the mount name: their imports break too
            ("class renamed", "client.voice.v1.ip_addresses", True),
            ("module renamed", "client.voice.v1.ip_addresses", True),
            ("resource renamed", "client.voice.v1.ip_records", True),
        ],
    ),
    "renamed class": (
        lambda s: [
            s["paths"][p]["x-twilio"].update(className="policy_target")
            for p in (TARGETS, TARGETS + "/{Sid}")
        ],
        [
            ("class renamed", "client.voice.v1.connection_policies(sid).targets", True),
            ("module renamed", "client.voice.v1.connection_policies(sid).targets", True),
        ],
    ),
    "instance path made a list's": (
        lambda s: s["paths"]["/v1/Settings"]["x-twilio"].update(pathType="list"),
        [
            ("operation moved", "client.voice.v1.dialing_permissions.settings().fetch", True),
            ("operation moved", "client.voice.v1.dialing_permissions.settings().update", True),
            (
                "description changed",
                "client.voice.v1.dialing_permissions.settings",
                False,
            ),  # a list's description now
        ],
    ),
    "instance path removed": (
        lambda s: s["paths"].pop("/v1/SourceIpMappings/{Sid}"),
        [
            ("instance access removed", "client.voice.v1.source_ip_mappings(sid)", True),
            *(
                ("operation removed", f"client.voice.v1.source_ip_mappings(sid).{op}", True)
                for op in ("delete", "fetch", "update")
            ),
            ("description changed", "client.voice.v1.source_ip_mappings", False),
        ],
    ),
    "server moved": (
        lambda s: s["servers"][0].update(url="https://voice.eu1.twilio.com"),
        [("server changed", "client.voice", False)],
    ),
    "path renamed, names kept": (
        lambda s: [
            s["paths"].__setitem__(p.replace("IpRecords", "IpAddresses"), s["paths"].pop(p))
            for p in ("/v1/IpRecords", "/v1/IpRecords/{Sid}")
        ]
        and [
            s["paths"][p]["x-twilio"].update(mountName="ip_records", className="ip_record")
            for p in ("/v1/IpAddresses", "/v1/IpAddresses/{Sid}")
        ],
        [
            ("request changed", f"client.voice.v1.ip_records{call}", False)
            for call in ("(sid).delete", "(sid).fetch", "(sid).update", ".create", ".list")
        ],
    ),
    "integer argument now a number": (
        lambda s: at(
            s,
            "paths",
            "/v1/IpRecords",
            "post",
            "requestBody",
            "content",
            "application/x-www-form-urlencoded",
            "schema",
            "properties",
            "CidrPrefixLength",
        ).update(
            type="number"
        ),  # an int is still taken
        [
            (
                "parameter type widened",
                "client.voice.v1.ip_records.create(cidr_prefix_length)",
                False,
            )
        ],
    ),
}


@pytest.fixture(scope="module")
def base() -> Any:
    return load_and_build([SPEC])


def edited(edit: Callable[[Spec], Any], tmp_path: Path) -> Path:
    spec = copy.deepcopy(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    edit(spec)
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "edited.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", [n for n in EDITS if EDITS[n][1]])
def test_each_edit_gives_exactly_its_changes(name: str, base: Any, tmp_path: Path) -> None:
    edit, expected = EDITS[name]
    changes = diff_apis(base, load_and_build([edited(edit, tmp_path)]))
    assert sorted((c.kind, c.where, c.breaking) for c in changes) == sorted(expected)


def test_the_table_covers_every_rule() -> None:
    assert len(EDITS) >= 25
    kinds = {kind for _, expected in EDITS.values() for kind, _, _ in expected}
    for rule in (
        "resource removed",
        "resource added",
        "resource renamed",
        "instance access removed",
        "class renamed",
        "module renamed",
        "operation moved",
        "request changed",
        "server changed",
        "parameter type widened",
        "operation removed",
        "operation added",
        "parameter removed",
        "required parameter added",
        "optional parameter added",
        "parameter type changed",
        "parameter pattern narrowed",
        "parameter max_length narrowed",
        "parameter maximum narrowed",
        "parameter enum narrowed",
        "parameter enum widened",
        "parameter max_length widened",
        "field removed",
        "field added",
        "field type changed",
        "description changed",
        "success status changed",
    ):
        assert rule in kinds, rule


def test_a_summary_left_out_or_empty_is_no_change(tmp_path: Path) -> None:
    def summaries(value: str | None) -> Callable[[Spec], None]:
        def change(spec: Spec) -> None:
            for op in at(spec, "paths", POLICY).values():
                if isinstance(op, dict) and "operationId" in op:
                    op.pop("summary", None)
                    if value is not None:
                        op["summary"] = value

        return change

    left_out = load_and_build([edited(summaries(None), tmp_path / "a")])
    assert diff_apis(left_out, load_and_build([edited(summaries(""), tmp_path / "b")])) == []


def test_paging_parameters_declared_or_dropped_are_no_change(base: Any, tmp_path: Path) -> None:
    def drop(spec: Spec) -> None:
        get = at(spec, "paths", POLICIES, "get")
        get["parameters"] = [
            p for p in get["parameters"] if not p.get("$ref", "").endswith(("/Page", "/PageToken"))
        ]

    assert diff_apis(base, load_and_build([edited(drop, tmp_path)])) == []


def test_no_change_gives_empty_output_and_exit_0() -> None:
    result = run_generator("diff", str(SPEC), str(SPEC))
    assert (result.returncode, result.stdout) == (0, "")
    assert to_markdown([]) == ""
    assert json.loads(to_json([])) == {"breaking": 0, "changes": []}


def test_cli_markdown_json_and_exit_codes(tmp_path: Path) -> None:
    narrowed = edited(
        lambda s: at(s, *SCHEMAS, "ConnectionPolicyWrite", "properties", "FriendlyName").update(
            maxLength=64
        ),
        tmp_path,
    )
    result = run_generator("diff", str(SPEC), str(narrowed))
    assert result.returncode == 1
    assert result.stdout.startswith("## API diff: 2 changes, 2 breaking\n")
    assert (
        "| **breaking** | parameter max_length narrowed "
        "| `client.voice.v1.connection_policies.create(friendly_name)` | max_length: 255 -> 64 |"
        in result.stdout
    )
    as_json = json.loads(run_generator("diff", "--json", str(SPEC), str(narrowed)).stdout)
    assert as_json["breaking"] == 2 and {c["kind"] for c in as_json["changes"]} == {
        "parameter max_length narrowed"
    }
    widened = edited(
        lambda s: at(s, *SCHEMAS, "ConnectionPolicyWrite", "properties", "FriendlyName").update(
            maxLength=999
        ),
        tmp_path,
    )
    assert run_generator("diff", str(SPEC), str(widened)).returncode == 0


def test_base_compares_with_the_spec_at_a_git_commit(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    (repo / "spec" / "voice_v1.yaml").write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    git = ["git", "-c", "user.email=t@example.com", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "."], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=repo, check=True)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    del spec["paths"]["/v1/IpRecords/{Sid}"]["delete"]
    (repo / "spec" / "voice_v1.yaml").write_text(
        yaml.safe_dump(spec, sort_keys=False), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "--base", "HEAD", "--json"],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["changes"] == [
        {
            "where": "client.voice.v1.ip_records(sid).delete",
            "kind": "operation removed",
            "breaking": True,
            "detail": "",
        }
    ]


def test_diff_skips_unsupported_operations_on_request(tmp_path: Path) -> None:
    def multipart_create(spec: Spec) -> None:
        body = at(spec, "paths", POLICIES, "post", "requestBody", "content")
        body["multipart/form-data"] = body.pop("application/x-www-form-urlencoded")

    old = edited(multipart_create, tmp_path / "old")

    def with_filter(spec: Spec) -> None:
        multipart_create(spec)
        add_query(spec, False)

    new = edited(with_filter, tmp_path / "new")
    refused = run_generator("diff", str(old), str(new))
    assert refused.returncode == 2 and "multipart/form-data" in refused.stderr
    skipped = run_generator("diff", "--json", "--skip-unsupported", str(old), str(new))
    assert skipped.returncode == 0, skipped.stderr
    changes = json.loads(skipped.stdout)["changes"]
    assert [(c["kind"], c["where"]) for c in changes] == [
        ("optional parameter added", "client.voice.v1.connection_policies.list(friendly_name)")
    ]


def test_an_enum_change_names_only_the_members_that_changed() -> None:
    """Twilio's usage categories hold 300 members: a reviewer reads the two that came."""
    from generator.diffing import _constraint_changes

    [widened] = _constraint_changes(
        "U.category", {"enum": ["a", "b"]}, {"enum": ["c", "a", "b"]}, "field"
    )
    assert (widened.kind, widened.detail) == ("field enum widened", "enum added: c")
    [narrowed] = _constraint_changes(
        "U.category", {"enum": ["a", "b"]}, {"enum": ["a", "d"]}, "field"
    )
    assert (narrowed.kind, narrowed.breaking) == ("field enum narrowed", True)
    assert narrowed.detail == "enum removed: b; added: d"


def test_a_type_that_differs_only_where_one_side_is_any_breaks_nobody() -> None:
    """Twilio typed 44 fields' array items (``list[Any]`` to ``list[dict[str, Any]]``) between
    two releases; no reader breaks, and the API takes what it took."""
    from generator.diffing import _untyped_either_side
    from generator.ir import TypeRef

    untyped = TypeRef("any", "Any", "c")
    obj = TypeRef("object", "dict[str, Any]", "c")
    text = TypeRef("string", "str", "c")

    def array(item: TypeRef) -> TypeRef:
        return TypeRef("array", f"list[{item.annotation}]", "c", item=item)

    assert _untyped_either_side(array(untyped), array(obj))
    assert _untyped_either_side(obj, untyped)
    assert not _untyped_either_side(array(text), array(obj))
    assert not _untyped_either_side(obj, array(untyped))
    texts = TypeRef("object", "dict[str, str]", "c")  # a uri-map: no item of its own
    assert _untyped_either_side(obj, texts) and _untyped_either_side(texts, obj)
    numbers = TypeRef("object", "dict[str, int]", "c")
    assert not _untyped_either_side(texts, numbers)
