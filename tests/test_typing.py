"""The generated SDK and its tests are fully typed: mypy --strict passes on them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .helpers import GENERATED


def test_generated_code_passes_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "src", "tests"],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
