"""``make sdk-dist``: the generated SDK's wheel and sdist, checked and tried in a fresh venv.

1. The config's output folder is copied to a scratch folder and built there
   (``python -m build``, no isolation: the pinned setuptools of this venv), so
   no ``build/`` or ``*.egg-info`` is ever left in ``generated/``.
2. ``twine check`` reads both archives' metadata as PyPI would.
3. A fresh venv installs the wheel (and httpx, its one dependency, from the
   package index) and imports the package, printing its version.

The archives land in ``dist/`` (or ``DIST=...``); nothing is uploaded.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import load_config  # noqa: E402


def run(command: list[str], cwd: Path | None = None) -> None:
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=cwd, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config", type=Path, help="project config (default: [tool.sdkgen] of ./pyproject.toml)"
    )
    parser.add_argument(
        "--dist", type=Path, default=Path("dist"), help="where the archives go (default dist/)"
    )
    args = parser.parse_args()
    config = load_config(args.config)
    dist = args.dist.resolve()
    if dist.exists():
        shutil.rmtree(dist)
    with tempfile.TemporaryDirectory(prefix="sdk-dist-") as scratch:
        tree = Path(scratch) / "sdk"
        shutil.copytree(
            config.out,
            tree,
            ignore=shutil.ignore_patterns(
                "__pycache__", "*.egg-info", "build", ".generated-manifest"
            ),
        )
        run(
            [
                sys.executable,
                "-m",
                "build",
                "--no-isolation",
                "--sdist",
                "--wheel",
                "--outdir",
                str(dist),
                str(tree),
            ]
        )
        archives = sorted(dist.iterdir())
        run([sys.executable, "-m", "twine", "check", "--strict", *map(str, archives)])
        fresh = Path(scratch) / "venv"
        venv.create(fresh, with_pip=True)
        python = fresh / "bin" / "python"
        [wheel] = [a for a in archives if a.suffix == ".whl"]
        run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                str(wheel),
            ]
        )
        probe = (
            f"import {config.package}; print({config.package}.__name__, "
            f"{config.package}.__version__, {config.package}.Client.__name__); "
            f"from {config.package}.testing import FakeTwilio; FakeTwilio()"
        )
        run([str(python), "-c", probe], cwd=Path(scratch))
    print("built: " + ", ".join(a.name for a in archives))
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except subprocess.CalledProcessError as error:
        print(f"sdk-dist failed: {' '.join(error.cmd)} exited {error.returncode}", file=sys.stderr)
        raise SystemExit(1) from None
