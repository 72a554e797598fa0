"""Paths and helpers shared by the generator's own tests.

The tests never read ``spec/`` or ``generated/``: those belong to the maintainer and may hold
any valid spec. They run on fixtures under ``tests/fixtures`` instead, and on the SDK generated
from the Voice fixture once per session (``FIXTURE_SDK``, see ``conftest.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SPEC = FIXTURES / "voice_v1.yaml"
CONFIG = FIXTURES / "sdk.toml"
# Where the session's fixture SDK is written; one folder per test session.
GENERATED = (
    Path(os.environ.get("SDK_FIXTURE_DIR") or tempfile.mkdtemp(prefix="sdk-fixture-")) / "sdk"
)


def run_generator(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_python(
    *args: str,
    importable: tuple[Path, ...],
    cwd: Path = ROOT,
    timeout: float = 300,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python args...`` in its own process, with `importable` (a generated SDK's ``src``, the
    project root) first on PYTHONPATH: one SDK per process, so none shadows the fixture's."""
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in importable)},
    )


def fixture_args(out: Path = GENERATED) -> tuple[str, ...]:
    """The arguments that make `generate` or `check` work on the fixture SDK at `out`."""
    return ("--config", str(CONFIG), "--out", str(out))
