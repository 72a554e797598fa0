"""Hardening II: a hostile server on 127.0.0.1 against the runtime's limits, errors and semantics.

Each test plays an answer from a real HTTP server in a thread (as in ``test_page_origins.py``)
and holds the SDK to a typed, named error, within its size cap and its deadline:

- memory and time: ``max_response_bytes`` (a gzip bomb counts inflated), ``timeout`` as the
  budget of the whole call (a drip or a slow stream ends at it), error texts kept short;
- raw exceptions: every hostile 2xx body and every bad option is a ``TwilioError``;
- semantics: 3xx, a DELETE retried into a 404, ``Retry-After`` digits, redaction of echoed
  credentials, a list whose pages loop.

The memory figures are measured in a child process (peak RSS growth of the call), against a
server in this one.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import gzip
import json
import os
import struct
import subprocess
import sys
import threading
import time
import traceback
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable, Iterator

import pytest

from twilio_sdk import (
    ApiError,
    AsyncClient,
    Client,
    ConnectionPolicy,
    InvalidResponseError,
    NotFoundError,
    RedirectError,
    RequestTimeoutError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    TransportError,
    TwilioError,
    ValidationError,
)
from twilio_sdk._runtime import codecs
from twilio_sdk._runtime.operation import FORM, Operation, Param
from twilio_sdk._runtime.reading import DEFAULT_MAX_RESPONSE_BYTES
from twilio_sdk._runtime.retries import retry_after

from .helpers import GENERATED

SID = "NY" + "a" * 32
ACCOUNT = "AC" + "b" * 32
TOKEN = "hardening-secret-token"
CREDENTIALS = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
POLICY = {"sid": SID, "friendly_name": "Primary"}
LIST = "/v1/ConnectionPolicies"
MiB = 1024 * 1024
VARIANTS = ["sync", "async"]

Reply = Callable[[BaseHTTPRequestHandler], object]


def _send_raw(raw: bytes, handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(raw)


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


def answer(
    status: int, body: bytes | Any = b"", headers: dict[str, str] | None = None, length: bool = True
) -> Reply:
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


def stream(
    chunks: Iterable[bytes],
    pause: float = 0.0,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Reply:
    """An answer without Content-Length, its chunks written with a pause between them (HTTP/1.0:
    the body ends when the connection does)."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in (headers or {"Content-Type": "application/json"}).items():
            handler.send_header(name, value)
        handler.end_headers()
        for chunk in chunks:
            handler.wfile.write(chunk)
            handler.wfile.flush()
            if pause:
                time.sleep(pause)

    return reply


