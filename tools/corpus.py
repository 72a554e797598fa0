"""`make corpus`: every published Twilio spec generated into one package, then checked.

1. generate all specs into a temp dir, printing the summary JSON (specs, resources,
   operations generated and skipped, each skip with its reason);
2. `black --check` on every generated Python file: the templates write black's layout
   themselves, and this proves it on the whole API;
3. `mypy --strict` on the package and its tests;
4. the generated unit tests of every resource;
5. the generated end-to-end life cycles against the fake over HTTP.

Every step must pass; the end-to-end failures, if any, are listed by resource. Each step
prints the command that runs it, whole, so a person can paste it to run one step again;
``--keep DIR`` (``make corpus KEEP=DIR``) generates into DIR and leaves it there for that.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from tools.sdk_checks import PYTHON, generate, mypy, run, tail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "specs", type=Path, help="the folder of specs, e.g. ../shared/twilio-oai/yaml"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="generate into DIR and keep it (default: a temp dir)",
    )
    args = parser.parse_args()
    specs = sorted(args.specs.glob("*.yaml"))
    if not specs:
        print(f"no specs in {args.specs}")
        return 2
    python = PYTHON
    with tempfile.TemporaryDirectory(prefix="twilio-sdk-corpus-") as scratch_name:
        scratch = Path(scratch_name)
        sdk = args.keep.resolve() if args.keep else scratch / "sdk"
        generated, counts = generate(
            specs, sdk, scratch / "corpus-summary.json", skip_unsupported=True, live=True
        )
        if counts is None:
            print(generated.stdout + (generated.stderr or ""))
            return 1
        print("corpus summary:", json.dumps(counts, indent=2))

        styled = run(
            [
                python,
                "-m",
                "black",
                "--check",
                "--quiet",
                "--line-length",
                "100",
                "--target-version",
                "py310",
                "src",
                "tests",
            ],
            sdk,
        )
        print(styled.stderr.strip() or "black: every generated file is already formatted")
        typed, _ = mypy(sdk, scratch / "mypy")
        print(tail(typed.stdout, 3))
        unit = run(
            [
                python,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests",
                "-k",
                "not test_life_cycle",
            ],
            sdk,
        )
        print(tail(unit.stdout))
        e2e_files = sorted(str(p.relative_to(sdk)) for p in (sdk / "tests").glob("test_e2e_*.py"))
        e2e = run(
            [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=no", "-rf", *e2e_files],
            sdk,
        )
        failed = sorted(set(re.findall(r"FAILED tests/(test_e2e_\w+)\.py", e2e.stdout)))
        print(tail(e2e.stdout, 1))
        if failed:
            print(
                f"end-to-end life cycles failing for {len(failed)} resources: {', '.join(failed)}"
            )
    if args.keep:
        print(f"the corpus SDK is kept in {sdk}")
    checks = (("black", styled), ("mypy", typed), ("unit tests", unit), ("end-to-end tests", e2e))
    problems = [name for name, done in checks if done.returncode != 0]
    if problems:
        print("corpus: failed:", ", ".join(problems))
        return 1
    print("corpus: generated, black-formatted, type-checked, unit-tested and run end to end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
