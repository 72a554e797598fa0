"""Which argument names of the official `twilio` package the generated SDK lacks.

Reads the official package's source (never imports it): each method that sends a request, its
URL (host, version and path), its HTTP method and its argument names. Builds the IR of the
given specs, pairs the operations by host, path (parameter names aside) and method, and counts
every official argument the paired operation here does not take, grouped by wire name:

    python tools/official_names.py ../shared/twilio-oai/yaml/*.yaml

The paging arguments (``page_size``...) and the path values (the official package takes them
when a resource is reached, as this SDK does) are left out of the count.
"""

from __future__ import annotations

import argparse
import ast
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ir import Operation  # noqa: E402
from generator.pipeline import load_and_build  # noqa: E402

_PARAM = re.compile(r"\{[^}]*\}")
_PAGING = frozenset({"self", "page_token", "page_number", "page_size"})
Key = tuple[str, str, str]  # host, path with its parameters blanked, HTTP method


def _official_root() -> Path:
    import twilio

    return Path(twilio.__file__).parent / "rest"


def _uri(cls: ast.ClassDef) -> str | None:
    """The ``self._uri`` a resource class sets: a string, or a string's ``.format(...)``."""
    for node in ast.walk(cls):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute):
            if node.targets[0].attr == "_uri":
                value = node.value
                if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
                    value = value.func.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    return value.value
    return None


def _http_method(function: ast.FunctionDef) -> str | None:
    """The ``method=`` of the ``self._version.<verb>(...)`` call a method makes."""
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "_version"
        ):
            for keyword in node.keywords:
                if keyword.arg == "method" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
    return None


def _wire_names(function: ast.FunctionDef) -> dict[str, str]:
    """Argument name -> wire name, from ``{"Wire": argument}`` and ``headers["Wire"] = arg``."""
    found: dict[str, str] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    names = [n.id for n in ast.walk(value) if isinstance(n, ast.Name)]
                    if names:
                        found.setdefault(names[0], key.value)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
                found.setdefault(node.value.id, str(target.slice.value))
    return found


def official_operations(root: Path) -> dict[Key, tuple[list[str], dict[str, str]]]:
    """Every operation of the official package: its argument names and their wire names."""
    found: dict[Key, tuple[list[str], dict[str, str]]] = {}
    for base in sorted(root.glob("*/*Base.py")):
        host = re.search(r'__init__\(twilio, "([^"]+)"\)', base.read_text(encoding="utf-8"))
        if host is None:
            continue
        for init in sorted(base.parent.glob("*/__init__.py")):
            version = re.search(r'__init__\(domain, "([^"]+)"\)', init.read_text(encoding="utf-8"))
            if version is None:
                continue
            for module in sorted(init.parent.rglob("*.py")):
                tree = ast.parse(module.read_text(encoding="utf-8"))
                for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
                    uri = _uri(cls)
                    for function in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
                        method = _http_method(function)
                        if uri is None or method is None:
                            continue
                        args = function.args.args + function.args.kwonlyargs
                        names = [a.arg for a in args if a.arg not in _PAGING]
                        path = _PARAM.sub("{}", f"/{version.group(1)}{uri}")
                        found[(host.group(1), path, method)] = (names, _wire_names(function))
    return found


def _arguments(op: Operation) -> set[str]:
    own = {op.request_model.py_name} if op.request_model is not None else set()
    return {p.py_name for p in op.params} | own


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="+", type=Path)
    args = parser.parse_args(argv)
    api = load_and_build(sorted(args.specs), skip_unsupported=True)
    ours: dict[Key, Operation] = {
        (domain.base_url, _PARAM.sub("{}", op.path), op.http_method): op
        for domain, _, resource in api.resources
        for op in resource.operations
    }
    official = official_operations(_official_root())
    missing: collections.Counter[tuple[str, str]] = collections.Counter()
    paired = 0
    for key, (names, wire_of) in sorted(official.items()):
        op = ours.get(key)
        if op is None:
            continue
        paired += 1
        taken = _arguments(op)
        missing.update(
            (wire_of.get(name, "(a request model)"), name) for name in names if name not in taken
        )
    print(f"official operations: {len(official)}; with one here: {paired}")
    print(f"official argument names missing here: {sum(missing.values())}")
    for (wire, name), count in missing.most_common():
        print(f"{count:5}  {name}  ({wire})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