def drip_headers(pause: float) -> Reply:
    """A status line, then the headers a byte at a time: the answer never starts."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for byte in b"X-Slow: " + b"x" * 1000:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(pause)

    return reply


def hang_up(handler: BaseHTTPRequestHandler) -> None:
    """Read the request, then close the connection without an answer."""
    handler.close_connection = True
    handler.connection.shutdown(2)


def gzip_bomb(inflated: int, chunk: int = MiB) -> bytes:
    """A gzip stream of ``inflated`` zero bytes, about 1/1000 of that on the wire: one
    self-contained deflate block of ``chunk`` zeros, repeated, in a gzip member."""
    zeros, count = bytes(chunk), inflated // chunk
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)  # no reference before it
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    final = b"\x03\x00"  # an empty last block
    return header + block * count + final + struct.pack("<II", crc, (count * chunk) & 0xFFFFFFFF)


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


def listed(client: Any) -> Any:
    if isinstance(client, Client):
        return client.voice.v1.connection_policies.list()
    return client.voice.v1.connection_policies.stream()


def timed(action: Callable[[], Any]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        action()
    except BaseException as error:  # noqa: BLE001 - the caller inspects it
        return time.monotonic() - started, error
    return time.monotonic() - started, None


def everything_shown(error: BaseException) -> str:
    return str(error) + repr(error) + repr(error.args) + "".join(traceback.format_exception(error))


# -- 2. memory and time -------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_answer_past_the_cap_is_refused_while_reading(server: Hostile, variant: str) -> None:
    cap = MiB
    big = json.dumps({"sid": SID, "friendly_name": "x" * (3 * MiB)}).encode()
    cases = {
        "declared": answer(200, big),  # Content-Length says so: nothing is read
        "streamed": stream([b'{"sid": "' + b"x" * 65536] * 64),
        "gzip bomb": answer(200, gzip_bomb(64 * MiB), {"Content-Encoding": "gzip"}),
        "deflate bomb": answer(
            200, zlib.compress(bytes(64 * MiB), 9), {"Content-Encoding": "deflate"}
        ),
        "gzip twice": answer(
            200, gzip.compress(gzip_bomb(64 * MiB)), {"Content-Encoding": "gzip, gzip"}
        ),
        "junk after the gzip": stream(
            [gzip.compress(b"{}")] + [b"\0" * 65536] * 64, headers={"Content-Encoding": "gzip"}
        ),
    }
    for name, reply in cases.items():
        server.script(reply)
        elapsed, error = timed(lambda: call(server, variant, fetch, max_response_bytes=cap))
        assert isinstance(error, ResponseTooLargeError), (name, error)
        assert isinstance(error, InvalidResponseError) and error.limit == cap
        assert f"max_response_bytes={cap}" in str(error) and f"GET {server.url}{LIST}/{SID}" in str(
            error
        )
        assert elapsed < 5, name
        assert len(server.seen) == 1, name  # not retried: the same answer would come again


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_answer_within_the_cap_is_read_whatever_its_encoding(
    server: Hostile, variant: str
) -> None:
    body = json.dumps(dict(POLICY, friendly_name="é" * 1000)).encode()
    raw_deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    encodings = {
        "gzip": gzip.compress(body),
        "x-gzip": gzip.compress(body),
        "deflate": zlib.compress(body),
        "deflate ": raw_deflate.compress(body)
        + raw_deflate.flush(),  # raw deflate, as some send it
        "identity": body,
        "gzip, identity": gzip.compress(body),
        "deflate, gzip": gzip.compress(zlib.compress(body)),
    }
    for encoding, content in encodings.items():
        server.script(
            answer(200, content, {"Content-Type": "application/json", "Content-Encoding": encoding})
        )
        policy = call(server, variant, fetch, max_response_bytes=len(body))
        assert policy.friendly_name == "é" * 1000, encoding
        assert server.seen[0][2]["Accept-Encoding"] == "gzip, deflate"
    server.script(answer(200, body))
    raw = call(
        server, variant, lambda c: c.voice.v1.connection_policies(SID).with_raw_response.fetch()
    )
    assert raw.http_response.content == body and raw.http_response.json()["sid"] == SID


def test_the_cap_is_an_option_of_the_client_and_of_each_call(server: Hostile) -> None:
    server.script(answer(200, dict(POLICY, friendly_name="x" * 2000)))
    client = Client(ACCOUNT, TOKEN, base_url=server.url, max_response_bytes=1000)
    assert Client(ACCOUNT, TOKEN).max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 16 * MiB
    with pytest.raises(ResponseTooLargeError):
        fetch(client)
    assert (
        fetch(client.voice.v1.connection_policies(SID).with_options(max_response_bytes=10_000))
        if False
        else True
    )
    assert (
        client.voice.v1.connection_policies(SID).with_options(max_response_bytes=10_000).fetch().sid
        == SID
    )
    assert client.with_options(max_response_bytes=10_000).max_response_bytes == 10_000
    assert client.max_response_bytes == 1000


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_timeout_is_the_budget_of_the_whole_call(server: Hostile, variant: str) -> None:
    """A slow stream, a byte-a-second drip of the body or of the headers, and a hang-up retried:
    each call ends at its timeout, retries included, with RequestTimeoutError."""
    budget = 1.0
    cases = {
        "slow stream": stream([b'{"sid": "' + b"x" * 1000] + [b"x" * 20_000] * 1000, pause=0.05),
        "drip": stream([b"{"] + [b" "] * 100, pause=1.0),
        "header drip": drip_headers(0.2),
        "silence after a byte": stream([b"{", b" "], pause=30),
    }
    for name, reply in cases.items():
        server.script(reply)
        elapsed, error = timed(lambda: call(server, variant, fetch, timeout=budget))
        assert isinstance(error, RequestTimeoutError), (name, error)
        assert budget - 0.05 <= elapsed < budget + 0.75, (name, elapsed)
        assert TOKEN not in everything_shown(error) and CREDENTIALS not in everything_shown(error)


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_retry_is_made_only_when_it_fits_in_the_budget(server: Hostile, variant: str) -> None:
    server.script(
        answer(503, {"message": "busy"}, {"Retry-After": "5", "Content-Type": "application/json"}),
        answer(200, POLICY),
    )
    elapsed, error = timed(lambda: call(server, variant, fetch, timeout=2))
    assert isinstance(error, ServerError) and error.message == "busy"
    assert elapsed < 1 and len(server.seen) == 1  # no wait that would end past the deadline
    server.script(
        answer(503, {"message": "busy"}, {"Retry-After": "1", "Content-Type": "application/json"}),
        answer(200, POLICY),
    )
    assert call(server, variant, fetch, timeout=3).sid == SID
    assert len(server.seen) == 2
    server.script(answer(503, {}), answer(200, POLICY))
    assert call(server, variant, fetch, timeout=None).sid == SID


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_error_page_keeps_only_a_short_text(server: Hostile, variant: str) -> None:
    page = b"<html>" + b"oops " * (10 * MiB) + b"</html>"  # 50 MB
    server.script(answer(500, page, {"Content-Type": "text/html"}))
    elapsed, error = timed(lambda: call(server, variant, fetch, max_retries=0))
    assert isinstance(error, ServerError) and error.status == 500
    assert error.message.startswith("<html>oops oops") and error.message.endswith(
        f"... ({len(page)} bytes)"
    )
    assert len(error.message) < 2100 and len(str(error)) < 2300 and len(repr(error)) < 2300
    assert elapsed < 3
    server.script(
        stream([b"x" * 65536] * 800, status=502, headers={"Content-Type": "text/plain"})
    )  # no length
    error = pytest.raises(ServerError, call, server, variant, fetch, max_retries=0).value
    assert error.message.endswith("... (more than 65536 bytes)") and len(error.message) < 2100
    server.script(answer(400, {"code": 21211, "message": "m" * 5000, "more_info": "i" * 5000}))
    error = pytest.raises(ApiError, call, server, variant, fetch).value
    assert (
        error.code == 21211
        and error.message.endswith("... (5000 characters)")
        and len(error.more_info or "") < 2100
    )


# -- memory, measured in a child process --------------------------------------------------------

_MEASURE = """
import sys
from twilio_sdk import Client, ResponseTooLargeError


