"""`make history`: every past release of Twilio's specs generated strictly and checked.

Then the API diff between each release and the next.

The folder holds one `TAG.tar.xz` per release, each unpacking to `TAG/spec/yaml/*.yaml`. The
releases go in version order (1.9.0 before 1.10.0), and for each:

1. `generate` with no `--skip-unsupported`, with `--summary-json` for the counts;
2. every module of the package imported in a fresh interpreter;
3. `mypy --strict` on the package and its tests, with one cache for all the releases (most
   modules are the same from one release to the next, and mypy's cache knows them by content);
4. the generated unit tests, every one of them run and counted;
5. the generated end-to-end tests, on the oldest and the newest release that generate (all of
   them with `--e2e all`): each takes minutes and checks the fake more than the release.

A release that fails a step is reported with its first problem lines and the next one goes on.
Then `diff --json --old A --new B` for each consecutive pair: the counts of breaking and
non-breaking changes, and every breaking one. The exit status is 1 when any release failed any
step or a diff could not be worked out; a breaking change is a finding, not a failure.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import resource
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools import sdk_checks

STEPS = ("generate", "import", "mypy", "unit", "e2e")  # per release, timed
EVERY_STEP = (*STEPS, "diff")
ARCHIVE = ".tar.xz"


def version_key(tag: str) -> tuple[tuple[int, ...], str]:
    """Sort releases by their numbers, so 1.9.0 comes before 1.10.0; the tag breaks ties."""
    return tuple(int(n) for n in re.findall(r"\d+", tag)), tag


def releases(folder: Path) -> list[tuple[str, Path]]:
    """The (tag, archive) of every release in `folder`, oldest first."""
    found = [(p.name[: -len(ARCHIVE)], p) for p in folder.glob(f"*{ARCHIVE}")]
    return sorted(found, key=lambda item: version_key(item[0]))


def unpack(archive: Path, into: Path) -> list[Path]:
    """The release's spec files, unpacked under `into` (plain files only, nothing outside it)."""
    with tarfile.open(archive, "r:xz") as tar:
        tar.extractall(into, filter="data")
    specs = sorted(into.glob("*/spec/yaml/*.yaml"))
    return specs or sorted(into.rglob("*.yaml"))


@dataclass
class Outcome:
    """What the steps found on one release; None for a step that did not run."""

    tag: str
    specs: int
    counts: dict[str, Any] | None = None
    imported: bool | None = None
    mypy_errors: int | None = None
    unit: sdk_checks.PytestRun | None = None
    unit_files: tuple[int, int] | None = None  # (run, of all) unit test files
    e2e: sdk_checks.PytestRun | None = None
    problems: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall clock, by step
    cpu: dict[str, float] = field(default_factory=dict)  # the step's processes' CPU time

    @property
    def generated(self) -> bool:
        return self.counts is not None

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def row(self) -> list[str]:
        counts = self.counts or {}
        return [
            self.tag,
            str(self.specs),
            str(counts.get("resources", "-")),
            str(counts.get("operations_generated", "-")),
            str(counts.get("operations_skipped", "-")),
            "ok" if self.generated else "FAILED",
            _mark(self.imported),
            "-" if self.mypy_errors is None else _errors(self.mypy_errors),
            _tests(self.unit),
            "-" if self.unit_files is None else f"{self.unit_files[0]}/{self.unit_files[1]}",
            _tests(self.e2e),
        ]


ROW_HEADER = [
    "release",
    "specs",
    "resources",
    "operations",
    "skipped",
    "generate",
    "import",
    "mypy errors",
    "unit passed/failed",
    "unit files run",
    "e2e passed/failed",
]


def _mark(ok: bool | None) -> str:
    return "-" if ok is None else "ok" if ok else "FAILED"


def _errors(count: int) -> str:
    return "crashed" if count < 0 else str(count)


def _tests(run: sdk_checks.PytestRun | None) -> str:
    return "-" if run is None else f"{run.passed}/{run.failed}"


