"""Retries, timeouts, typed errors, logging and redaction, edge and region."""

from __future__ import annotations

import asyncio
import base64
import logging
import random
import socket
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any, Callable, Iterator

import httpx
import pytest

from twilio_sdk import (
    ApiError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from twilio_sdk._runtime.retries import retry_after

SID = "NY" + "a" * 32
ACCOUNT = "AC" + "b" * 32
TOKEN = "very-secret-auth-token"
POLICY = {"sid": SID, "friendly_name": "Primary", "date_created": "2020-03-18T23:31:36Z"}
Outcome = Callable[[httpx.Request], httpx.Response]


class Script:
    """A transport that plays a list of outcomes (an answer, or an exception to raise) in order."""

    def __init__(self, *outcomes: Any) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.slept: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, type) and issubclass(outcome, httpx.TransportError):
            raise outcome("scripted failure", request=request)
        status, body, headers = outcome if len(outcome) == 3 else (*outcome, {})
        return httpx.Response(status, json=body, headers=headers)

    def client(self, **kwargs: Any) -> Client:
        client = Client(
            ACCOUNT, TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(self)), **kwargs
        )
        client._sleep = self.slept.append
        client._random = random.Random(7)
        return client

    def async_client(self, **kwargs: Any) -> AsyncClient:
        client = AsyncClient(
            ACCOUNT,
            TOKEN,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)),
            **kwargs,
        )

        async def sleep(delay: float) -> None:
            self.slept.append(delay)

        client._sleep = sleep
        client._random = random.Random(7)
        return client


def expected_backoff(retries: int, base: float = 0.5, cap: float = 8.0) -> list[float]:
    rng = random.Random(7)
    return [rng.uniform(0, min(cap, base * 2**n)) for n in range(retries)]


# -- retry rules ---------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_get_is_retried_on_retryable_statuses_with_full_jitter_backoff(status: int) -> None:
    script = Script((status, {}), (status, {}), (200, POLICY))
    policy = script.client().voice.v1.connection_policies(SID).fetch()
    assert policy.sid == SID
    assert len(script.requests) == 3
    assert script.slept == expected_backoff(2)
    assert 0 <= script.slept[0] <= 0.5 and 0 <= script.slept[1] <= 1.0


def test_delete_is_retried_and_gives_up_after_max_retries() -> None:
    script = Script((500, {}), (500, {}), (500, {"code": 20500, "message": "boom"}))
    with pytest.raises(ServerError) as caught:
        script.client().voice.v1.connection_policies(SID).delete()
    assert len(script.requests) == 3  # one try and the default two retries
    assert len(script.slept) == 2
    assert caught.value.code == 20500


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409])
def test_other_errors_are_not_retried(status: int) -> None:
    script = Script((status, {}))
    with pytest.raises(ApiError):
        script.client().voice.v1.connection_policies(SID).fetch()
    assert (len(script.requests), script.slept) == (1, [])


def test_post_is_not_retried_after_the_server_answered() -> None:
    script = Script((503, {}))
    with pytest.raises(ServerError):
        script.client().voice.v1.connection_policies.create(friendly_name="x")
    assert (len(script.requests), script.slept) == (1, [])


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
def test_post_is_retried_when_the_connection_failed_before_sending(error: type[Exception]) -> None:
    script = Script(error, (201, POLICY))
    policy = script.client().voice.v1.connection_policies.create(friendly_name="x")
    assert policy.sid == SID
    assert len(script.requests) == 2
    assert script.slept == expected_backoff(1)


@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError])
def test_post_is_not_retried_once_the_request_may_have_arrived(error: type[Exception]) -> None:
    script = Script(error)
    with pytest.raises(TransportError):
        script.client().voice.v1.connection_policies.create(friendly_name="x")
    assert (len(script.requests), script.slept) == (1, [])


