"""Fixtures for the generator's own tests, and the fixture SDK they import as ``twilio_sdk``.

The SDK is generated from ``tests/fixtures/voice_v1.yaml`` when the test session starts
(before any test module imports it) into a temporary folder put first on ``sys.path``.
"""

from __future__ import annotations

import copy
import os
import shutil
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator.config import load_config
from generator.pipeline import generate_files
from generator.writing import write_tree

from .helpers import CONFIG, GENERATED, SPEC


def _generate_fixture_sdk() -> None:
    config = load_config(CONFIG)
    write_tree(generate_files(config.spec_paths(), config=config), GENERATED)
    for folder in ("src", "tests"):
        sys.path.insert(0, str(GENERATED / folder))


_generate_fixture_sdk()


def pytest_unconfigure(config: pytest.Config) -> None:
    if not os.environ.get("SDK_FIXTURE_DIR"):  # a folder of our own making
        shutil.rmtree(GENERATED.parent, ignore_errors=True)


@pytest.fixture
def voice_spec() -> dict[str, Any]:
    """A fresh, mutable copy of the Voice fixture spec."""
    return copy.deepcopy(_VOICE)


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write a spec (a dict, or YAML text) to a file and return its path."""

    def write(spec: Any, name: str = "spec.yaml") -> Path:
        path = tmp_path / name
        path.write_text(
            spec if isinstance(spec, str) else yaml.safe_dump(spec, sort_keys=False),
            encoding="utf-8",
        )
        return path

    return write


_VOICE = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
