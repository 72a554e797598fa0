"""The steps `make corpus` and `make history` both run on a generated SDK, one function each.

Each step prints the command that runs it, whole, so a person can paste it to run it again, and
answers with what it found rather than raising: the tools decide what fails.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# The life cycles against the fake over HTTP; every other generated test file is a unit test.
E2E_GLOB = "test_e2e_*.py"


def run(
    command: list[str],
    cwd: Path,
    shown: str | None = None,
    live: bool = False,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `command` in `cwd`, first printing it as one line to paste (`shown` spells a long one).
    With `live`, stderr goes straight to a terminal, so the generator's progress line shows there.
    """
    print(f"$ (cd {shlex.quote(str(cwd))} && {shown or shlex.join(command)})", flush=True)
    stderr = None if live and sys.stderr.isatty() else subprocess.PIPE
    return subprocess.run(
        command, cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=stderr, check=False, env=env
    )


def tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def head(text: str, lines: int = 5) -> str:
    """The first `lines` lines of `text`, then its last line (a count, a verdict) when cut."""
    every = text.strip().splitlines()
    if len(every) <= lines + 1:
        return "\n".join(every)
    return "\n".join([*every[:lines], f"... ({len(every) - lines - 1} more lines)", every[-1]])


def generate(
    specs: list[Path], out: Path, summary: Path, skip_unsupported: bool, live: bool = False
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any] | None]:
    """`generate` of `specs` into `out`, and the summary JSON it wrote (None when it failed)."""
    options = [
        *(["--skip-unsupported"] if skip_unsupported else []),
        "--out",
        str(out),
        "--summary-json",
        str(summary),
    ]
    command = [PYTHON, "-m", "generator", "generate", *options, "--spec"]
    folders = sorted({shlex.quote(str(p.resolve().parent)) for p in specs})
    shown = shlex.join(command) + " " + " ".join(f"{folder}/*.yaml" for folder in folders)
    done = run([*command, *map(str, specs)], ROOT, shown=shown, live=live)
    if done.returncode != 0 or not summary.is_file():
        return done, None
    counts: dict[str, Any] = json.loads(summary.read_text(encoding="utf-8"))
    return done, counts


def mypy(sdk: Path, cache: Path) -> tuple[subprocess.CompletedProcess[str], int]:
    """`mypy --strict` on the package and its tests, and how many errors it found (-1: it could
    not check). mypy's cache is content-hashed, so one `cache` serves SDKs that share modules."""
    done = run([PYTHON, "-m", "mypy", "--strict", "--cache-dir", str(cache), "src", "tests"], sdk)
    if done.returncode == 0:
        return done, 0
    found = re.search(r"^Found (\d+) errors?", done.stdout, re.MULTILINE)
    return done, int(found.group(1)) if found else -1


def generated_tests(sdk: Path, e2e: bool) -> list[str]:
    """The generated test files, relative to `sdk`: the end-to-end ones or the unit ones."""
    every = sorted((sdk / "tests").glob("test_*.py"))
    return [str(p.relative_to(sdk)) for p in every if p.match(E2E_GLOB) == e2e]


@dataclass(frozen=True)
class PytestRun:
    done: subprocess.CompletedProcess[str]
    passed: int
    failed: int  # failures and errors, collection errors among them
    failing: tuple[str, ...]  # the failing tests' ids


def run_pytest(sdk: Path, files: list[str], report: Path, shards: int = 1) -> PytestRun:
    """The generated tests in `files`, counted from pytest's JUnit reports (`report` with the
    shard's number in its name); every test runs (no stopping at the first failure) so the
    counts are whole. `shards` pytest processes run at once, each on every shards-th file."""
    parts = [files[i::shards] for i in range(shards)] if files else []
    parts = [part for part in parts if part]
    reports = [report.with_name(f"{report.stem}-{i}.xml") for i in range(len(parts))]
    started = []
    for part, junit in zip(parts, reports, strict=True):
        command = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=short"]
        command += ["--junitxml", str(junit), *part]
        shown = shlex.join(command[: -len(part)]) + f" <{len(part)} test files>"
        print(f"$ (cd {shlex.quote(str(sdk))} && {shown})", flush=True)
        started.append(
            subprocess.Popen(
                command,
                cwd=sdk,
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=_no_bytecode(),
            )
        )
    try:
        outputs = [process.communicate()[0] for process in started]
    finally:  # interrupted: no shard goes on running on its own
        for process in started:
            if process.poll() is None:
                process.kill()
                process.wait()
    output = "\n".join(outputs)
    passed, failing = 0, []
    for process, junit, out in zip(started, reports, outputs, strict=True):
        if not junit.is_file():
            failing.append(f"pytest wrote no report: {tail(out, 3)}")
            continue
        for case in ElementTree.parse(junit).iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                failing.append(f"{case.get('classname', '')}::{case.get('name', '')}")
            elif case.find("skipped") is None:
                passed += 1
        if process.returncode not in (0, 1, 5) and not failing:  # interrupted or unusable
            failing.append(f"pytest exited with {process.returncode}: {tail(out, 3)}")
    done = subprocess.CompletedProcess(["pytest"], 1 if failing else 0, output, "")
    return PytestRun(done, passed, len(failing), tuple(failing))


# Imports each module of the package named on the command line, and prints
# `imported N` then one line per module that failed.
_IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [sys.argv[1]] + [m.name for m in pkgutil.walk_packages(package.__path__, sys.argv[1] + ".")]
failed = 0
for name in names:
    try:
        importlib.import_module(name)
    except Exception as error:
        failed += 1
        print(f"cannot import {name}: {type(error).__name__}: {error}")
print(f"imported {len(names) - failed} of {len(names)} modules")
sys.exit(1 if failed else 0)
"""


def import_all(sdk: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    """Import every module of the SDK's package in a fresh interpreter; the package's name too."""
    packages = [p.parent.name for p in sorted((sdk / "src").glob("*/__init__.py"))]
    name = packages[0] if packages else "twilio_sdk"
    done = run(
        [PYTHON, "-c", _IMPORT_ALL, name],
        sdk,
        shown=f"PYTHONPATH=src {shlex.quote(PYTHON)} -c '<import every module>' {name}",
        env={**_no_bytecode(), "PYTHONPATH": str(sdk / "src")},
    )
    return done, name


def _no_bytecode() -> dict[str, str]:
    """The environment with no __pycache__ written into the generated tree."""
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
