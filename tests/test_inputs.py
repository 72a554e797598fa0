"""Arguments code written for the official `twilio` package passes, taken and sent as it sends
them, on one small spec: None for an optional argument (not sent), a `date` for a date-time
(its midnight in UTC), one item for a list (a list of one), a string the spec's enum does not
list yet (sent as given), and paging arguments on a list whose spec declares no paging
parameters (sent). What can never succeed is still refused before sending, and the fake takes
what the SDK now sends."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate_files
from generator.writing import write_tree

from .helpers import run_python

SPEC = """
openapi: 3.0.1
info: {title: Gadgets, version: 1.0.0}
servers: [{url: "https://gadgets.twilio.com"}]
components:
  schemas:
    gadget:
      type: object
      properties:
        sid:
          type: string
          pattern: "^GD[0-9a-fA-F]{32}$"
          example: GDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
        status: {type: string, enum: [active, retired], example: active}
    gadget_page:
      type: object
      properties:
        gadgets: {type: array, items: {$ref: "#/components/schemas/gadget"}}
        meta:
          type: object
          properties:
            key: {type: string}
            next_page_url: {type: string, nullable: true}
paths:
  /v1/Gadgets:
    x-twilio: {pathType: list}
    post:
      operationId: CreateGadget
      parameters:
        - name: X-Twilio-Webhook-Enabled
          in: header
          schema: {type: string, enum: ["true", "false"]}
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                FriendlyName: {type: string, maxLength: 8}
                Status: {type: string, enum: [active, retired]}
                Events: {type: array, items: {type: string, enum: [made, lost]}}
                Sizes: {type: array, items: {type: integer}}
                OwnerSid: {type: string, pattern: "^US[0-9a-fA-F]{32}$"}
                MadeOn: {type: string, format: date}
                SeenAt: {type: string, format: date-time}
      responses:
        "201":
          description: made
          content: {application/json: {schema: {$ref: "#/components/schemas/gadget"}}}
    get:
      operationId: ListGadget
      parameters:
        - {name: Status, in: query, schema: {type: string, enum: [active, retired]}}
        - {name: "DateCreated>", in: query, schema: {type: string, format: date-time}}
        - {name: Tag, in: query, schema: {type: array, items: {type: string}}}
      responses:
        "200":
          description: page
          content: {application/json: {schema: {$ref: "#/components/schemas/gadget_page"}}}
  /v1/Gadgets/{Sid}:
    x-twilio: {pathType: instance}
    parameters:
      - name: Sid
        in: path
        required: true
        schema: {type: string, pattern: "^GD[0-9a-fA-F]{32}$"}
    put:
      operationId: UpdateGadget
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
                note: {type: string, nullable: true}
                labels: {type: array, items: {type: string}}
      responses:
        "200":
          description: one
          content: {application/json: {schema: {$ref: "#/components/schemas/gadget"}}}
"""

GADGET = "GD" + "a" * 32
OWNER = "US" + "b" * 32

# Each call, then what it sent: query, form or JSON body, and the webhook header.
SCRIPT = """
import datetime as dt, json, httpx
from twilio_sdk import Client, ValidationError

sent = []

def answer(request):
    body = request.content.decode()
    sent.append({
        "query": request.url.query.decode(),
        "body": json.loads(body) if "json" in request.headers.get("Content-Type", "") else body,
        "header": request.headers.get("X-Twilio-Webhook-Enabled"),
    })
    if request.method == "GET":
        return httpx.Response(200, json={"gadgets": [], "meta": {"key": "gadgets"}})
    return httpx.Response(200, json={"sid": "GADGET"})

client = Client("AC" + "0" * 32, "token",
                http_client=httpx.Client(transport=httpx.MockTransport(answer)))
gadgets = client.gadgets.v1.gadgets
gadgets.create(friendly_name=None, status=None, events=None, owner_sid=None,
               x_twilio_webhook_enabled=None)
gadgets.create(events="made", sizes=3, status="recycled", x_twilio_webhook_enabled="TRUE")
gadgets.create(made_on=dt.datetime(2024, 1, 2, 23, 30, tzinfo=dt.timezone.utc),
               seen_at=dt.date(2024, 1, 2))
