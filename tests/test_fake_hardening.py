"""The fake's HTTP server against hostile requests: each gets a prompt answer in Twilio's error
JSON.

Issue 18, item 5: a 5,000-digit `PageSize` or `Page` killed the handler (int() refuses past 4,300
digits); a 300 MB body was read before the 401; idle or half-sent connections held a thread for
ever; an exception in the fake dropped the connection. Each test runs the fake in a child
process on 127.0.0.1 and talks to it over real sockets, raw where an HTTP client would not send
the shape; every socket read waits at most 10 s, and no test sends more than a few KiB.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, urlsplit

import httpx
import pytest
import yaml

from twilio_sdk import AsyncClient
from twilio_sdk_test_support import first_line

from .fake_servers import FIXTURES, generate, serve, server_process
from .helpers import GENERATED

ACCOUNT = "AC" + "5" * 32
TOKEN = "hardening-token"
AUTH = "Basic " + base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
WRONG_AUTH = "Basic " + base64.b64encode(f"{ACCOUNT}:wrong".encode()).decode()
HUGE = 300_000_000  # announced, never sent
SMALL_LIMIT = 4096  # the strict server's --max-body
SMALL_TIMEOUT = 0.5  # the strict server's --timeout


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """The fake with its defaults: a 1 MiB body limit and a 30 s timeout."""
    with serve(GENERATED / "src", ACCOUNT, TOKEN) as url:
        yield url


@pytest.fixture(scope="module")
def strict() -> Iterator[tuple[str, int]]:
    """The fake with a small body limit and a short timeout; its address and PID."""
    options = ("--max-body", str(SMALL_LIMIT), "--timeout", str(SMALL_TIMEOUT))
    with server_process(GENERATED / "src", ACCOUNT, TOKEN, *options) as served:
        yield served


@pytest.fixture(scope="module")
def undeclared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fake whose list declares no paging parameter (it pages by them all the same), and a
    number."""
    folder = tmp_path_factory.mktemp("undeclared")
    spec = yaml.safe_load((FIXTURES / "products_chat_v1.yaml").read_text(encoding="utf-8"))
    listing = spec["paths"]["/v1/Services"]["get"]
    listing["parameters"] = [
        p for p in listing["parameters"] if p["name"] not in ("PageSize", "Page", "PageToken")
    ]
    listing["parameters"].append({"name": "Score", "in": "query", "schema": {"type": "number"}})
    (folder / "chat_v1.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with serve(generate(folder / "sdk", folder / "chat_v1.yaml"), ACCOUNT, TOKEN) as url:
        yield url


class Raw:
    """One connection, written and read byte by byte."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.socket = socket.create_connection((parts.hostname, parts.port), timeout=10)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.socket.sendall(data)

    def answer(self) -> tuple[int, dict[str, str], Any]:
        """The next answer (a 100 Continue too): status, headers (lower-case names), JSON."""
        while b"\r\n\r\n" not in self.buffer:
            self._more()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in lines[1:])
        }
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            self._more()
        content, self.buffer = self.buffer[:length], self.buffer[length:]
        return int(lines[0].split()[1]), headers, json.loads(content) if content else None

    def closes(self) -> bool:
        """Whether the server closes the connection (within the socket's 10 s) with nothing more to
        say."""
        try:
            return self.buffer == b"" and self.socket.recv(65536) == b""
        except ConnectionResetError:
            return True

    def close(self) -> None:
        self.socket.close()

    def _more(self) -> None:
        chunk = self.socket.recv(65536)
        if not chunk:
            raise EOFError(f"closed after {self.buffer[:300]!r}")
        self.buffer += chunk


def head(method: str, path: str, *headers: str) -> bytes:
    return (
        f"{method} {path} HTTP/1.1\r\nHost: fake\r\n".encode()
        + b"".join(f"{h}\r\n".encode() for h in headers)
        + b"\r\n"
    )


FORM = "Content-Type: application/x-www-form-urlencoded"


def assert_twilio_error(answer: tuple[int, dict[str, str], Any], status: int, code: int) -> None:
    got, headers, body = answer
    assert got == status, answer
    assert headers["content-type"] == "application/json", answer
    assert set(body) == {"code", "message", "more_info", "status"}, answer
    assert (body["status"], body["code"]) == (status, code), answer
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}", answer


# -- paging parameters -----------------------------------------------------------------------------

HOSTILE_NUMBERS = [
    "9" * 5000,  # past int()'s 4,300 digits: it raised ValueError and the handler died
    "1" + "0" * 30,  # past 64 bits
    "-1",
    "1e9",
    "\u00b2",  # a digit to str.isdigit, not to int()
    "\u0663",  # an Arabic-Indic three: a digit to int(), not to the API
    "",
    " 7",
]


@pytest.mark.parametrize("value", HOSTILE_NUMBERS, ids=lambda v: repr(v[:12]))
@pytest.mark.parametrize("name", ["PageSize", "Page"])
def test_a_hostile_page_size_or_page_is_a_400_naming_it(
    served: str, undeclared: str, name: str, value: str
) -> None:
    # Voice declares them; the other checks them as if it did.
    for url in (f"{served}/v1/ConnectionPolicies", f"{undeclared}/v1/Services"):
        started = time.monotonic()
        response = httpx.get(f"{url}?{name}={quote(value)}", auth=(ACCOUNT, TOKEN), timeout=10)
        assert time.monotonic() - started < 5
        body = response.json()
        assert response.status_code == 400 and body["code"] == 20001, (url, body)
        assert body["message"].startswith(f"Invalid parameter {name}: "), body
        assert len(body["message"]) < 200, body  # a long value is quoted cut short
    assert (
        httpx.get(f"{served}/v1/ConnectionPolicies?{name}=1", auth=(ACCOUNT, TOKEN)).status_code
        == 200
    )


@pytest.mark.parametrize("value", HOSTILE_NUMBERS, ids=lambda v: repr(v[:12]))
def test_a_page_token_is_opaque_and_never_breaks_the_fake(
    served: str, undeclared: str, value: str
) -> None:
    # The spec calls PageToken "an opaque marker" of type string, so any text is valid data;
    # the fake pages by Page and never reads the token as a number.
    for url in (f"{served}/v1/ConnectionPolicies", f"{undeclared}/v1/Services"):
        response = httpx.get(f"{url}?PageToken={quote(value)}", auth=(ACCOUNT, TOKEN), timeout=10)
        assert response.status_code == 200, response.text
        assert response.json()["meta"]["page"] == 0


def test_the_largest_64_bit_page_is_an_empty_page(served: str) -> None:
    response = httpx.get(
        f"{served}/v1/ConnectionPolicies?Page={2**63 - 1}", auth=(ACCOUNT, TOKEN), timeout=10
    )
    assert response.status_code == 200
    assert (
        response.json()["connection_policies"] == []
        and response.json()["meta"]["page"] == 2**63 - 1
    )


@pytest.mark.parametrize(
    "value", ["nan", "inf", "-Infinity", "1e999", "\u0663", "1_000", "0x10", "9" * 5000]
)
def test_a_number_that_is_not_a_finite_decimal_is_a_400_naming_it(
    undeclared: str, value: str
) -> None:
    response = httpx.get(
        f"{undeclared}/v1/Services?Score={quote(value)}", auth=(ACCOUNT, TOKEN), timeout=10
    )
    assert response.status_code == 400 and response.json()["message"].startswith(
        "Invalid parameter Score: "
    ), response.text
    for good in ("1.5", "-2", ".5", "3.", "1e-3", "+7E2"):
        assert (
            httpx.get(
                f"{undeclared}/v1/Services?Score={quote(good)}", auth=(ACCOUNT, TOKEN), timeout=10
            ).status_code
            == 200
        )


# -- credentials before the body -------------------------------------------------------------------


def test_a_wrong_password_with_a_300_mb_body_announced_gets_its_401_at_once(served: str) -> None:
    raw = Raw(served)
    started = time.monotonic()
    raw.send(
        head(
            "POST", "/v1/IpRecords", f"Authorization: {WRONG_AUTH}", FORM, f"Content-Length: {HUGE}"
        )
    )
    raw.send(
        b"IpAddress=10.0.0.1&FriendlyName="
    )  # a trickle: the server must not wait for the rest
    answer = raw.answer()
    elapsed = time.monotonic() - started
    assert_twilio_error(answer, 401, 20003)
    assert answer[1]["connection"] == "close"  # the body is unread: nothing after it can be read
    assert raw.closes()
    raw.close()
    assert elapsed < 2, elapsed
    print(f"401 for a {HUGE:,}-byte body announced: {elapsed * 1000:.1f} ms")


def test_a_refused_small_body_is_dropped_and_the_connection_kept(served: str) -> None:
    raw = Raw(served)
    for _ in range(3):
        body = b"IpAddress=10.0.0.1"
        raw.send(
            head(
                "POST",
                "/v1/IpRecords",
                f"Authorization: {WRONG_AUTH}",
                FORM,
                f"Content-Length: {len(body)}",
            )
            + body
        )
        answer = raw.answer()
        assert_twilio_error(answer, 401, 20003)
        assert "connection" not in answer[1]
    raw.send(head("GET", "/v1/IpRecords", f"Authorization: {AUTH}"))
    assert raw.answer()[0] == 200
    raw.close()


def test_a_100_continue_is_sent_only_to_a_request_that_may_send_its_body(served: str) -> None:
    body = b"IpAddress=10.0.0.9"
    expecting = ("Expect: 100-continue", FORM, f"Content-Length: {len(body)}")
    raw = Raw(served)
    raw.send(head("POST", "/v1/IpRecords", f"Authorization: {WRONG_AUTH}", *expecting))
    answer = raw.answer()  # no 100 first: the client need not send the body
    assert_twilio_error(answer, 401, 20003)
    assert answer[1]["connection"] == "close" and raw.closes()
    raw.close()
    raw = Raw(served)
    raw.send(head("POST", "/v1/IpRecords", f"Authorization: {AUTH}", *expecting))
    assert raw.answer()[0] == 100
    raw.send(body)
    status, _, record = raw.answer()
    assert status == 201 and record["ip_address"] == "10.0.0.9"
    raw.close()


# -- the body size limit ---------------------------------------------------------------------------


@pytest.mark.parametrize("length", [str(HUGE), str(1024 * 1024 + 1), "9" * 5000])
def test_a_body_announced_over_the_default_1_mib_is_a_413_at_once(served: str, length: str) -> None:
    raw = Raw(served)
    started = time.monotonic()
    raw.send(
        head("POST", "/v1/IpRecords", f"Authorization: {AUTH}", FORM, f"Content-Length: {length}")
    )
    raw.send(b"IpAddress=10.0.0.1&FriendlyName=")
    answer = raw.answer()
    elapsed = time.monotonic() - started
    assert_twilio_error(answer, 413, 20001)
    assert "1048576 bytes" in answer[2]["message"]
    assert answer[1]["connection"] == "close" and raw.closes()
    raw.close()
    assert elapsed < 2, elapsed
    print(f"413 for Content-Length {length[:12]}: {elapsed * 1000:.1f} ms")


def test_a_body_at_the_limit_is_taken_and_one_byte_more_is_a_413(strict: tuple[str, int]) -> None:
    url, _ = strict
    for extra, status in ((0, 201), (1, 413)):
        start = b"IpAddress=10.0.0.2&Pad="
        body = start + b"a" * (SMALL_LIMIT - len(start) + extra)
        raw = Raw(url)
        raw.send(
            head(
                "POST",
                "/v1/IpRecords",
                f"Authorization: {AUTH}",
                FORM,
                f"Content-Length: {len(body)}",
            )
        )
        if status == 201:
            raw.send(body)
            answer = raw.answer()
            assert answer[0] == 201 and answer[2]["ip_address"] == "10.0.0.2", answer
        else:
            answer = raw.answer()  # before the body is sent
            assert_twilio_error(answer, 413, 20001)
            assert f"{SMALL_LIMIT} bytes" in answer[2]["message"]
        raw.close()


def test_a_chunked_body_growing_past_the_limit_is_a_413(strict: tuple[str, int]) -> None:
    url, _ = strict
    # one chunk that says it is too large, before its data; then 1 KiB chunks that add up past it
    for chunks in ([b"%x\r\n" % (SMALL_LIMIT + 1)], [b"400\r\n" + b"a" * 1024 + b"\r\n"] * 5):
        raw = Raw(url)
        raw.send(
            head(
                "POST",
                "/v1/IpRecords",
                f"Authorization: {AUTH}",
                FORM,
                "Transfer-Encoding: chunked",
            )
        )
        raw.send(b"".join(chunks))
        answer = raw.answer()
        assert_twilio_error(answer, 413, 20001)
        assert answer[1]["connection"] == "close" and raw.closes()
        raw.close()
    raw = Raw(url)  # within the limit, chunked: taken
    body = b"IpAddress=10.0.0.3&Pad=" + b"a" * 2000
    raw.send(
        head("POST", "/v1/IpRecords", f"Authorization: {AUTH}", FORM, "Transfer-Encoding: chunked")
    )
    raw.send(
        b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:1000], body[1000:]))
        + b"0\r\n\r\n"
    )
    assert raw.answer()[0] == 201
    raw.close()


# -- framing held from before ----------------------------------------------------------------------


def test_a_chunked_body_is_read_not_ignored(served: str) -> None:
    raw = Raw(served)
    raw.send(
        head("POST", "/v1/IpRecords", f"Authorization: {AUTH}", FORM, "Transfer-Encoding: chunked")
    )
    raw.send(b"5\r\nIpAdd\r\nd\r\nress=10.0.0.4\r\n18\r\n&FriendlyName=chunk-made\r\n0\r\n\r\n")
    status, _, record = raw.answer()
    assert status == 201 and (record["ip_address"], record["friendly_name"]) == (
        "10.0.0.4",
        "chunk-made",
    )
    raw.close()


@pytest.mark.parametrize("length", ["abc", "-1"])
def test_a_content_length_that_is_not_a_length_is_a_400_and_the_connection_closes(
    served: str, length: str
) -> None:
    raw = Raw(served)
    started = time.monotonic()
    raw.send(
        head("POST", "/v1/IpRecords", f"Authorization: {AUTH}", FORM, f"Content-Length: {length}")
    )
    answer = raw.answer()
    assert_twilio_error(answer, 400, 20001)
    assert answer[1]["connection"] == "close" and raw.closes()
    assert time.monotonic() - started < 2
    raw.close()


def test_a_post_without_a_length_has_no_body(served: str) -> None:
    # HTTP/1.1: a request with neither Content-Length nor Transfer-Encoding has no body, so
    # no 411: it is answered at once, as empty, and the connection is kept.
    raw = Raw(served)
    started = time.monotonic()
    raw.send(head("POST", "/v1/IpRecords", f"Authorization: {AUTH}", FORM))
    answer = raw.answer()
    assert_twilio_error(answer, 400, 20001)
    assert answer[2]["message"] == "Missing required parameter IpAddress"
    assert time.monotonic() - started < 2
    raw.send(head("GET", "/v1/IpRecords", f"Authorization: {AUTH}"))
    assert raw.answer()[0] == 200
    raw.close()


@pytest.mark.parametrize(
    ("request_head", "status"),
    [
        (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", 414),
        (
            b"GET /v1/IpRecords HTTP/1.1\r\n"
            + b"".join(b"X-%d: 1\r\n" % i for i in range(101))
            + b"\r\n",
            431,
        ),
        (b"GET /v1/IpRecords HTTP/2.0\r\n\r\n", 505),
        (b"GET /v1/IpRecords HTTP/x\r\n\r\n", 400),
    ],
    ids=["request-line-too-long", "too-many-headers", "version", "bad-version"],
)
def test_http_servers_own_refusals_are_in_twilio_shape(
    served: str, request_head: bytes, status: int
) -> None:
    raw = Raw(served)
    raw.send(request_head)
    answer = raw.answer()
    assert_twilio_error(answer, status, 20001)
    assert answer[1]["connection"] == "close" and raw.closes()
    raw.close()


@pytest.mark.parametrize("target", [b"[", b"*", b"http://[/v1/IpRecords"])
def test_a_request_target_that_is_not_a_path_is_a_400(served: str, target: bytes) -> None:
    # "[" made the URL parser raise: once no answer, then a 500
    raw = Raw(served)
    raw.send(
        b"GET "
        + target
        + b" HTTP/1.1\r\nHost: fake\r\nAuthorization: "
        + AUTH.encode()
        + b"\r\n\r\n"
    )
    answer = raw.answer()
    assert_twilio_error(answer, 400, 20001)
    raw.send(head("GET", "/v1/IpRecords", f"Authorization: {AUTH}"))
    assert raw.answer()[0] == 200
    raw.close()


# -- the socket timeout ----------------------------------------------------------------------------


def threads(pid: int) -> int | None:
    task = Path(f"/proc/{pid}/task")
    return len(list(task.iterdir())) if task.is_dir() else None


def wait_for(predicate: Any, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_idle_and_half_sent_connections_are_closed_after_the_timeout(
    strict: tuple[str, int],
) -> None:
    url, pid = strict
    assert wait_for(lambda: threads(pid) is None or threads(pid) == 1), threads(
        pid
    )  # only the main thread
    before = threads(pid)
    kept = Raw(url)  # a kept-alive connection, idle after one answer
    kept.send(head("GET", "/v1/IpRecords", f"Authorization: {AUTH}"))
    assert kept.answer()[0] == 200
    stalled = [
        (Raw(url), b""),  # connects and sends nothing
        (Raw(url), b"GET /v1/IpRec"),  # half a request line
        (Raw(url), b"GET /v1/IpRecords HTTP/1.1\r\nHost: fake\r\n"),  # headers never ended
        (
            Raw(url),
            head("POST", "/v1/IpRecords", f"Authorization: {AUTH}", FORM, "Content-Length: 100")
            + b"IpAd",
        ),
        (
            Raw(url),
            head(
                "POST",
                "/v1/IpRecords",
                f"Authorization: {AUTH}",
                FORM,
                "Transfer-Encoding: chunked",
            )
            + b"5\r\nIp",
        ),
    ]
    started = time.monotonic()
    for raw, sent in stalled:
        raw.send(sent)
    if before is not None:  # one thread for each connection, while it is open
        assert wait_for(lambda: threads(pid) == before + 1 + len(stalled), 5), threads(pid)
    # meanwhile the server serves others
    for _ in range(5):
        response = httpx.get(
            f"{url}/v1/IpRecords",
            auth=(ACCOUNT, TOKEN),
            headers={"Connection": "close"},
            timeout=10,
        )
        assert response.status_code == 200
    closed = []
    for raw, _ in [(kept, b""), *stalled]:
        assert raw.closes()
        closed.append(time.monotonic() - started)
        raw.close()
    assert SMALL_TIMEOUT * 0.8 < min(closed) and max(closed) < SMALL_TIMEOUT + 3, closed
    if before is not None:  # and their threads are gone
        assert wait_for(lambda: threads(pid) == before, 5), threads(pid)
    freed = time.monotonic() - started
    print(
        f"{len(stalled) + 1} stalled connections with --timeout {SMALL_TIMEOUT}: "
        f"closed after {min(closed):.2f}-{max(closed):.2f} s, "
        f"threads back to {before} after {freed:.2f} s"
    )


def test_the_default_timeout_is_30_seconds_and_the_options_are_checked() -> None:
    env = {**os.environ, "PYTHONPATH": str(GENERATED / "src")}
    shown = subprocess.run(
        [sys.executable, "-m", "twilio_sdk.testing", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert "--max-body BYTES" in shown.stdout and "default 1048576" in shown.stdout
    assert "--timeout SECONDS" in shown.stdout and "default 30" in shown.stdout
    for option, value in (
        ("--timeout", "0"),
        ("--timeout", "nan"),
        ("--max-body", "-1"),
        ("--max-body", "1.5"),
    ):
        refused = subprocess.run(
            [sys.executable, "-m", "twilio_sdk.testing", option, value],
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
        )
        assert refused.returncode == 2 and option in refused.stderr, (option, value, refused.stderr)


# -- the fake's own failures -----------------------------------------------------------------------

BROKEN = """
import sys
from twilio_sdk.testing import FakeTwilio, make_server

class Broken(FakeTwilio):
    def handle(self, method, url, authorization, body):
        if method == "GET":  # lists fail; creates still work
            raise RuntimeError("a bug in the fake")
        return super().handle(method, url, authorization, body)

fake = Broken(sys.argv[1], sys.argv[2])
server = make_server(fake)
print(f"listening on {fake.base_url}", flush=True)
server.serve_forever(poll_interval=0.05)
"""


def test_an_exception_in_the_fake_is_a_500_in_twilio_shape_and_the_connection_lives_on(
    tmp_path: Path,
) -> None:
    script = tmp_path / "broken.py"
    script.write_text(BROKEN, encoding="utf-8")
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(script), ACCOUNT, TOKEN],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env={**os.environ, "PYTHONPATH": str(GENERATED / "src")},
        )
        try:
            url = first_line(process).strip().removeprefix("listening on ")
            raw = Raw(url)
            for _ in range(3):
                raw.send(head("GET", "/v1/IpRecords", f"Authorization: {AUTH}"))
                answer = raw.answer()
                assert_twilio_error(answer, 500, 20500)
                assert "RuntimeError: a bug in the fake" in answer[2]["message"]
                assert (
                    "connection" not in answer[1]
                )  # the request was read whole: the connection serves on
                body = b"IpAddress=10.0.0.5"
                raw.send(
                    head(
                        "POST",
                        "/v1/IpRecords",
                        f"Authorization: {AUTH}",
                        FORM,
                        f"Content-Length: {len(body)}",
                    )
                    + body
                )
                assert raw.answer()[0] == 201
            raw.close()
        finally:
            os.kill(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
            assert process.stdout is not None
            process.stdout.close()
    assert (
        "RuntimeError: a bug in the fake" in errors.read_text()
    )  # the trace, for whoever debugs it


def test_calls_opened_at_once_are_all_answered(served: str) -> None:
    """http.server's listen backlog of 5 reset a third of 60 creates an AsyncClient opened at
    once (no retries, so each reset was a failed call and a record never made)."""

    async def run() -> list[Any]:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=served, max_retries=0) as client:
            made: list[Any] = await asyncio.gather(
                *(client.voice.v1.ip_records.create(ip_address="10.0.0.1") for _ in range(60)),
                return_exceptions=True,
            )
            return made

    made = asyncio.run(run())
    assert [m for m in made if isinstance(m, BaseException)] == []
    assert len({m.sid for m in made}) == 60
