"""Which of the official `twilio` package's attribute chains our generated client lacks.

Walks the official client's tree (domains -> versions -> lists -> ``__call__`` contexts ->
their sub-resources), keeps each chain whose object's URI is a path of the given specs that has
operations, and replays it on our client generated from the same specs: the chain must exist
(same attributes, calls with the same number of arguments) and end on a resource whose module
has an operation on that path. Prints the chains ours lacks, then the counts.

    .venv/bin/python tools/official_chains.py /tmp/corpus/src ../shared/twilio-oai/yaml/*.yaml
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

ACCOUNT = "AC" + "0" * 32
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
MAX_DEPTH = 8

Step = tuple[str, int | str]  # ("attr", name) or ("call", number of arguments)


@dataclass(frozen=True)
class Chain:
    steps: tuple[Step, ...]
    path: str  # the spec path the chain's object stands for

    def spelled(self) -> str:
        text = "client"
        for kind, value in self.steps:
            text += f".{value}" if kind == "attr" else "(" + ", ".join(["x"] * int(value)) + ")"
        return text


def spec_paths(files: list[Path]) -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Each host's paths that have operations, as a pattern over a URI and the path."""
    found: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for file in files:
        spec = yaml.load(file.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        default = [s.get("url", "") for s in spec.get("servers") or []]
        for path, item in (spec.get("paths") or {}).items():
            if not any(m in item for m in HTTP_METHODS):
                continue
            for url in [s.get("url", "") for s in item.get("servers") or []] or default:
                host = url.split("://", 1)[-1].rstrip("/")
                pattern = re.escape(path).replace(r"\{", "{").replace(r"\}", "}")
                pattern = re.sub(r"\{[^{}]+\}", "[^/]+", pattern)
                found.setdefault(host, []).append((re.compile(pattern + r"\Z"), path))
    return found


def _path_of(obj: Any, paths: dict[str, list[tuple[re.Pattern[str], str]]]) -> str | None:
    uri = getattr(obj, "_uri", None)
    version = getattr(obj, "_version", None)
    if not isinstance(uri, str) or version is None:
        return None
    host = version.domain.base_url.split("://", 1)[-1].rstrip("/")
    full = "/" + version.version.strip("/") + uri if version.version else uri
    # ``IncomingPhoneNumbers/Local.json`` matches ``{Sid}.json`` too: the fewest parameters win
    matches = [path for pattern, path in paths.get(host, []) if pattern.match(full)]
    return min(matches, key=lambda path: (path.count("{"), path), default=None)


def _properties(obj: Any) -> Iterator[str]:
    for name, member in inspect.getmembers(type(obj)):
        if isinstance(member, property) and not name.startswith("_"):
            yield name


def official_chains(paths: dict[str, list[tuple[re.Pattern[str], str]]]) -> list[Chain]:
    from twilio.base.instance_context import InstanceContext
    from twilio.base.list_resource import ListResource
    from twilio.base.version import Version
    from twilio.rest import Client as OfficialClient

    client = OfficialClient(ACCOUNT, "token")
    found: list[Chain] = []

    def walk(obj: Any, steps: tuple[Step, ...]) -> None:
        if len(steps) > MAX_DEPTH:
            return
        path = _path_of(obj, paths)
        if path is not None:
            found.append(Chain(steps, path))
        if isinstance(obj, ListResource) and callable(obj):
            count = len(inspect.signature(obj).parameters)
            walk(obj(*[f"X{i}" for i in range(count)]), steps + (("call", count),))
        for name in _properties(obj):
            child = getattr(obj, name)
            if isinstance(child, (ListResource, InstanceContext)):
                walk(child, steps + (("attr", name),))

    for domain_name in _properties(client):
        domain = getattr(client, domain_name)
        if type(domain).__module__.split(".")[:2] != ["twilio", "rest"]:
            continue
        for version_name in _properties(domain):
            version = getattr(domain, version_name)
            if isinstance(version, Version):
                walk(version, (("attr", domain_name), ("attr", version_name)))
    return found


def missing_step(chain: Chain, client: Any) -> int | None:
    """The index of the first step our client lacks (len(steps) when the chain exists but ends
    elsewhere), or None when ours has the whole chain."""
    obj = client
    for index, (kind, value) in enumerate(chain.steps):
        try:
            if kind == "attr":
                obj = getattr(obj, str(value))
            else:
                obj = obj(*[f"X{i}" for i in range(int(value))])
        except Exception:
            return index
    module = sys.modules.get(type(obj).__module__)
    shape = re.sub(r"\{[^{}]+\}", "{}", chain.path)
    ours = (
        [
            value
            for value in vars(module).values()
            if type(value).__name__ == "Operation" and hasattr(value, "path")
        ]
        if module
        else []
    )
    if any(re.sub(r"\{[^{}]+\}", "{}", op.path) == shape for op in ours):
        return None
    return len(chain.steps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path, help="the generated package's src folder")
    parser.add_argument("specs", type=Path, nargs="+")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    sys.path.insert(0, str(args.src))
    from twilio_sdk import Client

    chains = official_chains(spec_paths(args.specs))
    ours = Client(ACCOUNT, "token")
    where: Counter[str] = Counter()
    for chain in sorted(chains, key=Chain.spelled):
        index = missing_step(chain, ours)
        if index is None:
            continue
        label = ["domain", "version"][index] if index < 2 else "resource"
        if index == len(chain.steps):
            label = "path"
        where[label] += 1
        print(f"{label:8} {chain.spelled():90} {chain.path}")
    missing = sum(where.values())
    print(f"{len(chains)} official chains reach a spec path; ours lacks {missing}: {dict(where)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