gadgets.list(status=None, date_created_after=None, tag=None, page_size=None)
gadgets.list(date_created_after=dt.date(2024, 1, 2), tag="blue", status="lost", limit=3)
gadgets.page(page_size=20, page_number=2, page_token="PT2")
gadgets.page(page_size=None, page_number=None, page_token=None)
gadgets("GADGET").update(name=None, note=None, labels="x")
refused = {}
for name, call in [
    ("owner_sid", lambda: gadgets.create(owner_sid="XX" + "b" * 32)),
    ("friendly_name", lambda: gadgets.create(friendly_name="much too long")),
    ("status", lambda: gadgets.create(status={"a": 1})),
    ("events", lambda: gadgets.create(events=[1])),
    ("sizes", lambda: gadgets.create(sizes="3")),
    ("sid", lambda: gadgets(None).update()),
]:
    try:
        call()
        refused[name] = None
    except ValidationError as error:
        refused[name] = str(error)
print(json.dumps({"sent": sent, "refused": refused}))
"""

# The same calls against the fake, which must take what the SDK now sends.
FAKE_SCRIPT = """
import datetime as dt, json
from twilio_sdk.testing import FakeTwilio

client = FakeTwilio().client()
gadgets = client.gadgets.v1.gadgets
made = gadgets.create(events="made", sizes=3, status="recycled", seen_at=dt.date(2024, 1, 2),
                      friendly_name=None)
listed = gadgets.list(date_created_after=dt.date(2024, 1, 2), tag="blue", status="recycled",
                      page_size=1)
first = gadgets.page(page_size=1, page_number=0, page_token=None)
print(json.dumps({"made": made.sid, "listed": len(listed), "page": len(first.items)}))
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("gadgets")
    spec = root / "gadgets.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    files = generate_files([spec], use_cache=False)
    write_tree(files, root / "out")
    return root / "out", files


def _run(out: Path, script: str) -> dict[str, Any]:
    script = textwrap.dedent(script).replace("GADGET", GADGET)
    ran = run_python("-c", script, importable=(out / "src",), cwd=out, timeout=120)
    assert ran.returncode == 0, ran.stderr[-3000:]
    result: dict[str, Any] = json.loads(ran.stdout)
    return result


def test_the_annotations_take_what_the_official_package_takes(
    sdk: tuple[Path, dict[str, str]],
) -> None:
    module = sdk[1]["src/twilio_sdk/gadgets/v1/gadget.py"]
    for argument in [
        "friendly_name: str | None | Unset = UNSET",
        "status: Status | str | None | Unset = UNSET",
        "events: Sequence[Events | str] | Events | str | None | Unset = UNSET",
        "sizes: Sequence[int] | int | None | Unset = UNSET",
        "made_on: _dt.date | str | None | Unset = UNSET",
        "seen_at: _dt.datetime | _dt.date | str | None | Unset = UNSET",
        "date_created_after: _dt.datetime | _dt.date | str | None | Unset = UNSET",
        "page_size: int | None | Unset = UNSET",
        "page_token: str | None | Unset = UNSET",
    ]:
        assert argument in module, argument
    # an enum's values are the ones the spec knows, not a check
    assert "enum=" not in module
    doc = sdk[1]["docs/gadgets_v1_gadget.md"]
    for row in [
        "| `Status` | `status` | `Status \\| str` | no | form | known values `active`, `retired` |",
        "| `SeenAt` | `seen_at` | `datetime \\| date \\| str` | no | form |",
        "| `PageSize` | `page_size` | `int` | no | query | range 1.. |",
    ]:
        assert row in doc, row


def test_what_the_official_package_takes_is_sent_as_it_sends_it(
    sdk: tuple[Path, dict[str, str]],
) -> None:
    sent = _run(sdk[0], SCRIPT)["sent"]
    assert sent == [
        # None is not sent, in a form, a header...
        {"query": "", "body": "", "header": None},
        # one item is a list of one; a value the enum does not list yet goes as given
        {"query": "", "body": "Status=recycled&Events=made&Sizes=3", "header": "TRUE"},
        # a datetime for a date is its day; a date for a date-time is its midnight in UTC
        {"query": "", "body": "MadeOn=2024-01-02&SeenAt=2024-01-02T00%3A00%3A00Z", "header": None},
        # ...or a query
        {"query": "", "body": "", "header": None},
        # paging arguments on a list whose spec declares none are sent, as the official does
        {
            "query": "Status=lost&DateCreated%3E=2024-01-02T00%3A00%3A00Z&Tag=blue&PageSize=3",
            "body": "",
            "header": None,
        },
        {"query": "PageSize=20&Page=2&PageToken=PT2", "body": "", "header": None},
        {"query": "", "body": "", "header": None},
        # in a JSON body, None is left out but where the spec lets the property be null
        {"query": "", "body": {"note": None, "labels": ["x"]}, "header": None},
    ]


