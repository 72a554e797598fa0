"""Where resources hang, as the official package hangs them, each rule on a small spec of its
own: a Twilio spec (``info.x-twilio``) nests only by ``x-twilio.parent``; a declared child
hangs on its parent's instance when its path extends it, else on its list; a path without
operations is reached uncalled; a singleton's children take its path values; a list and an
instance path declaring other parents are two resources; a preview product's first path
segment is its version."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.ir import Api, Resource
from generator.pipeline import generate_files, load_and_build
from generator.writing import write_tree
from .helpers import run_python

Paths = dict[str, dict[str, Any]]  # each path's x-twilio (and "ops": False for none)
TWILIO_INFO = {"title": "t", "version": "1.0.0", "x-twilio": {"apiStandards": "v0.1"}}
PLAIN_INFO = {"title": "t", "version": "1.0.0"}


def spec(paths: Paths, info: dict[str, Any] = TWILIO_INFO) -> dict[str, Any]:
    """A spec whose every path has the given x-twilio and, unless it says ``ops: False``, a
    GET answering one ``thing``; path parameters are declared from the path."""
    items: dict[str, Any] = {}
    for path, x_twilio in paths.items():
        x_twilio = dict(x_twilio)
        with_ops = x_twilio.pop("ops", True)
        names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
        item: dict[str, Any] = {"x-twilio": x_twilio}
        if names:
            item["parameters"] = [
                {"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
                for n in names
            ]
        if with_ops:
            item["get"] = {
                "operationId": "Fetch" + "".join(c for c in path if c.isalnum()),
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/thing"}}
                        },
                    }
                },
            }
        items[path] = item
    return {
        "openapi": "3.0.1",
        "info": info,
        "servers": [{"url": "https://things.twilio.com"}],
        "paths": items,
        "components": {
            "schemas": {"thing": {"type": "object", "properties": {"sid": {"type": "string"}}}}
        },
    }


def built(write_spec: Callable[..., Path], document: dict[str, Any]) -> Api:
    return load_and_build([write_spec(document)])


def tops(api: Api) -> dict[str, Resource]:
    [domain] = api.domains
    return {r.mount_name: r for v in domain.versions for r in v.resources}


def kids(resource: Resource, instance: bool) -> dict[str, Resource]:
    side = resource.instance_children if instance else resource.list_children
    return {c.resource.mount_name: c.resource for c in side}


EXPORTS: Paths = {
    "/v1/Exports/{ResourceType}": {"pathType": "instance"},
    "/v1/Exports/{ResourceType}/Configuration": {
        "pathType": "instance",
        "mountName": "export_configuration",
    },
    "/v1/Exports/{ResourceType}/Days": {
        "pathType": "list",
        "parent": "/Exports/{ResourceType}",
    },
}


def test_a_twilio_spec_nests_only_by_declared_parent(write_spec: Callable[..., Path]) -> None:
    """``bulkexports.v1.export_configuration(t)``, not ``exports(t).export_configuration()``."""
    top = tops(built(write_spec, spec(EXPORTS)))
    assert sorted(top) == ["export_configuration", "exports"]
    assert [p.py_name for p in top["export_configuration"].context_params] == ["resource_type"]
    assert list(kids(top["exports"], instance=True)) == ["days"]


def test_another_spec_nests_an_undeclared_resource_by_its_path(
    write_spec: Callable[..., Path],
) -> None:
    top = tops(built(write_spec, spec(EXPORTS, info=PLAIN_INFO)))
    assert list(top) == ["exports"]
    assert sorted(kids(top["exports"], instance=True)) == ["days", "export_configuration"]


CHAT: Paths = {
    "/v1/Services/{Sid}": {"pathType": "instance"},
    "/v1/Services/{ServiceSid}/Channels": {"pathType": "list", "parent": "/Services/{Sid}"},
    "/v1/Services/{ServiceSid}/Channels/{Sid}": {
        "pathType": "instance",
        "parent": "/Services/{Sid}",
    },
    # An older chat v1 release names the parent's list path: the child is still the instance's.
    "/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites": {
        "pathType": "list",
        "parent": "/Services/{ServiceSid}/Channels",
    },
    "/v1/Services/{ServiceSid}/Channels/{ChannelSid}/Invites/{Sid}": {
        "pathType": "instance",
        "parent": "/Services/{ServiceSid}/Channels",
    },
}


def test_a_child_of_a_declared_list_path_hangs_on_its_instance(
    write_spec: Callable[..., Path],
) -> None:
    channels = kids(tops(built(write_spec, spec(CHAT)))["services"], instance=True)["channels"]
    invites = kids(channels, instance=True)["invites"]
    assert not kids(channels, instance=False)
    assert [p.py_name for p in invites.inherited_params] == ["service_sid", "channel_sid"]
    assert [p.py_name for p in invites.context_params] == ["sid"]


RECORDER = """
import json, warnings, httpx
from twilio_sdk import Client

