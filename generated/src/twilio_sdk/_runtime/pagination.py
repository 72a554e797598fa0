"""One page of a list, and the navigation to the pages around it."""

from __future__ import annotations

from typing import Any, Callable, Generic, Iterator, Mapping, TypeVar

from .model import Model

M = TypeVar("M", bound=Model)


class Page(Generic[M]):
    """The items of one list page and the URLs of its neighbours (from ``meta``)."""

    def __init__(
        self, items: list[M], meta: Mapping[str, Any], load: Callable[[str], Page[M]]
    ) -> None:
        self.items = items
        self.meta = meta
        self._load = load

    @classmethod
    def parse(
        cls, body: Mapping[str, Any], model: type[M], list_key: str, load: Callable[[str], Page[M]]
    ) -> Page[M]:
        meta = body.get("meta") or {}
        key = meta.get("key") or list_key
        return cls([model.from_dict(item) for item in body.get(key) or []], meta, load)

    @property
    def url(self) -> str | None:
        return self.meta.get("url")

    @property
    def first_page_url(self) -> str | None:
        return self.meta.get("first_page_url")

    @property
    def next_page_url(self) -> str | None:
        return self.meta.get("next_page_url")

    @property
    def previous_page_url(self) -> str | None:
        return self.meta.get("previous_page_url")

    @property
    def page_number(self) -> int | None:
        return self.meta.get("page")

    @property
    def page_size(self) -> int | None:
        return self.meta.get("page_size")

    def next_page(self) -> Page[M] | None:
        """Load the next page, or return None on the last one."""
        return self._load(self.next_page_url) if self.next_page_url else None

    def previous_page(self) -> Page[M] | None:
        """Load the previous page, or return None on the first one."""
        return self._load(self.previous_page_url) if self.previous_page_url else None

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<Page {self.page_number} of {len(self.items)} items>"
