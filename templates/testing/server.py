"""The fake over real HTTP: a threaded server on 127.0.0.1."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .fake import FakeTwilio


def make_server(fake: FakeTwilio, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for `fake`; port 0 picks a free one. The fake's URLs then point at it."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
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
    fake.base_url = f"http://{host}:{server.server_address[1]}"
    return server
