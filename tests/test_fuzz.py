"""Fuzzing: random valid specs (see `spec_strategies`) either generate an SDK that parses, is
black-stable, imports and passes its own tests in-process, or are refused with located
problems. `make test` runs a few examples; `make fuzz` runs many (``FUZZ_EXAMPLES``).
Every spec that once failed is kept in ``tests/fuzz_regressions/`` and checked on every run."""

from __future__ import annotations

import ast
import collections
import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from generator.formatting import black_mode
from generator.pipeline import generate_files
from generator.problems import SpecError
from generator.writing import write_tree

from .helpers import GENERATED
from .spec_strategies import specs

REGRESSIONS = Path(__file__).parent / "fuzz_regressions"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5"))
RANDOM = (
    "FUZZ_EXAMPLES" in os.environ
)  # `make fuzz` explores; `make test` replays the same few examples
outcomes: collections.Counter[str] = collections.Counter()


def _is_generated(module: str) -> bool:
    return module.split(".")[0] in (
        "twilio_sdk",
        "twilio_sdk_test_support",
        "conftest",
    ) or module.startswith("test_")


@contextlib.contextmanager
def _own_imports() -> Iterator[None]:
    """Run with no generated package imported, and put those imports and the path back afterwards:
    each fuzzed SDK is a `twilio_sdk` of its own, beside the one this test session imported.
    Other modules stay: a second copy of asyncio's helpers would not share their state."""
    saved = {name: module for name, module in sys.modules.items() if _is_generated(name)}
    saved_path = list(sys.path)
    for name in saved:
        del sys.modules[name]
    try:
        yield
    finally:
        for name in [name for name in sys.modules if _is_generated(name)]:
            del sys.modules[name]
        sys.modules.update(saved)
        sys.path[:] = saved_path


def check_spec(spec_text: str, root: Path) -> str:
    """Generate from one spec and check everything about the result; "generated" or "refused"."""
    import black

    path = root / "spec.yaml"
    path.write_text(spec_text, encoding="utf-8")
    try:
        files = generate_files([path], use_cache=False)
    except SpecError as error:
        assert error.problems
        for problem in error.problems:  # located: file, line and JSON pointer
            assert (
                problem.file == str(path) and problem.line > 0 and problem.pointer.startswith("/")
            ), problem
            assert len(problem.message) <= 400, problem  # a sentence, not a dump of the spec
        return "refused"
    for name, text in files.items():
        if name.endswith(".py"):
            ast.parse(text, filename=name)
            if _committed(name) == text:
                # the runtime and the fake's engine:
                # `test_layout` holds the committed files to black
                continue
            assert black.format_str(text, mode=black_mode()) == text, f"{name} is not black-stable"
    out = root / "out"
    write_tree(files, out)
    with _own_imports():
        code = pytest.main(
            [
                str(out / "tests"),
                "-qq",
                "-x",
                "-p",
                "no:cacheprovider",
                "-c",
                str(out / "pyproject.toml"),
                "--rootdir",
                str(out),
            ]
        )
    assert code == pytest.ExitCode.OK, f"the generated tests failed (exit {code})"
    return "generated"


def _committed(name: str) -> str | None:
    path = GENERATED / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _dump(spec: dict[str, Any]) -> str:
    return yaml.safe_dump(spec, allow_unicode=True, sort_keys=False)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    print_blob=True,
    derandomize=not RANDOM,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
@given(spec=specs())
def test_random_specs_generate_working_sdks_or_located_errors(spec: dict[str, Any]) -> None:
    text = _dump(spec)
    with tempfile.TemporaryDirectory(prefix="fuzz-") as scratch:
        try:
            outcomes[check_spec(text, Path(scratch))] += 1
        except BaseException:
            # Kept for a regression case: copy it into tests/fuzz_regressions/ once it is
            # understood.
            (Path(tempfile.gettempdir()) / "fuzz-failure.yaml").write_text(text, encoding="utf-8")
            raise
    if sum(outcomes.values()) % 25 == 0 or sum(outcomes.values()) == EXAMPLES:
        print(f"\nfuzz examples so far: {dict(outcomes)}")


@pytest.mark.parametrize("case", sorted(REGRESSIONS.glob("*.yaml")), ids=lambda p: p.stem)
def test_specs_that_once_failed(case: Path, tmp_path: Path) -> None:
    expected = yaml.safe_load(case.read_text(encoding="utf-8").split("\n", 1)[0].lstrip("# ")) or {}
    assert check_spec(case.read_text(encoding="utf-8"), tmp_path) == expected.get(
        "outcome", "generated"
    )
