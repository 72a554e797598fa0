"""`sdkgen verify`: the generated SDK passes its own tests and mypy --strict, in its own folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .helpers import CONFIG, GENERATED, run_generator


def test_the_fixture_sdk_passes_its_own_tests_and_mypy_strict() -> None:
    result = run_generator("verify", "--config", str(CONFIG), "--out", str(GENERATED))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    passed = re.search(r"(\d+) passed", result.stdout)
    assert passed is not None and int(passed.group(1)) > 300, result.stdout[-2000:]
    assert "Success: no issues found" in result.stdout


def test_verify_fails_on_a_failing_generated_test(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    (out / "tests" / "test_broken.py").write_text("def test_broken() -> None:\n    assert 1 == 2\n")
    result = run_generator("verify", "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 1
    assert "1 failed" in result.stdout