def test_get_is_retried_after_a_read_timeout() -> None:
    script = Script(httpx.ReadTimeout, httpx.ConnectError, (200, POLICY))
    assert script.client().voice.v1.connection_policies(SID).fetch().sid == SID
    assert len(script.requests) == 3


def test_retry_after_seconds_is_honoured() -> None:
    script = Script((429, {}, {"Retry-After": "7"}), (200, POLICY))
    script.client().voice.v1.connection_policies(SID).fetch()
    assert script.slept == [7.0]


def test_retry_after_http_date_is_honoured() -> None:
    later = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    script = Script((503, {}, {"Retry-After": later}), (200, POLICY))
    script.client().voice.v1.connection_policies(SID).fetch()
    [slept] = script.slept
    assert 28 <= slept <= 30


def test_retry_after_is_capped() -> None:
    script = Script(
        (429, {}, {"Retry-After": "3600"}), (429, {}, {"Retry-After": "3600"}), (200, POLICY)
    )
    script.client(timeout=300).voice.v1.connection_policies(
        SID
    ).fetch()  # the budget holds both waits
    assert script.slept == [60.0, 60.0]


def test_retry_after_parsing() -> None:
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert retry_after("12", now) == 12.0
    assert retry_after("Thu, 01 Jan 2026 00:00:10 GMT", now) == 10.0
    assert retry_after("Wed, 31 Dec 2025 23:00:00 GMT", now) == 0.0
    assert retry_after("soon", now) is None
    assert retry_after(None, now) is None


def test_retries_can_be_switched_off_on_the_client_and_per_call() -> None:
    script = Script((503, {}), (503, {}))
    with pytest.raises(ServerError):
        script.client(max_retries=0).voice.v1.connection_policies(SID).fetch()
    assert len(script.requests) == 1
    with pytest.raises(ServerError):
        script.client().voice.v1.connection_policies(SID).with_options(max_retries=0).fetch()
    assert len(script.requests) == 2


def test_max_retries_and_backoff_are_set_per_client_and_per_call() -> None:
    script = Script(*[(503, {})] * 5, (200, POLICY))
    client = script.client(max_retries=5)
    assert client.voice.v1.connection_policies(SID).fetch().sid == SID
    assert len(script.requests) == 6
    assert script.slept == expected_backoff(5)

    script = Script((503, {}), (503, {}), (200, POLICY))
    client = script.client(max_retries=0)
    fetched = (
        client.voice.v1.connection_policies(SID)
        .with_options(max_retries=3, backoff_base=2.0, backoff_max=3.0)
        .fetch()
    )
    assert fetched.sid == SID
    assert script.slept == expected_backoff(2, base=2.0, cap=3.0)
    assert client.retry_policy.max_retries == 0  # the per-call options did not leak into the client


def test_the_async_client_retries_by_the_same_rules() -> None:
    script = Script((503, {}), httpx.ConnectError, (200, POLICY))
    client = script.async_client()
    policy = asyncio.run(client.voice.v1.connection_policies(SID).fetch())
    assert policy.sid == SID
    assert len(script.requests) == 3
    assert script.slept == expected_backoff(2)


def test_a_custom_retry_policy() -> None:
    script = Script((418, {}), (200, POLICY))
    policy = RetryPolicy(max_retries=1, retry_statuses=frozenset({418}))
    assert script.client(retry_policy=policy).voice.v1.connection_policies(SID).fetch().sid == SID
    assert len(script.requests) == 2


# -- timeouts ---------------------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=5)
    for connection in held:
        connection.close()
    listener.close()


def test_default_timeout_is_finite_and_set_per_client_and_per_call() -> None:
    script = Script((200, POLICY), (200, POLICY), (200, POLICY))
    script.client().voice.v1.connection_policies(SID).fetch()
    script.client(timeout=5.0).voice.v1.connection_policies(SID).fetch()
    script.client().voice.v1.connection_policies(SID).with_options(timeout=1.5).fetch()
    # each try may take what is left of the call's budget: all of it, on a first try
    assert [r.extensions["timeout"]["read"] for r in script.requests] == pytest.approx(
        [30.0, 5.0, 1.5], abs=0.5
    )
    assert all(
        set(r.extensions["timeout"].values()) == {r.extensions["timeout"]["read"]}
        for r in script.requests
    )


