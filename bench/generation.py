"""`make bench-gen`: how fast generation is, and how big its output, against openapi-python-client.

Every figure is measured in fresh processes, side by side in this one run (absolute times on a
shared machine are noisy; the ratios are the point):

- scale: synthetic specs of 1,000, 5,000 and 10,000 paths in two shapes (one GET per path, and
  Twilio-style resources: a list path with create and list, an instance path with fetch, update
  and delete, a model and a form schema each, three of every four nested under the fourth),
  generated cold, one run each, with the time per path and the peak memory: the time per path
  stays flat when every stage is linear. These need nothing but the generator;
- the full corpus (every spec in ../shared/twilio-oai/yaml) cold, with empty caches, and warm,
  regenerating with no change, with the peak memory of the run (medians of repeated runs);
- twilio_voice_v1.yaml and twilio_api_v2010.yaml cold, ours and openapi-python-client's
  (its default formatter, ruff, on), with the ratio;
- lines of generated Python for those two specs, ours (SDK and tests apart) and theirs.

`--scale` runs only the first part, `--corpus` only the others. BENCH_SCALE_PATHS (a comma list,
default 1000,5000,10000) sets the sizes, BENCH_SCALE_TIMEOUT (seconds, default 1200) bounds each
run.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "twilio-oai" / "yaml"
COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", "3"))
WARM_RUNS = int(os.environ.get("BENCH_WARM_RUNS", "5"))
SPEC_RUNS = int(os.environ.get("BENCH_SPEC_RUNS", "3"))
OPC = Path(sys.executable).with_name("openapi-python-client")
SCALE_PATHS = [
    int(n) for n in os.environ.get("BENCH_SCALE_PATHS", "1000,5000,10000").split(",") if n.strip()
]
SCALE_TIMEOUT = float(os.environ.get("BENCH_SCALE_TIMEOUT", "1200"))
MAX_SPEC_BYTES = 20 * 1024 * 1024  # generator.loading.MAX_BYTES: a bigger spec is refused

# Runs a command (in a session of its own, killed whole past the timeout) and reports its wall
# time and the peak RSS of the largest process of its tree.
_MEASURE = """
import json, os, resource, signal, subprocess, sys, time
timeout, command = float(sys.argv[1]) or None, sys.argv[2:]
started = time.perf_counter()
child = subprocess.Popen(
    command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
)
try:
    _, stderr = child.communicate(timeout=timeout)
    code = child.returncode
except subprocess.TimeoutExpired:
    os.killpg(child.pid, signal.SIGKILL)
    _, stderr = child.communicate()
    code = "timeout"
wall = time.perf_counter() - started
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "peak_mb": peak_kb / 1024, "code": code, "stderr": stderr[-2000:]}))
"""


def measure(command: list[str], env: dict[str, str], timeout: float = 0) -> tuple[float, float]:
    """Wall time and peak memory of `command`; the wall time is inf when it ran past `timeout`."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(timeout), *command],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    result = json.loads(out.stdout)
    if result["code"] == "timeout":
        return float("inf"), result["peak_mb"]
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result['stderr']}")
    return result["wall"], result["peak_mb"]


# -- synthetic specs ------------------------------------------------------------------------------


def _word(index: int) -> str:
    """A distinct capitalised word of letters for each index (Baaaa, Baaab, ...): path segments
    and names the generator takes as they are."""
    letters = ""
    for _ in range(5):
        index, digit = divmod(index, 26)
        letters = chr(97 + digit) + letters
    return "B" + letters


_HEAD = """openapi: 3.0.3
info:
  title: Synthetic
  version: 1.0.0
servers:
  - url: https://synthetic.twilio.com
paths:
"""


def one_operation_spec(paths: int) -> str:
    """`paths` paths with one GET each, about 110 bytes a path."""
    return _HEAD + "".join(
        f"  /v1/{_word(i)}s:\n    get:\n      operationId: Fetch{_word(i)}\n"
        "      responses:\n        '200':\n          description: OK\n"
        for i in range(paths)
    )


_COMPONENTS = """components:
  parameters:
    PageSize: {name: PageSize, in: query, schema: {type: integer, minimum: 1, maximum: 1000}}
    Page: {name: Page, in: query, schema: {type: integer, minimum: 0}}
    PageToken: {name: PageToken, in: query, schema: {type: string}}
  responses:
    error:
      description: The request failed.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
  schemas:
    Error:
      type: object
      properties:
        code: {type: integer}
        message: {type: string}
    ListMeta:
      type: object
      properties:
        page: {type: integer}
        page_size: {type: integer}
        first_page_url: {type: string, format: uri}
        previous_page_url: {type: string, format: uri, nullable: true}
        url: {type: string, format: uri}
        next_page_url: {type: string, format: uri, nullable: true}
        key: {type: string}
"""


