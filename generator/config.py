"""The project config: what the generated SDK is called, where it comes from and where it goes.

It is the ``[tool.sdkgen]`` table of the project's ``pyproject.toml``, or the top level of any
other TOML file passed with ``--config``. Every key is optional::

    [tool.sdkgen]
    package = "twilio_sdk"        # the import name
    distribution = "twilio-sdk"   # the name on PyPI; default: the package with - for _
    version = "1.2.0"             # default: the highest info.version of the specs
    out = "generated"             # relative paths are relative to the config file
    specs = ["spec/*.yaml"]       # files or glob patterns
    templates = "templates-local" # an overlay: a file here replaces the template of that name

A bad value is a problem located at its line, reported with every other one.
"""

from __future__ import annotations

import hashlib
import keyword
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from packaging.version import InvalidVersion, Version

from .problems import Problem, SpecError

TABLE = "sdkgen"
DEFAULT_PACKAGE = "twilio_sdk"
DEFAULT_OUT = "generated"
DEFAULT_SPECS = ("spec/*.yaml",)
# A distribution name as PyPI and the packaging specs accept it.
_DISTRIBUTION = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")
# A package is one plain ASCII identifier: it names a folder and every generated import.
_PACKAGE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
# Names a package must not take: the generator's and the project's folders, and modules the SDK,
# its tests and its checks import (a package ``json`` or ``httpx`` shadows the real one).
_TAKEN_PACKAGES = frozenset(
    {"generator", "tests", "test", "conftest", "httpx", "httpcore", "h11", "anyio", "sniffio"}
    | {"certifi", "idna", "pytest", "_pytest", "pluggy", "mypy"}
    | sys.stdlib_module_names
)
# The overlay's folders the renderer reads (see `rendering`): only their files change the output.
OVERLAY_FOLDERS = ("sdk", "runtime", "testing")


@dataclass(frozen=True)
class ProjectConfig:
    """The settings of one generated SDK, with every path made absolute."""

    root: Path  # the folder relative paths hang off
    package: str = DEFAULT_PACKAGE
    distribution: str = ""
    version: str | None = None  # None: from the specs' info.version
    out: Path = field(default=Path(DEFAULT_OUT))
    specs: tuple[str, ...] = DEFAULT_SPECS
    templates: Path | None = None
    source: str = ""  # the file the settings came from, if any

    @property
    def distribution_name(self) -> str:
        return self.distribution or self.package.replace("_", "-")

    def spec_paths(self) -> list[Path]:
        """Every spec file the config names, sorted, each once."""
        found: set[Path] = set()
        for pattern in self.specs:
            if any(char in pattern for char in "*?["):
                found.update(p for p in _glob(self.root, pattern) if p.is_file())
            else:
                found.add(self.root / pattern)
        return sorted(found)

    def options(self) -> dict[str, Any]:
        """What of the config changes the generated files (for the run cache's key)."""
        overlay_files: dict[str, str] = {}
        if self.templates is not None:
            for folder in OVERLAY_FOLDERS:
                for path in sorted((self.templates / folder).glob("*")):
                    if path.is_file():
                        overlay_files[str(path.relative_to(self.templates))] = _digest(path)
        return {
            "package": self.package,
            "distribution": self.distribution_name,
            "version": self.version,
            "templates": overlay_files,
        }


def load_config(path: Path | None = None, *, root: Path | None = None) -> ProjectConfig:
    """The config in `path`; without one, ``[tool.sdkgen]`` of ``pyproject.toml`` in `root` (the
    working directory by default), or the defaults when it has none. Raise SpecError on a bad one.
    """
    if path is None:
        base = (root or Path()).resolve()
        candidate = base / "pyproject.toml"
        if not candidate.is_file():
            return ProjectConfig(root=base, out=base / DEFAULT_OUT)
        path = candidate
    path = path.resolve()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError([Problem(str(path), 0, "", f"cannot read the config: {error}")]) from error
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        at = re.search(r"at line (\d+)", str(error))  # TOMLDecodeError has no lineno before 3.14
        line = int(at.group(1)) if at else 0
        raise SpecError([Problem(str(path), line, "", f"not valid TOML: {error}")]) from error
    prefix: tuple[str, ...] = ("tool", TABLE) if path.name == "pyproject.toml" else ()
    return _parse(settings_of(document, path.name), path, text, prefix)