def test_a_timeout_raises_instead_of_hanging(silent_server: str) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=silent_server, timeout=0.2, max_retries=0)
    started = time.monotonic()
    with pytest.raises(RequestTimeoutError) as caught:
        client.voice.v1.connection_policies(SID).fetch()
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, TransportError)
    client.close()


def test_a_per_call_timeout(silent_server: str) -> None:
    client = Client(ACCOUNT, TOKEN, base_url=silent_server, max_retries=0)
    started = time.monotonic()
    with pytest.raises(RequestTimeoutError):
        client.voice.v1.connection_policies(SID).with_options(timeout=0.2).fetch()
    assert time.monotonic() - started < 5
    assert client.timeout == 30.0
    client.close()


def test_an_async_timeout_raises_too(silent_server: str) -> None:
    async def fetch() -> None:
        async with AsyncClient(
            ACCOUNT, TOKEN, base_url=silent_server, timeout=0.2, max_retries=0
        ) as client:
            await client.voice.v1.connection_policies(SID).fetch()

    with pytest.raises(RequestTimeoutError):
        asyncio.run(fetch())


# -- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, ApiError),
    ],
)
def test_each_status_raises_its_error_class(status: int, kind: type[ApiError]) -> None:
    script = Script((status, {"code": 20000 + status, "message": "nope"}))
    with pytest.raises(ApiError) as caught:
        script.client(max_retries=0).voice.v1.connection_policies(SID).fetch()
    assert type(caught.value) is kind
    assert (caught.value.status, caught.value.code) == (status, 20000 + status)


def test_list_pages_raise_the_same_typed_errors() -> None:
    first = {
        "meta": {
            "key": "connection_policies",
            "next_page_url": "https://voice.twilio.com/v1/ConnectionPolicies?Page=1",
        },
        "connection_policies": [POLICY],
    }
    script = Script((200, first), (403, {"code": 20403, "message": "forbidden"}))
    with pytest.raises(PermissionDeniedError):
        script.client().voice.v1.connection_policies.list()
    assert len(script.requests) == 2


# -- logging and secrets -----------------------------------------------------------------------


def test_a_logged_session_never_shows_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(
        (201, POLICY),
        (503, {}),
        (200, POLICY),
        httpx.ConnectError,
        (200, POLICY),
        (401, {"message": "bad auth"}),
    )
    client = script.client()
    policies = client.voice.v1.connection_policies
    policies.create(friendly_name="Primary")
    policies(SID).fetch()
    policies(SID).fetch()
    with pytest.raises(AuthenticationError) as caught:
        policies(SID).fetch()

    credentials = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
    shown = caplog.text + repr(client) + str(client) + repr(caught.value) + str(caught.value)
    shown += "".join(repr(r) for r in script.requests)
    assert TOKEN not in shown and credentials not in shown
    assert all(r.headers["Authorization"] == f"Basic {credentials}" for r in script.requests)
    messages = [r.getMessage() for r in caplog.records if r.name == "twilio_sdk"]
    assert any(
        m.startswith("POST https://voice.twilio.com/v1/ConnectionPolicies -> 201 in ")
        for m in messages
    )
    assert any(m.startswith("retrying GET") and "after 503 (retry 1 of 2)" in m for m in messages)
    assert any("after ConnectError" in m for m in messages)
    assert sum(" -> " in m for m in messages) == 5  # every answer, with its status and time


def test_redact_removes_the_secret_and_the_basic_credentials() -> None:
    client = Client(ACCOUNT, TOKEN)
    credentials = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
    assert (
        client.redact(f"token={TOKEN} auth=Basic {credentials}")
        == "token=[REDACTED] auth=Basic [REDACTED]"
    )


