"""``sdkgen generate|check|verify|diff|changelog`` (or ``python -m generator ...``):
the command line.

Exit codes: 0 done, 1 ``check`` found stale files or ``diff`` found a
breaking change, 2 the spec or the config has problems (each printed as
``file:line: /json/pointer: message``) or the run could not be done.

Settings come from the project config (see :mod:`generator.config`);
``--spec`` and ``--out`` override it for one run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import __version__, progress
from .config import ProjectConfig, load_config
from .diffing import Change, diff_apis, to_json, to_markdown
from .pipeline import Summary, generate_files, load_and_build
from .problems import Problem, SpecError
from .spec_sets import SpecSet, SpecSetError, open_tree, patterns_at, specs_at
from .versioning import Proposal, changelog, propose
from .writing import OutputError, differences, write_tree

SUPPORTED_PLATFORMS = ("linux", "darwin")


def _spec_paths(given: list[str] | None, config: ProjectConfig) -> list[Path]:
    if given:
        return [Path(p) for p in given]
    found = [_shown(path) for path in config.spec_paths()]
    if not found:
        where = config.source or "the default"
        raise SpecError(
            [
                Problem(
                    where, 0, "", f"no spec files match {', '.join(config.specs)} in {config.root}"
                )
            ]
        )
    return found


def main(argv: list[str] | None = None) -> int:
    if not sys.platform.startswith(SUPPORTED_PLATFORMS):
        print(
            f"error: the generator runs on Linux and macOS, not {sys.platform}; "
            "the SDKs it generates run anywhere (see the README)",
            file=sys.stderr,
        )
        return 2
    parser = argparse.ArgumentParser(prog="sdkgen", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "render the SDK from the specs into the output directory"),
        ("check", "exit 1 if the output directory differs from what the specs generate"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument(
            "--config",
            metavar="FILE",
            help="project config (default: [tool.sdkgen] of ./pyproject.toml)",
        )
        command.add_argument(
            "--spec",
            action="extend",
            nargs="+",
            metavar="FILE",
            help="spec files (default: the config's specs)",
        )
        command.add_argument(
            "--out", metavar="DIR", help="output directory (default: the config's out)"
        )
        command.add_argument(
            "--skip-unsupported",
            action="store_true",
            help="leave out (and count) operations of shapes not supported yet, instead of failing",
        )
        command.add_argument(
            "--summary-json",
            metavar="FILE",
            help="write the counts of what was generated and skipped",
        )
        command.add_argument(
            "--no-cache", action="store_true", help="render and format everything, using no cache"
        )
    verify = commands.add_parser(
        "verify", help="run the generated SDK's own tests and mypy --strict on it"
    )
    verify.add_argument(
        "--config",
        metavar="FILE",
        help="project config (default: [tool.sdkgen] of ./pyproject.toml)",
    )
    verify.add_argument(
        "--out", metavar="DIR", help="the generated SDK (default: the config's out)"
    )
    diff = commands.add_parser(
        "diff",
        help=(
            "list the SDK-level changes between two spec sets, and the next version; "
            "exit 1 if any breaks"
        ),
    )
    _comparison_arguments(diff)
    diff.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    log = commands.add_parser(
        "changelog", help="a Markdown changelog entry of the changes, under the proposed version"
    )
    _comparison_arguments(log)
    log.add_argument(
        "--output", metavar="FILE", help="write the entry to FILE, replacing it (default: print it)"
    )
    log.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_date, help="put this date beside the version"
    )
    args = parser.parse_args(argv)
    if args.command == "diff":
        return _diff(args, parser)
    if args.command == "changelog":
        return _changelog(args, parser)
    if args.command == "verify":
        return _verify(args)
    progress.enable()
    try:
        config = load_config(Path(args.config) if args.config else None)
        out = Path(args.out) if args.out else _shown(config.out)
        summary = Summary()
        files = generate_files(
            _spec_paths(args.spec, config),
            args.skip_unsupported,
            summary,
            use_cache=not args.no_cache,
            fill_cache=args.command == "generate",  # `check` writes nothing
            config=config,
        )
        counts = summary.as_dict()
        if args.summary_json:
            try:
                Path(args.summary_json).write_text(
                    json.dumps(counts, indent=2) + "\n", encoding="utf-8"
                )
            except OSError as error:
                raise OutputError(
                    f"cannot write the summary {args.summary_json}: {error.strerror or error}"
                ) from error
        if args.command == "generate":
            changed = write_tree(files, out)
            progress.clear()
            print(
                f"generated {len(files)} files in {out}/ ({_count(len(changed), 'file')} changed): "
                f"{counts['specs']} specs, {counts['resources']} resources, "
                f"{counts['operations_generated']} operations generated, "
                f"{counts['operations_skipped']} skipped"
            )
            for skip in summary.skipped:
                print(f"  skipped {skip['operation']} ({skip['spec']}): {skip['reason']}")
            for merged in summary.merged:
                print(
                    f"  merged {merged['operation']} ({merged['spec']}): "
                    f"generated as {merged['kept']} describes it"
                )
            return 0
        stale = differences(files, out)
        progress.clear()
        if stale:
            print(f"{out}/ is stale; run `make generate`. Differing files:", file=sys.stderr)
            for path in stale:
                print(f"  {path}", file=sys.stderr)
            return 1
        print(f"{out}/ is up to date ({len(files)} files)")
        return 0
    except SpecError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        print(f"{len(error.lines)} problem(s); nothing was written", file=sys.stderr)
        return 2
    except OutputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _verify(args: argparse.Namespace) -> int:
    """The generated SDK's tests, then mypy --strict over its code and tests, in its own folder.
    Caches go to a temporary folder, so the SDK's tree is left exactly as generated."""
    try:
        config = load_config(Path(args.config) if args.config else None)
    except SpecError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else config.out
    if not (out / "src" / config.package).is_dir():
        print(
            f"error: no generated SDK {config.package!r} in {_shown(out)}/; run `make generate`",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="sdkgen-verify-") as scratch:
        steps = (
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", scratch, "src", "tests"],
        )
        for step in steps:
            print(f"$ (cd {_shown(out)} && python {' '.join(step[1:])})", flush=True)
            env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
            if subprocess.run(step, cwd=out, env=env, check=False).returncode != 0:
                return 1
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _shown(path: Path) -> Path:
    """`path` relative to the working directory when it is under it, as a person would type it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _comparison_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "specs",
        nargs="*",
        metavar="SPEC",
        help="OLD NEW, or with --base the specs now (default: the config's specs)",
    )
    command.add_argument(
        "--base",
        metavar="GITREF",
        help="compare with the whole spec set at this git commit (the config's spec patterns)",
    )
    command.add_argument("--old", nargs="+", metavar="SPEC", help="the old spec set (with --new)")
    command.add_argument("--new", nargs="+", metavar="SPEC", help="the new spec set (with --old)")
    command.add_argument(
        "--skip-unsupported",
        action="store_true",
        help="leave out operations of shapes not supported yet on both sides, instead of failing",
    )
    command.add_argument(
        "--config",
        metavar="FILE",
        help="project config (default: [tool.sdkgen] of ./pyproject.toml)",
    )


def _date(text: str) -> str:
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2024-05-31") from None


def _diff(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    compared = _compare(args, parser)
    if compared is None:
        return 2
    changes, version = compared
    print(to_json(changes, version) if args.json else to_markdown(changes, version), end="")
    return 1 if any(change.breaking for change in changes) else 0


def _changelog(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The changelog entry of the same diff as `diff`; exit 0 once written, breaking or not."""
    compared = _compare(args, parser)
    if compared is None:
        return 2
    changes, version = compared
    entry = changelog(changes, version, args.date)
    if not entry:
        print(
            f"no SDK-level changes: no release needed (the version stays {version.current})",
            file=sys.stderr,
        )
        return 0
    if args.output is None:
        print(entry, end="")
        return 0
    try:
        Path(args.output).write_text(entry, encoding="utf-8")
    except OSError as error:
        print(f"error: cannot write {args.output}: {error}", file=sys.stderr)
        return 2
    print(f"wrote the changelog entry for {version.proposed} to {args.output}", file=sys.stderr)
    return 0


