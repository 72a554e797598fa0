"""`make bench-gen`: how fast generation is, and how big its output, against openapi-python-client.

Every figure is a median of repeated runs in fresh processes, measured side by side in this
one run (absolute times on a shared machine are noisy; the ratios are the point):

- the full corpus (every spec in ../shared/twilio-oai/yaml) cold, with empty caches, and warm,
  regenerating with no change, with the peak memory of the run;
- twilio_voice_v1.yaml and twilio_api_v2010.yaml cold, ours and openapi-python-client's
  (its default formatter, ruff, on), with the ratio;
- lines of generated Python for those two specs, ours (SDK and tests apart) and theirs.
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

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "twilio-oai" / "yaml"
COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", "3"))
WARM_RUNS = int(os.environ.get("BENCH_WARM_RUNS", "5"))
SPEC_RUNS = int(os.environ.get("BENCH_SPEC_RUNS", "3"))
OPC = Path(sys.executable).with_name("openapi-python-client")

# Runs a command and reports its wall time and the peak RSS of its process tree.
_MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - started
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "peak_mb": peak_kb / 1024, "code": done.returncode, "stderr": done.stderr[-2000:]}))
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, env=env,
                         cwd=ROOT, check=True)
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result['stderr']}")
    return result["wall"], result["peak_mb"]


def ours(specs: list[Path], out: Path) -> list[str]:
    """Our generator; its caches live where `env_with_cache` points them."""
    return [sys.executable, "-m", "generator", "generate", "--skip-unsupported", "--out", str(out),
            "--spec", *map(str, specs)]


def theirs(spec: Path, out: Path) -> list[str]:
    return [str(OPC), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]


def env_with_cache(cache: Path) -> dict[str, str]:
    return {**os.environ, "TWILIO_SDK_GENERATOR_CACHE": str(cache)}


def python_lines(root: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in root.rglob("*.py"))


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    if not SPECS.is_dir():
        print(f"no specs at {SPECS}: nothing to measure")
        return 0
    if not OPC.exists():
        print(f"openapi-python-client is not installed beside {sys.executable}; run `make` to install dev deps")
        return 2
    corpus = sorted(SPECS.glob("*.yaml"))
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-gen-") as scratch_name:
        scratch = Path(scratch_name)

        cold, cold_peaks = [], []
        for run in range(COLD_RUNS):
            cache, out = scratch / f"cache-{run}", scratch / f"corpus-{run}"
            wall, peak = measure(ours(corpus, out), env_with_cache(cache))
            cold.append(wall)
            cold_peaks.append(peak)
            if run:
                shutil.rmtree(scratch / f"corpus-{run - 1}")
        last = COLD_RUNS - 1
        warm, warm_peaks = [], []
        for _ in range(WARM_RUNS):
            cache, out = scratch / f"cache-{last}", scratch / f"corpus-{last}"
            wall, peak = measure(ours(corpus, out), env_with_cache(cache))
            warm.append(wall)
            warm_peaks.append(peak)
        summary_out = scratch / f"corpus-{last}"
        corpus_lines = python_lines(summary_out)
        rows.append((f"full corpus ({len(corpus)} specs), cold", f"{median(cold):.1f} s", f"{median(cold_peaks):.0f} MB", ""))
        rows.append((f"full corpus ({len(corpus)} specs), warm (no change)", f"{median(warm):.2f} s",
                     f"{median(warm_peaks):.0f} MB", ""))

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
            rows.append((f"{name}, cold", f"{median(mine):.2f} s", "",
                         f"openapi-python-client {median(theirs_times):.2f} s; ratio {median(mine) / median(theirs_times):.2f}"))
            sizes.append((name, python_lines(ours_out / "src"), python_lines(ours_out / "tests"), python_lines(theirs_out)))

    print("## make bench-gen\n")
    print(f"Medians of {COLD_RUNS} cold, {WARM_RUNS} warm and {SPEC_RUNS} per-spec runs, each in a fresh process; "
          f"{os.cpu_count()} cores.\n")
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
