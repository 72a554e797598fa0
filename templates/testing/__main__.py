"""``python -m twilio_sdk.testing --port PORT``: serve the fake on 127.0.0.1.

The first line printed is ``listening on http://127.0.0.1:PORT``; SIGTERM or
SIGINT stops the server cleanly. Credentials come from ``--account-sid`` and
``--auth-token``, or else ``TWILIO_ACCOUNT_SID`` and ``TWILIO_AUTH_TOKEN``.
A request body over ``--max-body`` bytes (1 MiB) gets a 413, and a connection
that sends nothing for ``--timeout`` seconds (30) is closed.
"""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType
from typing import Callable

from .fake import FakeTwilio
from .server import MAX_BODY, TIMEOUT, make_server


def _positive(kind: type[int] | type[float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = kind(text)
        if not 0 < value < float("inf"):
            raise ValueError(text)
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its error: "invalid int value"
    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m twilio_sdk.testing", description="Serve the fake Twilio API."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--account-sid")
    parser.add_argument("--auth-token")
    parser.add_argument(
        "--max-body",
        type=_positive(int),
        default=MAX_BODY,
        metavar="BYTES",
        help=f"the largest request body taken; a larger one gets a 413 (default {MAX_BODY})",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=TIMEOUT,
        metavar="SECONDS",
        help=f"close a connection that sends nothing for this long (default {TIMEOUT:g})",
    )
    args = parser.parse_args(argv)
    fake = FakeTwilio(args.account_sid, args.auth_token)
    server = make_server(
        fake, args.host, args.port, max_body=int(args.max_body), timeout=args.timeout
    )

    def stop(signum: int, frame: FrameType | None) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"listening on {fake.base_url}", flush=True)
    try:
        server.serve_forever(poll_interval=0.05)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
