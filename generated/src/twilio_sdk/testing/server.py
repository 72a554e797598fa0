"""The fake over real HTTP: a threaded server on 127.0.0.1."""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .fake import FakeError, FakeTwilio

_LONGEST_LINE = 65536  # for chunk sizes and trailers, as http.server allows its own lines
_HEX = re.compile(rb"[0-9A-Fa-f]+")


def make_server(fake: FakeTwilio, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for `fake`; port 0 picks a free one. The fake's URLs then point at it."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _answer(self) -> None:
            # The whole body is read before answering: whatever is left unread on a kept-alive
            # connection would be taken for the next request.
            body = self._body()
            if body is None:
                # Where this request ends is unknown, so nothing after it can be read as a
                # request: answer, then close the connection.
                self.close_connection = True
                error = FakeError(400, 20001, "The request body's length cannot be read")
                status, headers = 400, {"Content-Type": "application/json", "Connection": "close"}
                content = json.dumps(error.body()).encode()
            else:
                url = fake.base_url + self.path
                status, headers, content = fake.handle(
                    self.command, url, self.headers.get("Authorization"), body
                )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)

        def _body(self) -> bytes | None:
            """The request body, by Transfer-Encoding (chunked is the only one an HTTP/1.1
            client may send alone) or Content-Length; None if its end cannot be found."""
            coding = self.headers.get_all("Transfer-Encoding")
            if coding is not None:
                return self._chunks() if ",".join(coding).strip().lower() == "chunked" else None
            lengths = {value.strip() for value in self.headers.get_all("Content-Length") or ["0"]}
            if len(lengths) != 1:
                return None
            (length,) = lengths
            if not (length.isascii() and length.isdigit()):
                return None
            return self.rfile.read(int(length))

        def _chunks(self) -> bytes | None:
            chunks: list[bytes] = []
            while True:
                line = self.rfile.readline(_LONGEST_LINE + 1)
                size = line.split(b";")[0].strip()  # after ';': chunk extensions, ignored
                if not _HEX.fullmatch(size) or not line.endswith(b"\n"):
                    return None
                if int(size, 16) == 0:
                    break
                chunks.append(self.rfile.read(int(size, 16)))
                if self.rfile.readline(_LONGEST_LINE + 1) not in (b"\r\n", b"\n"):
                    return None
            while True:  # trailer fields, up to an empty line: nothing the fake uses
                line = self.rfile.readline(_LONGEST_LINE + 1)
                if line in (b"\r\n", b"\n"):
                    return b"".join(chunks)
                if not line.endswith(b"\n"):
                    return None

        def __getattr__(self, name: str) -> Any:
            # Every method, even one http.server does not know, reaches the fake,
            # which answers those a path lacks with 405 rather than a bare 501.
            if name.startswith("do_"):
                return self._answer
            raise AttributeError(name)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: tests read the first line of output for the address

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    fake.move_to(f"http://{host}:{server.server_address[1]}")
    return server