def _compare(
    args: argparse.Namespace, parser: argparse.ArgumentParser
) -> tuple[list[Change], Proposal] | None:
    """The changes between the two spec sets the arguments name, and the version they call for;
    None (after saying why) when they cannot be worked out."""
    if args.base is not None and (args.old or args.new):
        parser.error("--base and --old/--new do not go together")
    if (args.old or args.new) and not (args.old and args.new and not args.specs):
        parser.error("--old and --new go together, with no other SPEC")
    if args.base is None and not args.old and len(args.specs) != 2:
        parser.error(
            f"{args.command} takes OLD NEW, --old SPEC... --new SPEC..., or --base GITREF [NEW ...]"
        )
    skip = bool(args.skip_unsupported)
    try:
        config = load_config(Path(args.config) if args.config else None)
        with tempfile.TemporaryDirectory(prefix="generator-diff-") as scratch:
            if args.base is not None:
                new, old = _sets_at_base(
                    args.base, [Path(p) for p in args.specs], config, Path(scratch)
                )
            elif args.old:
                new, old = [Path(p) for p in args.new], SpecSet([Path(p) for p in args.old], {})
            else:
                new, old = [Path(args.specs[1])], SpecSet([Path(args.specs[0])], {})
            try:
                before = load_and_build(old.paths, skip, config=config) if old.paths else _empty()
            except SpecError as error:
                raise old.relabel(error) from None
            after = load_and_build(new, skip, config=config) if new else _empty()
    except SpecError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return None
    except SpecSetError as error:
        print(f"error: {error}", file=sys.stderr)
        return None
    changes = diff_apis(before, after)
    # The version now: the config's, else the specs' highest info.version (as generation has
    # it); with every spec deleted, the one at the base.
    current = after.version if new else before.version
    return changes, propose(current, changes)


