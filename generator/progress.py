"""Progress of a long run: one line on a terminal, rewritten in place; nothing in a CI log.

The command line turns it on (:func:`enable`); stages report with :func:`report`. Output
goes to stderr only when it is a terminal and ``CI`` is unset, so piped output and CI logs
stay as they were. ``SDKGEN_PROGRESS=0`` or ``1`` overrides the guess.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

_stream: TextIO | None = None


def enable(stream: TextIO = sys.stderr) -> None:
    """Report to `stream` from now on, if it is a terminal outside CI (or SDKGEN_PROGRESS=1)."""
    global _stream
    forced = os.environ.get("SDKGEN_PROGRESS")
    wanted = forced == "1" if forced in ("0", "1") else stream.isatty() and not os.environ.get("CI")
    _stream = stream if wanted else None


def report(stage: str, done: int, total: int) -> None:
    """``stage: done/total`` on the progress line."""
    if _stream is not None:
        _stream.write(f"\r\033[K{stage}: {done}/{total}")
        _stream.flush()


def clear() -> None:
    """Take the progress line away before the run prints its result."""
    if _stream is not None:
        _stream.write("\r\033[K")
        _stream.flush()
