"""Input limits: alias bombs, aliases that hold themselves, oversized and too deeply nested
documents are refused with a located error, in a process whose CPU time and memory are capped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.loading import MAX_BYTES, MAX_DEPTH, MAX_NODES

from .helpers import ROOT

CPU_SECONDS = (
    2  # the whole process, interpreter start included; a refusal itself takes milliseconds
)
MEMORY_BYTES = 1024 * 1024 * 1024

# Each level refers ten times to the one before: 10**10 nodes once expanded.
BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(9)
)
CASES = {
    "alias bomb": (
        BOMB,
        6,
        "/g/0",
        f"document expands to more than {MAX_NODES} nodes (alias bomb?)",
    ),
    "alias that holds itself": (
        "a: &a {b: [*a]}\n",
        1,
        "",
        "document holds itself through an alias",
    ),
    "deeply nested mapping": (
        "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 5))
        + "  " * (MAX_DEPTH + 5)
        + "v: 1\n",
        MAX_DEPTH + 2,
        "/" + "/".join(f"k{i}" for i in range(MAX_DEPTH + 1)),
        f"document is nested deeper than {MAX_DEPTH} levels",
    ),
    "deeply nested flow": (
        "a: " + "[" * 100_000 + "]" * 100_000 + "\n",
        1,
        "",
        "YAML syntax error",
    ),
    "oversized": (
        "a: '" + "x" * (MAX_BYTES + 1) + "'\n",
        0,
        "",
        f"file is larger than {MAX_BYTES} bytes",
    ),
}

_LOAD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
from generator.loading import load_spec
from generator.problems import SpecError
try:
    load_spec(sys.argv[1])
except SpecError as error:
    print(json.dumps([[p.line, p.pointer, p.message] for p in error.problems]))
"""


@pytest.mark.parametrize("case", CASES)
def test_a_document_past_the_limits_is_refused_with_its_location(tmp_path: Path, case: str) -> None:
    text, line, pointer, message = CASES[case]
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", _LOAD.format(cpu=CPU_SECONDS, memory=MEMORY_BYTES), str(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]  # not killed for CPU time or memory
    [[found_line, found_pointer, found_message]] = json.loads(result.stdout)
    assert (found_line, found_pointer) == (line, pointer)
    assert found_message.startswith(message)


def test_aliases_within_the_limits_load_as_shared_values(tmp_path: Path) -> None:
    from generator.loading import load_spec

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\nshared: &shared {type: string}\nuse: [*shared, *shared]\n",
        encoding="utf-8",
    )
    assert load_spec(spec).data["use"] == [{"type": "string"}, {"type": "string"}]
