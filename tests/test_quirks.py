"""Twilio quirks the published specs need, each on one small spec: resources under
``/Accounts/{AccountSid}`` default to the client's own account, ``.json`` paths, a list path
parameter no parent supplies, array form parameters as repeated keys, JSON and SCIM+JSON
request bodies, and PATCH beside PUT."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate_files
from generator.writing import write_tree

ACCOUNT = "AC" + "1" * 32
OTHER = "AC" + "2" * 32
CALL = "CA" + "3" * 32

SPEC = """
openapi: 3.0.1
info: {title: Accounts, version: 1.0.0}
servers: [{url: "https://api.twilio.com"}]
components:
  schemas:
    account:
      type: object
      properties:
        sid: {type: string, pattern: "^AC[0-9a-fA-F]{32}$"}
        friendly_name: {type: string}
    call:
      type: object
      properties:
        sid: {type: string, pattern: "^CA[0-9a-fA-F]{32}$"}
        account_sid: {type: string}
    call_page:
      type: object
      properties:
        calls: {type: array, items: {$ref: "#/components/schemas/call"}}
        next_page_uri: {type: string, nullable: true}
paths:
  /2010-04-01/Accounts.json:
    x-twilio: {pathType: list}
    post:
      operationId: CreateAccount
      responses:
        "201":
          description: made
          content: {application/json: {schema: {$ref: "#/components/schemas/account"}}}
  /2010-04-01/Accounts/{Sid}.json:
    x-twilio: {pathType: instance}
    parameters:
      - name: Sid
        in: path
        required: true
        schema: {type: string, pattern: "^AC[0-9a-fA-F]{32}$"}
    get:
      operationId: FetchAccount
      responses:
        "200":
          description: one
          content: {application/json: {schema: {$ref: "#/components/schemas/account"}}}
  /2010-04-01/Accounts/{AccountSid}/Calls.json:
    x-twilio: {pathType: list, parent: "/Accounts/{Sid}.json"}
    parameters:
      - name: AccountSid
        in: path
        required: true
        schema: {type: string, pattern: "^AC[0-9a-fA-F]{32}$"}
    post:
      operationId: CreateCall
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                To: {type: string}
                StatusCallbackEvent: {type: array, items: {type: string}}
      responses:
        "201":
          description: made
          content: {application/json: {schema: {$ref: "#/components/schemas/call"}}}
    get:
      operationId: ListCall
      responses:
        "200":
          description: page
          content: {application/json: {schema: {$ref: "#/components/schemas/call_page"}}}
  /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json:
    x-twilio: {pathType: instance, parent: "/Accounts/{Sid}.json"}
    parameters:
      - name: AccountSid
        in: path
        required: true
        schema: {type: string, pattern: "^AC[0-9a-fA-F]{32}$"}
      - name: Sid
        in: path
        required: true
        schema: {type: string, pattern: "^CA[0-9a-fA-F]{32}$"}
    get:
      operationId: FetchCall
      responses:
        "200":
          description: one
          content: {application/json: {schema: {$ref: "#/components/schemas/call"}}}
  /v1/Organizations/{OrganizationSid}/Members:
    servers: [{url: "https://preview-iam.twilio.com"}]
    x-twilio: {pathType: list}
    parameters:
      - name: OrganizationSid
        in: path
        required: true
        schema: {type: string, pattern: "^OR[0-9a-fA-F]{32}$"}
    get:
      operationId: ListMember
      responses:
        "200":
          description: page
          content: {application/json: {schema: {$ref: "#/components/schemas/call_page"}}}
  /v1/Organizations/{OrganizationSid}/Members/{MemberSid}:
    servers: [{url: "https://preview-iam.twilio.com"}]
    x-twilio: {pathType: instance}
    parameters:
      - name: OrganizationSid
        in: path
        required: true
        schema: {type: string, pattern: "^OR[0-9a-fA-F]{32}$"}
      - name: MemberSid
        in: path
        required: true
        schema: {type: string, pattern: "^US[0-9a-fA-F]{32}$"}
    put:
      operationId: UpdateMember
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [userName]
              properties:
                userName: {type: string}
                active: {type: boolean}
                emails: {type: array, items: {type: string}}
      responses:
        "200":
          description: one
          content: {application/json: {schema: {$ref: "#/components/schemas/call"}}}
    patch:
      operationId: PatchMember
      requestBody:
        content:
          application/scim+json:
            schema: {type: object}
      responses:
        "200":
          description: one
          content: {application/scim+json: {schema: {$ref: "#/components/schemas/call"}}}
