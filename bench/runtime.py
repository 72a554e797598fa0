"""`make bench`: the runtime's cost, side by side with bare httpx and the official SDK.

Every figure is the median of repeated runs in this one process (or of fresh
processes, for import times), measured against a local HTTP server on
127.0.0.1, in a process of its own, with Nagle's algorithm off. Loops are
bounded in count.
"""

from __future__ import annotations

import atexit
import gc
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _voice_fixture_sdk() -> Path:
    """The SDK of the Voice fixture (tests/fixtures), whatever spec/ holds: the calls below are
    Voice's."""
    from generator.config import load_config
    from generator.pipeline import generate_files
    from generator.writing import write_tree

    config = load_config(ROOT / "tests" / "fixtures" / "sdk.toml")
    out = Path(tempfile.mkdtemp(prefix="bench-sdk-")) / "sdk"
    atexit.register(shutil.rmtree, out.parent, True)
    write_tree(generate_files(config.spec_paths(), config=config), out)
    return out / "src"


SRC = _voice_fixture_sdk()
sys.path.insert(0, str(SRC))

from twilio.rest import Client as OfficialClient  # noqa: E402

from twilio_sdk import Client  # noqa: E402

ACCOUNT = "AC" + "0" * 32
TOKEN = "bench-token"
SID = "NY" + "a" * 32
BODY = json.dumps(
    {
        "account_sid": ACCOUNT,
        "sid": SID,
        "friendly_name": "bench",
        "date_created": "2020-03-18T23:31:36Z",
        "date_updated": "2020-03-18T23:31:37Z",
        "url": f"https://voice.twilio.com/v1/ConnectionPolicies/{SID}",
        "links": {"targets": f"https://voice.twilio.com/v1/ConnectionPolicies/{SID}/Targets"},
    }
).encode()

ROUNDS = 41
CALLS_PER_ROUND = 300
IMPORT_RUNS = 15


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real client session would use
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: Any) -> None:
        pass


def per_call_ms(
    calls: dict[str, Callable[[], Any]],
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """The mean wall time and client CPU time of one call in each round, in milliseconds.

    Wall time includes the trip to the server and back, the same for every
    contender but noisy; the CPU time of the calling thread is what the
    client library itself costs, which is what an SDK adds over bare httpx.

    The contenders take turns round by round, in a shuffled order, so a slow
    patch on this shared machine hits them all alike, and differences can be
    taken round by round.
    """
    rounds: dict[str, list[float]] = {name: [] for name in calls}
    cpu: dict[str, list[float]] = {name: [] for name in calls}
    for call in calls.values():
        for _ in range(20):
            call()  # warm the connection and caches
    order = list(calls.items())
    shuffle = random.Random(0).shuffle
    for _ in range(ROUNDS):
        shuffle(order)  # no contender always runs right after another
        for name, call in order:
            gc.collect()
            gc.disable()  # as timeit does: a collection must not land in one contender's round
            started, started_cpu = time.perf_counter(), time.thread_time()
            for _ in range(CALLS_PER_ROUND):
                call()
            rounds[name].append((time.perf_counter() - started) / CALLS_PER_ROUND * 1000)
            cpu[name].append((time.thread_time() - started_cpu) / CALLS_PER_ROUND * 1000)
            gc.enable()
    return rounds, cpu


def fresh_process_ms(statement: str, setup: str = "") -> float:
    code = (
        f"{setup}\nimport time\nt = time.perf_counter()\n"
        f"{statement}\nprint(time.perf_counter() - t)"
    )
    env_path = str(SRC)
    runs = []
    for _ in range(IMPORT_RUNS):
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
        )
        runs.append(float(result.stdout) * 1000)
    return statistics.median(runs)


def serve() -> None:
    """Run the server in its own process, so it never competes with the client for the GIL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


def main() -> None:
    server = subprocess.Popen(
        [sys.executable, __file__, "serve"], stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None
    base = f"http://127.0.0.1:{int(server.stdout.readline())}"
    url = f"{base}/v1/ConnectionPolicies/{SID}"
    official = OfficialClient(ACCOUNT, TOKEN)
    official.voice.base_url = base
    try:
        with (
            httpx.Client(auth=(ACCOUNT, TOKEN)) as bare,
            Client(ACCOUNT, TOKEN, base_url=base) as ours,
        ):
            policies = ours.voice.v1.connection_policies
            timings, cpu = per_call_ms(
                {
                    "bare": lambda: bare.get(url).json(),
                    "ours": lambda: policies(SID).fetch(),
                    "official": lambda: official.voice.v1.connection_policies(SID).fetch(),
                }
            )
        bare_ms, ours_ms, official_ms = (
            statistics.median(timings[k]) for k in ("bare", "ours", "official")
        )
        bare_cpu, ours_cpu, official_cpu = (
            statistics.median(cpu[k]) for k in ("bare", "ours", "official")
        )
        overhead_ms = statistics.median(
            o - b for o, b in zip(timings["ours"], timings["bare"], strict=True)
        )
        overhead_cpu = statistics.median(
            o - b for o, b in zip(cpu["ours"], cpu["bare"], strict=True)
        )
    finally:
        server.terminate()
        server.wait(timeout=10)

    ours_import = fresh_process_ms("from twilio_sdk import Client")
    official_import = fresh_process_ms("from twilio.rest import Client")
    setup_ours = f"from twilio_sdk import Client\nc = Client({ACCOUNT!r}, {TOKEN!r})"
    setup_official = f"from twilio.rest import Client\nc = Client({ACCOUNT!r}, {TOKEN!r})"
    ours_first = fresh_process_ms("c.voice.v1.connection_policies", setup_ours)
    official_first = fresh_process_ms("c.voice.v1.connection_policies", setup_official)

    rows = [
        ("fetch, per call, wall time (ms)", ours_ms, bare_ms, official_ms),
        ("fetch, per call, client CPU time (ms)", ours_cpu, bare_cpu, official_cpu),
        ("import (ms)", ours_import, None, official_import),
        ("first access to voice.v1.connection_policies (ms)", ours_first, None, official_first),
    ]
    print(
        f"median of {ROUNDS} rounds x {CALLS_PER_ROUND} calls; "
        f"imports: median of {IMPORT_RUNS} fresh processes"
    )
    print(f"{'measure':<52} {'twilio_sdk':>11} {'bare httpx':>11} {'official':>11}")
    for name, mine, plain, theirs in rows:
        plain_text = f"{plain:11.3f}" if plain is not None else f"{'-':>11}"
        print(f"{name:<52} {mine:11.3f} {plain_text} {theirs:11.3f}")
    print()
    print(
        "twilio_sdk over bare httpx, per call, client CPU (median of per-round differences): "
        f"{overhead_cpu:+.3f} ms (target <= 0.050)"
    )
    print(
        "twilio_sdk over bare httpx, per call, wall time (median of per-round differences): "
        f"{overhead_ms:+.3f} ms"
    )
    print(f"twilio_sdk over official, per call: x{ours_ms / official_ms:.2f}")
    print(f"import, twilio_sdk / official: {ours_import / official_import:.2f} (target <= 0.50)")


if __name__ == "__main__":
    serve() if sys.argv[1:] == ["serve"] else main()
