"""A product's attributes that lead into one of its versions, as the official package has them.

``client.chat.services`` is ``client.chat.v2.services``: every attribute of a product's versions
(its resources, and the 2010 API's account and the account's resources) is an attribute of the
product too, taken from the latest version that has it. As in the official package, each warns
that it is deprecated, but the way to the accounts (``api.account``, ``api.accounts``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.ir import Alias, Api
from generator.pipeline import generate_files, load_and_build
from generator.writing import write_tree

THING = {"type": "object", "properties": {"sid": {"type": "string", "example": "TH" + "a" * 32}}}


def _resource(list_path: str, key: str, prefix: list[dict[str, Any]]) -> dict[str, Any]:
    """A list path and its instance path, each with a read."""
    page = {
        "type": "object",
        "properties": {
            key: {"type": "array", "items": THING},
            "meta": {"type": "object", "properties": {"key": {"type": "string"}}},
        },
    }
    sid = {"name": "Sid", "in": "path", "required": True, "schema": {"type": "string"}}
    ok = {"description": "ok", "content": {"application/json": {"schema": THING}}}
    listed = {"description": "ok", "content": {"application/json": {"schema": page}}}
    suffix = ".json" if list_path.endswith(".json") else ""
    key_id = "".join(c for c in list_path if c.isalnum())  # operationIds are unique
    instance = list_path.removesuffix(".json") + "/{Sid}" + suffix
    return {
        list_path: {
            "x-twilio": {"pathType": "list"},
            "parameters": prefix,
            "get": {"operationId": f"List{key_id}", "responses": {"200": listed}},
        },
        instance: {
            "x-twilio": {"pathType": "instance"},
            "parameters": [*prefix, sid],
            "get": {"operationId": f"Fetch{key_id}", "responses": {"200": ok}},
        },
    }


def _spec(host: str, paths: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": host, "version": "1.0.0"},
        "servers": [{"url": f"https://{host}.twilio.com"}],
        "paths": paths,
    }


ACCOUNT = [{"name": "AccountSid", "in": "path", "required": True, "schema": {"type": "string"}}]
SPECS = {
    # `things` in v1, v2 and v10, `olds` in v1 only: v10 is later than v2 by number
    "chat_v1.yaml": _spec(
        "chat",
        {**_resource("/v1/Things", "things", []), **_resource("/v1/Olds", "olds", [])},
    ),
    "chat_v2.yaml": _spec("chat", _resource("/v2/Things", "things", [])),
    "chat_v10.yaml": _spec(
        "chat",
        {**_resource("/v10/News", "news", []), **_resource("/v10/Things", "things", [])},
    ),
    "api.yaml": _spec(
        "api",
        {
            **_resource("/2010-04-01/Accounts.json", "accounts", []),
            **_resource("/2010-04-01/Accounts/{AccountSid}/Calls.json", "calls", ACCOUNT),
        },
    ),
}


def _aliases(api: Api, domain: str) -> dict[str, Alias]:
    [found] = [d for d in api.domains if d.name == domain]
    return {a.name: a for a in found.aliases}


def _write(tmp: Path) -> list[Path]:
    paths = []
    for name, spec in SPECS.items():
        (tmp / name).write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        paths.append(tmp / name)
    return paths


def test_each_name_is_taken_from_the_latest_version_that_has_it(tmp_path: Path) -> None:
    chat = _aliases(load_and_build(_write(tmp_path)), "chat")
    assert {name: a.version.name for name, a in chat.items()} == {
        "news": "v10",
        "olds": "v1",
        "things": "v10",
    }
    assert all(a.deprecated for a in chat.values())


def test_the_accounts_are_the_way_in_and_their_resources_are_deprecated(tmp_path: Path) -> None:
    api = _aliases(load_and_build(_write(tmp_path)), "api")
    assert {name: (a.via, a.deprecated) for name, a in api.items()} == {
        "account": ("v2010", False),
        "accounts": ("v2010", False),
        "calls": ("v2010.account", True),
    }
    assert api["account"].returns == "AccountContext" and api["calls"].returns == "CallList"


SCRIPT = """
import json, warnings
from twilio_sdk import AsyncClient, Client
from twilio_sdk.testing import FakeTwilio

client = FakeTwilio().client()

def use(get):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = get()
    return [type(value).__module__, [str(w.message) for w in caught]]

print(json.dumps({
    "things": use(lambda: client.chat.things),
    "listed": [t.sid for t in client.chat.things.list()],
    "account": use(lambda: client.api.account),
    "accounts": use(lambda: client.api.accounts),
    "calls": use(lambda: client.api.calls),
    "async": use(lambda: AsyncClient("AC" + "1" * 32, "t").chat.olds),
}))
"""


@pytest.fixture(scope="module")
def alias_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("aliases")
    write_tree(generate_files(_write(root)), root / "out")
    return root / "out"


def test_the_aliases_lead_into_the_version_and_warn(alias_sdk: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-W", "error::SyntaxWarning", "-c", textwrap.dedent(SCRIPT)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(alias_sdk / "src"), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)
    assert result["things"] == [
        "twilio_sdk.chat.v10.thing",
        ["things is deprecated here: use v10.things"],
    ]
    assert result["account"] == ["twilio_sdk.api.v2010.account", []]
    assert result["accounts"] == ["twilio_sdk.api.v2010.account", []]
    assert result["calls"] == [
        "twilio_sdk.api.v2010.call",
        ["calls is deprecated here: use v2010.account.calls"],
    ]
    assert result["listed"]  # the alias's list is the version's, which the fake answers
    assert result["async"][0] == "twilio_sdk.chat.v1.old" and result["async"][1]


NAMES_SCRIPT = """
import json, warnings
from twilio_sdk import Client

warnings.simplefilter("ignore")
widgets = Client("AC" + "1" * 32, "t").widgets
print(json.dumps({
    "warnings": type(widgets.warnings).__name__,
    "property": hasattr(widgets, "property"),
    "url": widgets.url,
}))
"""


def test_a_shortcut_never_hides_the_products_own_names(tmp_path: Path) -> None:
    """Resources named ``property``, ``warnings`` and ``url``: the class body's decorator
    and the product's URL stay theirs, and the module's ``warnings`` import still warns."""
    from .sketches import Sketch, spec_of

    sketches = [
        Sketch(name, {}, sid_prefix=f"Q{n}")
        for n, name in enumerate(("Property", "Warnings", "Url"))
    ]
    (tmp_path / "widgets.yaml").write_text(yaml.safe_dump(spec_of(sketches)), encoding="utf-8")
    write_tree(generate_files([tmp_path / "widgets.yaml"]), tmp_path / "out")
    ran = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(NAMES_SCRIPT)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path / "out" / "src"), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == {
        "warnings": "WarningList",
        "property": False,
        "url": "https://widgets.example.com",
    }
