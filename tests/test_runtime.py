"""The SDK runtime shipped in generated/: credentials, URLs, encoding, errors and models."""

from __future__ import annotations

import enum
import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

import twilio_sdk
from twilio_sdk import (
    UNSET,
    ApiError,
    Client,
    ConnectionPolicy,
    TransportError,
    TwilioError,
    ValidationError,
)
from twilio_sdk._runtime import codecs
from twilio_sdk._runtime.operation import Operation, Param, compile_pattern, quote_segment

SID = "NY" + "a" * 32
ACCOUNT = "AC" + "b" * 32
TOKEN = "super-secret-token"
POLICY = {
    "account_sid": ACCOUNT,
    "sid": SID,
    "friendly_name": "Primary",
    "date_created": "2020-03-18T23:31:36Z",
    "date_updated": "2020-03-18T23:31:37Z",
    "url": f"https://voice.twilio.com/v1/ConnectionPolicies/{SID}",
    "links": {"targets": f"https://voice.twilio.com/v1/ConnectionPolicies/{SID}/Targets"},
}


class Recorder:
    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0)

    def client(self, **kwargs: Any) -> Client:
        return Client(
            ACCOUNT, TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(self)), **kwargs
        )


def ok(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    recorder = Recorder(ok(POLICY))
    client = Client(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client.voice.v1.connection_policies(SID).fetch()
    assert client.account_sid == ACCOUNT
    assert (
        recorder.requests[0].headers["Authorization"]
        == httpx.BasicAuth(ACCOUNT, TOKEN)._auth_header
    )


def test_missing_credentials_raise_validation_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with pytest.raises(ValidationError, match="credentials are required"):
        Client()


def test_api_key_with_account_sid() -> None:
    client = Client("SK" + "c" * 32, "key-secret", account_sid=ACCOUNT)
    assert client.account_sid == ACCOUNT
    assert client.username == "SK" + "c" * 32


def test_the_secret_never_shows_in_repr_or_str() -> None:
    client = Client(ACCOUNT, TOKEN)
    for text in (repr(client), str(client), repr(client.voice.v1.connection_policies(SID))):
        assert TOKEN not in text


def test_base_url_replaces_scheme_and_host_and_rebases_page_urls() -> None:
    first = {
        "meta": {
            "key": "connection_policies",
            "page": 0,
            "page_size": 1,
            "next_page_url": "https://voice.twilio.com/v1/ConnectionPolicies?PageSize=1&Page=1&PageToken=PA",
        },
        "connection_policies": [POLICY],
    }
    last = {
        "meta": {"key": "connection_policies", "page": 1, "page_size": 1, "next_page_url": None},
        "connection_policies": [POLICY],
    }
    recorder = Recorder(ok(first), ok(last))
    client = recorder.client(base_url="http://127.0.0.1:8080/")
    assert len(client.voice.v1.connection_policies.list(page_size=1)) == 2
    assert [str(r.url) for r in recorder.requests] == [
        "http://127.0.0.1:8080/v1/ConnectionPolicies?PageSize=1",
        "http://127.0.0.1:8080/v1/ConnectionPolicies?PageSize=1&Page=1&PageToken=PA",
    ]


def test_an_argument_left_unset_or_none_is_not_sent_and_one_set_is() -> None:
    recorder = Recorder(*(ok(POLICY, 201) for _ in range(4)))
    policies = recorder.client().voice.v1.connection_policies
    policies.create()
    policies.create(friendly_name=UNSET)
    policies.create(friendly_name=None)  # as the official SDK leaves it out
    policies.create(friendly_name="")
    assert [r.content for r in recorder.requests] == [b"", b"", b"", b"FriendlyName="]


def test_none_for_a_required_argument_is_refused() -> None:
    to = Param("to", "To", "form", codecs.STRING, required=True)
    operation = Operation("POST", "/v1/Things", (to,), "application/x-www-form-urlencoded")
    with pytest.raises(ValidationError, match="to: must not be None"):
        operation.prepare("https://x.twilio.com", {"to": None})
    with pytest.raises(ValidationError, match="to: is required"):
        operation.prepare("https://x.twilio.com", {})


def test_wrong_types_are_rejected_before_sending() -> None:
    recorder = Recorder()
    policies = recorder.client().voice.v1.connection_policies
    with pytest.raises(ValidationError, match="friendly_name: must be a str, not int"):
        policies.create(friendly_name=5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="page_size: must be an int, not bool"):
        policies.page(page_size=True)
    with pytest.raises(ValidationError, match="limit"):
        policies.list(limit=0)
    assert recorder.requests == []


def test_validation_error_is_a_value_error_and_names_the_parameter() -> None:
    with pytest.raises(ValueError) as caught:
        Client(ACCOUNT, TOKEN).voice.v1.connection_policies(SID + "\n").fetch()
    assert isinstance(caught.value, ValidationError)
    assert isinstance(caught.value, TwilioError)
    assert caught.value.parameter == "sid"


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\x00b"])
def test_header_values_cannot_hold_a_line_break(value: str) -> None:
    header = Param("webhooks", "X-Twilio-Webhook-Enabled", "header", codecs.STRING)
    operation = Operation("GET", "/v1/Things", (header,))
    with pytest.raises(ValidationError, match="webhooks: must not hold CR, LF or NUL"):
        operation.prepare("https://x.twilio.com", {"webhooks": value})
    request = operation.prepare("https://x.twilio.com", {"webhooks": "true"})
    assert request.headers == [("X-Twilio-Webhook-Enabled", "true")]


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("a/b", "a%2Fb"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a?b#c", "a%3Fb%23c"),
        ("50%", "50%25"),
        ("a.b", "a.b"),
    ],
)
def test_path_values_stay_one_segment(value: str, quoted: str) -> None:
    assert quote_segment(value) == quoted
    operation = Operation(
        "GET", "/v1/Things/{Sid}", (Param("sid", "Sid", "path", codecs.STRING, required=True),)
    )
    request = operation.prepare("https://x.twilio.com", {"sid": value})
    assert request.url == f"https://x.twilio.com/v1/Things/{quoted}"
    assert httpx.URL(request.url).raw_path == f"/v1/Things/{quoted}".encode()


def test_spec_patterns_end_at_the_very_end() -> None:
    pattern = compile_pattern("^NY[0-9a-fA-F]{32}$")
    assert pattern.search(SID)
    assert not pattern.search(SID + "\n")
    assert compile_pattern("^a[$]b$").search("a$b")


def test_non_json_error_body_still_raises_api_error() -> None:
    recorder = Recorder(httpx.Response(502, text="<html>Bad Gateway</html>"))
    with pytest.raises(ApiError) as caught:
        recorder.client(max_retries=0).voice.v1.connection_policies(SID).fetch()
    error = caught.value
    assert (error.status, error.code, error.message) == (502, None, "<html>Bad Gateway</html>")
    assert (error.method, error.uri) == (
        "GET",
        f"https://voice.twilio.com/v1/ConnectionPolicies/{SID}",
    )


def test_api_error_carries_twilio_error_fields() -> None:
    body = {
        "code": 20003,
        "message": "Authenticate",
        "more_info": "https://www.twilio.com/docs/errors/20003",
        "status": 401,
        "details": {"hint": "check the token"},
    }
    recorder = Recorder(ok(body, 401))
    with pytest.raises(ApiError) as caught:
        recorder.client().voice.v1.connection_policies(SID).delete()
    error = caught.value
    assert (
        error.status,
        error.code,
        error.message,
        error.more_info,
        error.details,
        error.method,
    ) == (401, 20003, "Authenticate", body["more_info"], {"hint": "check the token"}, "DELETE")
    assert TOKEN not in str(error) and TOKEN not in repr(error)


def test_a_connection_failure_raises_transport_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = Client(ACCOUNT, TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
    with pytest.raises(TransportError, match="ConnectError"):
        client.voice.v1.connection_policies(SID).fetch()


def test_the_model_keeps_unknown_fields_and_round_trips() -> None:
    wire = dict(POLICY, brand_new_field={"nested": [1, 2]})
    policy = ConnectionPolicy.from_dict(wire)
    assert policy.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert policy.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert policy.to_dict() == wire
    assert json.loads(json.dumps(policy.to_dict())) == wire


def test_the_model_is_frozen() -> None:
    policy = ConnectionPolicy.from_dict(POLICY)
    with pytest.raises(AttributeError):
        policy.sid = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("2020-03-18T23:31:36Z", datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)),
        (
            "2020-03-18T23:31:36.250000Z",
            datetime(2020, 3, 18, 23, 31, 36, 250000, tzinfo=timezone.utc),
        ),
        (
            "2020-03-18T23:31:36+01:00",
            datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone(timedelta(hours=1))),
        ),
    ],
)
def test_datetimes_are_timezone_aware_and_round_trip(wire: str, python: datetime) -> None:
    decoded = codecs.DATETIME.decode(wire)
    assert decoded == python and decoded.tzinfo is not None
    assert codecs.DATETIME.to_json(decoded) == wire


