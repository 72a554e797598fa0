"""``python -m generator generate|check``: the command line.

Exit codes: 0 done, 1 ``check`` found stale files, 2 the spec has problems
(each printed as ``file:line: /json/pointer: message``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .pipeline import generate_files
from .problems import SpecError
from .writing import OutputError, differences, read_tree, write_tree

DEFAULT_SPECS = "spec/*.yaml"
DEFAULT_OUT = "generated"


def _spec_paths(given: list[str] | None) -> list[Path]:
    if given:
        return [Path(p) for p in given]
    return sorted(Path().glob(DEFAULT_SPECS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "render the SDK from the specs into the output directory"),
        ("check", "exit 1 if the output directory differs from what the specs generate"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--spec", action="append", metavar="FILE", help=f"a spec file (repeatable; default {DEFAULT_SPECS})")
        command.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help=f"output directory (default {DEFAULT_OUT}/)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    try:
        files = generate_files(_spec_paths(args.spec))
        if args.command == "generate":
            write_tree(files, out)
            print(f"generated {len(files)} files in {out}/")
            return 0
        with tempfile.TemporaryDirectory(prefix="generator-check-") as scratch:
            write_tree(files, Path(scratch) / "out")
            stale = differences(read_tree(Path(scratch) / "out"), out)
        if stale:
            print(f"{out}/ is stale; run `make generate`. Differing files:", file=sys.stderr)
            for path in stale:
                print(f"  {path}", file=sys.stderr)
            return 1
        print(f"{out}/ is up to date ({len(files)} files)")
        return 0
    except SpecError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} problem(s); nothing was written", file=sys.stderr)
        return 2
    except OutputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