seen = []

def answer(request):
    seen.append(request.url.path)
    return httpx.Response(200, json={"sid": "x"})

warnings.simplefilter("ignore", DeprecationWarning)
http = httpx.Client(transport=httpx.MockTransport(answer))
client = Client("AC" + "1" * 32, "t", http_client=http)
"""


def paths_requested(tmp_path: Path, document: dict[str, Any], calls: str) -> list[str]:
    """Generate the SDK of `document`, make `calls` (Python lines using ``client``) on a client
    that records each request and answers ``{"sid": "x"}``, and return the paths requested."""
    path = tmp_path / "things.yaml"
    path.write_text(json.dumps(document), encoding="utf-8")
    write_tree(generate_files([path], use_cache=False, fill_cache=False), tmp_path / "out")
    script = RECORDER + textwrap.dedent(calls) + "\nprint(json.dumps(seen))\n"
    ran = run_python("-c", script, importable=(tmp_path / "out" / "src",), timeout=60)
    assert ran.returncode == 0, ran.stderr
    paths: list[str] = json.loads(ran.stdout)
    return paths


SINGLETONS: Paths = {
    "/v1/Services/{ServiceSid}/Configuration": {
        "pathType": "instance",
        "parent": "/Services/{Sid}",
    },
    "/v1/Services/{ServiceSid}/Configuration/Webhooks": {
        "pathType": "instance",
        "parent": "/Services/{ServiceSid}/Configuration",
    },
    "/v1/Messaging": {"pathType": "instance", "ops": False},
    "/v1/Messaging/Countries/{IsoCountry}": {"pathType": "instance", "parent": "/Messaging"},
}


def test_the_generated_sdk_reaches_each_child_where_it_hangs(tmp_path: Path) -> None:
    """The chat child is reached through one channel (Twilio's older chat v1 release crashed
    the generator in ``examples.steps_to``); a singleton's child takes its parent's path
    value, and a namespace is not called."""
    calls = """
        v1 = client.things.v1
        v1.services("IS1").channels("CH1").invites("IN1").fetch()
        v1.services("IS1").configuration().fetch()
        v1.services("IS1").configuration.webhooks().fetch()
        v1.messaging.countries("US").fetch()
    """
    assert paths_requested(tmp_path, spec({**CHAT, **SINGLETONS}), calls) == [
        "/v1/Services/IS1/Channels/CH1/Invites/IN1",
        "/v1/Services/IS1/Configuration",
        "/v1/Services/IS1/Configuration/Webhooks",
        "/v1/Messaging/Countries/US",
    ]


WORKERS: Paths = {
    "/v1/Workspaces/{Sid}": {"pathType": "instance"},
    "/v1/Workspaces/{WorkspaceSid}/Workers": {"pathType": "list", "parent": "/Workspaces/{Sid}"},
    "/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}": {
        "pathType": "instance",
        "parent": "/Workspaces/{Sid}",
    },
    # Declared under one worker, but its path has none: it hangs on the list.
    "/v1/Workspaces/{WorkspaceSid}/Workers/CumulativeStatistics": {
        "pathType": "instance",
        "parent": "/Workspaces/{WorkspaceSid}/Workers/{Sid}",
    },
    # Two resources, not one: they declare other parents and classes.
    "/v1/Workspaces/{WorkspaceSid}/Workers/Statistics": {
        "pathType": "list",
        "parent": "/Workspaces/{WorkspaceSid}/Workers",
        "className": "workers_statistics",
    },
    "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics": {
        "pathType": "instance",
        "parent": "/Workspaces/{WorkspaceSid}/Workers/{Sid}",
        "className": "worker_statistics",
    },
}


def test_a_declared_child_hangs_where_its_path_says(write_spec: Callable[..., Path]) -> None:
    workspaces = tops(built(write_spec, spec(WORKERS)))["workspaces"]
    workers = kids(workspaces, instance=True)["workers"]
    assert sorted(kids(workers, instance=False)) == ["cumulative_statistics", "statistics"]
    assert list(kids(workers, instance=True)) == ["statistics"]
    one = kids(workers, instance=True)["statistics"]
    assert one.has_instances and not one.list_operations
    assert [p.py_name for p in one.inherited_params] == ["workspace_sid", "worker_sid"]


def test_a_namespace_without_operations_is_reached_uncalled(
    write_spec: Callable[..., Path],
) -> None:
    """``pricing.v1.messaging.countries``, not ``pricing.v1.messaging().countries``."""
    messaging = tops(built(write_spec, spec(SINGLETONS)))["messaging"]
    assert not messaging.has_instances
    assert list(kids(messaging, instance=False)) == ["countries"]


def test_a_path_one_value_short_of_an_instance_path_is_its_list(
    write_spec: Callable[..., Path],
) -> None:
    """Twilio's ``/v2/Voice/Reports`` is declared an instance, yet ``reports(id)`` is
    ``/v2/Voice/Reports/{reportId}``."""
    paths: Paths = {
        "/v2/Voice/Reports": {"pathType": "instance"},
        "/v2/Voice/Reports/{reportId}": {"pathType": "instance"},
    }
    [reports] = tops(built(write_spec, spec(paths))).values()
    assert [op.path for op in reports.list_operations] == ["/v2/Voice/Reports"]
    assert [op.path for op in reports.instance_operations] == ["/v2/Voice/Reports/{reportId}"]


def test_undeclared_resources_that_would_share_a_name_keep_their_path_nesting(
    write_spec: Callable[..., Path],
) -> None:
    paths: Paths = {
        "/v2/Reports/Inbound": {"pathType": "instance"},
        "/v2/Reports/Inbound/{reportId}": {"pathType": "list"},
    }
    top = tops(built(write_spec, spec(paths)))
    assert list(top) == ["inbound"]
    assert [c.resource.mount_name for c in top["inbound"].children] == ["inbound"]


@pytest.mark.parametrize(
    ("schema_name", "version"),
    [("preview.hosted_numbers.order", "hosted_numbers"), ("order", "v1")],
)
def test_a_version_the_schemas_name_is_a_first_path_segment(
    write_spec: Callable[..., Path], schema_name: str, version: str
) -> None:
    """``client.preview.hosted_numbers.orders``: Twilio names schemas product.version.thing."""
    document = spec({"/HostedNumbers/Orders/{Sid}": {"pathType": "instance"}})
    schemas = document["components"]["schemas"]
    schemas[schema_name] = schemas.pop("thing")
    get = document["paths"]["/HostedNumbers/Orders/{Sid}"]["get"]
    get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = (
        "#/components/schemas/" + schema_name
    )
    [domain] = built(write_spec, document).domains
    assert [v.name for v in domain.versions] == [version]
    assert [r.mount_name for r in domain.versions[0].resources] == ["orders"]


ORGANIZATIONS: Paths = {
    "/Organizations/{OrganizationSid}/Accounts": {"pathType": "list"},
    "/Organizations/{OrganizationSid}/Accounts/{AccountSid}": {"pathType": "instance"},
    "/Organizations/{OrganizationSid}/scim/Users/{UserSid}": {"pathType": "instance"},
    "/v1/token": {"pathType": "list"},
}


def test_paths_under_a_stem_the_spec_lacks_hang_on_a_namespace_called_with_its_value(
    write_spec: Callable[..., Path],
) -> None:
    """Twilio's ``preview_iam.organization(sid).users(id)``: ``/Organizations/{Sid}`` has no
    path, so its children get one resource, named by the segment's singular, with no
    operations, called with the value they all take."""
    top = tops(built(write_spec, spec(ORGANIZATIONS)))
    assert sorted(top) == ["organization", "token"]
    organization = top["organization"]
    assert organization.class_name == "Organization"
    assert not organization.list_operations and not organization.instance_operations
    assert [p.py_name for p in organization.context_params] == ["organization_sid"]
    children = kids(organization, instance=True)
    assert sorted(children) == ["accounts", "users"]
    accounts = children["accounts"]
    assert [p.py_name for p in accounts.inherited_params] == ["organization_sid"]
    assert [p.py_name for p in accounts.context_params] == ["account_sid"]
    assert all(
        p.py_name != "organization_sid" for op in accounts.list_operations for p in op.params
    )


@pytest.mark.parametrize(
    "paths",
    [
        {**ORGANIZATIONS, "/Organizations/{OrganizationSid}": {"pathType": "instance"}},
        {"/v2/{ServiceSid}/Things": {"pathType": "list"}},
        {"/2010-04-01/{AccountSid}/Things": {"pathType": "list"}},
        {"/Organizations/{OrganizationSid}": {"pathType": "instance"}},
    ],
    ids=["stem-has-a-path", "version-segment", "dated-version", "no-path-under-it"],
)
def test_no_namespace_where_the_stem_is_a_path_or_a_version(
    write_spec: Callable[..., Path], paths: Paths
) -> None:
    top = tops(built(write_spec, spec(paths)))
    assert "organization" not in top or top["organization"].instance_operations
    assert all(r.list_operations or r.instance_operations for r in top.values())


def test_the_generated_sdk_reaches_a_namespace_from_the_product(tmp_path: Path) -> None:
    """``client.preview_iam.organization(sid)``: a product shortcut, as in the official."""
    calls = """
        client.things.organization("OR1").users("US1").fetch()
        client.things.v1.organization("OR2").accounts("AC2").fetch()
    """
    assert paths_requested(tmp_path, spec(ORGANIZATIONS), calls) == [
        "/Organizations/OR1/scim/Users/US1",
        "/Organizations/OR2/Accounts/AC2",
    ]


def test_a_top_level_list_with_path_values_is_made_by_calling_the_version(
    tmp_path: Path, write_spec: Callable[..., Path]
) -> None:
    """``iam.v1.role_permission(role_sid).list()`` as in the official package: a top-level list
    path whose value no parent supplies, and with no instance path, takes that value from a call
    on the version, not as an argument of each of its methods."""
    paths: Paths = {"/v1/Bundles/{BundleSid}/Sessions": {"pathType": "list"}}
    sessions = tops(built(write_spec, spec(paths)))["sessions"]
    assert [p.py_name for p in sessions.inherited_params] == ["bundle_sid"]
    assert sessions.context_params == ()
    [listing] = sessions.list_operations
    assert "bundle_sid" not in [p.py_name for p in listing.params if p.location != "path"]
    path = tmp_path / "things.yaml"
    path.write_text(json.dumps(spec(paths)), encoding="utf-8")
    files = generate_files([path], use_cache=False, fill_cache=False)
    version = next(text for name, text in files.items() if name.endswith("things/v1/__init__.py"))
    assert "def sessions(self, bundle_sid: str) -> _resource_session.SessionList:" in version
    assert 'SessionList(self, {"bundle_sid": bundle_sid})' in version


# Twilio's releases before 1.30 name nothing: no parent, mount name or class name anywhere.
UNNAMED: Paths = {
    "/v1/Messaging/Countries": {"pathType": "list"},
    "/v1/Voice/Countries": {"pathType": "list"},
    "/v1/Voice/Countries/{IsoCountry}": {"pathType": "instance"},
    "/v1/Voice/Numbers/{Number}": {"pathType": "instance"},
    "/v1/Domains": {"pathType": "list"},
    "/v1/Domains/{Sid}": {"pathType": "instance"},
    "/v1/Domains/{DomainSid}/Auth/Calls/Mappings": {"pathType": "list"},
    "/v1/Domains/{DomainSid}/Auth/Registrations/Mappings": {"pathType": "list"},
    "/v1/Domains/{DomainSid}/Mappings": {"pathType": "list"},
    "/v1/Workers": {"pathType": "list"},
    "/v1/Workers/{Sid}": {"pathType": "instance"},
    "/v1/Workers/Statistics": {"pathType": "instance"},
    "/v1/Workers/{WorkerSid}/Statistics": {"pathType": "instance"},
    "/v1/a2p/BrandRegistrations": {"pathType": "list"},
}


def test_a_spec_that_names_nothing_makes_its_static_segments_namespaces(
    write_spec: Callable[..., Path],
) -> None:
    """``pricing.v1.voice.countries`` and ``sip.domains(sid).auth.calls.mappings``, as the
    official package of that era reached them, not three resources wanting ``countries``; a
    segment around one resource alone is no namespace (``messaging.v1.brand_registrations``)."""
    top = tops(built(write_spec, spec(UNNAMED, info=PLAIN_INFO)))
    assert sorted(top) == ["brand_registrations", "domains", "messaging", "voice", "workers"]
    assert not top["voice"].has_instances and not top["voice"].operations
    assert list(kids(top["messaging"], instance=False)) == ["countries"]
    assert sorted(kids(top["voice"], instance=False)) == ["countries", "numbers"]
    domain = kids(top["domains"], instance=True)
    assert sorted(domain) == ["auth", "mappings"]
    auth = kids(domain["auth"], instance=False)
    assert sorted(auth) == ["calls", "registrations"]
    calls = kids(auth["calls"], instance=False)["mappings"]
    assert [p.py_name for p in calls.inherited_params] == ["domain_sid"]


def test_the_two_sides_of_one_parent_get_modules_of_their_own(
    write_spec: Callable[..., Path],
) -> None:
    """``workers.statistics`` and ``workers(sid).statistics()`` both want the module
    ``worker_statistic``: the one on the list is spelled as it is reached."""
    workers = tops(built(write_spec, spec(UNNAMED, info=PLAIN_INFO)))["workers"]
    on_list = kids(workers, instance=False)["statistics"]
    on_instance = kids(workers, instance=True)["statistics"]
    assert (on_list.module_name, on_instance.module_name) == (
        "workers_statistics",
        "worker_statistic",
    )


@pytest.mark.parametrize(
    "hint",
    [{}, {"parent": "/Domains/{Sid}"}, {"mountName": "mappings"}, {"className": "mapping"}],
    ids=["none", "parent", "mount-name", "class-name"],
)
def test_a_spec_with_any_naming_hint_makes_no_namespace_of_a_segment(
    write_spec: Callable[..., Path], hint: dict[str, str]
) -> None:
    """From 1.30 Twilio says where a resource goes; a Twilio spec (``info.x-twilio``) or one
    with any hint keeps ``/v1/Voice/Numbers/{Number}`` an attribute of its version."""
    paths: Paths = {
        "/v1/Voice/Numbers/{Number}": {"pathType": "instance"},
        "/v1/Domains": {"pathType": "list", **hint},
    }
    info = TWILIO_INFO if not hint else PLAIN_INFO
    top = tops(built(write_spec, spec(paths, info=info)))
    assert "voice" not in top and "numbers" in top


@pytest.mark.parametrize("info", [PLAIN_INFO, TWILIO_INFO], ids=["names-nothing", "twilio"])
def test_a_singleton_alone_under_a_segment_is_named_by_it(
    write_spec: Callable[..., Path], info: dict[str, Any]
) -> None:
    """``video.v1.composition_settings()`` is ``/v1/CompositionSettings/Default``; two
    singletons under one segment keep their own names."""
    paths: Paths = {
        "/v1/CompositionSettings/Default": {"pathType": "instance"},
        "/v1/RecordingSettings/Default": {"pathType": "instance", "className": "rec"},
        "/v1/AuthTokens/Promote": {"pathType": "instance"},
        "/v1/AuthTokens/Secondary": {"pathType": "instance"},
        "/v1/Archives/Latest": {"pathType": "instance", "mountName": "latest_archive"},
    }
    top = tops(built(write_spec, spec(paths, info=info)))
    named = ["composition_settings", "latest_archive", "recording_settings"]
    assert sorted(top) == sorted([*named, "promote", "secondary"])
    assert top["recording_settings"].class_name == "Rec"
    assert not top["composition_settings"].list_operations


def test_a_segment_followed_by_a_value_is_no_namespace(write_spec: Callable[..., Path]) -> None:
    """``/v3/Services/{ServiceSid}/Channels/{Sid}`` alone: ``chat.v3.channels(service_sid,
    sid)``, as before and after Twilio named things."""
    paths: Paths = {"/v3/Services/{ServiceSid}/Channels/{Sid}": {"pathType": "instance"}}
    top = tops(built(write_spec, spec(paths, info=PLAIN_INFO)))
    assert list(top) == ["channels"]


def test_the_generated_sdk_reaches_what_a_spec_that_names_nothing_implies(
    tmp_path: Path,
) -> None:
    paths: Paths = {
        **UNNAMED,
        "/v1/CompositionSettings/Default": {"pathType": "instance"},
        "/v1/RecordingSettings/Default": {"pathType": "instance"},
    }
    calls = """
        v1 = client.things.v1
        v1.voice.countries("US").fetch()
        v1.voice.numbers("+15005550006").fetch()
        v1.domains("SD1").auth.registrations.mappings.fetch()
        v1.workers.statistics().fetch()
        v1.workers("WK1").statistics().fetch()
        v1.composition_settings().fetch()
    """
    assert paths_requested(tmp_path, spec(paths, info=PLAIN_INFO), calls) == [
        "/v1/Voice/Countries/US",
        "/v1/Voice/Numbers/+15005550006",
        "/v1/Domains/SD1/Auth/Registrations/Mappings",
        "/v1/Workers/Statistics",
        "/v1/Workers/WK1/Statistics",
        "/v1/CompositionSettings/Default",
    ]


def test_a_value_less_path_beside_a_list_made_from_values_is_named_apart_and_creates_on_its_list(
    write_spec: Callable[..., Path],
) -> None:
    """Twilio's insights v2 reports: ``/Inbound`` (a create) and ``/Inbound/{reportId}`` (a
    list of one report's numbers) would both be ``inbound``. As in the official package, the
    list made from the value keeps it (``v2.inbound(report_id).list()``), the other takes the
    name of the nearest resource above it (``v2.inbound_reports.create()``)."""
    paths: Paths = {
        "/v2/Voice/Reports": {"pathType": "instance"},
        "/v2/Voice/Reports/{ReportId}": {"pathType": "instance"},
        "/v2/Voice/Reports/PhoneNumbers/Inbound": {"pathType": "instance", "ops": False},
        "/v2/Voice/Reports/PhoneNumbers/Inbound/{ReportId}": {"pathType": "list"},
    }
    document = spec(paths)
    created = {
        "description": "made",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    document["paths"]["/v2/Voice/Reports/PhoneNumbers/Inbound"]["post"] = {
        "operationId": "CreateInboundReport",
        "responses": {"201": created},
    }
    top = tops(built(write_spec, document))
    assert {"inbound", "inbound_reports", "reports"} <= set(top)
    reports = top["inbound_reports"]
    assert (reports.class_name, reports.module_name) == ("InboundReport", "inbound_report")
    assert [op.kind for op in reports.list_operations] == ["create"]
    assert reports.instance_operations == () and not reports.has_instances
    assert [p.py_name for p in top["inbound"].inherited_params] == ["report_id"]
