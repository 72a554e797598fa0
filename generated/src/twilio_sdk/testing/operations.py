"""What each operation does to the store: create, fetch, update, delete and list (paged).

Each takes a :class:`Call`, the checked request to one route, and returns the status and the
JSON to answer with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping
from urllib.parse import urlencode

from .checking import PAGING, check_value
from .records import apply, new_record, now
from .routing import Route, fill, fill_in_order, path_names
from .store import Store

DEFAULT_PAGE_SIZE = 50

Answer = tuple[int, Any]  # the status, and the JSON body (None for none)


@dataclass(frozen=True)
class Call:
    """One checked request to a route's operation, and where its records go."""

    route: Route
    operation: Mapping[str, Any]  # the table's entry: status, method, path, params
    values: dict[str, str]  # the path's values, by name
    arguments: dict[str, Any]  # the checked arguments, by wire name
    query: list[tuple[str, str]]
    store: Store  # the route's product's
    root: str  # the URL the route's product is served at
    account_sid: str
    counter: Iterator[int]  # for new Sids and numbers, shared by the products

    def new_record(self, values: Mapping[str, str]) -> dict[str, Any]:
        return new_record(self.route, values, self.account_sid, self.root)


def create(call: Call) -> Answer:
    route = call.route
    _require_parent(call)
    values = dict(call.values)
    name = route.id["name"] if route.id is not None else None
    if name is not None and name in call.arguments:  # the caller names it: a key, an identity
        values[name] = str(call.arguments[name])
    elif name is not None:
        values[name] = _new_id(call)
    record = call.new_record(values)
    apply(route, record, call.arguments)
    if route.id is not None and name is None:  # no instance path: `sid` is its id
        record["sid"] = _new_id(call)
    if route.list_path:
        collection = fill(route.list_path, values)
        if route.instance_path:
            key = fill(route.instance_path, values)
        elif route.addressed_at and record.get("sid") and _named(route.addressed_at, values):
            path, name = route.addressed_at  # read by the resource that lists it
            key = fill(path, {**values, name: str(record["sid"])})
        else:
            key = f"{collection}#{next(call.counter)}"  # listed, never addressed one by one
        call.store.put(collection, key, record)
    return call.operation["status"], record


def _named(addressed_at: list[str], values: Mapping[str, str]) -> bool:
    """Whether the list path's values, and the new id, fill the instance path it is read at."""
    path, name = addressed_at
    return set(path_names(path)) <= {*values, name}


def fetch(call: Call) -> Answer:
    return call.operation["status"], _find(call)


def update(call: Call) -> Answer:
    record = _find(call)
    apply(call.route, record, call.arguments)
    if "date_updated" in call.route.field_names and "DateUpdated" not in call.arguments:
        record["date_updated"] = now()
    return call.operation["status"], record


def delete(call: Call) -> Answer:
    _find(call)
    call.store.delete(fill(call.route.instance_path or "", call.values))
    return call.operation["status"], None


def list_page(call: Call) -> Answer:
    """One page of a list, filtered by its query arguments, with the URLs of its neighbours."""
    route = call.route
    path = fill(route.list_path or "", call.values)
    if path not in call.store.collections:  # seeded records stand without their parent
        _require_parent(call)
    records = call.store.listed(path)
    query_names = {rule["name"] for rule in call.operation["params"] if rule["in"] == "query"}
    for name, wanted in call.arguments.items():
        field = route.param_fields.get(name)
        if name in query_names and name not in PAGING and field:
            records = [r for r in records if _matches(r.get(field), wanted)]
    raw = dict(call.query)  # paging the spec does not declare still follows the fake's own links
    size = _paging(call.arguments, raw, "PageSize", DEFAULT_PAGE_SIZE, 1)
    number = _paging(call.arguments, raw, "Page", 0, 0)
    filters = [(k, v) for k, v in call.query if k not in PAGING]

    def page_url(n: int) -> str:
        return f"{call.root}{path}?" + urlencode(
            filters + [("PageSize", size), ("Page", n), ("PageToken", f"PT{n}")]
        )

    key = route.list_key or "results"
    return call.operation["status"], {
        key: records[number * size : (number + 1) * size],
        "meta": {
            "page": number,
            "page_size": size,
            "first_page_url": page_url(0),
            "previous_page_url": page_url(number - 1) if number > 0 else None,
            "url": page_url(number),
            "next_page_url": page_url(number + 1) if (number + 1) * size < len(records) else None,
            "key": key,
        },
    }


OPERATIONS: dict[str, Callable[[Call], Answer]] = {
    "fetch": fetch,
    "update": update,
    "patch": update,
    "delete": delete,
    "list": list_page,
    "create": create,
}


def answered(kind: str, call: Call, answer: Answer) -> Answer:
    """The answer with only the fields of the model its operation reads, where that model is
    not the record's own (a new key's answer has its secret; a fetch of it has not); a list's
    items each."""
    status, body = answer
    fields = call.operation.get("answers")
    if fields is None or not isinstance(body, dict):
        return answer
    key = call.route.list_key or "results"
    if kind == "list" and isinstance(body.get(key), list):
        return status, {**body, key: [_only(item, fields) for item in body[key]]}
    return status, _only(body, fields)


def _only(record: Any, fields: list[str]) -> Any:
    if not isinstance(record, dict):
        return record
    return {name: record[name] for name in fields if name in record}


def _find(call: Call) -> dict[str, Any]:
    """The record the call's path names; a 404 if there is none."""
    route, store = call.route, call.store
    if route.instance_path is None and route.list_path is not None:
        # one record at a list path, e.g. a balance: always there, empty at first
        collection = fill(route.list_path, call.values)
        if not store.collections.get(collection):
            store.put(collection, collection + "#0", call.new_record(call.values))
        return store.get(store.collections[collection][0])
    return store.get(fill(route.instance_path or "", call.values))


def _require_parent(call: Call) -> None:
    if call.route.parent_path is not None:
        parent = fill_in_order(call.route.parent_path, list(call.values.values()))
        if parent.removesuffix(".json").endswith("/" + call.account_sid):
            return  # the caller's own account, which exists as it does at Twilio
        call.store.require(parent)


def _new_id(call: Call) -> str:
    """A Sid of the resource's prefix, or the next number for a numbered one
    (a list item's index)."""
    route = call.route
    assert route.id is not None
    field = route.param_fields.get(route.id["name"] or "")
    if field is not None and route.field_kinds.get(field) == "integer":
        return str(next(call.counter))
    return f"{route.id['prefix']}{next(call.counter):032x}"


def _paging(
    arguments: Mapping[str, Any], query: Mapping[str, str], name: str, default: int, least: int
) -> int:
    """A paging parameter: checked by the spec's rule, or as if the spec declared it."""
    if name in arguments:
        return int(arguments[name])
    if name not in query:
        return default
    return int(check_value({"name": name, "kind": "integer", "minimum": least}, query[name]))


def _matches(value: Any, wanted: Any) -> bool:
    """A list filter: equal, or an element of a list-valued field."""
    return value == wanted or (isinstance(value, list) and wanted in value)
