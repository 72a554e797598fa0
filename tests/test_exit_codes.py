"""Exit 2 with one clear line, never a traceback, for every input the run cannot use (1 means
stale)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from .helpers import CONFIG, run_generator

EMPTY = (
    "openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\n"
    "servers: [{url: 'https://x.twilio.com'}]\npaths: {}\n"
)


def long_name(spec: dict[str, Any]) -> dict[str, Any]:
    for path in ("/v1/IpRecords", "/v1/IpRecords/{Sid}"):
        spec["paths"][path].setdefault("x-twilio", {})["mountName"] = "a" * 240
    return spec


def long_host(spec: dict[str, Any]) -> dict[str, Any]:
    spec["servers"] = [{"url": "https://" + "h" * 150 + ".twilio.com"}]
    return spec


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("no paths", ":4: /paths: describes no resource: an SDK needs at least one operation"),
        (
            "a 240-character name",
            f"/paths/~1v1~1IpRecords: the Python name '{'a' * 40}'... "
            "is longer than 100 characters",
        ),
        (
            "a 150-character host",
            f": /servers: the product name '{'h' * 40}'... is longer than 100 characters",
        ),
        ("out is a file", "out is a file, not a folder; refusing to replace it"),
        ("out under a file", "out is a file, so"),
        ("summary into a missing folder", "cannot write the summary"),
    ],
)
def test_input_the_run_cannot_use_exits_2_with_a_message(
    case: str,
    expected: str,
    tmp_path: Path,
    voice_spec: dict[str, Any],
    write_spec: Callable[..., Path],
) -> None:
    spec = write_spec(voice_spec)
    out = tmp_path / "sdk"
    extra: list[str] = []
    if case == "no paths":
        spec = write_spec(EMPTY, "empty.yaml")
    elif case == "a 240-character name":
        spec = write_spec(long_name(voice_spec), "long.yaml")
    elif case == "a 150-character host":
        spec = write_spec(long_host(voice_spec), "host.yaml")
    elif case == "out is a file":
        out = tmp_path / "out"
        out.write_text("a file\n")
    elif case == "out under a file":
        (tmp_path / "out").write_text("a file\n")
        out = tmp_path / "out" / "sdk"
    else:
        extra = ["--summary-json", str(tmp_path / "missing" / "summary.json")]
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_generator(
        "generate", "--config", str(CONFIG), "--spec", str(spec), "--out", str(out), *extra
    )
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 2
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing was made