def _sets_at_base(
    ref: str, given: list[Path], config: ProjectConfig, scratch: Path
) -> tuple[list[Path], SpecSet]:
    """The spec set now and the spec set at `ref`: the SPEC files named, each with itself at
    `ref`; else every file the config's spec patterns (as they are now) match, now and at `ref`.
    When the config file at `ref` had other patterns, the files they matched there count too:
    moving the specs and their patterns in one commit hides no removal."""
    if given:
        first = given[0].resolve().parent
        tree = open_tree(ref, first if first.is_dir() else Path.cwd())
        return given, specs_at(
            tree, [str(p.resolve()) for p in given], Path.cwd(), scratch, literal=True
        )
    tree = open_tree(ref, config.root)
    new = [_shown(p) for p in config.spec_paths()]
    then = patterns_at(tree, Path(config.source)) if config.source else None
    extra = [
        pattern
        for pattern in then or ()
        if pattern not in config.specs and tree.holds(pattern, config.root)
    ]
    old = specs_at(tree, (*config.specs, *extra), config.root, scratch)
    where = f"{', '.join(config.specs)} in {config.root}"
    if not new and not old.paths:
        raise SpecSetError(f"no spec files match {where}, neither now nor at {ref}")
    if not new:
        print(
            f"warning: no spec files match {where} now: "
            f"every resource at {ref} is reported removed",
            file=sys.stderr,
        )
    if extra:
        print(
            f"note: the config's specs at {ref} also had {', '.join(extra)}: "
            "the files they matched there are in the spec set at the base too",
            file=sys.stderr,
        )
    return new, old


def _empty() -> Any:
    from .ir import Api

    return Api(package=ProjectConfig(root=Path()).package, domains=())
