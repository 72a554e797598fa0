"""The official package's surface: every attribute chain that reaches a method.

The walk starts at the client and follows properties (domains, versions, list resources,
sub-resources and aliases) and calls (a list called with its ids gives one instance's
context). Each call step receives placeholder ids; the request a method then sends tells
which operation of the specs it is and which path parameter each placeholder fills.
"""

from __future__ import annotations

import inspect
import re
import warnings
from dataclasses import dataclass
from typing import Any, Iterator

from twilio.base.domain import Domain
from twilio.base.instance_context import InstanceContext
from twilio.base.list_resource import ListResource
from twilio.base.version import Version

METHODS = ("create", "fetch", "update", "delete", "list")
MAX_DEPTH = 14


@dataclass(frozen=True)
class Step:
    """An attribute (``name``) or a call (``args``: the parameter names it takes)."""

    name: str = ""
    args: tuple[str, ...] | None = None

    def spelled(self) -> str:
        return f"({', '.join(self.args)})" if self.args is not None else f".{self.name}"


Chain = tuple[Step, ...]


def spelled(chain: Chain, method: str = "") -> str:
    text = "client" + "".join(step.spelled() for step in chain)
    return f"{text}.{method}" if method else text


@dataclass(frozen=True)
class Method:
    """One method at the end of an official chain."""

    chain: Chain
    name: str  # create, fetch, update, delete or list
    alias: bool  # reached through a client or domain shortcut, not through a version
    parameters: tuple[str, ...]  # its keyword names, paging arguments left out
    required: tuple[str, ...]
    wire_names: tuple[tuple[str, str], ...]  # (parameter, wire name) where the source says
    body_class: Any = None  # the request-model class of a JSON body, if it takes one

    @property
    def path(self) -> str:
        return spelled(self.chain, self.name)


PAGING = frozenset({"limit", "page_size", "page_token", "page_number"})
# `"Wire": serialize.thing(python_name)` in the official's private request builders.
_WIRE_KEY = re.compile(r'"([^"\n]+)":')
_HEADER_SET = re.compile(r'\["([^"\n]+)"\]\s*=\s*([A-Za-z_][A-Za-z0-9_]*)')
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _properties(obj: Any) -> list[str]:
    names = set()
    for klass in type(obj).__mro__:
        for name, member in vars(klass).items():
            if isinstance(member, property) and not name.startswith("_"):
                names.add(name)
    return sorted(names)


def _list_makers(version: Version) -> list[tuple[str, tuple[str, ...]]]:
    """A version's methods that take a list's path values and return the list (the official
    ``insights.v2.inbound(report_id)``), with their required parameter names."""
    found = []
    for klass in type(version).__mro__:
        if klass in (Version, object):
            continue
        for name, member in vars(klass).items():
            if inspect.isfunction(member) and not name.startswith("_"):
                parameters = list(inspect.signature(member).parameters.values())[1:]
                required = tuple(p.name for p in parameters if p.default is inspect.Parameter.empty)
                found.append((name, required))
    return sorted(found)


def _value_text(source: str, start: int) -> str:
    """The expression after a dict key: up to the comma or bracket that ends it."""
    depth = 0
    for position in range(start, len(source)):
        char = source[position]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return source[start:position]
            depth -= 1
        elif char == "," and depth == 0:
            return source[start:position]
    return source[start:]


def _wire_names(obj: Any, method: str, parameters: set[str]) -> tuple[tuple[str, str], ...]:
    builder = getattr(type(obj), "_" + method if method != "list" else "page", None)
    if builder is None:
        return ()
    source = inspect.getsource(builder)
    found: dict[str, str] = {}
    for key in _WIRE_KEY.finditer(source):
        names = [n for n in _IDENTIFIER.findall(_value_text(source, key.end())) if n in parameters]
        if names:
            found.setdefault(names[0], key.group(1))
    for wire, name in _HEADER_SET.findall(source):  # headers["X-Twilio-..."] = name
        if name in parameters:
            found.setdefault(name, wire)
    return tuple(sorted(found.items()))


def _method(obj: Any, chain: Chain, name: str, alias: bool) -> Method:
    signature = inspect.signature(getattr(obj, name))
    parameters = [p for p in signature.parameters.values() if p.name not in PAGING]
    names = {p.name for p in parameters}
    body_class = None
    for p in parameters:
        annotation = p.annotation
        if isinstance(annotation, str):
            module = inspect.getmodule(type(obj))
            try:
                annotation = eval(
                    annotation, vars(module)
                )  # noqa: S307  # the official's own names
            except Exception:  # noqa: BLE001  # a typing form we do not need
                continue
        if inspect.isclass(annotation) and hasattr(annotation, "to_dict"):
            body_class = annotation
    return Method(
        chain,
        name,
        alias,
        tuple(p.name for p in parameters),
        tuple(p.name for p in parameters if p.default is inspect.Parameter.empty),
        _wire_names(obj, name, names),
        body_class,
    )


class Placeholders:
    """Unique, recognisable ids for call steps: ``zq7zq`` fills the seventh path slot."""

    def __init__(self) -> None:
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"zq{self.count}zq"


def _walk(obj: Any, chain: Chain, alias: bool, depth: int) -> Iterator[Method]:
    if depth > MAX_DEPTH:
        return
    for name in METHODS:
        if callable(getattr(obj, name, None)):
            yield _method(obj, chain, name, alias)
    for name in _properties(obj):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated aliases warn; the surface still counts
            child = getattr(obj, name)
        if isinstance(child, (ListResource, InstanceContext)):
            yield from _walk(child, chain + (Step(name),), alias, depth + 1)
    if isinstance(obj, ListResource) and callable(obj):
        args = tuple(inspect.signature(obj.__call__).parameters)
        context = obj(*(f"{{{a}}}" for a in args))
        yield from _walk(context, chain + (Step(args=args),), alias, depth + 1)


def methods(client: Any, domains: frozenset[str] | None = None) -> list[Method]:
    """Every method the official client reaches, through versions and through aliases
    (of the named domains only, and the client's own shortcuts, when `domains` is given)."""
    found: list[Method] = []
    for name in _properties(client):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            child = getattr(client, name)
        if isinstance(child, Domain) and (domains is None or name in domains):
            for member in _properties(child):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    below = getattr(child, member)
                chain = (Step(name), Step(member))
                if isinstance(below, Version):
                    for version_member in _properties(below):
                        resource = getattr(below, version_member)
                        if isinstance(resource, (ListResource, InstanceContext)):
                            found += _walk(resource, chain + (Step(version_member),), False, 3)
                    for version_member, args in _list_makers(below):
                        try:
                            resource = getattr(below, version_member)(*(f"{{{a}}}" for a in args))
                        except Exception:  # noqa: BLE001  # routes v3's maker fails on any input
                            continue
                        steps = (Step(version_member), Step(args=args))
                        found += _walk(resource, chain + steps, False, 4)
                elif isinstance(below, (ListResource, InstanceContext)):
                    found += _walk(below, chain, True, 2)
        elif isinstance(child, (ListResource, InstanceContext)):
            found += _walk(child, (Step(name),), True, 1)
    return found
