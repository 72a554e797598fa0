"""Run the generator's command line and SIGKILL it just before its Nth filesystem change.

``python -m tests.kill_points N ARGS...`` counts every call that changes the file
system (a directory made, a file opened for writing or fsynced, a rename or swap,
a file or directory removed) and kills its own process, with a real SIGKILL, as
the Nth one starts. ``N = 0`` kills nothing and prints the count to stderr when
the run ends, so a test can spread its kill points over the whole write, or show
that a command changes nothing.
"""

from __future__ import annotations

import builtins
import io
import os
import signal
import sys
from typing import Any, Callable

from generator import writing
from generator.cli import main

_count = 0


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _changes(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """Whether this call changes the file system (an open only does when it may write)."""
    if name == "os.open":
        flags = args[1] if len(args) > 1 else kwargs.get("flags", 0)
        return bool(flags & _WRITE_FLAGS)
    if name == "open":
        if args and isinstance(args[0], int):  # wrapping a descriptor, such as a pipe to git
            return False
        mode = args[1] if len(args) > 1 else kwargs.get("mode", "r")
        return any(letter in mode for letter in "wax+")
    return True


def _counted(name: str, function: Callable[..., Any], kill_at: int) -> Callable[..., Any]:
    def step(*args: Any, **kwargs: Any) -> Any:
        global _count
        if _changes(name, args, kwargs):
            _count += 1
            if _count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return function(*args, **kwargs)

    return step


def arm(kill_at: int) -> None:
    """Count (and kill at) the calls every write of the generator goes through; `Path.write_text`
    uses `io.open`."""
    for module, attribute, name in [
        (os, "mkdir", "os.mkdir"),
        (os, "fsync", "os.fsync"),
        (os, "rename", "os.rename"),
        (os, "replace", "os.replace"),
        (os, "unlink", "os.unlink"),
        (os, "rmdir", "os.rmdir"),
        (os, "open", "os.open"),
        (io, "open", "open"),
        (builtins, "open", "open"),
        (writing, "_exchange", "swap"),
    ]:
        setattr(module, attribute, _counted(name, getattr(module, attribute), kill_at))


if __name__ == "__main__":
    arm(int(sys.argv[1]))
    code = main(sys.argv[2:])
    print(f"filesystem changes: {_count}", file=sys.stderr)
    sys.exit(code)
