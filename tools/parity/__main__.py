"""``make parity``: run every official call through both clients and report per product.

Usage: python -m tools.parity [--specs DIR] [--sdk DIR]
"""

from __future__ import annotations

import argparse
import inspect
import re
import subprocess
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.pipeline import load_and_build

from .calls import Call, Recorder, SpecIndex, Target, discover, official_client, our_client
from .calls import prepare, run
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


@dataclass
class Results:
    operations: Counter[str] = field(default_factory=Counter)  # per product, in the specs
    reached: dict[str, set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # by the official
    calls: Counter[str] = field(default_factory=Counter)
    exact: Counter[str] = field(default_factory=Counter)
    reviewed: Counter[str] = field(default_factory=Counter)  # differ only as known.yaml says
    differing: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    explained: list[tuple[str, str, Known]] = field(default_factory=list)
    official_only: Counter[str] = field(default_factory=Counter)  # no operation in the specs
    gaps: set[str] = field(default_factory=set)  # official names ours lacks

    @property
    def differing_calls(self) -> int:
        return len({path for items in self.differing.values() for path, _ in items})


def surface_gaps(method: Method, call: Call, client: Any) -> list[str]:
    """Official names on the way to, and of, this call that ours lacks."""
    target = client
    calls = iter(call.chain_values)
    for position, step in enumerate(method.chain):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # a deprecated shortcut still counts
                target = (
                    target(*next(calls)) if step.args is not None else getattr(target, step.name)
                )
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


def compare_all(specs: list[Path], client_class: Any, known: list[Known]) -> Results:
    """Every official method of the specs' products, through both clients."""
    api = load_and_build(specs)
    index = SpecIndex(api)
    results = Results()
    results.operations.update(d.name for d, _, r in api.resources for _ in r.operations)
    ours_for_surface = our_client(client_class, Recorder())
    by_alias: list[tuple[Method, Call]] = []
    compared: set[tuple[str, str]] = set()
    for method in methods(official_client(Recorder()), frozenset(results.operations)):
        found = discover(method, index)
        if not isinstance(found, Target):
            results.official_only[method.chain[0].name] += int(not method.alias)
            continue
        results.reached[found.domain.name].add(found.operation.operation_id)
        call = prepare(method, found)
        results.gaps.update(surface_gaps(method, call, ours_for_surface))
        if method.alias:
            by_alias.append((method, call))
        else:
            compared.add((found.operation.operation_id, method.name))
            _compare(call, found.domain.name, client_class, known, results)
    for method, call in by_alias:  # an operation the official reaches by an alias only
        key = (call.target.operation.operation_id, method.name)
        if key not in compared:
            compared.add(key)
            _compare(call, call.target.domain.name, client_class, known, results)
    return results


def _compare(
    call: Call, product: str, client_class: Any, known: list[Known], results: Results
) -> None:
    results.calls[product] += 1
    path = call.method.path
    if call.missing:
        found = [f"no value in the spec for {', '.join(call.missing)}"]
    else:
        theirs = run(call, official_client)
        ours = run(call, lambda r: our_client(client_class, r))
        headers = frozenset(
            p.wire_name.lower() for p in call.target.operation.params if p.location == "header"
        )
        found = differences(theirs, ours, headers)
    open_ones = []
    for text in found:
        match = next((k for k in known if k.where.search(path) and k.what.search(text)), None)
        if match is None:
            open_ones.append(text)
        else:
            results.explained.append((path, text, match))
    if not found:
        results.exact[product] += 1
    elif not open_ones:
        results.reviewed[product] += 1
    else:
        results.differing[product] += [(path, text) for text in open_ones]


def print_report(results: Results, known: list[Known]) -> list[str]:
    """Print the tables and lists; return the entries of known.yaml no difference used."""
    r = results
    print(
        f"{'product':16} {'operations':>10} {'official':>8} {'calls':>6} {'exact':>6}"
        f" {'reviewed':>8} {'differing':>9}"
    )
    for product in sorted(r.operations):
        failing = len({path for path, _ in r.differing.get(product, [])})
        print(
            f"{product:16} {r.operations[product]:>10} {len(r.reached[product]):>8}"
            f" {r.calls[product]:>6}"
            f" {r.exact[product]:>6} {r.reviewed[product]:>8} {failing:>9}"
        )
    total, exact, reviewed = sum(r.calls.values()), sum(r.exact.values()), sum(r.reviewed.values())
    print(
        f"{'all':16} {sum(r.operations.values()):>10}"
        f" {sum(len(v) for v in r.reached.values()):>8} {total:>6} {exact:>6} {reviewed:>8}"
        f" {r.differing_calls:>9}"
    )
    share = 100 * (exact + reviewed) / total if total else 0.0
    print(f"\nexact after the reviewed list: {exact + reviewed} of {total} calls ({share:.2f}%)")
    only = ", ".join(f"{k} {v}" for k, v in sorted(r.official_only.items()) if v)
    print(
        "official methods with no operation in the specs (skew):"
        f" {sum(r.official_only.values())} ({only})"
    )
    print(f"\nsurface: {len(r.gaps)} official names missing on ours")
    for gap in sorted(r.gaps):
        print(f"  {gap}")
    print(f"\ndifferences ({r.differing_calls} calls):")
    for product in sorted(r.differing):
        for path, text in r.differing[product]:
            print(f"  {path}: {text}")
    print(f"\nreviewed differences ({len(r.explained)}):")
    by_reason = Counter((k.kind, k.reason) for _, _, k in r.explained)
    for (kind, reason), count in sorted(by_reason.items()):
        print(f"  {count:>4} {kind}: {reason}")
    unused = [k.reason for k in known if all(k is not m for _, _, m in r.explained)]
    for reason in unused:
        print(f"  unused entry of known.yaml: {reason}")
    return unused


def generate(specs: list[Path], out: Path) -> None:
    command = [sys.executable, "-m", "generator", "generate", "--out", str(out), "--spec"]
    subprocess.run(
        command + [str(s) for s in specs], check=True, cwd=ROOT, stdout=subprocess.DEVNULL
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make parity", description=__doc__)
    parser.add_argument("--specs", type=Path, default=ROOT.parent / "shared/twilio-oai/yaml")
    parser.add_argument("--sdk", type=Path, help="an SDK already generated from the specs")
    options = parser.parse_args(argv)
    specs = sorted(options.specs.glob("*.yaml"))
    if not specs:
        print(f"no specs in {options.specs}", file=sys.stderr)
        return 2
    known, allowed = load_known(KNOWN)
    with tempfile.TemporaryDirectory() as scratch:
        sdk = options.sdk
        if sdk is None:
            sdk = Path(scratch) / "sdk"
            generate(specs, sdk)
        sys.path.insert(0, str(sdk / "src"))
        from twilio_sdk import Client  # the SDK generated from the specs

        results = compare_all(specs, Client, known)
    unused = print_report(results, known)
    over = results.differing_calls > allowed.get("differing_calls", 0) or len(
        results.gaps
    ) > allowed.get("missing_names", 0)
    return 1 if over or unused else 0


if __name__ == "__main__":
    sys.exit(main())
