"""`sdkgen verify`: the generated SDK passes its own tests and mypy --strict, in its own folder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
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


def test_mypy_checks_the_sdk_through_its_generated_tests(tmp_path: Path) -> None:
    """The generated tests call the SDK as a user does
    (``c.voice.v1.connection_policies(...).targets.create(...)``), through both clients, so an
    argument of the wrong type in one is a type error.
    """
    out = tmp_path / "sdk"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    test = out / "tests" / "test_voice_v1_connection_policy_target.py"
    text = test.read_text(encoding="utf-8")
    assert "lambda c: c.voice.v1.connection_policies(" in text and "walk(" not in text
    test.write_text(
        text.replace('target="sip:sip-box.com:1234"', "target=1234", 1), encoding="utf-8"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "src",
            str(test),
        ],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout[-3000:]
    wrong = re.findall(
        r'test_voice_v1_connection_policy_target.py:\d+: error: Argument "target"( to "create" of '
        r'"ConnectionPolicyTargetList")? has incompatible type "int"; expected "str"',
        result.stdout,
    )
    assert sorted(wrong) == ["", ' to "create" of "ConnectionPolicyTargetList"'], result.stdout[
        -3000:
    ]  # async, sync
