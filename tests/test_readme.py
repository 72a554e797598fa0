"""The README's Python examples are part of the tests: each passes mypy --strict against the
fixture SDK, and the fake-server example runs under pytest."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import GENERATED, ROOT

BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL | re.MULTILINE)
SDK_BLOCKS = [block for block in BLOCKS if "from twilio_sdk" in block]


def test_the_readme_has_the_examples_it_is_read_for() -> None:
    assert len(SDK_BLOCKS) >= 2 and any("FakeTwilio" in block for block in SDK_BLOCKS)


@pytest.mark.parametrize("index", range(len(SDK_BLOCKS)))
def test_each_example_passes_mypy_strict(index: int, tmp_path: Path) -> None:
    example = tmp_path / f"example_{index}.py"
    example.write_text(SDK_BLOCKS[index], encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(example)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "MYPYPATH": str(GENERATED / "src")},
    )
    assert result.returncode == 0, result.stdout


def test_the_fake_server_example_runs(tmp_path: Path) -> None:
    [example] = [block for block in SDK_BLOCKS if "FakeTwilio" in block]
    (tmp_path / "test_example.py").write_text(example, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_example.py")],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(GENERATED / "src")},
    )
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout[-3000:]