"""

SCRIPT = """
import json, httpx
from twilio_sdk import Client

seen = []
bodies = []

def answer(request):
    seen.append(str(request.url))
    if request.method != "GET":
        content_type = request.headers.get("Content-Type")
        bodies.append([request.method, content_type, request.content.decode()])
    listing = "Calls.json" in request.url.path or "Members" in request.url.path
    if request.method == "GET" and listing:
        return httpx.Response(200, json={"calls": [{"sid": "CALL"}], "next_page_uri": None})
    return httpx.Response(200, json={"sid": "CALL"})

client = Client("ACCOUNT", "token", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
v2010 = client.api.v2010
try:
    client.preview_iam.v1.members.list()
    missing = "sent"
except TypeError as error:
    missing = str(error)
print(json.dumps({
    "missing": missing,
    "listed": [c.sid for c in v2010.calls.list()],
    "fetched": v2010.calls("CALL").fetch().sid,
    "same": v2010.account.calls("CALL").fetch().sid,
    "other": [c.sid for c in v2010.accounts("OTHER").calls.list()],
    "members": [
        c.sid for c in client.preview_iam.v1.members.list(organization_sid="OR" + "4" * 32)
    ],
    "urls": list(seen),
    "shortcut": [c.sid for c in client.calls.list()],
    "shortcut_url": seen[-1],
    "created": v2010.calls.create(
        to="+15551234567", status_callback_event=["initiated", "ringing"]).sid,
    "updated": client.preview_iam.v1.members("OR" + "4" * 32, "US" + "5" * 32).update(
        user_name="ada", active=True, emails=["ada@example.com"]).sid,
    "patched": client.preview_iam.v1.members("OR" + "4" * 32, "US" + "5" * 32).patch(
        body={"Operations": [{"op": "replace", "path": "active", "value": False}]}).sid,
    "bodies": bodies,
}))
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("accounts")
    spec = root / "accounts.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    write_tree(generate_files([spec]), root / "out")
    return root / "out"


def run_script(sdk: Path) -> dict[str, Any]:
    script = SCRIPT.replace("ACCOUNT", ACCOUNT).replace("OTHER", OTHER).replace("CALL", CALL)
    ran = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(sdk / "src"), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    result: dict[str, Any] = json.loads(ran.stdout)
    return result


def test_account_resources_default_to_the_clients_account(sdk: Path) -> None:
    result = run_script(sdk)
    assert result["listed"] == result["other"] == result["members"] == [CALL]
    assert result["fetched"] == result["same"] == CALL
    base = "https://api.twilio.com/2010-04-01/Accounts"
    assert result["urls"] == [
        f"{base}/{ACCOUNT}/Calls.json",
        f"{base}/{ACCOUNT}/Calls/{CALL}.json",
        f"{base}/{ACCOUNT}/Calls/{CALL}.json",
        f"{base}/{OTHER}/Calls.json",
        f"https://preview-iam.twilio.com/v1/Organizations/OR{'4' * 32}/Members",
    ]
    # the official package's shortcut: client.calls is client.api.v2010.account.calls
    assert result["shortcut"] == [CALL] and result["shortcut_url"] == f"{base}/{ACCOUNT}/Calls.json"


def test_a_list_path_parameter_no_parent_supplies_is_a_required_argument(sdk: Path) -> None:
    assert (
        "missing 1 required keyword-only argument: 'organization_sid'" in run_script(sdk)["missing"]
    )


def test_array_form_parameters_and_json_bodies_go_out_as_the_spec_says(sdk: Path) -> None:
    result = run_script(sdk)
    assert result["created"] == result["updated"] == result["patched"] == CALL
    assert result["bodies"] == [
        [
            "POST",
            "application/x-www-form-urlencoded",
            "To=%2B15551234567&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing",
        ],
        [
            "PUT",
            "application/json",
            '{"userName":"ada","active":true,"emails":["ada@example.com"]}',
        ],
        [
            "PATCH",
            "application/scim+json",
            '{"Operations":[{"op":"replace","path":"active","value":false}]}',
        ],
    ]


def test_rfc_2822_dates_are_datetimes_that_go_back_as_they_came(tmp_path: Path) -> None:
    """The 2010 API's ``format: date-time-rfc-2822``: read as a timezone-aware datetime, and
    ``to_dict`` spells it as the API does; the generated tests expect exactly that."""
    from .sketches import Sketch, spec_of

    sent = "Tue, 31 Aug 2010 20:36:28 +0000"
    fields = {"date_created": {"type": "string", "format": "date-time-rfc-2822", "example": sent}}
    spec = spec_of([Sketch("Calls", fields, {"To": {"type": "string"}}, sid_prefix="CA")])
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    module = files["src/twilio_sdk/widgets/v1/call.py"]
    assert "date_created: _dt.datetime | None" in module
    assert (
        "datetime(2010, 8, 31, 20, 36, 28, tzinfo=timezone.utc)"
        in files["tests/test_widgets_v1_call.py"]
    )
    script = textwrap.dedent(f"""
        from datetime import datetime, timezone
        from twilio_sdk.widgets.v1.call import Call
        call = Call.from_dict({{"date_created": {sent!r}}})
        assert call.date_created == datetime(2010, 8, 31, 20, 36, 28, tzinfo=timezone.utc)
        assert call.to_dict()["date_created"] == {sent!r}
    """)
    for command in (["-c", script], ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]):
        ran = subprocess.run(
            [sys.executable, *command],
            cwd=out,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONPATH": str(out / "src")},
        )
        assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr[-2000:]


