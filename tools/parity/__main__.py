"""``make parity``: run every official call through both clients and report per product.

Usage: python -m tools.parity [--specs DIR] [--sdk DIR] [--list]
"""

from __future__ import annotations

import argparse
import inspect
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.pipeline import load_and_build

from .calls import Call, Recorder, SpecIndex, Target, discover, official_client, our_client
from .calls import prepare, reach, run
from .compare import differences
from .official import Method, methods, spelled

ROOT = Path(__file__).resolve().parents[2]
KNOWN = Path(__file__).with_name("known.yaml")


@dataclass(frozen=True)
class Known:
    kind: str  # "skew" (the official is newer or older than the specs) or "official-bug"
    where: re.Pattern[str]  # matches the official call, e.g. client.api.v2010.accounts(sid).x
    what: re.Pattern[str]  # matches the difference
    reason: str


def load_known(path: Path) -> tuple[list[Known], dict[str, int]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = [
        Known(e["kind"], re.compile(e["where"]), re.compile(e["what"]), e["reason"])
        for e in data.get("known", [])
    ]
    return entries, dict(data.get("allowed", {}))


def classify(path: str, difference: str, known: list[Known]) -> Known | None:
    return next((k for k in known if k.where.search(path) and k.what.search(difference)), None)


def surface_gaps(method: Method, call: Call, client: Any) -> list[str]:
    """Official names on the way to, and of, this call that ours lacks."""
    target = client
    calls = iter(call.chain_values)
    for position, step in enumerate(method.chain):
        try:
            target = target(*next(calls)) if step.args is not None else getattr(target, step.name)
        except (AttributeError, TypeError) as error:
            return [f"missing chain {spelled(method.chain[: position + 1])}: {error}"]
        except Exception:  # noqa: BLE001  # a value ours refuses is not a missing name
            return []
    ours = getattr(target, method.name, None)
    if ours is None:
        return [f"missing method {method.path}"]
    signature = inspect.signature(ours).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.values()):
        return []
    spec_wires = {p.wire_name for p in call.target.operation.params}
    wires = dict(method.wire_names)
    lacking = [
        name
        for name in method.parameters
        if name not in signature and (wires.get(name) in spec_wires or name not in wires)
    ]
    return [f"missing parameter {method.path}({name}=)" for name in lacking]


def generate(specs: list[Path], out: Path) -> None:
    command = [sys.executable, "-m", "generator", "generate", "--out", str(out), "--spec"]
    subprocess.run(command + [str(s) for s in specs], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make parity", description=__doc__)
    parser.add_argument("--specs", type=Path, default=ROOT.parent / "shared/twilio-oai/yaml")
    parser.add_argument("--sdk", type=Path, help="an SDK already generated from the specs")
    options = parser.parse_args(argv)
    specs = sorted(options.specs.glob("*.yaml"))
    if not specs:
        print(f"no specs in {options.specs}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        sdk = options.sdk
        if sdk is None:
            sdk = Path(scratch) / "sdk"
            generate(specs, sdk)
        sys.path.insert(0, str(sdk / "src"))
        from twilio_sdk import Client  # the SDK generated from the specs

        return report(specs, Client)


def report(specs: list[Path], client_class: Any) -> int:
    api = load_and_build(specs)
    index = SpecIndex(api)
    known, allowed = load_known(KNOWN)
    operations = Counter(d.name for d, _, r in api.resources for _ in r.operations)
    calls: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    classified: Counter[str] = Counter()
    differing: dict[str, list[tuple[str, str]]] = defaultdict(list)
    reviewed: list[tuple[str, str, Known]] = []
    unmapped: Counter[str] = Counter()
    gaps: list[str] = []
    ours_for_surface = our_client(client_class, Recorder())
    for method in methods(official_client(Recorder())):
        found = discover(method, index)
        if not isinstance(found, Target):
            unmapped[method.chain[0].name] += 1
            continue
        call = prepare(method, found)
        gaps += surface_gaps(method, call, ours_for_surface)
        if method.alias:
            continue
        product = found.domain.name
        calls[product] += 1
        if call.missing:
            found_differences = [f"no value in the spec for {', '.join(call.missing)}"]
        else:
            theirs = run(call, official_client)
            ours = run(call, lambda r: our_client(client_class, r))
            headers = frozenset(
                p.wire_name.lower() for p in found.operation.params if p.location == "header"
            )
            found_differences = differences(theirs, ours, headers)
        open_ones = []
        for text in found_differences:
            match = classify(method.path, text, known)
            if match is None:
                open_ones.append(text)
            else:
                reviewed.append((method.path, text, match))
        if not found_differences:
            exact[product] += 1
        elif not open_ones:
            classified[product] += 1
        else:
            differing[product] += [(method.path, text) for text in open_ones]
    return print_report(operations, calls, exact, classified, differing, reviewed, unmapped, gaps, known, allowed)


def print_report(
    operations: Counter[str],
    calls: Counter[str],
    exact: Counter[str],
    classified: Counter[str],
    differing: dict[str, list[tuple[str, str]]],
    reviewed: list[tuple[str, str, Known]],
    unmapped: Counter[str],
    gaps: list[str],
    known: list[Known],
    allowed: dict[str, int],
) -> int:
    print(f"{'product':16} {'operations':>10} {'calls':>6} {'exact':>6} {'reviewed':>8} {'differing':>9}")
    for product in sorted(operations):
        failing = len({path for path, _ in differing.get(product, [])})
        print(
            f"{product:16} {operations[product]:>10} {calls[product]:>6} {exact[product]:>6}"
            f" {classified[product]:>8} {failing:>9}"
        )
    total_calls = sum(calls.values())
    total_exact = sum(exact.values()) + sum(classified.values())
    failing_calls = len({path for items in differing.values() for path, _ in items})
    share = 100 * total_exact / total_calls if total_calls else 0.0
    print(
        f"{'all':16} {sum(operations.values()):>10} {total_calls:>6} {sum(exact.values()):>6}"
        f" {sum(classified.values()):>8} {failing_calls:>9}"
    )
    print(f"\nexact after the reviewed list: {total_exact} of {total_calls} calls ({share:.2f}%)")
    print(f"official methods with no operation in the specs: {sum(unmapped.values())}"
          f" ({', '.join(f'{k} {v}' for k, v in sorted(unmapped.items()))})")
    print(f"surface: {len(gaps)} official names missing on ours")
    for gap in sorted(set(gaps)):
        print(f"  {gap}")
    print("\ndifferences:")
    for product in sorted(differing):
        for path, text in differing[product]:
            print(f"  {path}: {text}")
    print(f"\nreviewed ({len(reviewed)}):")
    by_reason = Counter((k.kind, k.reason) for _, _, k in reviewed)
    for (kind, reason), count in sorted(by_reason.items()):
        print(f"  {count:>4} {kind}: {reason}")
    unused = [k.reason for k in known if all(k is not m for _, _, m in reviewed)]
    for reason in unused:
        print(f"  unused entry of known.yaml: {reason}")
    over = failing_calls > allowed.get("differing_calls", 0) or len(set(gaps)) > allowed.get(
        "missing_names", 0
    )
    return 1 if over or unused else 0


if __name__ == "__main__":
    sys.exit(main())