def settings_of(document: dict[str, Any], file_name: str) -> Any:
    """The settings in a config file's document: ``[tool.sdkgen]`` of a ``pyproject.toml`` (an
    empty table when it has none), else the whole document. Not a dict where ``tool`` or the
    table is something else."""
    if file_name != "pyproject.toml":
        return document
    tool = document.get("tool", {})
    return tool.get(TABLE, {}) if isinstance(tool, dict) else tool


def _glob(root: Path, pattern: str) -> Iterable[Path]:
    """The paths `pattern` matches: relative to `root`, or from its anchor when absolute
    (``Path.glob`` takes relative patterns only)."""
    given = Path(pattern)
    if given.is_absolute():
        return Path(given.anchor).glob(str(given.relative_to(given.anchor)))
    return root.glob(pattern)


def _digest(path: Path) -> str:
    """What stands for a file of the overlay in the run cache's key (any bytes, read once)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        return f"unreadable: {error.strerror}"


def _parse(table: Any, path: Path, text: str, prefix: tuple[str, ...]) -> ProjectConfig:
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        pointer = "/" + "/".join((*prefix, key))
        problems.append(Problem(str(path), _line_of(text, key), pointer, message))

    def text_value(key: str) -> str | None:
        value = table.get(key)
        if value is not None and not (isinstance(value, str) and value and "\0" not in value):
            problem(key, f"must be a non-empty string without NUL, not {value!r}")
            return None
        return value

    if not isinstance(table, dict):
        raise SpecError([Problem(str(path), 0, "/" + "/".join(prefix), "must be a table")])
    for key in sorted(
        set(table) - {"package", "distribution", "version", "out", "specs", "templates"}
    ):
        problem(key, "is not a setting: package, distribution, version, out, specs or templates")
    root = path.parent
    package = text_value("package") or DEFAULT_PACKAGE
    if not _PACKAGE.fullmatch(package) or keyword.iskeyword(package):
        problem("package", f"{package!r} is not a plain ASCII Python identifier free for a package")
    elif package in _TAKEN_PACKAGES:
        problem(
            "package",
            f"{package!r} is a module the SDK, its tests or the project imports (the standard "
            "library's, a dependency's or the project's own): the SDK's would shadow it",
        )
    distribution = text_value("distribution") or ""
    if distribution and not _DISTRIBUTION.fullmatch(distribution):
        problem("distribution", f"{distribution!r} is not a valid distribution name")
    version = text_value("version")
    if version is not None and check_version(version) is not None:
        problem("version", check_version(version) or "")
    out = text_value("out") or DEFAULT_OUT
    templates = text_value("templates")
    if templates is not None and not (root / templates).is_dir():
        problem("templates", f"{templates!r} is not a folder")
    specs = table.get("specs", list(DEFAULT_SPECS))
    if not (
        isinstance(specs, list)
        and specs
        and all(isinstance(s, str) and s and "\0" not in s for s in specs)
    ):
        problem("specs", "must be a non-empty list of file names or glob patterns (without NUL)")
        specs = list(DEFAULT_SPECS)
    if problems:
        raise SpecError(problems)
    return ProjectConfig(
        root=root,
        package=package,
        distribution=distribution,
        version=version,
        out=(root / out).resolve(),
        specs=tuple(specs),
        templates=(root / templates).resolve() if templates else None,
        source=str(path),
    )


def check_version(text: str) -> str | None:
    """Why `text` cannot be a package version, or None when it can."""
    try:
        Version(text)
    except InvalidVersion:
        return f"{text!r} is not a version packaging tools accept (such as 1.2.0)"
    return None


def highest_version(texts: Iterable[str]) -> str:
    """The highest of the texts that are versions (OpenAPI's ``info.version`` may be any text);
    ``0.0.0`` when none is."""
    versions = [Version(text) for text in texts if check_version(text) is None]
    return str(max(versions)) if versions else "0.0.0"


def _line_of(text: str, key: str) -> int:
    match = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 0