def test_what_can_never_succeed_is_still_refused(sdk: tuple[Path, dict[str, str]]) -> None:
    refused = _run(sdk[0], SCRIPT)["refused"]
    assert refused == {
        "owner_sid": f"owner_sid: 'XX{'b' * 32}' does not match '^US[0-9a-fA-F]{{32}}$'",
        "friendly_name": "friendly_name: must be at most 8 characters long",
        "status": "status: must be a str, not dict",
        "events": "events: must be a list of str, or one of them, not list",
        "sizes": "sizes: must be a list of int, or one of them, not str '3'",
        "sid": "sid: must not be None",
    }


def test_the_fake_takes_what_the_sdk_now_sends(sdk: tuple[Path, dict[str, str]]) -> None:
    result = _run(sdk[0], FAKE_SCRIPT)
    assert result["made"].startswith("GD")
    assert result["listed"] == result["page"] == 1


def test_the_generated_tests_pass(sdk: tuple[Path, dict[str, str]]) -> None:
    """They no longer expect a value outside an enum to be refused, and expect the paging the
    list now sends."""
    ran = run_python(
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests",
        importable=(sdk[0] / "src",),
        cwd=sdk[0],
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]


TWILIO_SPECS = Path(__file__).resolve().parents[2] / "shared" / "twilio-oai" / "yaml"

# Calls written for the official package, on Twilio's own specs: a date for a date-time filter,
# a status the spec does not list, None, one item for a list, paging on a list whose spec
# declares none. The requests both packages send are compared.
COMPARED = """
import datetime as dt
from tests.test_official_sdk import Recorder, official, ours

BN = "BN" + "a" * 32

def script(client, reply):
    reply(200, {"calls": [], "next_page_uri": None})
    client.calls.list(start_time_after=dt.date(2024, 1, 2), status="new-status", to=None, limit=2)
    reply(201, {"sid": "SM" + "a" * 32})
    client.messages.create(to="+15551234567", from_="+15557654321", body="hi",
                           media_url="https://example.com/a.png", status_callback=None)
    reply(201, {"sid": "CA" + "a" * 32})
    client.calls.create(to="+15551234567", from_="+15557654321", url="https://example.com/x",
                        status_callback_event="initiated", timeout=None)
    vettings = client.messaging.v1.brand_registrations(BN).brand_vettings
    reply(200, {"data": [], "meta": {"key": "data", "next_page_url": None}})
    vettings.list(limit=2)
    reply(200, {"data": [], "meta": {"key": "data", "next_page_url": None}})
    vettings.page(page_size=7, page_token="PT", page_number=1)

theirs, mine = Recorder(), Recorder()
script(official(theirs), lambda status, body=None: theirs.answers.append((status, body)))
script(ours(mine), lambda status, body=None: mine.answers.append((status, body)))
assert len(mine.sent) == 5, mine.sent
for index, (sent_by_us, sent_by_them) in enumerate(zip(mine.sent, theirs.sent, strict=True)):
    assert sent_by_us == sent_by_them, (index, sent_by_us, sent_by_them)
assert ("StartTime>", "2024-01-02T00:00:00Z") in mine.sent[0].query
assert mine.sent[4].query == (("Page", "1"), ("PageSize", "7"), ("PageToken", "PT"))
"""


@pytest.mark.skipif(not TWILIO_SPECS.is_dir(), reason="Twilio's published specs are not here")
def test_twilios_own_apis_send_what_the_official_package_sends(tmp_path: Path) -> None:
    specs = [TWILIO_SPECS / f"twilio_{name}.yaml" for name in ("api_v2010", "messaging_v1")]
    write_tree(generate_files(specs), tmp_path / "out")
    root = Path(__file__).resolve().parents[1]
    ran = run_python("-c", COMPARED, importable=(tmp_path / "out" / "src", root), cwd=root)
    assert ran.returncode == 0, ran.stderr[-3000:]
