"""Generate an SDK from fixture specs and serve its fake over HTTP, for tests of the fake."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from twilio_sdk_test_support import first_line

from .helpers import CONFIG, run_generator

FIXTURES = Path(__file__).parent / "fixtures"


def generate(out: Path, *specs: Path) -> Path:
    """Generate an SDK from `specs` into `out`; the path to put on PYTHONPATH."""
    result = run_generator(
        "generate",
        "--no-cache",
        "--config",
        str(CONFIG),
        "--spec",
        *map(str, specs),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out / "src"


@contextmanager
def server_process(
    src: Path, account_sid: str, auth_token: str, *options: str
) -> Iterator[tuple[str, int]]:
    """Serve a generated SDK's fake on 127.0.0.1 in a child process, stopped by its PID; its
    address and PID. `options` go to ``python -m twilio_sdk.testing`` (``--timeout 0.5``)."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "twilio_sdk.testing",
            "--port",
            "0",
            "--account-sid",
            account_sid,
            "--auth-token",
            auth_token,
            *options,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(src)},
    )
    try:
        line = first_line(process).strip()
        assert line.startswith("listening on http://127.0.0.1:"), line
        yield line.removeprefix("listening on "), process.pid
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


@contextmanager
def serve(src: Path, account_sid: str, auth_token: str, *options: str) -> Iterator[str]:
    """Serve a generated SDK's fake on 127.0.0.1 in a child process, stopped by its PID."""
    with server_process(src, account_sid, auth_token, *options) as (url, _):
        yield url