def _everything_shown(error: BaseException) -> str:
    """All the text an exception can show: str, repr, args and the whole chained traceback."""
    import traceback

    return str(error) + repr(error) + repr(error.args) + "".join(traceback.format_exception(error))


def test_no_error_and_no_repr_ever_shows_the_credentials() -> None:
    """Every kind of failure, sync and async, with its whole chain of causes; and every repr."""
    credentials = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
    failures: list[BaseException] = []
    for outcome in [
        (401, {"message": "bad auth"}),
        (500, {}),
        httpx.ConnectError,
        httpx.ReadTimeout,
    ]:
        for make in ("client", "async_client"):
            policies = getattr(Script(outcome), make)(max_retries=0).voice.v1.connection_policies
            try:
                if make == "client":
                    policies(SID).fetch()
                else:
                    asyncio.run(policies(SID).fetch())
            except Exception as error:  # noqa: BLE001 - each failure is what this test reads
                failures.append(error)
    with pytest.raises(ValueError) as invalid:
        Script().client().voice.v1.connection_policies(SID).update(friendly_name=TOKEN * 20)
    failures.append(invalid.value)
    with pytest.raises(ValueError) as in_url:  # credentials in a URL would show wherever it does
        Client(ACCOUNT, TOKEN, base_url=f"https://{ACCOUNT}:{TOKEN}@voice.example.com")
    failures.append(in_url.value)
    assert [type(f).__name__ for f in failures[::2]] == [
        "AuthenticationError",
        "ServerError",
        "TransportError",
        "RequestTimeoutError",
        "ValidationError",
    ]
    client = Script((200, POLICY)).client()
    shown = "".join(_everything_shown(error) for error in failures)
    shown += (
        repr(client) + str(client) + repr(client.with_options(timeout=1.0)) + repr(client.voice.v1)
    )
    shown += repr(client.voice.v1.connection_policies) + repr(
        client.voice.v1.connection_policies(SID)
    )
    shown += repr(client.voice.v1.connection_policies(SID).fetch())
    assert TOKEN not in shown and credentials not in shown
    assert "base_url: must not hold credentials" in shown


# -- credentials, edge and region ---------------------------------------------------------------


def test_api_key_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_API_KEY", "SK" + "c" * 32)
    monkeypatch.setenv("TWILIO_API_SECRET", "key-secret")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    client = Client()
    assert (client.username, client.account_sid) == ("SK" + "c" * 32, ACCOUNT)
    assert "key-secret" not in repr(client)


@pytest.mark.parametrize(
    ("edge", "region", "url"),
    [
        ("sydney", "au1", "https://voice.sydney.au1.twilio.com"),
        ("dublin", None, "https://voice.dublin.us1.twilio.com"),
        (None, "ie1", "https://voice.ie1.twilio.com"),
        (None, None, "https://voice.twilio.com"),
    ],
)
def test_edge_and_region_pick_the_host(edge: str | None, region: str | None, url: str) -> None:
    script = Script((200, POLICY))
    script.client(edge=edge, region=region).voice.v1.connection_policies(SID).fetch()
    assert str(script.requests[0].url) == f"{url}/v1/ConnectionPolicies/{SID}"


def test_edge_and_region_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_EDGE", "sydney")
    monkeypatch.setenv("TWILIO_REGION", "au1")
    script = Script((200, POLICY))
    script.client().voice.v1.connection_policies(SID).fetch()
    assert script.requests[0].url.host == "voice.sydney.au1.twilio.com"


def test_base_url_wins_over_edge_and_region() -> None:
    script = Script((200, POLICY))
    script.client(
        edge="sydney", region="au1", base_url="http://127.0.0.1:9"
    ).voice.v1.connection_policies(SID).fetch()
    assert script.requests[0].url.host == "127.0.0.1"
