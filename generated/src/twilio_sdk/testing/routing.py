"""Which resource and operation answer a request: the route table, and a path's values.

Each route is one resource of the generated table (``_routes.json``), at its list path, its
instance path or both. Paths are matched as their templates say, a literal segment before a
parameter; a fake of several products serves each under its own name (``/voice/v1/...``),
since products share paths (chat and sync both have ``/v1/Services``).
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Mapping
from urllib.parse import quote, unquote

from .errors import FakeError, not_found

_PARAM = re.compile(r"\{([^{}]+)\}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")  # a path's non-ASCII text travels as %-escaped UTF-8

PathMatch = tuple[re.Pattern[str], list[str]]  # a path template's regex, and its parameters' names


def path_pattern(path: str) -> PathMatch:
    """The regex of a path template; its groups ``p0``, ``p1``... hold the parameters' values."""
    names = _PARAM.findall(path)
    regex = (
        "^"
        + "".join(
            (
                "(?P<p%d>[^/]+)" % names.index(part[1:-1])
                if _PARAM.fullmatch(part)
                else re.escape(_NON_ASCII.sub(lambda run: quote(run.group()), part))
            )
            for part in re.split(r"(\{[^{}]+\})", path)
            if part
        )
        + "$"
    )
    return re.compile(regex), names


def path_names(path: str) -> list[str]:
    """The names of a path template's parameters, in order."""
    return _PARAM.findall(path)


def fill(path: str, values: Mapping[str, str]) -> str:
    """A path template with its parameters' values, by name."""
    return _PARAM.sub(lambda m: quote(values[m.group(1)], safe=""), path)


def fill_in_order(path: str, values: list[str]) -> str:
    """Fill a child's path with its parent's values by position: a parent's ``{Sid}`` is
    the child's ``{ConnectionPolicySid}``."""
    given = iter(values)
    return _PARAM.sub(lambda m: quote(next(given), safe=""), path)


class Route:
    """One resource of the table: its paths, operations, fields and seed records."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.name: str = table["name"]
        self.domain: str = table.get("domain", "")
        self.list_path: str | None = table["list_path"]
        self.instance_path: str | None = table["instance_path"]
        self.list_key: str | None = table["list_key"]
        self.parent_path: str | None = table["parent_path"]
        self.id: Mapping[str, str | None] | None = table["id"]
        self.fields: list[list[Any]] = table["fields"]
        self.field_names = {name for name, _, _ in self.fields}
        self.field_kinds = {name: kind for name, kind, _ in self.fields}
        # The record field each parameter sets (``FriendlyName`` -> ``friendly_name``).
        self.param_fields: Mapping[str, str] = table["param_fields"]
        self.links: Mapping[str, str] = table["links"]
        self.operations: Mapping[str, Any] = table["operations"]
        self.seeds: list[Mapping[str, Any]] = table["seeds"]
        # For a resource without an instance path: the instance path, and its id parameter,
        # of the resource of the same list path that reads what this one makes (``keys`` for
        # ``new_keys``).
        self.addressed_at: list[str] | None = table.get("addressed_at")
        self.list_match = path_pattern(self.list_path) if self.list_path else None
        self.specificity = max(
            len(_PARAM.sub("", p)) for p in (self.list_path or "", self.instance_path or "")
        )
        self.instance_match = path_pattern(self.instance_path) if self.instance_path else None


class Router:
    """The routes of a table, and how a request's method and path find one."""

    def __init__(self, tables: list[dict[str, Any]]) -> None:
        # A literal segment beats a parameter: /IncomingPhoneNumbers/Local.json is not a Sid.
        self.routes = sorted((Route(table) for table in tables), key=lambda r: -r.specificity)
        self.domains = {route.domain for route in self.routes}
        # A fake of one product serves it at the root as well as under its name.
        self.by_domain = len(self.domains) > 1

    def find(self, method: str, path: str, base_url: str) -> tuple[Route, str, dict[str, str]]:
        """The route answering `method` on `path`, the kind of its operation there, and the
        path's values; a 404 for a path no route has, a 405 for a method the path lacks.
        Two routes may share a path with different methods (``keys`` lists what ``new_keys``
        creates): the method picks among the routes of the path that matches first."""
        matches = [
            match for place in self._places(path, base_url) for match in self._matches(*place)
        ]
        if not matches:
            raise not_found(path)
        first = _template(*matches[0][:2])
        for route, instance, values in matches:
            here = _template(route, instance)
            if here != first:
                break
            kind = next(
                (
                    k
                    for k, op in route.operations.items()
                    if op["path"] == here and op["method"] == method
                ),
                None,
            )
            if kind is not None:
                return route, kind, values
        raise FakeError(405, 20004, f"Method not allowed: {method} {path}")

    def _places(self, path: str, base_url: str) -> list[tuple[str | None, str]]:
        """Where a request's path may lead: (product, path within it), the likelier first."""
        first, _, rest = path[1:].partition("/")
        if not self.by_domain:
            places: list[tuple[str | None, str]] = [(None, path)]
            return places + [(None, "/" + rest)] if first in self.domains else places
        if first in self.domains:
            return [(first, "/" + rest)]
        # Guessing the product from the path would put the record in one product's store and
        # answer the next request from another's: say how to reach each product instead.
        served = ", ".join(f"{base_url}/{domain}" for domain in sorted(self.domains))
        raise FakeError(
            404,
            20404,
            f"The requested resource {path} was not found: this fake serves several products,"
            f" each under its own name ({served})",
        )

    def _matches(
        self, domain: str | None, path: str
    ) -> Iterator[tuple[Route, bool, dict[str, str]]]:
        """The routes answering `path` in a product (any, for None), the likelier first, each
        with whether at its instance path, and the path's parameter values."""
        for route in self.routes:
            if domain is not None and route.domain != domain:
                continue
            for instance, match in ((True, route.instance_match), (False, route.list_match)):
                if match is None:
                    continue
                pattern, names = match
                found = pattern.match(path)
                if found is not None:
                    values = {name: unquote(found.group(f"p{i}")) for i, name in enumerate(names)}
                    yield route, instance, values


def _template(route: Route, instance: bool) -> str | None:
    """The path template of a route that a request matched."""
    return route.instance_path if instance else route.list_path
