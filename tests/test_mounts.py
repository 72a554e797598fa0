"""Mount names on operations: one path, two resources.

Twilio puts ``x-twilio.mountName`` on a path or on one of its operations, and moves it between
the two from one release to the next. An operation is named by its own mountName, else its
path's, else its list path's; the operations of a list and instance path pair that carry two
names make two resources (``keys`` to list, fetch and delete; ``new_keys`` to create).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.ir import Api, Resource
from generator.pipeline import generate_files, load_and_build
from generator.writing import write_tree

KEY_FIELDS: dict[str, Any] = {
    "sid": {"type": "string", "example": "SK" + "a" * 32},
    "friendly_name": {"type": "string", "nullable": True, "example": "ci"},
}
KEY = {"type": "object", "properties": KEY_FIELDS}
SECRET = {  # what a create answers: the key with its secret, shown once
    "type": "object",
    "properties": {**KEY_FIELDS, "secret": {"type": "string", "example": "shh"}},
}
PAGE = {
    "type": "object",
    "properties": {
        "keys": {"type": "array", "items": KEY},
        "meta": {"type": "object", "properties": {"key": {"type": "string"}}},
    },
}


def _answer(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


SID = {"name": "Sid", "in": "path", "required": True, "schema": {"type": "string"}}


def keys_spec() -> dict[str, Any]:
    """The 2010 API's keys in small: a list path whose create is mounted as ``new_keys``."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Keys", "version": "1.0.0"},
        "servers": [{"url": "https://keys.example.com"}],
        "paths": {
            "/v1/Keys": {
                "x-twilio": {"pathType": "list"},
                "get": {"operationId": "ListKey", "responses": _answer(PAGE)},
                "post": {
                    "operationId": "CreateNewKey",
                    "x-twilio": {"mountName": "new_keys"},
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"FriendlyName": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": _answer(SECRET, "201"),
                },
            },
            "/v1/Keys/{Sid}": {
                "x-twilio": {"pathType": "instance"},
                "parameters": [SID],
                "get": {"operationId": "FetchKey", "responses": _answer(KEY)},
                "delete": {"operationId": "DeleteKey", "responses": {"204": {"description": "ok"}}},
            },
        },
    }


def _resources(api: Api) -> dict[str, Resource]:
    return {r.mount_name: r for _, _, r in api.resources}


def _kinds(resource: Resource) -> list[str]:
    return [op.kind for op in resource.operations]


def test_an_operation_with_its_own_mount_name_is_a_resource_of_its_own(write_spec: Any) -> None:
    resources = _resources(load_and_build([write_spec(keys_spec())]))
    assert sorted(resources) == ["keys", "new_keys"]
    keys, new_keys = resources["keys"], resources["new_keys"]
    assert _kinds(keys) == ["list", "fetch", "delete"]
    assert _kinds(new_keys) == ["create"]
    assert (new_keys.class_name, new_keys.module_name) == ("NewKey", "new_key")
    # each model is what its own operations answer: only the create shows the secret
    assert [f.wire_name for f in new_keys.fields] == ["sid", "friendly_name", "secret"]
    assert [f.wire_name for f in keys.fields] == ["sid", "friendly_name"]
    assert not new_keys.instance_operations and not new_keys.context_params


def _hint_on_operations(spec: dict[str, Any], path: str) -> dict[str, Any]:
    """The spec with the path's mountName moved onto each of its operations."""
    moved = copy.deepcopy(spec)
    item = moved["paths"][path]
    name = item["x-twilio"].pop("mountName")
    for method in ("get", "post", "delete"):
        if method in item:
            item[method].setdefault("x-twilio", {})["mountName"] = name
    return moved


def test_a_mount_name_means_the_same_on_a_path_or_on_its_operations(write_spec: Any) -> None:
    """Twilio moves the hint between path and operation (numbers' webhook configuration, iam's
    keys): wherever it sits, the SDK is the same."""
    on_paths = keys_spec()
    # a create-only path named at the path level, and an instance path with a name of its own
    on_paths["paths"]["/v1/Rotations"] = {
        "x-twilio": {"pathType": "list", "mountName": "key_rotations"},
        "post": {"operationId": "CreateKeyRotation", "responses": _answer(KEY, "201")},
    }
    on_paths["paths"]["/v1/Keys/{Sid}"]["x-twilio"]["mountName"] = "api_key"
    on_operations = _hint_on_operations(
        _hint_on_operations(on_paths, "/v1/Rotations"), "/v1/Keys/{Sid}"
    )
    assert on_operations != on_paths
    api = load_and_build([write_spec(on_paths, "paths.yaml")])
    assert api == load_and_build([write_spec(on_operations, "operations.yaml")])
    resources = _resources(api)
    assert sorted(resources) == ["api_key", "key_rotations", "keys", "new_keys"]
    assert _kinds(resources["keys"]) == ["list"]
    assert _kinds(resources["api_key"]) == ["fetch", "delete"]
    # an instance path of its own name hangs where its list would, not under the list's
    # other resources, and names one instance by its path value
    version = api.domains[0].versions[0]
    assert {r.mount_name for r in version.resources} == set(resources)
    assert [p.py_name for p in resources["api_key"].context_params] == ["sid"]