def test_json_values_go_out_as_json_and_json_text_is_taken(tmp_path: Path) -> None:
    """A dict for a parameter the spec leaves untyped goes out as JSON, not as a Python repr; a
    ``type: object`` parameter also takes JSON text (Twilio's examples write it so) and sends it
    as it is, while text that is not JSON is a ValidationError before anything is sent."""
    from .sketches import Sketch, spec_of

    fields = {"sid": {"type": "string", "example": "IN" + "a" * 32}}
    params = {"Data": {"description": "untyped"}, "Config": {"type": "object"}}
    spec = spec_of([Sketch("Interactions", fields, params, sid_prefix="IN")])
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    assert (
        "config: dict[str, Any] | str | None | Unset = UNSET"
        in files["src/twilio_sdk/widgets/v1/interaction.py"]
    )
    script = textwrap.dedent("""
        import json, urllib.parse, httpx
        from twilio_sdk import Client, ValidationError
        sent = []
        def answer(request):
            sent.append(urllib.parse.parse_qs(request.content.decode()))
            return httpx.Response(201, json={"sid": "IN" + "a" * 32})
        client = Client("AC" + "0" * 32, "token",
                        http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        interactions = client.widgets.v1.interactions
        interactions.create(data={"type": "sms", "n": [1]}, config={"a": 1})
        interactions.create(config='{"a": 1}')
        try:
            interactions.create(config="{not json")
            refused = False
        except ValidationError as error:
            refused = "config" in str(error)
        print(json.dumps({"sent": sent, "refused": refused}))
    """)
    ran = subprocess.run(
        [sys.executable, "-c", script],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(out / "src")},
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    seen = json.loads(ran.stdout)
    assert seen["sent"] == [
        {"Data": ['{"type": "sms", "n": [1]}'], "Config": ['{"a": 1}']},  # spaced as json.dumps
        {"Config": ['{"a": 1}']},
    ]
    assert seen["refused"] is True


