"""Finish generated Python: drop the imports each module does not use (see `imports`), prove
what is left compiles, and format it with black (in-process and pinned) where black could
change it.

The templates write black's layout themselves (see `layout`), so most files
need no formatting at all: only a file with a line black could still split
goes through black. Those results are cached by content hash (the source,
black's version and its mode) and cache misses are spread over the machine's
cores. The cache only ever saves time: a missing or unreadable entry is
formatted again.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from .imports import prune_imports
from .layout import BARE_LAMBDA, LINE_LENGTH, width
from .problems import Problem, SpecError
from .run_cache import cache_dir
from .workers import map_on_cores

PARALLEL_FROM = 8  # fewer misses than this are not worth starting worker processes


_STRING = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
# Long lines black leaves as they are: a comment; a string or name alone in brackets, after
# its key, or after the operator of a comparison black has split; the pieces of a split
# def (its name, its return annotation) or import (one name); and a lambda that reaches a
# call by names alone, opened or with nothing to open.
_UNSPLITTABLE = re.compile(
    rf"\s*(?:#.*|(?:{_STRING}: |\w+=|== )?(?:{_STRING}|\w+),?"
    rf"|[\w.]+|\w+ as \w+,|def \w+\(|{BARE_LAMBDA}(?:\),?)?)"
)


def needs_black(source: str) -> bool:
    """Whether black could still change this file: it has a long line black might split.

    Everything else about the layout is the templates' own, and tests prove it is black's.
    Long lines inside docstrings are left alone: black never rewraps prose.
    """
    in_docstring = False
    for line in source.splitlines():
        quotes = line.count('"""')
        closes = in_docstring and quotes  # black moves long closing quotes to a line of their own
        if width(line) > LINE_LENGTH and (
            closes or not (in_docstring or quotes or _UNSPLITTABLE.fullmatch(line))
        ):
            return True
        if quotes % 2:
            in_docstring = not in_docstring
    return False


def black_mode() -> Any:
    """black's settings for every generated file; black itself is imported only when a file
    needs it."""
    import black

    from black.mode import TargetVersion

    return black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)


def _key(source: str) -> str:
    return hashlib.sha256(f"{version('black')}\0{black_mode()!r}\0{source}".encode()).hexdigest()


def _finish_one(item: tuple[str, str, Path | None, bool]) -> tuple[str, str]:
    """(the finished text, an error message or ""); black runs only where `needs_black` says
    it could change the module."""
    path, source, cache, fill_cache = item
    try:
        text = prune_imports(source)
        # compiled, not only parsed (a duplicate argument is an error of the compiler alone), and
        # once pruned: the text proven is the one written, and the smaller one
        compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:  # ValueError: a NUL byte in the source
        return source, f"generated code does not parse: {error}"
    if not needs_black(text):
        return text, ""
    key = cache / _key(text) if cache else None
    hit = _read(key) if key else None
    if hit is not None:
        return hit, ""
    import black

    formatted = black.format_str(text, mode=black_mode())
    if key and fill_cache:
        _write(key, formatted)
    return formatted, ""


def format_files(
    files: dict[str, str], use_cache: bool = True, fill_cache: bool = True
) -> dict[str, str]:
    """Return the files with every ``.py`` one proven to compile, without unused imports
    (see `imports`), and black-formatted where needed.

    A file that does not compile is a generator bug, never something a spec can
    cause on purpose; it is reported, not written.
    """
    cache = cache_dir() / "black" if use_cache else None
    work = [
        (path, files[path], cache, fill_cache) for path in sorted(files) if path.endswith(".py")
    ]
    results = map_on_cores(
        _finish_one, work, min_items=PARALLEL_FROM, cost=lambda item: len(item[1])
    )
    formatted = dict(files)
    problems = []
    for (path, *_), (text, error) in zip(work, results, strict=True):
        if error:
            problems.append(Problem(path, 0, "", error))
        formatted[path] = text
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
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False
        ) as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError:
        pass  # a cache that cannot be written only costs time
