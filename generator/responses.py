"""What an operation answers, and what a resource's answers say of it.

An operation's answer is its 2xx response, else its 3xx one; its JSON media (``application/json``
or a ``+json`` kin) holds the schema. A resource's model is the schema of a fetch, update or
create answer, or the items of its list page; the page's array property is the list key.
"""

from __future__ import annotations

from typing import Any, Collection, Mapping

from . import conventions
from .schemas import flatten, resolve


def json_media(content: Any) -> Any:
    """The JSON media entry of a response's content (``application/json`` or a ``+json`` kin)."""
    if not isinstance(content, dict):
        return None
    return next((content[m] for m in sorted(content) if conventions.is_json(str(m))), None)


def success_statuses(op: Mapping[str, Any]) -> list[str]:
    """The statuses that answer an operation: its 2xx ones, else its 3xx ones (the 2010 API's
    recording data answers 307 with a JSON body that names where the media is)."""
    codes = sorted(str(s) for s in (op.get("responses") or {}) if str(s).isdigit())
    return [s for s in codes if s.startswith("2")] or [s for s in codes if s.startswith("3")]


def success_responses(op: Mapping[str, Any]) -> list[Any]:
    """The responses of `success_statuses`, in status order."""
    by_status = {str(status): response for status, response in (op.get("responses") or {}).items()}
    return [by_status[status] for status in success_statuses(op)]


def success_schema(root: Mapping[str, Any], operation: Any) -> Any:
    """The schema of the first answer that has a JSON one, or None."""
    if not isinstance(operation, dict):
        return None
    for response in success_responses(operation):
        response, _ = resolve(root, response)
        media = json_media((response or {}).get("content")) or {}
        if "schema" in media:
            return media["schema"]
    return None


def answer_schema(root: Mapping[str, Any], path: str, method: str, kind: str) -> Any:
    """The schema of what one operation reads: its answer's, or for a list its items'."""
    schema = success_schema(root, ((root.get("paths") or {}).get(path) or {}).get(method))
    return _items(root, schema) if kind == "list" else schema


def _items(root: Mapping[str, Any], page_schema: Any) -> Any:
    """The schema of the items of a list page: its array property's (not ``meta``'s)."""
    page = flatten(root, page_schema)
    for prop_name, prop in (page.get("properties") or {}).items():
        prop = flatten(root, prop)
        if prop_name != "meta" and prop.get("type") == "array":
            return prop.get("items")
    return None


def model_schema(
    root: Mapping[str, Any],
    list_path: str | None,
    instance_path: str | None,
    methods: Collection[tuple[str, str]],
) -> Any:
    """The schema of one resource: a fetch/update/create answer, or the items of a list,
    among its operations `methods` ((path, method) pairs)."""
    paths: Mapping[str, Any] = root.get("paths") or {}
    candidates = []
    if instance_path:
        candidates += [(instance_path, m) for m in ("get", *conventions.UPDATE_METHODS)]
    if list_path:
        item = paths[list_path]
        candidates += [
            (list_path, m)
            for m in conventions.HTTP_METHODS
            if isinstance(item.get(m), dict)
            and conventions.operation_kind(list_path, m, item) != "list"
        ]
    for path, method in candidates:
        schema = success_schema(root, paths[path].get(method))
        if schema is not None and (path, method) in methods:
            return schema
    if list_path and (list_path, "get") in methods:
        return _items(root, success_schema(root, paths[list_path].get("get")))
    return None


def list_key(root: Mapping[str, Any], list_item: Mapping[str, Any]) -> str | None:
    """The property of a list page that holds its items."""
    page = flatten(root, success_schema(root, list_item.get("get")))
    for prop_name, prop in (page.get("properties") or {}).items():
        if prop_name != "meta" and flatten(root, prop).get("type") == "array":
            return str(prop_name)
    return None