def test_numbers_dates_and_prefixed_maps_as_the_official_package_has_them(tmp_path: Path) -> None:
    """A ``type: number`` reads as a Decimal, from text or a JSON number, and a ``format:
    float`` one as a float; a number argument takes a Decimal, an int or a float and sends its
    ``str``. A field called ``date`` keeps its name beside ``date``-typed fields. An object
    parameter marked ``format: prefixed-collapsible-map-AddOns`` goes out as one
    ``AddOns.<key>.<key>`` pair per leaf, and the generated tests (on the fake) pass."""
    from .sketches import Sketch, spec_of

    fields: dict[str, dict[str, Any]] = {
        "price": {"type": "number", "example": "-0.05000"},
        "latitude": {"type": "number", "example": 37.7749},
        "score": {"type": "number", "format": "float", "example": 0.5},
        "date": {"type": "string", "format": "date", "example": "2020-01-02"},
        "day": {"type": "string", "format": "date", "example": "2020-01-03"},
    }
    params = {
        "Amount": {"type": "number"},
        "AddOnsData": {"type": "object", "format": "prefixed-collapsible-map-AddOns"},
    }
    filters = {"AddOnsData": params["AddOnsData"]}
    spec = spec_of([Sketch("Charges", fields, params, sid_prefix="CH", filters=filters)])
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "out"
    files = generate_files([path], use_cache=False)
    write_tree(files, out)
    module = files["src/twilio_sdk/widgets/v1/charge.py"]
    for line in (
        "price: _decimal.Decimal | None = None",
        "score: float | None = None",
        "date: _dt.date | None = None",
        "day: _dt.date | None = None",
        "amount: _decimal.Decimal | float | None | Unset = UNSET",
        "add_ons_data: dict[str, Any] | None | Unset = UNSET",
        'codec=_codecs.PrefixedMap("AddOns")',
    ):
        assert line in module, line
    assert 'Decimal("-0.05000")' in files["tests/test_widgets_v1_charge.py"]
    script = textwrap.dedent("""
        import json, urllib.parse, httpx
        from decimal import Decimal
        from twilio_sdk import Client
        from twilio_sdk.widgets.v1.charge import Charge
        read = Charge.from_dict({"price": "-0.05000", "latitude": 37.7749, "score": 0.5,
                                 "date": "2020-01-02"})
        assert read.price == Decimal("-0.05000") and type(read.price) is Decimal
        assert read.latitude == Decimal("37.7749") and type(read.latitude) is Decimal
        assert read.score == 0.5 and type(read.score) is float
        assert str(read.date) == "2020-01-02"
        assert Charge.from_dict(read.to_dict()) == read
        sent = []
        def answer(request):
            sent.append(urllib.parse.parse_qsl(request.content.decode()))
            return httpx.Response(201, json={"sid": "CH" + "a" * 32})
        client = Client("AC" + "0" * 32, "token",
                        http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        charges = client.widgets.v1.charges
        for amount in (Decimal("0.50"), 2, 1.25):
            charges.create(amount=amount)
        charges.create(add_ons_data={"a": {"b": "c", "n": 1}, "d": "e"})
        from twilio_sdk.testing import FakeTwilio
        on_fake = FakeTwilio("AC" + "0" * 32, "token").client().widgets.v1.charges
        on_fake.create(amount=Decimal("0.5"), add_ons_data={"a": {"b": "c"}})
        assert len(on_fake.list(add_ons_data={"a": {"b": "c"}})) == 1  # its keys are known
        print(json.dumps(sent))
    """)
    for command in (["-c", script], ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]):
        ran = subprocess.run(
            [sys.executable, *command],
            cwd=out,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONPATH": str(out / "src")},
        )
        assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr[-2000:]
        if command[0] == "-c":
            assert json.loads(ran.stdout) == [
                [["Amount", "0.50"]],
                [["Amount", "2"]],
                [["Amount", "1.25"]],
                [["AddOns.a.b", "c"], ["AddOns.a.n", "1"], ["AddOns.d", "e"]],
            ]