class Proven:
    """The unit test files that passed in an earlier release, by the content of everything they
    can run: the file itself, the tests' support files, the package's top-level modules and
    private folders (the runtime), and each top-level folder (a product) the file names. The
    generated modules of one product import no other product's (only the top-level client), so
    a file with the same key runs the same code and passes again: it is not run twice."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.keys: set[str] = set()

    def keys_of(self, sdk: Path, files: list[str]) -> dict[str, str]:
        packages = [p.parent for p in sorted((sdk / "src").glob("*/__init__.py"))]
        if not packages:
            return {}
        package = packages[0]
        common = hashlib.sha256()
        shared = [sdk / "pyproject.toml", *sorted((sdk / "tests").glob("*.py"))]
        shared = [p for p in shared if p.is_file() and not p.name.startswith("test_")]
        shared += [p for p in sorted(package.iterdir()) if p.is_file()]
        folders = [p for p in sorted(package.iterdir()) if p.is_dir()]
        for folder in folders:
            if folder.name.startswith("_"):
                shared += sorted(q for q in folder.rglob("*") if q.is_file())
        _digest(common, sdk, shared)
        products = {}
        for folder in folders:
            if not folder.name.startswith("_"):
                products[folder.name] = _digest(
                    hashlib.sha256(), sdk, sorted(q for q in folder.rglob("*.py"))
                ).hexdigest()
        named = re.compile(rf"\b{re.escape(package.name)}\.(\w+)")
        keys = {}
        for name in files:
            text = (sdk / name).read_text(encoding="utf-8")
            key = common.copy()
            key.update(text.encode())
            for product in sorted(set(named.findall(text)) & products.keys()):
                key.update(products[product].encode())
            keys[name] = key.hexdigest()
        return keys


def _digest(into: Any, root: Path, files: list[Path]) -> Any:
    for path in files:
        into.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return into


class Clock:
    """Times each step of one release into its outcome: the wall clock, and the CPU time of the
    processes it ran, which a busy machine does not inflate (on a machine of its own, with the
    two cores the tests' shards use, a step takes about its CPU time or half of it)."""

    def __init__(self, outcome: Outcome, step: str) -> None:
        self.outcome, self.step = outcome, step

    def __enter__(self) -> None:
        self.start, self.start_cpu = time.monotonic(), _children_cpu()

    def __exit__(self, *_: object) -> None:
        self.outcome.seconds[self.step] = time.monotonic() - self.start
        self.outcome.cpu[self.step] = _children_cpu() - self.start_cpu


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def check_release(
    tag: str,
    specs: list[Path],
    sdk: Path,
    scratch: Path,
    steps: set[str],
    proven: Proven,
    shards: int = 1,
) -> Outcome:
    """Generate one release strictly into `sdk` and run the steps named in `steps` but e2e."""
    print(f"\n== {tag}: {len(specs)} specs", flush=True)
    outcome = Outcome(tag, len(specs))
    with Clock(outcome, "generate"):
        done, outcome.counts = sdk_checks.generate(
            specs, sdk, scratch / f"{tag}-summary.json", skip_unsupported=False
        )
    if outcome.counts is None:
        outcome.problems.append(
            "generate: " + sdk_checks.head(done.stderr or done.stdout or "no output", 6)
        )
        print(outcome.problems[-1])
        return outcome
    print(done.stdout.strip().partition("\n")[0])
    if outcome.counts.get("operations_skipped"):
        outcome.problems.append(f"generate: {outcome.counts['operations_skipped']} skipped")
    if "import" in steps:
        with Clock(outcome, "import"):
            imported, _ = sdk_checks.import_all(sdk)
        outcome.imported = imported.returncode == 0
        print(sdk_checks.tail(imported.stdout, 1))
        if not outcome.imported:
            outcome.problems.append("import: " + sdk_checks.head(imported.stdout + imported.stderr))
    if "mypy" in steps:
        with Clock(outcome, "mypy"):
            typed, outcome.mypy_errors = sdk_checks.mypy(sdk, scratch / "mypy")
        print(sdk_checks.tail(typed.stdout, 1))
        if outcome.mypy_errors:
            outcome.problems.append("mypy: " + sdk_checks.head(typed.stdout + typed.stderr))
    if "unit" in steps:
        with Clock(outcome, "unit"):
            files = sdk_checks.generated_tests(sdk, e2e=False)
            keys = proven.keys_of(sdk, files) if proven.enabled else {}
            fresh = [f for f in files if keys.get(f) not in proven.keys]
            outcome.unit_files = (len(fresh), len(files))
            print(f"unit test files: {len(fresh)} of {len(files)} to run, the rest passed before")
            outcome.unit = _tests_of(outcome, sdk, scratch, fresh, "unit", shards)
            failing = outcome.unit.failing
            if not any(" " in test for test in failing):  # every failure is a named test
                # A file any failing test's name mentions is not proven (a prefix too: safe side).
                passed = [f for f in fresh if not any(_module(f) in test for test in failing)]
                proven.keys |= {keys[f] for f in passed if f in keys}
    return outcome


def _module(file: str) -> str:
    """tests/test_x.py as JUnit names its tests' class: tests.test_x."""
    return file[: -len(".py")].replace("/", ".")


def run_e2e(outcome: Outcome, sdk: Path, scratch: Path, shards: int = 1) -> None:
    with Clock(outcome, "e2e"):
        files = sdk_checks.generated_tests(sdk, e2e=True)
        outcome.e2e = _tests_of(outcome, sdk, scratch, files, "e2e", shards)


def _tests_of(
    outcome: Outcome, sdk: Path, scratch: Path, files: list[str], kind: str, shards: int
) -> sdk_checks.PytestRun:
    ran = sdk_checks.run_pytest(sdk, files, scratch / f"{outcome.tag}-{kind}.xml", shards)
    print(f"{kind} tests: {ran.passed} passed, {ran.failed} failed")
    if ran.failed:
        shown = "\n".join(f"  {test}" for test in ran.failing[:5])
        more = f"\n  ... {ran.failed - 5} more" if ran.failed > 5 else ""
        outcome.problems.append(f"{kind} tests: {ran.failed} failing:\n{shown}{more}")
    return ran


@dataclass(frozen=True)
class Diff:
    old: str
    new: str
    changes: int = 0
    breaking: tuple[str, ...] = ()
    problem: str = ""  # why no strict diff could be worked out
    lenient: bool = False  # worked out with --skip-unsupported after the strict one failed
    seconds: float = 0.0

    def row(self) -> list[str]:
        if self.problem and not self.lenient:
            return [f"{self.old} -> {self.new}", "-", "-", "-", "FAILED", f"{self.seconds:.0f}"]
        note = "with --skip-unsupported (strict diff FAILED)" if self.lenient else "ok"
        return [
            f"{self.old} -> {self.new}",
            str(self.changes),
            str(len(self.breaking)),
            str(self.changes - len(self.breaking)),
            note,
            f"{self.seconds:.0f}",
        ]


DIFF_HEADER = ["old -> new", "changes", "breaking", "non-breaking", "diff", "seconds"]


def diff_pair(old: tuple[str, list[Path]], new: tuple[str, list[Path]]) -> Diff:
    """The API diff from one release to the next; when the strict diff cannot be worked out,
    the one leaving out unsupported operations, marked as such."""
    print(f"\n== diff {old[0]} -> {new[0]}", flush=True)
    command = [sdk_checks.PYTHON, "-m", "generator", "diff", "--json"]
    sets = ["--old", *map(str, old[1]), "--new", *map(str, new[1])]
    shown = " ".join([*command[1:], "--old", f"{old[0]}/*.yaml", "--new", f"{new[0]}/*.yaml"])
    done = sdk_checks.run([*command, *sets], sdk_checks.ROOT, shown=f"python {shown}")
    if done.returncode in (0, 1):
        return _parsed(old[0], new[0], done)
    problem = sdk_checks.head(done.stderr or done.stdout or "no output", 6)
    print(problem)
    lenient = sdk_checks.run(
        [*command, "--skip-unsupported", *sets],
        sdk_checks.ROOT,
        shown=f"python {shown} --skip-unsupported",
    )
    if lenient.returncode in (0, 1):
        return _parsed(old[0], new[0], lenient, problem)
    return Diff(old[0], new[0], problem=problem)


def _parsed(old: str, new: str, done: subprocess.CompletedProcess[str], problem: str = "") -> Diff:
    document = json.loads(done.stdout)
    changes = document["changes"]
    breaking = tuple(f"{c['kind']} `{c['where']}`: {c['detail']}" for c in changes if c["breaking"])
    print(f"{len(changes)} changes, {len(breaking)} breaking")
    return Diff(old, new, len(changes), breaking, problem, lenient=bool(problem))


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table, its columns padded so it reads in a terminal too."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def report(outcomes: list[Outcome], diffs: list[Diff], e2e_on: list[str]) -> str:
    """The tables and lists `make history` ends with."""
    parts = ["## Releases", "", table(ROW_HEADER, [o.row() for o in outcomes]), ""]
    parts += [
        "Unit files run: a unit test file is run again only when it or anything it can run"
        " differs from a file that passed in an earlier release (--no-reuse runs them all).",
        "",
    ]
    if e2e_on:
        parts += [f"End-to-end tests ran on {', '.join(e2e_on)}; '-' where they did not.", ""]
    failed = [o for o in outcomes if o.failed]
    for outcome in failed:
        parts += [f"### {outcome.tag} failed", "", *outcome.problems, ""]
    seconds = [
        [o.tag]
        + [f"{o.seconds[s]:.0f} ({o.cpu[s]:.0f})" if s in o.seconds else "-" for s in STEPS]
        + [f"{sum(o.seconds.values()):.0f} ({sum(o.cpu.values()):.0f})"]
        for o in outcomes
    ]
    parts += ["## Seconds per step: wall clock (CPU)", ""]
    parts += [table(["release", *STEPS, "total"], seconds), ""]
    parts += ["## API diff between consecutive releases", ""]
    parts += [table(DIFF_HEADER, [d.row() for d in diffs]), ""]
    for diff in diffs:
        if diff.problem:
            parts += [f"### {diff.old} -> {diff.new}: the strict diff failed", "", diff.problem, ""]
        if diff.breaking:
            parts += [f"### {diff.old} -> {diff.new}: {len(diff.breaking)} breaking", ""]
            parts += [f"- {line}" for line in diff.breaking] + [""]
    return "\n".join(parts)


@dataclass
class Run:
    """What `history` found so far: the releases checked, the diffs, where e2e tests ran."""

    outcomes: list[Outcome] = field(default_factory=list)
    diffs: list[Diff] = field(default_factory=list)
    e2e_on: list[str] = field(default_factory=list)


def history(
    folder: Path,
    scratch: Path,
    steps: set[str],
    e2e_all: bool = False,
    reuse: bool = True,
    shards: int = 1,
    into: Run | None = None,
    unit_all: bool = True,
) -> Run:
    """Every release in `folder` through the steps, then the diffs, filling `into` as it goes
    (so an interrupted run can still report what it found)."""
    found = into if into is not None else Run()
    unpacked: list[tuple[str, list[Path]]] = []
    sdks: dict[str, Path] = {}
    proven = Proven(enabled=reuse)
    every = releases(folder)
    # `--unit ends`: the unit tests of the oldest and the newest release only (CI's budget)
    unit_on = {tag for tag, _ in (every if unit_all else every[:1] + every[-1:])}
    for tag, archive in every:
        specs = unpack(archive, scratch / "releases" / tag)
        unpacked.append((tag, specs))
        sdks[tag] = scratch / "sdk" / tag
        its_steps = steps if tag in unit_on else steps - {"unit"}
        found.outcomes.append(
            check_release(tag, specs, sdks[tag], scratch, its_steps, proven, shards)
        )
        _progress(found.outcomes[-1])
    generated = [o for o in found.outcomes if o.generated]
    # The oldest and the newest that generate (one release when only one does).
    ends = generated[:1] + generated[-1:] if len(generated) > 1 else generated
    if "e2e" in steps:
        for outcome in generated if e2e_all else ends:
            print(f"\n== {outcome.tag}: end-to-end tests", flush=True)
            found.e2e_on.append(outcome.tag)
            run_e2e(outcome, sdks[outcome.tag], scratch, shards)
            _progress(outcome)
    for old, new in zip(unpacked, unpacked[1:], strict=False) if "diff" in steps else ():
        start = time.monotonic()
        diff = diff_pair(old, new)
        found.diffs.append(dataclasses.replace(diff, seconds=time.monotonic() - start))
    return found


def _progress(outcome: Outcome) -> None:
    """The release's row and seconds as soon as they are known, for a log read while it runs."""
    times = ", ".join(f"{s} {outcome.seconds[s]:.0f} s" for s in STEPS if s in outcome.seconds)
    print(f"row: {' | '.join(outcome.row())}  ({times})", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", type=Path, help="the releases, e.g. ../shared/twilio-oai-history (TAG.tar.xz)"
    )
    parser.add_argument(
        "--e2e",
        choices=("ends", "all"),
        default="ends",
        help="end-to-end tests on the oldest and newest release that generate, or on all",
    )
    parser.add_argument(
        "--unit",
        choices=("ends", "all"),
        default="all",
        help="the generated unit tests of every release, or of the oldest and newest only",
    )
    parser.add_argument(
        "--skip",
        action="append",
        choices=EVERY_STEP[1:],
        default=[],
        metavar="STEP",
        help=f"leave out a step ({', '.join(EVERY_STEP[1:])}); repeat for more",
    )
    parser.add_argument(
        "--no-reuse",
        action="store_true",
        help="run every unit test file of every release, even one that passed unchanged before",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=2,
        metavar="N",
        help="pytest processes at once for a release's tests (default 2, one per core)",
    )
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="work in DIR and leave it (default: a temp dir)"
    )
    args = parser.parse_args(argv)
    if not releases(args.folder):
        print(f"no releases (*{ARCHIVE}) in {args.folder}")
        return 2
    steps = set(EVERY_STEP) - set(args.skip)
    started = time.monotonic()
    found, interrupted = Run(), False
    # CI's time limit (SIGTERM) or Ctrl-C: report what was found, as a failure.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with tempfile.TemporaryDirectory(prefix="twilio-sdk-history-") as temp:
        scratch = args.keep.resolve() if args.keep else Path(temp)
        scratch.mkdir(parents=True, exist_ok=True)
        try:
            history(
                args.folder,
                scratch,
                steps,
                args.e2e == "all",
                not args.no_reuse,
                max(1, args.jobs),
                into=found,
                unit_all=args.unit == "all",
            )
        except KeyboardInterrupt:
            interrupted = True
    outcomes, diffs = found.outcomes, found.diffs
    print("\n" + report(outcomes, diffs, found.e2e_on))
    if interrupted:
        print(f"history: INTERRUPTED after {time.monotonic() - started:.0f} s: the rest not run")
        return 1
    if args.skip:
        print(f"left out: {', '.join(args.skip)}")
    if args.unit == "ends":
        print("unit tests run on the oldest and the newest release only (--unit ends)")
    print(f"make history: {time.monotonic() - started:.0f} s")
    failed = [o.tag for o in outcomes if o.failed]
    no_diff = [f"{d.old} -> {d.new}" for d in diffs if d.problem]
    if failed or no_diff:
        print(
            "history: failed:",
            "; ".join([*(f"release {t}" for t in failed), *(f"strict diff {p}" for p in no_diff)]),
        )
        return 1
    print(f"history: {len(outcomes)} releases generated strictly and checked; every diff done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