def twilio_style_spec(paths: int) -> str:
    """`paths` paths (rounded down to even) of Twilio-style resources, about 1.5 KB a path: a list
    path (create, list) and an instance path (fetch, update, delete) each, with a model and a form
    schema; every fourth resource is top-level and the three after it are its children."""
    out, schemas = [_HEAD], []
    error = "        default: {$ref: '#/components/responses/error'}\n"
    for i in range(paths // 2):
        name, top = _word(i), _word(i - i % 4)
        parent = (
            ""
            if i % 4 == 0
            else (
                f"      - name: {top}Sid\n        in: path\n"
                "        required: true\n        schema: {type: string}\n"
            )
        )
        base = f"/v1/{name}s" if not parent else f"/v1/{top}s/{{{top}Sid}}/{name}s"
        body = (
            "      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n"
            f"            schema: {{$ref: '#/components/schemas/{name}Write'}}\n"
        )

        def answer(status: str, name: str = name) -> str:
            return (
                f"      responses:\n        '{status}':\n"
                f"          description: The {name}.\n          content:\n"
                "            application/json:\n"
                f"              schema: {{$ref: '#/components/schemas/{name}'}}\n" + error
            )

        out.append(
            f"  {base}:\n    x-twilio: {{pathType: list}}\n"
            + (f"    parameters:\n{parent}" if parent else "")
            + f"    post:\n      operationId: Create{name}\n"
            f"      summary: Create a {name}.\n{body}{answer('201')}"
            f"    get:\n      operationId: List{name}\n"
            f"      summary: List {name}s.\n      parameters:\n"
            "        - $ref: '#/components/parameters/PageSize'\n"
            "        - $ref: '#/components/parameters/Page'\n"
            "        - $ref: '#/components/parameters/PageToken'\n"
            "      responses:\n        '200':\n          description: A page.\n          content:\n"
            "            application/json:\n              schema:\n                type: object\n"
            f"                properties:\n                  {name.lower()}s:\n"
            "                    type: array\n"
            f"                    items: {{$ref: '#/components/schemas/{name}'}}\n"
            f"                  meta: {{$ref: '#/components/schemas/ListMeta'}}\n{error}"
            f"  {base}/{{Sid}}:\n    x-twilio: {{pathType: instance}}\n    parameters:\n{parent}"
            "      - name: Sid\n        in: path\n"
            "        required: true\n        schema: {type: string}\n"
            f"    get:\n      operationId: Fetch{name}\n"
            f"      summary: Fetch a {name}.\n{answer('200')}"
            f"    post:\n      operationId: Update{name}\n"
            f"      summary: Update a {name}.\n{body}{answer('200')}"
            f"    delete:\n      operationId: Delete{name}\n      summary: Delete a {name}.\n"
            f"      responses:\n        '204':\n          description: Deleted.\n{error}"
        )
        schemas.append(
            f"    {name}:\n      type: object\n      properties:\n"
            "        sid: {type: string, pattern: '^XX[0-9a-fA-F]{32}$'}\n"
            "        account_sid: {type: string}\n"
            "        friendly_name: {type: string, nullable: true}\n"
            "        status: {type: string, enum: [active, inactive]}\n"
            "        date_created: {type: string, format: date-time}\n"
            "        url: {type: string, format: uri}\n"
            f"    {name}Write:\n      type: object\n      properties:\n"
            "        FriendlyName: {type: string, maxLength: 64}\n"
            "        Status: {type: string, enum: [active, inactive]}\n"
        )
    return "".join(out) + _COMPONENTS + "".join(schemas)


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"


SHAPES: dict[str, Callable[[int], str]] = {
    "one GET per path": one_operation_spec,
    "Twilio-style CRUD": twilio_style_spec,
}


def scale(scratch: Path) -> list[tuple[str, str, str, str, str, str]]:
    """(shape, paths, spec size, wall time, per path, peak memory) of each synthetic spec, one
    cold run each in a fresh process."""
    rows = []
    for shape, make in SHAPES.items():
        for paths in SCALE_PATHS:
            text = make(paths)
            size = len(text.encode())
            if size > MAX_SPEC_BYTES:
                rows.append(
                    (shape, f"{paths:,}", _size(size), "over the 20 MB input limit", "", "")
                )
                continue
            spec = scratch / f"scale-{make.__name__}-{paths}.yaml"
            spec.write_text(text, encoding="utf-8")
            out, cache = scratch / "scale-out", scratch / f"scale-cache-{make.__name__}-{paths}"
            wall, peak = measure(ours([spec], out), env_with_cache(cache), SCALE_TIMEOUT)
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
            spec.unlink()
            timed_out = wall == float("inf")
            rows.append(
                (
                    shape,
                    f"{paths:,}",
                    _size(size),
                    f"> {SCALE_TIMEOUT:.0f} s (stopped)" if timed_out else f"{wall:.1f} s",
                    "" if timed_out else f"{wall / paths * 1000:.2f} ms",
                    f"{peak:.0f} MB",
                )
            )
            # progress, the table comes at the end
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    return rows


def ours(specs: list[Path], out: Path) -> list[str]:
    """Our generator; its caches live where `env_with_cache` points them."""
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--skip-unsupported",
        "--out",
        str(out),
        "--spec",
        *map(str, specs),
    ]


