"""What a record holds: its fields when made, as arguments set them, and as a seed gives them.

A new record has every field of its model, empty (or None where nullable); its path values,
its account, its dates, its URL and its links to its children are filled in as the API does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Mapping

from .routing import Route, fill, fill_in_order

_NUMBERED = re.compile(r"[0-9]{1,18}")  # a numbered record's id in a path
_EMPTY = {"integer": 0, "number": 0, "boolean": False, "string": "", "array": [], "object": {}}


def now() -> str:
    return (
        dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    )


def new_record(
    route: Route, values: Mapping[str, str], account_sid: str, root: str
) -> dict[str, Any]:
    """A record of `route` at the path `values` fill in, in the product served at `root`."""
    record: dict[str, Any] = {
        name: None if nullable else json.loads(json.dumps(_EMPTY.get(kind)))
        for name, kind, nullable in route.fields
    }
    for name, value in values.items():
        field = route.param_fields.get(name)
        if field is not None:
            numbered = route.field_kinds[field] == "integer" and _NUMBERED.fullmatch(value)
            record[field] = int(value) if numbered else value
    stamp = now()
    defaults = {"account_sid": account_sid, "date_created": stamp, "date_updated": stamp}
    # A path's AccountSid names the record's account.
    taken = {route.param_fields.get(name) for name in values}
    record.update((k, v) for k, v in defaults.items() if k in route.field_names and k not in taken)
    if route.instance_path and "url" in route.field_names:
        record["url"] = root + fill(route.instance_path, values)
    if "links" in route.field_names:
        ordered = list(values.values())
        record["links"] = {
            name: root + fill_in_order(path, ordered) for name, path in route.links.items()
        }
    return record


def apply(route: Route, record: dict[str, Any], arguments: Mapping[str, Any]) -> None:
    """Set the fields the arguments name; ``sid`` and ``url`` stay the record's own."""
    for name, value in arguments.items():
        field = route.param_fields.get(name)
        if field is not None and field not in ("sid", "url"):
            record[field] = _as_json(value) if route.field_kinds[field] == "object" else value


def seeded(
    route: Route,
    path_values: Mapping[str, str],
    example: Mapping[str, Any],
    account_sid: str,
    root: str,
) -> dict[str, Any]:
    """A record made from the spec's example, with the URL and links of the fake's own."""
    record = new_record(route, path_values, account_sid, root)
    record.update(
        (k, v) for k, v in example.items() if k in route.field_names and k not in ("url", "links")
    )
    return record


def _as_json(value: Any) -> Any:
    """An object sent as form text (``Configuration={"a": 1}``), as the API keeps it: parsed."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except (ValueError, RecursionError):
            return value
    return value
