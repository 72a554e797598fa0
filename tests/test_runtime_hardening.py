"""Hardening II: a hostile server on 127.0.0.1 against the runtime's limits, errors and semantics.

Each test plays an answer from a real HTTP server in a thread (as in ``test_page_origins.py``)
and holds the SDK to a typed, named error: here, options, header arguments, ``Retry-After``
values and dates that once raised ``ValueError`` or ``OverflowError`` from deep inside.
"""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator

import pytest

from twilio_sdk import AsyncClient, Client, ConnectionPolicy, RetryPolicy, ValidationError
from twilio_sdk._runtime import codecs
from twilio_sdk._runtime.operation import FORM, Operation, Param
from twilio_sdk._runtime.retries import retry_after

SID = "NY" + "a" * 32
ACCOUNT = "AC" + "b" * 32
TOKEN = "hardening-secret-token"
POLICY = {"sid": SID, "friendly_name": "Primary"}
LIST = "/v1/ConnectionPolicies"
VARIANTS = ["sync", "async"]

Reply = Callable[[BaseHTTPRequestHandler], None]


# -- the hostile server -------------------------------------------------------------------------


class Hostile:
    """Answers each request with the next scripted reply (the last one again when they run out)."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.seen: list[tuple[str, str, dict[str, str]]] = []  # (method, path, headers)
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                owner.seen.append((self.command, self.path, dict(self.headers)))
                reply = owner.replies.pop(0) if len(owner.replies) > 1 else owner.replies[0]
                try:
                    reply(self)
                except (BrokenPipeError, ConnectionResetError):  # the client hung up: as it should
                    pass

            do_GET = do_POST = do_DELETE = handle_one  # noqa: N815 (http.server's names)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def script(self, *replies: Reply) -> None:
        self.replies[:] = replies
        self.seen.clear()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def answer(status: int, body: bytes | Any = b"", headers: dict[str, str] | None = None, length: bool = True) -> Reply:
    """A whole answer at once; ``body`` as bytes, or any other value as its JSON."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in (headers or {"Content-Type": "application/json"}).items():
            handler.send_header(name, value)
        if length:
            handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)

    return reply


@pytest.fixture(scope="module")
def server() -> Iterator[Hostile]:
    hostile = Hostile()
    yield hostile
    hostile.close()


def call(server: Hostile, variant: str, operation: Callable[[Any], Any], **options: Any) -> Any:
    """Make one call through a fresh sync or async client: ``operation(client)``."""
    options = {"base_url": server.url, **options}
    if variant == "sync":
        with Client(ACCOUNT, TOKEN, **options) as sync:
            return operation(sync)

    async def run() -> Any:
        async with AsyncClient(ACCOUNT, TOKEN, **options) as async_client:
            result = operation(async_client)
            if hasattr(result, "__aiter__"):
                return [item async for item in result]
            return await result

    return asyncio.run(run())


def fetch(client: Any) -> Any:
    return client.voice.v1.connection_policies(SID).fetch()


# -- 3. raw exceptions --------------------------------------------------------------------------


def test_a_header_argument_must_be_printable_ascii(server: Hostile) -> None:
    header = Param("webhooks", "X-Twilio-Webhook-Enabled", "header", codecs.STRING)
    operation = Operation("POST", LIST, (header,), content_type=FORM)
    server.script(answer(201, POLICY))
    policies = Client(ACCOUNT, TOKEN, base_url=server.url).voice.v1.connection_policies
    for value in ["tr\u00fce", "\u2603", "a\x7fb", "a\x01b"]:
        with pytest.raises(ValidationError, match="webhooks: must be printable ASCII"):
            policies._call(operation, ConnectionPolicy, {"webhooks": value})
    assert server.seen == []
    assert policies._call(operation, ConnectionPolicy, {"webhooks": "true"}).sid == SID
    assert server.seen[0][2]["X-Twilio-Webhook-Enabled"] == "true"


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_unreadable_date_is_kept_as_it_came(server: Hostile, variant: str) -> None:
    """A year past C's int made the RFC 2822 reader raise OverflowError."""
    for date in ["Wed, 18 Mar 99999999999999999999 23:31:36 +0000", "1 Jan 2020 00:00:00 +99999999999999999999", "2020-13-45"]:
        server.script(answer(200, dict(POLICY, date_created=date)))
        assert call(server, variant, fetch).date_created == date


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"max_retries": -1}, "max_retries"), ({"max_retries": 1.5}, "max_retries"),
        ({"backoff_base": -1}, "backoff_base"), ({"backoff_base": float("nan")}, "backoff_base"),
        ({"backoff_max": float("inf")}, "backoff_max"), ({"backoff_max": "1"}, "backoff_max"),
    ],
)
def test_a_bad_option_is_a_validation_error_before_anything_is_sent(options: dict[str, Any], named: str) -> None:
    client = Client(ACCOUNT, TOKEN)
    with pytest.raises(ValidationError, match=f"^{named}: "):
        client.with_options(**options)
    with pytest.raises(ValidationError, match=f"^{named}: "):
        client.voice.v1.connection_policies.with_options(**options)
    constructor = {k: v for k, v in options.items() if k not in ("backoff_base", "backoff_max")}
    if constructor:
        with pytest.raises(ValidationError, match=f"^{named}: "):
            Client(ACCOUNT, TOKEN, **constructor)
    else:
        with pytest.raises(ValidationError, match=f"^{named}: "):
            RetryPolicy(**options)


# -- 4. semantics -------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "\uff15", "1\u00b2", "99999999999999999999 Jan 2020", "Wed, 18 Mar 99999999999999999999 23:31:36 +0000"])
def test_retry_after_takes_ascii_digits_only(server: Hostile, variant: str, value: str) -> None:
    raw = b"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 2\r\nRetry-After: " + value.encode() + b"\r\n\r\n{}"
    server.script(lambda handler: handler.wfile.write(raw), answer(200, POLICY))
    assert call(server, variant, fetch, retry_policy=RetryPolicy(backoff_base=0.01)).sid == SID  # backoff instead
    assert len(server.seen) == 2
    assert retry_after(value) is None
    assert retry_after(" 2 ") == 2.0