def test_a_path_with_one_name_stays_one_resource(write_spec: Any) -> None:
    """A name on every operation of a pair, the same name, changes nothing but the name."""
    spec = keys_spec()
    spec["paths"]["/v1/Keys"]["post"].pop("x-twilio")
    [keys] = _resources(load_and_build([write_spec(spec)])).values()
    assert _kinds(keys) == ["create", "list", "fetch", "delete"]


SCRIPT = """
import json
from twilio_sdk.testing import FakeTwilio

client = FakeTwilio().client()
v1 = client.keys.v1
made = v1.new_keys.create(friendly_name="ci")
print(json.dumps({
    "made": [type(made).__name__, made.secret],
    "listed": [k.sid for k in v1.keys.list()],
    "sid": made.sid,
    "fetched": v1.keys(made.sid).fetch().sid == made.sid,
    "has_create": hasattr(v1.keys, "create"),
    "has_list": hasattr(v1.new_keys, "list"),
}))
"""


@pytest.fixture(scope="module")
def keys_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import yaml

    root = tmp_path_factory.mktemp("mounts")
    spec = root / "keys.yaml"
    spec.write_text(yaml.safe_dump(keys_spec(), sort_keys=False), encoding="utf-8")
    write_tree(generate_files([spec]), root / "out")
    return root / "out"


def _run(sdk: Path, script: str) -> Any:
    ran = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(sdk / "src"), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


def test_the_fake_answers_both_resources_of_one_path(keys_sdk: Path) -> None:
    """What ``new_keys`` creates, ``keys`` lists and fetches: one path, one store."""
    result = _run(keys_sdk, SCRIPT)
    assert result["made"][0] == "NewKey" and isinstance(result["made"][1], str)
    assert result["sid"] in result["listed"] and result["fetched"] is True
    assert result["has_create"] is False and result["has_list"] is False


def test_the_2010_accounts_new_keys_is_a_client_attribute_too(write_spec: Any) -> None:
    """``client.new_keys`` is ``client.api.v2010.account.new_keys``, as in the official package."""
    spec = keys_spec()
    spec["servers"] = [{"url": "https://api.twilio.com"}]
    account = {"name": "AccountSid", "in": "path", "required": True, "schema": {"type": "string"}}
    paths = spec["paths"]
    paths["/2010-04-01/Accounts/{AccountSid}/Keys.json"] = paths.pop("/v1/Keys")
    paths["/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json"] = paths.pop("/v1/Keys/{Sid}")
    for item in paths.values():
        item["parameters"] = [account, *item.get("parameters", [])]
    paths["/2010-04-01/Accounts/{Sid}.json"] = {
        "x-twilio": {"pathType": "instance"},
        "parameters": [SID],
        "get": {"operationId": "FetchAccount", "responses": _answer(KEY)},
    }
    api = load_and_build([write_spec(spec)])
    assert sorted(c.resource.mount_name for _, _, c in api.client_shortcuts) == [
        "keys",
        "new_keys",
    ]


WEBHOOK = "/v1/Porting/Configuration/Webhook"


