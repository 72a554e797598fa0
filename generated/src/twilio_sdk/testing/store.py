"""Where the fake keeps one product's records.

A record is kept under its instance path (``/v1/Things/TH...``), and each collection (a list
path, filled in) keeps the paths of its records in the order they came. A record a list holds
but no path addresses is kept under ``<collection>#<n>``.
"""

from __future__ import annotations

from typing import Any, Callable

from .errors import not_found
from .routing import Route, fill


class Store:
    """One product's records by path, and each collection's record paths in order."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self.collections: dict[str, list[str]] = {}

    def put(self, collection: str, key: str, record: dict[str, Any]) -> None:
        """Keep `record` at `key`: new ones at the end of `collection`, known ones in place."""
        if key not in self.records:
            self.collections.setdefault(collection, []).append(key)
        self.records[key] = record

    def get(self, key: str) -> dict[str, Any]:
        if key not in self.records:
            raise not_found(key)
        return self.records[key]

    def require(self, key: str) -> None:
        """A 404 unless a record is kept at `key` (a parent, say)."""
        self.get(key)

    def listed(self, collection: str) -> list[dict[str, Any]]:
        return [self.records[k] for k in self.collections.get(collection, [])]

    def delete(self, key: str) -> None:
        """Forget the record at `key`, and every record and collection below it."""
        # a 2010 child of /Calls/CA1.json lives under /Calls/CA1/
        below = key.removesuffix(".json") + "/"
        for other in [k for k in self.records if k == key or k.startswith(below)]:
            del self.records[other]
        for collection, keys in list(self.collections.items()):
            if collection.startswith(below):
                del self.collections[collection]
            else:
                keys[:] = [k for k in keys if k != key]

    def seed(self, route: Route, path_values: dict[str, str], record: dict[str, Any]) -> None:
        """Keep a seed record where `route` lists and addresses it."""
        if route.instance_path:
            collection = (
                fill(route.list_path, path_values) if route.list_path else route.instance_path
            )
            self.put(collection, fill(route.instance_path, path_values), record)
        elif route.list_path:
            collection = fill(route.list_path, path_values)
            self.put(
                collection, f"{collection}#{len(self.collections.get(collection, []))}", record
            )

    def move_urls(self, moved: Callable[[Any], Any]) -> None:
        """Rewrite each record's ``url`` and ``links`` with `moved`."""
        for record in self.records.values():
            if "url" in record:
                record["url"] = moved(record["url"])
            if isinstance(record.get("links"), dict):
                record["links"] = {k: moved(v) for k, v in record["links"].items()}