def status(field: str) -> int:  # a size from /proc/self/status, in bytes
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) * 1024 for line in lines if line.startswith(field + ":"))


client = Client("AC" + "b" * 32, "token", base_url=sys.argv[1], max_retries=0)
client.voice.v1.connection_policies("NY" + "a" * 32).fetch()  # warm: imports, pool, TLS context
# The peak RSS so far (ru_maxrss, VmHWM) holds the imports' and, after exec, the parent's: reset
# it to the RSS now, so the peak after the call is the call's.
with open("/proc/self/clear_refs", "w") as clear_refs:
    clear_refs.write("5")
before = status("VmRSS")
try:
    client.voice.v1.connection_policies("NY" + "a" * 32).fetch()
except ResponseTooLargeError:
    outcome = "refused"
else:
    outcome = "read"
print(outcome, status("VmHWM") - before, client.max_response_bytes)
"""


def peak_growth(server: Hostile, reply: Reply) -> tuple[str, int, int]:
    """Run one call in a child process (its address space capped at 2 GiB): the outcome, how far
    its peak RSS rose above the RSS before the call, in bytes, and the cap."""
    server.script(answer(200, POLICY), reply)
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
    result = subprocess.run(
        [sys.executable, "-c", limit + _MEASURE, server.url],
        env={**os.environ, "PYTHONPATH": str(GENERATED / "src")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    outcome, growth, cap = result.stdout.split()
    return outcome, int(growth), int(cap)


@pytest.mark.skipif(
    not os.path.exists("/proc/self/clear_refs"), reason="reads the peak RSS from /proc"
)
def test_a_gzip_bomb_and_a_huge_body_are_refused_in_bounded_memory(server: Hostile) -> None:
    """1 MB of gzip that inflates to 1 GiB, and a 200 MB body: refused at the default cap, the
    call's peak RSS growing by less than twice the cap (the official package: 2.1 GB and 432 MB)."""
    bomb = gzip_bomb(1 << 30)
    assert len(bomb) < 1_100_000
    figures = {}
    for name, reply in {
        "gzip bomb (1 GiB inflated)": answer(200, bomb, {"Content-Encoding": "gzip"}),
        "200 MB body": stream([b'{"sid": "' + b"x" * MiB] + [b"x" * MiB] * 199),
    }.items():
        outcome, growth, cap = peak_growth(server, reply)
        figures[name] = growth
        assert outcome == "refused", name
        assert growth < 2 * cap + 50 * MiB, (name, growth)
    print("peak RSS growth:", {name: f"{growth / MiB:.1f} MiB" for name, growth in figures.items()})


