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
import socket
import sys
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .bodies import body_length, read_body, too_large
from .errors import FakeError, invalid
from .fake import FakeTwilio

MAX_BODY = 1024 * 1024  # bytes of a request body, by default
TIMEOUT = 30.0  # seconds a connection may wait on its client, by default
_LINGER = 2.0  # seconds to take in what a client still sends after a refusal, before closing

Answer = tuple[int, dict[str, str], bytes]


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
    # `timeout` bounds each read and write on a connection (socketserver's StreamRequestHandler).
    settings = {"fake": fake, "max_body": max_body, "timeout": timeout}
    handler = type("Handler", (FakeRequestHandler,), settings)
    server = _Server((host, port), handler)
    fake.move_to(f"http://{host}:{server.server_address[1]}")
    return server


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # http.server listens with a backlog of 5: of 60 calls an AsyncClient opened at once, a
    # third were reset before the fake saw them
    request_queue_size = 128


def _error(error: FakeError) -> Answer:
    return error.status, {"Content-Type": "application/json"}, json.dumps(error.body()).encode()


class FakeRequestHandler(BaseHTTPRequestHandler):
    """One connection to the fake: each request on it answered, refused, or failed as a 500.

    ``make_server`` makes a subclass with the fake and the limits it serves with."""

    fake: FakeTwilio
    max_body: int = MAX_BODY
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
        status, headers, content = self._safe_reply()
        if self._unread and not self._drain:
            self.close_connection = True
            headers["Connection"] = "close"
        self._send(status, headers, content)
        if self._drain:
            try:
                read_body(self.rfile, self._drain, self.max_body)
                self._unread = False
            except FakeError:  # over the limit after all, or its chunks cannot be read
                self.close_connection = True
        if self.close_connection and self._unread:
            self._linger()

    def _safe_reply(self) -> Answer:
        """The reply, or the refusal or 500 in its place."""
        try:
            return self._reply()
        except FakeError as error:  # the body is too large, or its chunks cannot be read
            return _error(error)
        except OSError:
            raise  # the connection failed: no answer could reach the client
        except Exception as failure:  # the fake's own fault: a 500, its trace on stderr
            traceback.print_exc(file=sys.stderr)
            why = f"{type(failure).__name__}: {failure}"[:500]
            return _error(FakeError(500, 20500, f"The fake failed on this request ({why})"))

    def _reply(self) -> Answer:
        length = body_length(self.headers)
        if length is None:
            # Where this request ends is unknown, so nothing after it can be read as a
            # request: answer, then close the connection.
            return _error(invalid("The request body's length cannot be read"))
        self._unread = length != 0
        if not self.path.startswith("/"):  # "*", or a URL: nothing the fake serves
            return _error(invalid("The request target is not a path"))
        url = self.fake.base_url + self.path
        authorization = self.headers.get("Authorization")
        if length == 0:
            return self.fake.handle(self.command, url, authorization, b"")
        if not self.fake.authenticates(authorization):
            # Refused from its headers, before any of the body is read. A body the client
            # sends all the same is read and dropped once answered, to keep the
            # connection, unless it is over the limit or waits for a "100 Continue".
            if not self._continue and length <= self.max_body:
                self._drain = length
            return self.fake.handle(self.command, url, authorization, b"")
        if length > self.max_body:
            return _error(too_large(self.max_body))
        if self._continue:
            self.send_response_only(100)
            self.end_headers()
        body = read_body(self.rfile, length, self.max_body)
        self._unread = False
        return self.fake.handle(self.command, url, authorization, body)

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

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
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
