"""Schemathesis drives the fake over HTTP from the spec and checks every answer against it.

Bounded: at most 20 examples per operation and phase, and an outer timeout.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from generator.pipeline import load_and_build

from twilio_sdk_test_support import first_line

from .helpers import GENERATED, SPEC

ACCOUNT = "AC" + "7" * 32
TOKEN = "schemathesis-token"
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "response_schema_conformance",
    "content_type_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
]


@pytest.fixture
def fake_url() -> Iterator[str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "twilio_sdk.testing",
            "--port",
            "0",
            "--account-sid",
            ACCOUNT,
            "--auth-token",
            TOKEN,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(GENERATED / "src")},
    )
    line = first_line(process).strip()
    assert line.startswith("listening on http://127.0.0.1:"), line
    try:
        yield line.removeprefix("listening on ")
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def open_enums(node: Any) -> Any:
    """A spec with every enum open. An enum lists the values the spec knows, and the SDK and
    the fake take others too (Twilio adds values before its specs list them; see
    ``ir.ADVISORY``), so a value outside one is neither a bad request nor a bad answer."""
    if isinstance(node, dict):
        return {
            k: open_enums(v) for k, v in node.items() if not (k == "enum" and isinstance(v, list))
        }
    if isinstance(node, list):
        return [open_enums(v) for v in node]
    return node


def test_the_fake_conforms_to_the_spec_under_schemathesis(fake_url: str, tmp_path: Path) -> None:
    st = Path(sys.executable).with_name("st")
    spec = tmp_path / SPEC.name
    opened = open_enums(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    spec.write_text(yaml.safe_dump(opened, sort_keys=False), encoding="utf-8")
    result = subprocess.run(
        [
            str(st),
            "run",
            str(spec),
            "--url",
            fake_url,
            "--auth",
            f"{ACCOUNT}:{TOKEN}",
            "--max-examples",
            "20",
            "--generation-deterministic",
            "--no-color",
            "--checks",
            ",".join(CHECKS),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    operations = sum(len(r.operations) for _, _, r in load_and_build([SPEC]).resources)
    assert f"Selected: {operations}/{operations}" in output and f"Tested: {operations}" in output
    counts = re.search(r"(\d+) generated, (\d+) passed", output)
    assert counts is not None, output[-2000:]
    generated, passed = int(counts.group(1)), int(counts.group(2))
    assert generated == passed > 500
    print(f"schemathesis: {generated} test cases, {operations} operations, 0 failures")