# -- 3. raw exceptions --------------------------------------------------------------------------


def deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


HOSTILE_BODIES: dict[str, tuple[bytes, str]] = {  # name: (a 200's body, what the error must say)
    "invalid JSON": (b'{"sid": ', "not JSON"),
    "HTML": (b"<html><body>Welcome to nginx</body></html>", "not JSON"),
    "an array": (b"[1, 2]", "a list, not an object"),
    "null": (b"null", "null, not an object"),
    "a string": (b'"NYaaa"', "a str, not an object"),
    "a number": (b"42", "an int, not an object"),
    "5,000 digits": (b'{"sid": ' + b"9" * 5000 + b"}", "4300 digits"),
    "100,000 deep": (deep(100_000), "nested too deeply"),
    "latin-1": ('{"friendly_name": "café"}'.encode("latin-1"), "utf-8"),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", list(HOSTILE_BODIES))
def test_a_2xx_body_that_is_not_the_resource_raises_invalid_response(
    server: Hostile, variant: str, name: str
) -> None:
    content, said = HOSTILE_BODIES[name]
    for operation in (fetch, lambda c: c.voice.v1.connection_policies.create(friendly_name="x")):
        server.script(answer(200, content))
        error = pytest.raises(TwilioError, call, server, variant, operation).value
        assert type(error) is InvalidResponseError, (name, error)
        assert said in str(error) and "200 answer's body is" in str(error)
        assert len(str(error)) < 1000
    server.script(answer(200, content))
    error = pytest.raises(TwilioError, call, server, variant, listed).value
    assert type(error) is InvalidResponseError
    assert said.replace("an object", "a list page") in str(error)


HOSTILE_PAGES: dict[str, tuple[Any, str]] = {
    "items are strings": (
        {"connection_policies": ["a", "b"], "meta": {"key": "connection_policies"}},
        "item 0 of 'connection_policies' is a str, not an object",
    ),
    "items are an object": (
        {"connection_policies": {"sid": SID}, "meta": {"key": "connection_policies"}},
        "is an object, not a list",
    ),
    "a mixed list": (
        {"connection_policies": [POLICY, None], "meta": {"key": "connection_policies"}},
        "item 1 of 'connection_policies' is null",
    ),
    "meta is a list": (
        {"connection_policies": [], "meta": [1]},
        "its meta is a list, not an object",
    ),
    "key is a list": (
        {"connection_policies": [], "meta": {"key": ["x"]}},
        "its meta.key is a list",
    ),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", list(HOSTILE_PAGES))
def test_a_page_that_is_not_a_page_raises_invalid_response(
    server: Hostile, variant: str, name: str
) -> None:
    body, said = HOSTILE_PAGES[name]
    server.script(answer(200, body))
    error = pytest.raises(TwilioError, call, server, variant, listed).value
    assert type(error) is InvalidResponseError and said in str(error), str(error)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(
    "link",
    ["http://[", "http://[::1/v1/x", "/v1/x\x00y", "/v1/\x7fx", 5, True, ["/v1/x"], {"a": 1}],
)
def test_a_next_page_url_that_is_not_a_url_raises_invalid_response(
    server: Hostile, variant: str, link: Any
) -> None:
    page = {
        "connection_policies": [POLICY],
        "meta": {"key": "connection_policies", "next_page_url": link},
    }
    server.script(answer(200, page))
    error = pytest.raises(TwilioError, call, server, variant, listed).value
    assert (
        type(error) is InvalidResponseError
        and "not followed" in str(error)
        and repr(link) in str(error)
    )
    assert len(server.seen) == 1


GARBLED: dict[str, tuple[bytes, dict[str, str]]] = {
    "gzip that is not": (b'{"sid": "x"}', {"Content-Encoding": "gzip"}),
    "deflate that is not": (b"\xff" * 64, {"Content-Encoding": "deflate"}),
    "brotli, not asked for": (b"\x0b\x02\x80{}\x03", {"Content-Encoding": "br"}),
    "an unknown encoding": (b"{}", {"Content-Encoding": "x-\u00e9\u00e9"}),
    "ten encodings": (b"{}", {"Content-Encoding": ", ".join(["gzip"] * 10)}),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", list(GARBLED))
def test_a_garbled_content_encoding_raises_invalid_response(
    server: Hostile, variant: str, name: str
) -> None:
    content, headers = GARBLED[name]
    server.script(answer(200, content, headers))
    error = pytest.raises(TwilioError, call, server, variant, fetch).value
    assert type(error) is InvalidResponseError, error
    assert "encoding" in str(error).lower() or "not valid" in str(error)


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_answer_httpx_cannot_parse_is_a_transport_error(server: Hostile, variant: str) -> None:
    for raw in [
        b"HTTP/1.1 200 OK\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n{}",
        b"NOT HTTP\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX: \x00\r\n\r\n",
    ]:
        server.script(functools.partial(_send_raw, raw))
        error = pytest.raises(TwilioError, call, server, variant, fetch, max_retries=0).value
        assert type(error) is TransportError and "RemoteProtocolError" in str(error), error


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
    for date in [
        "Wed, 18 Mar 99999999999999999999 23:31:36 +0000",
        "1 Jan 2020 00:00:00 +99999999999999999999",
        "2020-13-45",
    ]:
        server.script(answer(200, dict(POLICY, date_created=date)))
        assert call(server, variant, fetch).date_created == date


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"timeout": -5}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"backoff_base": -1}, "backoff_base"),
        ({"backoff_base": float("nan")}, "backoff_base"),
        ({"backoff_max": float("inf")}, "backoff_max"),
        ({"backoff_max": "1"}, "backoff_max"),
        ({"max_response_bytes": 0}, "max_response_bytes"),
        ({"max_response_bytes": 1.5}, "max_response_bytes"),
    ],
)
def test_a_bad_option_is_a_validation_error_before_anything_is_sent(
    options: dict[str, Any], named: str
) -> None:
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
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_never_followed_and_is_an_error_unless_it_carries_the_answer(
    server: Hostile, variant: str, status: int
) -> None:
    elsewhere = Hostile()
    try:
        operations = {
            "create": lambda c: c.voice.v1.connection_policies.create(friendly_name="x"),
            "fetch": fetch,
            "update": lambda c: c.voice.v1.connection_policies(SID).update(friendly_name="x"),
            "delete": lambda c: c.voice.v1.connection_policies(SID).delete(),
            "list": listed,
        }
        location = elsewhere.url + "/v1/ConnectionPolicies/" + SID
        for name, operation in operations.items():
            for body in (b"", b"<html>Moved</html>", b"[1]"):
                server.script(answer(status, body, {"Location": location}))
                error = pytest.raises(TwilioError, call, server, variant, operation).value
                assert type(error) is RedirectError and isinstance(error, ApiError), (name, error)
                assert (error.status, error.location) == (status, location)
                assert repr(location) in str(error) and "follows no redirects" in str(error)
                assert len(server.seen) == 1, name
        # The 2010 API answers some fetches with a 307 whose JSON is the answer: that is used.
        server.script(
            answer(
                307, {"sid": SID, "redirect_to": "https://media.example/x"}, {"Location": location}
            )
        )
        policy = call(server, variant, fetch)
        assert policy.sid == SID and policy.additional_properties == {
            "redirect_to": "https://media.example/x"
        }
        server.script(
            answer(
                status,
                {"connection_policies": [POLICY], "meta": {"key": "connection_policies"}},
                {"Location": location},
            )
        )
        assert (
            type(pytest.raises(TwilioError, call, server, variant, listed).value) is RedirectError
        )
        assert elsewhere.seen == []
    finally:
        elsewhere.close()


