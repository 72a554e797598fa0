"""``sdkgen generate|check|diff`` (or ``python -m generator ...``): the command line.

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
from .diffing import diff_apis, to_json, to_markdown
from .pipeline import Summary, generate_files, load_and_build
from .problems import Problem, SpecError
from .writing import OutputError, differences, write_tree

SUPPORTED_PLATFORMS = ("linux", "darwin")


def _spec_paths(given: list[str] | None, config: ProjectConfig) -> list[Path]:
    if given:
        return [Path(p) for p in given]
    found = [_shown(path) for path in config.spec_paths()]
    if not found:
        where = config.source or "the default"
        raise SpecError([Problem(where, 0, "", f"no spec files match {', '.join(config.specs)} in {config.root}")])
    return found


def main(argv: list[str] | None = None) -> int:
    if not sys.platform.startswith(SUPPORTED_PLATFORMS):
        print(f"error: the generator runs on Linux and macOS, not {sys.platform}; "
              "the SDKs it generates run anywhere (see the README)", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(prog="sdkgen", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "render the SDK from the specs into the output directory"),
        ("check", "exit 1 if the output directory differs from what the specs generate"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--config", metavar="FILE", help="project config (default: [tool.sdkgen] of ./pyproject.toml)")
        command.add_argument("--spec", action="extend", nargs="+", metavar="FILE", help="spec files (default: the config's specs)")
        command.add_argument("--out", metavar="DIR", help="output directory (default: the config's out)")
        command.add_argument("--skip-unsupported", action="store_true",
                             help="leave out (and count) operations of shapes not supported yet, instead of failing")
        command.add_argument("--summary-json", metavar="FILE", help="write the counts of what was generated and skipped")
        command.add_argument("--no-cache", action="store_true", help="render and format everything, using no cache")
    verify = commands.add_parser("verify", help="run the generated SDK's own tests and mypy --strict on it")
    verify.add_argument("--config", metavar="FILE", help="project config (default: [tool.sdkgen] of ./pyproject.toml)")
    verify.add_argument("--out", metavar="DIR", help="the generated SDK (default: the config's out)")
    diff = commands.add_parser("diff", help="list the SDK-level changes between two specs; exit 1 if any breaks")
    diff.add_argument("specs", nargs="*", metavar="SPEC", help="OLD NEW, or with --base only NEW (default spec/*.yaml)")
    diff.add_argument("--base", metavar="GITREF", help="compare with the specs at this git commit")
    diff.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args(argv)
    if args.command == "diff":
        return _diff(args, parser)
    if args.command == "verify":
        return _verify(args)
    progress.enable()
    try:
        config = load_config(Path(args.config) if args.config else None)
        out = Path(args.out) if args.out else _shown(config.out)
        summary = Summary()
        files = generate_files(
            _spec_paths(args.spec, config), args.skip_unsupported, summary,
            use_cache=not args.no_cache, fill_cache=args.command == "generate",  # `check` writes nothing
            config=config,
        )
        counts = summary.as_dict()
        if args.summary_json:
            Path(args.summary_json).write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
        if args.command == "generate":
            changed = write_tree(files, out)
            progress.clear()
            print(f"generated {len(files)} files in {out}/ ({_count(len(changed), 'file')} changed): "
                  f"{counts['specs']} specs, {counts['resources']} resources, "
                  f"{counts['operations_generated']} operations generated, {counts['operations_skipped']} skipped")
            for skip in summary.skipped:
                print(f"  skipped {skip['operation']} ({skip['spec']}): {skip['reason']}")
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
        print(f"error: no generated SDK {config.package!r} in {_shown(out)}/; run `make generate`", file=sys.stderr)
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


def _diff(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        with tempfile.TemporaryDirectory(prefix="generator-diff-") as scratch:
            if args.base:
                new = [Path(p) for p in args.specs] or [_shown(p) for p in load_config().spec_paths()]
                old = _specs_at(args.base, new, Path(scratch))
            elif len(args.specs) == 2:
                old, new = [Path(args.specs[0])], [Path(args.specs[1])]
            else:
                parser.error("diff takes OLD NEW, or --base GITREF [NEW ...]")
            changes = diff_apis(load_and_build(old) if old else _empty(), load_and_build(new))
    except SpecError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as error:
        print(f"error: git failed: {error.stderr.strip()}", file=sys.stderr)
        return 2
    print(to_json(changes) if args.json else to_markdown(changes), end="")
    return 1 if any(change.breaking for change in changes) else 0


def _specs_at(ref: str, paths: list[Path], scratch: Path) -> list[Path]:
    """The given spec files as they were at a git commit (files that did not exist are left out)."""
    old = []
    for index, path in enumerate(paths):
        shown = subprocess.run(
            ["git", "show", f"{ref}:./{path.as_posix()}"], capture_output=True, text=True, check=False
        )
        if shown.returncode != 0:
            if "exists on disk, but not in" in shown.stderr or "does not exist in" in shown.stderr:
                continue  # a spec added since `ref`: everything in it is new
            raise subprocess.CalledProcessError(shown.returncode, shown.args, shown.stdout, shown.stderr)
        copy = scratch / f"{index}-{path.name}"
        copy.write_text(shown.stdout, encoding="utf-8")
        old.append(copy)
    return old


def _empty() -> Any:
    from .ir import Api

    return Api(package=ProjectConfig(root=Path()).package, domains=())
