"""The whole pipeline, one stage after another: load, validate, build, render, format."""

from __future__ import annotations

from pathlib import Path

from .building import build_api
from .formatting import format_files
from .ir import Api
from .loading import load_spec
from .problems import Problem, SpecError
from .rendering import render
from .validation import validate


def load_and_build(spec_paths: list[Path]) -> Api:
    """Load and validate every spec (gathering all problems), then build the IR."""
    problems: list[Problem] = []
    loaded = []
    for path in spec_paths:
        try:
            spec = load_spec(path)
        except SpecError as error:
            problems += error.problems
            continue
        spec_problems = validate(spec)
        problems += spec_problems
        if not spec_problems:
            loaded.append(spec)
    if problems:
        raise SpecError(problems)
    return build_api(loaded)


def generate_files(spec_paths: list[Path]) -> dict[str, str]:
    """Every output file, by relative path, formatted and ready to write."""
    if not spec_paths:
        raise SpecError([Problem("spec", 0, "", "no spec files given")])
    return format_files(render(load_and_build(spec_paths)))
