"""A run killed at any point, or two runs at once, leave the output wholly old or wholly new;
and `check` writes nothing."""

from __future__ import annotations

import copy
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.pipeline import generate_files
from generator.writing import write_tree

from .helpers import CONFIG, GENERATED, ROOT, SPEC
from .test_cli import contents

STEP_KILLS = 24  # kill points spread over every filesystem change of a run
TIMED_KILLS = 6  # and some at random moments, wherever the run happens to be


def _changed_spec(voice_spec: dict[str, Any]) -> dict[str, Any]:
    """A spec whose output differs from the committed one in many files, and in which files
    exist."""
    spec = copy.deepcopy(voice_spec)
    spec["info"]["description"] = "A changed description, on every reference page."
    for path in [p for p in spec["paths"] if "/IpRecords" in p]:
        del spec["paths"][path]
    return spec


@pytest.fixture
def versions(
    tmp_path: Path, voice_spec: dict[str, Any], write_spec: Callable[..., Path]
) -> dict[str, Any]:
    new_spec = write_spec(_changed_spec(voice_spec), "new.yaml")
    new_tree = tmp_path / "expected-new"
    write_tree(generate_files([new_spec], use_cache=False), new_tree)
    old, new = contents(GENERATED), contents(new_tree)
    assert old != new and old.keys() != new.keys()
    return {"old": old, "new": new, "new_spec": new_spec}


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "TWILIO_SDK_GENERATOR_CACHE": str(tmp_path / "cache")}


def _reset(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))


def _generate(kill_at: int, spec: Path, out: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    command = [
        sys.executable,
        "-m",
        "tests.kill_points",
        str(kill_at),
        "generate",
        "--config",
        str(CONFIG),
        "--spec",
        str(spec),
        "--out",
        str(out),
    ]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def _finish(run: subprocess.Popen[str]) -> int:
    """The number of filesystem changes a finished run made."""
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 0, stderr
    return int(stderr.rsplit("filesystem changes: ", 1)[1])


def test_a_run_killed_at_any_point_leaves_the_old_tree_or_the_new_one(
    tmp_path: Path, versions: dict[str, Any]
) -> None:
    env, out, spec = _env(tmp_path), tmp_path / "work" / "generated", versions["new_spec"]
    _reset(out)
    started = time.monotonic()
    _finish(_generate(0, spec, out, env))  # this first run also fills the cache the others use
    duration = time.monotonic() - started
    _reset(out)
    total = _finish(_generate(0, spec, out, env))
    assert contents(out) == versions["new"]

    rng = random.Random(8)
    points: list[tuple[str, float]] = [
        ("step", 1 + round(i * (total - 1) / (STEP_KILLS - 1))) for i in range(STEP_KILLS)
    ]
    points += [("time", rng.uniform(0.0, duration)) for _ in range(TIMED_KILLS)]

    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for kind, where in points:
        _reset(out)
        if kind == "step":
            run = _generate(int(where), spec, out, env)
            run.communicate(timeout=120)
            assert run.returncode == -signal.SIGKILL, (where, run.returncode)
        else:
            run = _generate(0, spec, out, env)
            time.sleep(where)
            run.send_signal(signal.SIGKILL)
            run.communicate(timeout=120)
        found = contents(out)
        assert found in (
            versions["old"],
            versions["new"],
        ), f"mixed tree after a kill at {kind} {where}"
        outcomes["old" if found == versions["old"] else "new"] += 1
        # The next run finishes the job and clears what the killed one left beside the output.
        _finish(_generate(0, spec, out, env))
        assert contents(out) == versions["new"]
        assert _leftovers(out) == []
    assert outcomes["old"] and outcomes["new"]  # the kill points fell on both sides of the swap
    print(f"{len(points)} kill points ({total} filesystem changes in a run): {outcomes}")


def test_concurrent_runs_take_turns_and_leave_one_whole_tree(
    tmp_path: Path, versions: dict[str, Any]
) -> None:
    env, out = _env(tmp_path), tmp_path / "work" / "generated"
    for round_number in range(3):
        _reset(out)
        runs = [
            _generate(0, spec, out, env)
            for spec in (versions["new_spec"], SPEC, versions["new_spec"], SPEC)
        ]
        for run in runs:
            _, stderr = run.communicate(timeout=120)
            assert run.returncode == 0, stderr
        assert contents(out) in (versions["old"], versions["new"]), round_number
        assert _leftovers(out) == []


@pytest.mark.parametrize("state", ["current", "stale"])
@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_check_writes_nothing(
    tmp_path: Path, versions: dict[str, Any], state: str, cache: str
) -> None:
    """`check` opens no file for writing, makes or removes nothing, anywhere, even with no cache
    filled yet."""
    from .test_cli import snapshot

    env, out = _env(tmp_path), tmp_path / "project" / "generated"
    _reset(out)
    spec = SPEC if state == "current" else versions["new_spec"]
    if cache == "warm":
        _finish(_generate(0, spec, tmp_path / "elsewhere", env))
    before = snapshot(out.parent)
    run = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.kill_points",
            "0",
            "check",
            "--config",
            str(CONFIG),
            "--spec",
            str(spec),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == (0 if state == "current" else 1), stderr
    assert "filesystem changes: 0" in stderr
    assert snapshot(out.parent) == before


def test_what_git_ignores_in_the_output_is_kept_and_so_is_its_mode(
    tmp_path: Path, versions: dict[str, Any]
) -> None:
    """A venv kept in the output (git ignores it, `check` leaves it alone) was deleted by the
    next run that changed a file, and every new tree was mode 0700 (mkdtemp's)."""
    project = tmp_path / "project"
    project.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    (project / ".gitignore").write_text("out/.venv/\nbuilt.whl\n", encoding="utf-8")
    out = project / "out"
    old, new = generate_files([SPEC]), generate_files([versions["new_spec"]])
    old_umask = os.umask(0o022)
    try:
        write_tree(old, out)
        assert out.stat().st_mode & 0o777 == 0o755
        (out / ".venv" / "bin").mkdir(parents=True)
        (out / ".venv" / "bin" / "python").write_text("kept", encoding="utf-8")
        (out / ".venv" / "lib64").symlink_to("lib")
        (out / "docs" / "built.whl").write_text("wheel", encoding="utf-8")
        os.chmod(out, 0o750)
        write_tree(new, out)
    finally:
        os.umask(old_umask)
    assert (out / ".venv" / "bin" / "python").read_text(encoding="utf-8") == "kept"
    assert os.readlink(out / ".venv" / "lib64") == "lib"
    assert (out / "docs" / "built.whl").read_text(encoding="utf-8") == "wheel"
    assert out.stat().st_mode & 0o777 == 0o750
    kept = {".venv/bin/python", "docs/built.whl"}
    assert {p: d for p, d in contents(out).items() if p not in kept} == versions["new"]