def delete(client: Any) -> Any:
    return client.voice.v1.connection_policies(SID).delete()


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_delete_retried_into_a_404_is_done_when_an_earlier_try_may_have_done_it(
    server: Hostile, variant: str
) -> None:
    fast = {"retry_policy": RetryPolicy(backoff_base=0.01)}
    not_found = answer(404, {"code": 20404, "message": "not found"})
    for first in (answer(504, {}), answer(500, {}), hang_up):
        server.script(first, not_found)
        assert call(server, variant, delete, **fast) is True
        assert [method for method, _, _ in server.seen] == ["DELETE", "DELETE"]
    server.script(answer(504, {}), not_found)
    raw = call(
        server,
        variant,
        lambda c: c.voice.v1.connection_policies(SID).with_raw_response.delete(),
        **fast,
    )
    assert (raw.status_code, raw.parsed) == (404, True)
    # A 429 is a refusal, so the 404 after it is the answer; so is a first 404, and a fetch's 404.
    for script, operation in [
        ((answer(429, {}), not_found), delete),
        ((not_found,), delete),
        ((answer(504, {}), not_found), fetch),
    ]:
        server.script(*script)
        assert (
            type(pytest.raises(TwilioError, call, server, variant, operation, **fast).value)
            is NotFoundError
        )
    server.script(answer(504, {}), answer(503, {"message": "still down"}), not_found)
    assert call(server, variant, delete, **fast) is True
    server.script(answer(504, {}), answer(403, {"message": "no"}))
    assert pytest.raises(ApiError, call, server, variant, delete, **fast).value.status == 403


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(
    "value",
    [
        "\u00b2",
        "\u0663",
        "\uff15",
        "1\u00b2",
        "99999999999999999999 Jan 2020",
        "Wed, 18 Mar 99999999999999999999 23:31:36 +0000",
    ],
)
def test_retry_after_takes_ascii_digits_only(server: Hostile, variant: str, value: str) -> None:
    raw = (
        b"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 2\r\nRetry-After: "
        + value.encode()
        + b"\r\n\r\n{}"
    )
    server.script(lambda handler: handler.wfile.write(raw), answer(200, POLICY))
    assert (
        call(server, variant, fetch, retry_policy=RetryPolicy(backoff_base=0.01)).sid == SID
    )  # backoff instead
    assert len(server.seen) == 2
    assert retry_after(value) is None
    assert retry_after(" 2 ") == 2.0


