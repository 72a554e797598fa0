"""The fake over real HTTP: a threaded server on 127.0.0.1.

Every answer that is not a success is Twilio's error JSON: the server's own refusals, and a 500
for a failure of the fake itself (its trace goes to stderr). The credentials are checked from
the headers before any of the body is read; a body over `max_body` bytes (1 MiB unless told)
is refused with a 413 without being read; and a connection that sends nothing for `timeout`
seconds (30 unless told) is closed, so an idle or half-open client does not hold a thread for
ever.
"""

from __future__ import annotations

import json
import re
import socket
import sys
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .fake import FakeError, FakeTwilio

MAX_BODY = 1024 * 1024  # bytes of a request body, by default
TIMEOUT = 30.0  # seconds a connection may wait on its client, by default
_LONGEST_LINE = 65536  # for chunk sizes and trailers, as http.server allows its own lines
_HEX = re.compile(rb"[0-9A-Fa-f]+")
_CHUNKED = -1  # the body's length when it comes in chunks
_LINGER = 2.0  # seconds to take in what a client still sends after a refusal, before closing

Answer = tuple[int, dict[str, str], bytes]


def _error(error: FakeError) -> Answer:
    return error.status, {"Content-Type": "application/json"}, json.dumps(error.body()).encode()


def make_server(
    fake: FakeTwilio,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    max_body: int = MAX_BODY,
    timeout: float = TIMEOUT,
) -> ThreadingHTTPServer:
    """A server for `fake`; port 0 picks a free one. The fake's URLs then point at it.

    A request body over `max_body` bytes gets a 413; a connection whose client sends nothing
    (or stops halfway) for `timeout` seconds is closed."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def parse_request(self) -> bool:
            self._continue = False
            return super().parse_request()

        def handle_expect_100(self) -> bool:
            # "100 Continue" only once the request is accepted (see _reply): a client refused
            # before then need not send its body at all.
            self._continue = True
            return True

        def _answer(self) -> None:
            # Whatever is left unread on a kept-alive connection would be taken for the next
            # request: a request whose body is not read to its end closes the connection.
            self._unread = True
            self._drain = 0  # after answering, the length of a body to read and drop
            try:
                status, headers, content = self._reply()
            except FakeError as error:  # the body is too large, or its chunks cannot be read
                status, headers, content = _error(error)
            except OSError:
                raise  # the connection failed: no answer could reach the client
            except Exception as failure:  # the fake's own fault: a 500, its trace on stderr
                traceback.print_exc(file=sys.stderr)
                why = f"{type(failure).__name__}: {failure}"[:500]
                status, headers, content = _error(
                    FakeError(500, 20500, f"The fake failed on this request ({why})")
                )
            if self._unread and not self._drain:
                self.close_connection = True
                headers["Connection"] = "close"
            self._send(status, headers, content)
            if self._drain:
                try:
                    self._body(self._drain)
                    self._unread = False
                except FakeError:  # over the limit after all, or its chunks cannot be read
                    self.close_connection = True
            if self.close_connection and self._unread:
                self._linger()

        def _reply(self) -> Answer:
            length = self._length()
            if length is None:
                # Where this request ends is unknown, so nothing after it can be read as a
                # request: answer, then close the connection.
                return _error(FakeError(400, 20001, "The request body's length cannot be read"))
            self._unread = length != 0
            if not self.path.startswith("/"):  # "*", or a URL: nothing the fake serves
                return _error(FakeError(400, 20001, "The request target is not a path"))
            url = fake.base_url + self.path
            authorization = self.headers.get("Authorization")
            if length == 0:
                return fake.handle(self.command, url, authorization, b"")
            if not fake.authenticates(authorization):
                # Refused from its headers, before any of the body is read. A body the client
                # sends all the same is read and dropped once answered, to keep the
                # connection, unless it is over the limit or waits for a "100 Continue".
                if not self._continue and length <= max_body:
                    self._drain = length
                return fake.handle(self.command, url, authorization, b"")
            if length > max_body:
                return _error(self._too_large())
            if self._continue:
                self.send_response_only(100)
                self.end_headers()
            body = self._body(length)
            self._unread = False
            return fake.handle(self.command, url, authorization, body)

        def _too_large(self) -> FakeError:
            return FakeError(
                413, 20001, f"The request body is larger than this fake accepts ({max_body} bytes)"
            )

        def _length(self) -> int | None:
            """The body's length by Transfer-Encoding (chunked is the only one an HTTP/1.1
            client may send alone) or Content-Length; None if its end cannot be found."""
            coding = self.headers.get_all("Transfer-Encoding")
            if coding is not None:
                return _CHUNKED if ",".join(coding).strip().lower() == "chunked" else None
            lengths = {value.strip() for value in self.headers.get_all("Content-Length") or ["0"]}
            if len(lengths) != 1:
                return None
            (length,) = lengths
            if not (length.isascii() and length.isdigit()):
                return None
            digits = length.lstrip("0")
            # past 18 digits it is over any limit, and int() refuses past 4,300 digits
            return int(digits or "0") if len(digits) <= 18 else sys.maxsize

        def _body(self, length: int) -> bytes:
            """The body of `length` bytes, or in chunks; a FakeError if it goes over the limit
            or its chunks cannot be read."""
            if length != _CHUNKED:
                return self.rfile.read(length)
            chunks: list[bytes] = []
            size = framing = 0
            while True:
                line = self._line()
                framing += len(line)
                hex_size = line.split(b";")[0].strip()  # after ';': chunk extensions, ignored
                if not _HEX.fullmatch(hex_size):
                    raise FakeError(400, 20001, "The request body's chunks cannot be read")
                if int(hex_size, 16) == 0:
                    break
                size += int(hex_size, 16)
                if size > max_body or framing > max_body:
                    raise self._too_large()
                chunks.append(self.rfile.read(int(hex_size, 16)))
                if self.rfile.readline(_LONGEST_LINE + 1) not in (b"\r\n", b"\n"):
                    raise FakeError(400, 20001, "The request body's chunks cannot be read")
            while True:  # trailer fields, up to an empty line: nothing the fake uses
                line = self._line()
                framing += len(line)
                if line in (b"\r\n", b"\n"):
                    return b"".join(chunks)
                if framing > max_body:
                    raise self._too_large()

        def _line(self) -> bytes:
            line = self.rfile.readline(_LONGEST_LINE + 1)
            if not line.endswith(b"\n"):
                raise FakeError(400, 20001, "The request body's chunks cannot be read")
            return line

        def _linger(self) -> None:
            """Before closing with the body unread: stop sending, then take in and drop what
            the client still sends for a moment. Closing at once, with its bytes unread, would
            reset the connection, and a reset can lose the answer before the client reads it."""
            self.wfile.flush()
            try:
                self.connection.shutdown(socket.SHUT_WR)
                deadline = time.monotonic() + _LINGER
                while (left := deadline - time.monotonic()) > 0:
                    self.connection.settimeout(left)
                    if not self.connection.recv(65536):
                        break
            except OSError:
                pass

        def send_error(
            self, code: int, message: str | None = None, explain: str | None = None
        ) -> None:
            # http.server's own refusals (a request line or headers too long, a bad version):
            # Twilio's error JSON too, and the connection closes.
            self.close_connection = True
            # A refused version leaves http.server's default, HTTP/0.9, which has no status
            # line: the answer would be a bare body.
            self.request_version = self.protocol_version
            reason = message or (self.responses[code][0] if code in self.responses else "Error")
            status, headers, content = _error(FakeError(code, 20001, reason))
            self._send(status, {**headers, "Connection": "close"}, content)
            self._linger()  # what is left of the request is unread

        def _send(self, status: int, headers: dict[str, str], content: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)

        def __getattr__(self, name: str) -> Any:
            # Every method, even one http.server does not know, reaches the fake,
            # which answers those a path lacks with 405 rather than a bare 501.
            if name.startswith("do_"):
                return self._answer
            raise AttributeError(name)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: tests read the first line of output for the address

    Handler.timeout = timeout  # for each read and write on a connection
    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    fake.move_to(f"http://{host}:{server.server_address[1]}")
    return server
