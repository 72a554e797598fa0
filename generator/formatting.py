"""Format generated Python with black, in-process and pinned, and prove each file parses."""

from __future__ import annotations

import ast

import black

from .problems import Problem, SpecError

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Return the files with every ``.py`` one parsed and black-formatted.

    A file that does not parse is a generator bug, never something a spec can
    cause on purpose; it is reported, not written.
    """
    formatted: dict[str, str] = {}
    problems: list[Problem] = []
    for path in sorted(files):
        text = files[path]
        if path.endswith(".py"):
            try:
                ast.parse(text, filename=path)
                text = black.format_str(text, mode=MODE)
            except (SyntaxError, black.InvalidInput) as error:
                problems.append(Problem(path, getattr(error, "lineno", 0) or 0, "", f"generated code does not parse: {error}"))
        formatted[path] = text
    if problems:
        raise SpecError(problems)
    return formatted