def webhook_spec(hint_on_path: bool) -> dict[str, Any]:
    """numbers v1's Porting webhook in small, in the two shapes Twilio alternates between:
    the path named and its fetch named after its own operationId (2.1.5), or the create
    named and nothing else (2.1.6). The instance path, named on its own, is placed by its
    path (no ``info.x-twilio``, as in those releases)."""
    fetch: dict[str, Any] = {
        "operationId": "FetchPortingWebhookConfigurationFetch",
        "responses": _answer(KEY),
    }
    create: dict[str, Any] = {
        "operationId": "CreatePortingWebhookConfiguration",
        "responses": _answer(SECRET, "201"),
    }
    item: dict[str, Any] = {"x-twilio": {"pathType": "list"}, "get": fetch, "post": create}
    if hint_on_path:
        item["x-twilio"]["mountName"] = "porting_webhook_configurations"
        fetch["x-twilio"] = {"mountName": "porting_webhook_configuration_fetch"}
    else:
        create["x-twilio"] = {"mountName": "porting_webhook_configurations"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Numbers", "version": "1.0.0"},
        "servers": [{"url": "https://numbers.example.com"}],
        "paths": {
            WEBHOOK: item,
            f"{WEBHOOK}/{{WebhookType}}": {
                "x-twilio": {
                    "pathType": "instance",
                    "mountName": "porting_webhook_configurations_delete",
                    "className": "porting_webhook_configuration_delete",
                },
                "parameters": [{**SID, "name": "WebhookType"}],
                "delete": {
                    "operationId": "DeletePortingWebhookConfigurationDelete",
                    "responses": {"204": {"description": "ok"}},
                },
            },
        },
    }


def _access_paths(api: Api) -> dict[str, list[str]]:
    from generator.diffing import _resources as by_access_path

    return {path: _kinds(r) for path, (_, r) in sorted(by_access_path(api).items())}


def test_a_fetch_named_only_by_its_operation_id_keeps_its_name_when_the_hint_moves(
    write_spec: Any,
) -> None:
    """A fetch whose own mountName only spells its operationId is named by its path, as in the
    release that drops that name and moves the path's onto the create: one SDK for both, the
    names the official package has for the second (``webhook``)."""
    on_path = load_and_build([write_spec(webhook_spec(True), "2.1.5.yaml")])
    on_create = load_and_build([write_spec(webhook_spec(False), "2.1.6.yaml")])
    expected = {
        "client.numbers.v1.porting_webhook_configurations": ["create"],
        "client.numbers.v1.webhook": ["fetch"],
        # placed by its path, on the resource that reads the list path, in both
        "client.numbers.v1.webhook.porting_webhook_configurations_delete": ["delete"],
    }
    assert _access_paths(on_path) == _access_paths(on_create) == expected
    assert _resources(on_path)["webhook"].class_name == "Webhook"


def test_a_mount_name_of_its_own_on_a_fetch_still_names_it(write_spec: Any) -> None:
    """Only a name that restates the operationId gives way: another one names the fetch."""
    spec = webhook_spec(True)
    spec["paths"][WEBHOOK]["get"]["x-twilio"]["mountName"] = "webhook_settings"
    names = sorted(_access_paths(load_and_build([write_spec(spec)])))
    assert names == [
        "client.numbers.v1.porting_webhook_configurations",
        "client.numbers.v1.webhook_settings",
        "client.numbers.v1.webhook_settings.porting_webhook_configurations_delete",
    ]


def _class_on_list_path(spec: dict[str, Any]) -> dict[str, Any]:
    """The keys as Twilio's 1.30 releases wrote them: ``className: new_key`` on the list path,
    no mount name anywhere."""
    older = copy.deepcopy(spec)
    listing = older["paths"]["/v1/Keys"]
    del listing["post"]["x-twilio"]
    listing["x-twilio"]["className"] = "new_key"
    return older


def test_a_class_name_on_a_list_path_names_only_the_operations_that_name_it(
    write_spec: Any,
) -> None:
    """``CreateNewKey`` names ``NewKey``: it alone is ``new_keys``, and ``ListKey`` pairs with
    the instance path as ``keys``, as a later release says with an operation's mountName."""
    older = load_and_build([write_spec(_class_on_list_path(keys_spec()), "older.yaml")])
    assert older == load_and_build([write_spec(keys_spec(), "newer.yaml")])


def test_a_class_name_every_operation_names_stays_the_paths(write_spec: Any) -> None:
    spec = _class_on_list_path(keys_spec())
    for operation_id, (path, method) in {
        "ListNewKey": ("/v1/Keys", "get"),
        "FetchNewKey": ("/v1/Keys/{Sid}", "get"),
        "DeleteNewKey": ("/v1/Keys/{Sid}", "delete"),
    }.items():
        spec["paths"][path][method]["operationId"] = operation_id
    spec["paths"]["/v1/Keys/{Sid}"]["x-twilio"]["className"] = "new_key"
    resources = _resources(load_and_build([write_spec(spec)]))
    assert sorted(resources) == ["keys"]
    assert resources["keys"].class_name == "NewKey"