def echo(status: int, as_json: bool) -> Reply:
    def reply(handler: BaseHTTPRequestHandler) -> None:
        sent = dict(handler.headers)
        body = {
            "code": 20003,
            "message": f"bad auth: {sent}",
            "more_info": sent["Authorization"],
            "details": {"headers": [sent], sent["Authorization"]: 1},
        }
        answer(
            status,
            body if as_json else f"<pre>{sent}</pre>".encode(),
            {"Content-Type": "text/plain"},
        )(handler)

    return reply


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_error_that_echoes_the_credentials_shows_them_nowhere(
    server: Hostile, variant: str
) -> None:
    for status, as_json in [(401, True), (401, False), (500, True), (307, False)]:
        server.script(echo(status, as_json))
        error = pytest.raises(TwilioError, call, server, variant, fetch, max_retries=0).value
        shown = (
            everything_shown(error)
            + repr(getattr(error, "details", None))
            + str(getattr(error, "more_info", None))
        )
        assert "[REDACTED]" in shown, (status, as_json)
        assert TOKEN not in shown and CREDENTIALS not in shown, (status, as_json)
    # the same for bodies that are not a resource
    server.script(
        lambda handler: answer(
            200, f"[{handler.headers['Authorization']}] {dict(handler.headers)}".encode()
        )(handler)
    )
    error = pytest.raises(InvalidResponseError, call, server, variant, fetch).value
    assert CREDENTIALS not in everything_shown(error) and "[REDACTED]" in str(error)


