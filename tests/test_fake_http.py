"""The fake's HTTP server reads each request body to its end, however it is framed.

Schemathesis sent `POST /v1/Settings` with an empty chunked body
(`Transfer-Encoding: chunked`, then `0\\r\\n\\r\\n`). The server read only a
Content-Length body, answered, then took the chunk lines for the next request,
answered that with a 400 and closed the connection; whether the client's next
request met the closed socket ("Connection aborted") depended on which thread
ran first. These tests hold one keep-alive connection through many requests of
that shape and check every answer.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
from typing import Any, Iterator
from urllib.parse import urlsplit

import pytest

from .fake_servers import FIXTURES, generate, serve

ACCOUNT = "AC" + "4" * 32
TOKEN = "framing-token"
AUTH = "Basic " + base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
WRONG_AUTH = "Basic " + base64.b64encode(f"{ACCOUNT}:wrong".encode()).decode()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    src = generate(tmp_path_factory.mktemp("settings"), FIXTURES / "settings_v1.yaml")
    with serve(src, ACCOUNT, TOKEN) as url:
        yield url


def connect(url: str) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    assert parts.hostname is not None
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.connect()
    return connection


def send(
    connection: http.client.HTTPConnection,
    method: str,
    path: str,
    headers: dict[str, str],
    body: bytes = b"",
) -> tuple[int, dict[str, str], Any]:
    """Send exactly these headers and body bytes; the answer's status, headers and JSON."""
    connection.putrequest(method, path, skip_accept_encoding=True)
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.endheaders()
    if body:
        connection.send(body)
    response = connection.getresponse()
    content = response.read()
    return response.status, dict(response.getheaders()), json.loads(content) if content else None


def chunked(*chunks: bytes, trailer: bytes = b"") -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n" + trailer + b"\r\n"


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
CHUNKED = {**FORM, "Transfer-Encoding": "chunked"}


def test_two_hundred_chunked_requests_on_one_connection_all_get_their_answer(served: str) -> None:
    connection = connect(served)
    socket = connection.sock
    value = True
    for i in range(200):
        shape = i % 8
        if shape == 0:  # the body split over chunks, one with an extension the server may ignore
            value = not value
            text = f"RecordCalls={str(value).lower()}".encode()
            body = chunked(text[:5], text[5:]).replace(b"\r\n", b";note=x\r\n", 1)
            answer = send(
                connection, "POST", "/v1/Settings", {"Authorization": AUTH, **CHUNKED}, body
            )
            assert answer[0] == 202 and answer[2]["record_calls"] is value, (i, answer)
        elif shape == 1:  # what schemathesis sent: no chunks at all
            answer = send(
                connection, "POST", "/v1/Settings", {"Authorization": AUTH, **CHUNKED}, chunked()
            )
            assert answer[0] == 202 and answer[2]["record_calls"] is value, (i, answer)
        elif shape == 2:  # trailer fields after the last chunk
            value = not value
            body = chunked(
                f"RecordCalls={str(value).lower()}".encode(), trailer=b"X-Checksum: 1\r\n"
            )
            answer = send(
                connection, "POST", "/v1/Settings", {"Authorization": AUTH, **CHUNKED}, body
            )
            assert answer[0] == 202 and answer[2]["record_calls"] is value, (i, answer)
        elif shape == 3:  # refused before the body is looked at: it is read all the same
            body = chunked(b"RecordCalls=", b"false")
            answer = send(
                connection, "POST", "/v1/Settings", {"Authorization": WRONG_AUTH, **CHUNKED}, body
            )
            assert answer[0] == 401 and answer[2]["code"] == 20003, (i, answer)
        elif shape == 4:  # no such path
            answer = send(
                connection,
                "POST",
                "/v1/Nowhere",
                {"Authorization": AUTH, **CHUNKED},
                chunked(b"A=1"),
            )
            assert answer[0] == 404 and answer[2]["code"] == 20404, (i, answer)
        elif shape == 5:  # a bad value: a 400 naming it
            body = chunked(b"RecordCalls=maybe")
            answer = send(
                connection, "POST", "/v1/Settings", {"Authorization": AUTH, **CHUNKED}, body
            )
            assert answer[0] == 400 and "RecordCalls" in answer[2]["message"], (i, answer)
        elif shape == 6:  # a Content-Length body between the chunked ones
            text = f"RecordCalls={str(value).lower()}".encode()
            answer = send(
                connection,
                "POST",
                "/v1/Settings",
                {"Authorization": AUTH, **FORM, "Content-Length": str(len(text))},
                text,
            )
            assert answer[0] == 202 and answer[2]["record_calls"] is value, (i, answer)
        else:  # a seeded record: its url names the server, not the in-process default address
            answer = send(connection, "GET", "/v1/Settings", {"Authorization": AUTH})
            assert answer[0] == 200 and answer[2]["record_calls"] is value, (i, answer)
            assert answer[2]["url"] == f"{served}/v1/Settings", (i, answer)
        assert answer[1].get("Connection") != "close", (i, answer)
        assert connection.sock is socket, f"request {i} needed a new connection"
    connection.close()


def whole_exchange(url: str, request: bytes) -> bytes:
    """Send raw bytes on a fresh connection; everything the server sends until it closes."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as raw:
        raw.sendall(request)
        received = b""
        while chunk := raw.recv(65536):
            received += chunk
    return received


@pytest.mark.parametrize(
    ("framing", "body"),
    [
        (b"Content-Length: twelve\r\n", b""),
        (
            "Content-Length: \u00b2\r\n".encode("latin-1"),
            b"",
        ),  # a digit to str.isdigit, not to int()
        (b"Content-Length: -1\r\n", b""),
        (b"Content-Length: 3\r\nContent-Length: 4\r\n", b""),
        (b"Transfer-Encoding: gzip\r\n", b""),
        (b"Transfer-Encoding: chunked\r\n", b"zz\r\n"),  # a chunk size that is not hexadecimal
    ],
)
def test_a_body_whose_end_cannot_be_found_is_a_400_and_the_connection_closes(
    served: str, framing: bytes, body: bytes
) -> None:
    request = (
        b"POST /v1/Settings HTTP/1.1\r\nHost: fake\r\nAuthorization: "
        + AUTH.encode()
        + b"\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        + framing
        + b"\r\n"
        + body
    )
    received = whole_exchange(served, request)  # returns only once the server has closed
    head, _, content = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), received
    assert b"\r\nConnection: close" in head and received.count(b"HTTP/1.1 ") == 1, received
    assert json.loads(content)["code"] == 20001