def test_rfc_2822_dates_are_read_too() -> None:
    decoded = codecs.DATETIME.decode("Wed, 18 Mar 2020 23:31:36 +0000")
    assert decoded == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("codec", "value", "encoded"),
    [
        (codecs.BOOLEAN, True, "true"),
        (codecs.BOOLEAN, False, "false"),
        (codecs.INTEGER, 7, "7"),
        (codecs.DATE, date(2024, 2, 29), "2024-02-29"),
        (
            codecs.DATETIME,
            datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
            "2020-01-02T03:04:05Z",
        ),
        (codecs.JSON, {"a": [1, True]}, '{"a": [1, true]}'),  # as the official writes it
        (codecs.ListOf(codecs.STRING), ["x", "y"], ["x", "y"]),
    ],
)
def test_form_encoding(codec: codecs.Codec, value: Any, encoded: Any) -> None:
    assert codec.accepts(value)
    assert codec.encode(value) == encoded


def test_user_agent_names_the_sdk_os_and_python() -> None:
    recorder = Recorder(ok(POLICY))
    recorder.client().voice.v1.connection_policies(SID).fetch()
    agent = recorder.requests[0].headers["User-Agent"]
    assert agent.startswith(f"twilio_sdk/{twilio_sdk.__version__} (")
    assert ") Python/3." in agent


