"""Fixtures for the generator's own tests."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from .helpers import SPEC


@pytest.fixture
def voice_spec() -> dict[str, Any]:
    """A fresh, mutable copy of the project's Voice spec."""
    return copy.deepcopy(_VOICE)


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write a spec (a dict, or YAML text) to a file and return its path."""

    def write(spec: Any, name: str = "spec.yaml") -> Path:
        path = tmp_path / name
        path.write_text(spec if isinstance(spec, str) else yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        return path

    return write


_VOICE = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
