"""``make lint``: ruff and ``mypy --strict`` over the hand-written code.

ruff checks the generator, the runtime and fake templates, the tools, the benchmarks
and the tests (its rules are in ``[tool.ruff]`` of pyproject.toml). mypy checks the
same folders; the runtime and the fake are checked where they run, as modules of an
SDK: the fixture SDK the tests are written against (``tests/fixtures/sdk.toml``) is
generated into a scratch folder first, so the tests' uses of ``twilio_sdk`` are
checked against the real signatures, and never against what ``spec/`` holds today.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import load_config  # noqa: E402
from generator.pipeline import generate_files  # noqa: E402
from generator.writing import write_tree  # noqa: E402

LINTED = ["generator", "templates/runtime", "templates/testing", "tools", "bench", "tests"]
TYPED = ["generator", "tools", "bench", "tests"]


def main() -> int:
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", *LINTED], cwd=ROOT, check=False
    )
    with tempfile.TemporaryDirectory(prefix="sdkgen-lint-") as scratch:
        config = load_config(ROOT / "tests" / "fixtures" / "sdk.toml")
        sdk = Path(scratch) / "sdk"
        write_tree(generate_files(config.spec_paths(), config=config), sdk)
        env = {**os.environ, "MYPYPATH": os.pathsep.join([str(sdk / "src"), str(sdk / "tests")])}
        mypy = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", *TYPED],
            cwd=ROOT,
            env=env,
            check=False,
        )
    return 1 if ruff.returncode or mypy.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