def test_header_parameters_travel_as_request_headers() -> None:
    operation = Operation(
        "POST",
        "/v1/Things",
        (Param("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", "header", codecs.STRING),),
        content_type="application/x-www-form-urlencoded",
    )
    prepared = operation.prepare("https://x.twilio.com", {"x_twilio_webhook_enabled": "true"})
    assert prepared.headers == [("X-Twilio-Webhook-Enabled", "true")]
    client = Client(ACCOUNT, TOKEN)
    request = client._build(client._http, prepared)
    assert request.headers["X-Twilio-Webhook-Enabled"] == "true"
    assert request.headers["Authorization"].startswith("Basic ")
    assert (
        client._build(client._http, operation.prepare("https://x.twilio.com", {})).headers.get(
            "X-Twilio-Webhook-Enabled"
        )
        is None
    )


def test_legacy_pages_follow_next_page_uri_relative_to_the_host() -> None:
    def page(number: int, last: bool) -> dict[str, Any]:
        uri = f"/v1/ConnectionPolicies?PageSize=1&Page={number}"
        return {
            "connection_policies": [dict(POLICY, friendly_name=f"p{number}")],
            "uri": uri,
            "first_page_uri": "/v1/ConnectionPolicies?PageSize=1&Page=0",
            "next_page_uri": (
                None if last else f"/v1/ConnectionPolicies?PageSize=1&Page={number + 1}"
            ),
            "previous_page_uri": None,
            "page": number,
            "page_size": 1,
        }

    recorder = Recorder(ok(page(0, False)), ok(page(1, False)), ok(page(2, True)))
    names = [
        p.friendly_name for p in recorder.client().voice.v1.connection_policies.stream(page_size=1)
    ]
    assert names == ["p0", "p1", "p2"]
    assert [str(r.url) for r in recorder.requests[1:]] == [
        "https://voice.twilio.com/v1/ConnectionPolicies?PageSize=1&Page=1",
        "https://voice.twilio.com/v1/ConnectionPolicies?PageSize=1&Page=2",
    ]