def theirs(spec: Path, out: Path) -> list[str]:
    return [str(OPC), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]


def env_with_cache(cache: Path) -> dict[str, str]:
    return {**os.environ, "TWILIO_SDK_GENERATOR_CACHE": str(cache)}


def python_lines(root: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in root.rglob("*.py"))


def median(values: list[float]) -> float:
    return statistics.median(values)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    parts = {"--scale", "--corpus"} & set(args) or {"--scale", "--corpus"}
    with tempfile.TemporaryDirectory(prefix="bench-gen-") as scratch_name:
        scratch = Path(scratch_name)
        print("## make bench-gen\n")
        if "--scale" in parts:
            rows = scale(scratch)
            print(
                "### Scale: synthetic specs, one cold run each in a fresh process; "
                f"{os.cpu_count()} cores\n"
            )
            print("Peak memory is the resident set of the largest process of the run.\n")
            print("| shape | paths | spec | wall time | per path | peak memory |")
            print("|---|---|---|---|---|---|")
            for row in rows:
                print("| " + " | ".join(row) + " |")
            print()
        if "--corpus" in parts:
            return corpus(scratch)
    return 0


def corpus(scratch: Path) -> int:
    """The corpus and per-spec figures against openapi-python-client."""
    if not SPECS.is_dir():
        print(f"no specs at {SPECS}: no corpus figures")
        return 0
    if not OPC.exists():
        print(
            f"openapi-python-client is not installed beside {sys.executable}; "
            "run `make` to install dev deps"
        )
        return 2
    every_spec = sorted(SPECS.glob("*.yaml"))
    rows: list[tuple[str, str, str, str]] = []
    cold, cold_peaks = [], []
    for run in range(COLD_RUNS):
        cache, out = scratch / f"cache-{run}", scratch / f"corpus-{run}"
        wall, peak = measure(ours(every_spec, out), env_with_cache(cache))
        cold.append(wall)
        cold_peaks.append(peak)
        if run:
            shutil.rmtree(scratch / f"corpus-{run - 1}")
    last = COLD_RUNS - 1
    warm, warm_peaks = [], []
    for _ in range(WARM_RUNS):
        cache, out = scratch / f"cache-{last}", scratch / f"corpus-{last}"
        wall, peak = measure(ours(every_spec, out), env_with_cache(cache))
        warm.append(wall)
        warm_peaks.append(peak)
    summary_out = scratch / f"corpus-{last}"
    corpus_lines = python_lines(summary_out)
    rows.append(
        (
            f"full corpus ({len(every_spec)} specs), cold",
            f"{median(cold):.1f} s",
            f"{median(cold_peaks):.0f} MB",
            "",
        )
    )
    rows.append(
        (
            f"full corpus ({len(every_spec)} specs), warm (no change)",
            f"{median(warm):.2f} s",
            f"{median(warm_peaks):.0f} MB",
            "",
        )
    )

    sizes: list[tuple[str, int, int, int]] = []
    for name in ("twilio_voice_v1.yaml", "twilio_api_v2010.yaml"):
        spec = SPECS / name
        mine, theirs_times = [], []
        for run in range(SPEC_RUNS):  # interleaved, so both see the same machine
            cache, out = scratch / f"{name}-cache-{run}", scratch / f"{name}-ours-{run}"
            mine.append(measure(ours([spec], out), env_with_cache(cache))[0])
            theirs_out = scratch / f"{name}-theirs-{run}"
            theirs_times.append(measure(theirs(spec, theirs_out), dict(os.environ))[0])
        ours_out, theirs_out = scratch / f"{name}-ours-0", scratch / f"{name}-theirs-0"
        rows.append(
            (
                f"{name}, cold",
                f"{median(mine):.2f} s",
                "",
                f"openapi-python-client {median(theirs_times):.2f} s; "
                f"ratio {median(mine) / median(theirs_times):.2f}",
            )
        )
        sizes.append(
            (
                name,
                python_lines(ours_out / "src"),
                python_lines(ours_out / "tests"),
                python_lines(theirs_out),
            )
        )

    print("### The Twilio corpus, against openapi-python-client\n")
    print(
        f"Medians of {COLD_RUNS} cold, {WARM_RUNS} warm and {SPEC_RUNS} per-spec runs, "
        f"each in a fresh process; {os.cpu_count()} cores.\n"
    )
    print("| run | wall time | peak memory | beside it |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nGenerated Python in the corpus package: {corpus_lines} lines.\n")
    print("| spec | ours: SDK lines | ours: test lines | openapi-python-client lines |")
    print("|---|---|---|---|")
    for name, src, tests, other in sizes:
        print(f"| {name} | {src} | {tests} | {other} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