def page_at(server: Hostile, path: str, next_path: str | None, name: str) -> Reply:
    body = {
        "connection_policies": [dict(POLICY, friendly_name=name)],
        "meta": {
            "key": "connection_policies",
            "url": server.url + path,
            "next_page_url": server.url + next_path if next_path else None,
        },
    }
    return answer(200, body)


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_list_whose_pages_loop_stops_with_an_error_naming_the_url(
    server: Hostile, variant: str
) -> None:
    first = LIST
    # a page that names itself as the next one
    server.script(page_at(server, first, first, "a"))
    error = pytest.raises(TwilioError, call, server, variant, listed).value
    assert (
        type(error) is InvalidResponseError
        and repr(server.url + first) in str(error)
        and "never end" in str(error)
    )
    assert len(server.seen) == 2
    # A -> B -> A
    second = f"{LIST}?Page=1&PageToken=PB"
    server.script(
        page_at(server, first, second, "a"),
        page_at(server, second, first, "b"),
        page_at(server, first, second, "a"),
    )
    error = pytest.raises(InvalidResponseError, call, server, variant, listed).value
    assert repr(server.url + first) in str(error) and len(server.seen) == 3
    # the 2010 API's relative next_page_uri
    legacy = {"connection_policies": [POLICY], "uri": first, "next_page_uri": first}
    server.script(answer(200, legacy))
    assert (
        type(pytest.raises(TwilioError, call, server, variant, listed).value)
        is InvalidResponseError
    )
    # a limit reached before the loop shows is no error; pages that go on are read to the end
    server.script(page_at(server, first, first, "a"))
    with Client(ACCOUNT, TOKEN, base_url=server.url) as sync:
        assert [p.friendly_name for p in sync.voice.v1.connection_policies.stream(limit=1)] == ["a"]
    server.script(page_at(server, first, second, "a"), page_at(server, second, None, "b"))
    assert [p.friendly_name for p in call(server, variant, listed)] == ["a", "b"]
