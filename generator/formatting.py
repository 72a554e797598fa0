"""Format generated Python with black, in-process and pinned, and prove each file parses.

Formatting is the slowest stage, so results are cached by content hash (the
source, black's version and its mode) and cache misses are spread over the
machine's cores. The cache only ever saves time: a missing or unreadable
entry is formatted again.
"""

from __future__ import annotations

import ast
import hashlib
import os
import tempfile
from pathlib import Path

import black

from .problems import Problem, SpecError
from .run_cache import cache_dir
from .workers import map_on_cores

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
PARALLEL_FROM = 8  # fewer misses than this are not worth starting worker processes


def _key(source: str) -> str:
    return hashlib.sha256(f"{black.__version__}\0{MODE!r}\0{source}".encode()).hexdigest()


def _format_one(item: tuple[str, str]) -> tuple[str, str | None, str]:
    """(path, formatted text or None, error message)."""
    path, source = item
    try:
        ast.parse(source, filename=path)
        return path, black.format_str(source, mode=MODE), ""
    except (SyntaxError, black.InvalidInput) as error:
        return path, None, f"generated code does not parse: {error}"


def format_files(files: dict[str, str], use_cache: bool = True) -> dict[str, str]:
    """Return the files with every ``.py`` one parsed and black-formatted.

    A file that does not parse is a generator bug, never something a spec can
    cause on purpose; it is reported, not written.
    """
    formatted = dict(files)
    cache = cache_dir() / "black" if use_cache else None
    misses: list[tuple[str, str]] = []
    for path in sorted(files):
        if not path.endswith(".py"):
            continue
        hit = _read(cache / _key(files[path])) if cache else None
        if hit is None:
            misses.append((path, files[path]))
        else:
            formatted[path] = hit
    results = map_on_cores(_format_one, misses, min_items=PARALLEL_FROM, cost=lambda item: len(item[1]))
    problems = []
    for (path, source), (_, text, error) in zip(misses, results):
        if text is None:
            problems.append(Problem(path, 0, "", error))
            continue
        formatted[path] = text
        if cache:
            _write(cache / _key(source), text)
    if problems:
        raise SpecError(problems)
    return formatted


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError:
        pass  # a cache that cannot be written only costs time