def test_a_method_argument_may_share_its_name_with_a_path_parameter() -> None:
    """The 2010 API moves a number with ``account_sid`` while ``{AccountSid}`` is in the path."""
    account = Param(
        "account_sid",
        "AccountSid",
        "path",
        codecs.STRING,
        required=True,
        pattern="^AC[0-9a-f]{32}$",
    )
    moved_to = Param("account_sid", "AccountSid", "form", codecs.STRING, pattern="^AC[0-9a-f]{32}$")
    operation = Operation(
        "POST",
        "/2010-04-01/Accounts/{AccountSid}/Numbers",
        (account, moved_to),
        content_type="application/x-www-form-urlencoded",
    )
    here, there = "AC" + "1" * 32, "AC" + "2" * 32
    prepared = operation.prepare(
        "https://api.twilio.com", {"account_sid": there}, {"account_sid": here}
    )
    assert prepared.url == f"https://api.twilio.com/2010-04-01/Accounts/{here}/Numbers"
    assert prepared.form == [("AccountSid", there)]
    with pytest.raises(ValidationError, match="account_sid"):
        operation.prepare("https://api.twilio.com", {"account_sid": "nope"}, {"account_sid": here})


def test_a_missing_credential_comes_from_the_environment_by_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As the official package takes them: the account's Sid given, its token from the
    environment, or the other way round."""
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "e" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "env-token")
    recorder = Recorder(ok(POLICY), ok(POLICY))
    pool = httpx.Client(transport=httpx.MockTransport(recorder))
    Client(ACCOUNT, http_client=pool).voice.v1.connection_policies(SID).fetch()
    Client(password=TOKEN, http_client=pool).voice.v1.connection_policies(SID).fetch()
    assert [r.headers["Authorization"] for r in recorder.requests] == [
        httpx.BasicAuth(ACCOUNT, "env-token")._auth_header,
        httpx.BasicAuth("AC" + "e" * 32, TOKEN)._auth_header,
    ]


@pytest.mark.parametrize("argument", ["username", "password", "account_sid"])
@pytest.mark.parametrize("value", [b"secret-bytes", 12345])
def test_a_credential_that_is_not_text_is_a_validation_error(argument: str, value: Any) -> None:
    """A bytes token went out, then broke the redaction of every error (``str.replace(bytes)``);
    an int one broke in httpx. The value, maybe a secret, is not shown."""
    given: dict[str, Any] = {"username": ACCOUNT, "password": TOKEN, argument: value}
    with pytest.raises(ValidationError) as raised:
        Client(**given)
    assert raised.value.parameter == argument and str(value) not in str(raised.value)
    assert type(value).__name__ in str(raised.value)


class Country(str, enum.Enum):
    """An application's own enum, whose members are the text they stand for."""

    US = "US"


def test_a_text_enum_member_goes_as_its_value() -> None:
    """It was checked by its value but sent as ``str(member)``, ``Country.US``, in the path, the
    query and the form; the official package sends ``US``."""
    recorder = Recorder(
        ok({"iso_code": "US"}),
        ok({"content": [], "meta": {"key": "content", "next_page_url": None}}),
        ok({"sid": "IL" + "a" * 32}, 201),
    )
    client = recorder.client()
    client.voice.v1.dialing_permissions.countries(Country.US).fetch()
    client.voice.v1.dialing_permissions.countries.page(iso_code=Country.US)
    client.voice.v1.ip_records.create(ip_address="10.0.0.1", friendly_name=Country.US)
    first, second, third = recorder.requests
    assert first.url.path == "/v1/DialingPermissions/Countries/US"
    assert second.url.params["IsoCode"] == "US"
    assert third.content == b"IpAddress=10.0.0.1&FriendlyName=US"


@pytest.mark.parametrize("day", ["not-a-date", "2020-13-45", "18/03/2020"])
def test_a_date_as_text_must_spell_a_day(day: str) -> None:
    """The SDK types a date argument as a ``date``; an untyped caller's text is checked too."""
    recorder = Recorder()
    archived = recorder.client().voice.v1.archived_calls(day, "CA" + "a" * 32)  # type: ignore[arg-type]
    with pytest.raises(
        ValidationError, match=f"date: must be a date or an ISO 8601 str, not str {day!r}"
    ):
        archived.delete()
    assert recorder.requests == []


def test_a_date_as_iso_text_is_sent_as_it_is() -> None:
    recorder = Recorder(httpx.Response(204))
    archived = recorder.client().voice.v1.archived_calls("2020-03-18", "CA" + "a" * 32)  # type: ignore[arg-type]
    assert archived.delete()
    assert recorder.requests[0].url.path == f"/v1/Archives/2020-03-18/Calls/CA{'a' * 32}"
