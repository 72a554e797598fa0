"""The whole-run cache: the same spec bytes and the same generator give the same files.

A run's key is a hash of every input that can change the output: each spec's
name and bytes, the generator's own source and templates, the versions of
black and Jinja2, and the run's options. A hit skips loading, validation,
building, rendering and formatting, so regenerating with no change costs
little more than reading the specs. Entries live beside black's cache (see
:func:`formatting.cache_dir`); a missing or unreadable entry only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

KEEP = 8  # entries kept; older ones are removed, so the cache stays a few runs big
_SOURCES = Path(__file__).resolve().parent
_TEMPLATES = _SOURCES.parent / "templates"


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """A hash of the generator's code and templates and the tools that shape its output."""
    digest = hashlib.sha256(
        f"{version('black')}\0{version('jinja2')}\0{sys.version_info[:2]}".encode()
    )
    for root in (_SOURCES, _TEMPLATES):
        for path in sorted(
            p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ):
            digest.update(
                str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes() + b"\0"
            )
    return digest.hexdigest()


def cache_dir() -> Path:
    """``$TWILIO_SDK_GENERATOR_CACHE``, else ``$XDG_CACHE_HOME/twilio-sdk-generator``."""
    configured = os.environ.get("TWILIO_SDK_GENERATOR_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "twilio-sdk-generator"


def run_key(spec_paths: list[Path], options: dict[str, Any]) -> str | None:
    """The key of a run, or None when a spec cannot be read (the run reports that itself)."""
    digest = hashlib.sha256(generator_fingerprint().encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    for path in spec_paths:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest.update(f"\0{path.as_posix()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


def _entry(key: str) -> Path:
    return cache_dir() / "runs" / f"{key}.json"


def load(key: str) -> dict[str, Any] | None:
    try:
        with open(_entry(key), encoding="utf-8") as handle:
            entry: Any = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict):
        return None
    files = entry.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(path, str) and isinstance(text, str) for path, text in files.items()
    ):
        return None  # not an entry this module wrote: a miss
    return entry


def store(key: str, files: dict[str, str], summary: dict[str, Any]) -> None:
    folder = _entry(key).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, delete=False, suffix=".tmp"
        ) as handle:
            json.dump({"files": files, "summary": summary}, handle, ensure_ascii=False)
        os.replace(handle.name, _entry(key))
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written only costs time
