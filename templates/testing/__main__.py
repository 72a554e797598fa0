"""``python -m twilio_sdk.testing --port PORT``: serve the fake on 127.0.0.1.

The first line printed is ``listening on http://127.0.0.1:PORT``; SIGTERM or
SIGINT stops the server cleanly. Credentials come from ``--account-sid`` and
``--auth-token``, or else ``TWILIO_ACCOUNT_SID`` and ``TWILIO_AUTH_TOKEN``.
"""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType

from .fake import FakeTwilio
from .server import make_server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m twilio_sdk.testing", description="Serve the fake Twilio API."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--account-sid")
    parser.add_argument("--auth-token")
    args = parser.parse_args(argv)
    fake = FakeTwilio(args.account_sid, args.auth_token)
    server = make_server(fake, args.host, args.port)

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
