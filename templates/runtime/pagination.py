"""One page of a list, the navigation to the pages around it, and the walk through them all."""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Generic, Iterator, Mapping, TypeVar
from urllib.parse import urljoin

from .errors import InvalidResponseError
from .model import Model

M = TypeVar("M", bound=Model)


def legacy_meta(body: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """The 2010 API pages with top-level ``next_page_uri`` and friends, relative to the host;
    this spells them as the ``meta`` envelope newer APIs use. A URI is resolved as a path
    against ``origin``: ``".evil.example/x"`` stays on the host, never becomes a host name."""
    if "next_page_uri" not in body and "uri" not in body:
        return {}

    def absolute(key: str) -> str | None:
        uri = body.get(key)
        if not isinstance(uri, str) or not uri:
            return None
        try:
            return urljoin(origin + "/", uri)
        except ValueError:  # "//[", and other text no URL parser reads
            # its text is not shown: it came from the server, which may echo the credentials
            raise InvalidResponseError(
                f"the list page from {origin or 'the API'}: its {key} is not a URI"
            ) from None

    return {
        "url": absolute("uri"),
        "first_page_url": absolute("first_page_uri"),
        "next_page_url": absolute("next_page_uri"),
        "previous_page_url": absolute("previous_page_uri"),
        "page": body.get("page"),
        "page_size": body.get("page_size"),
    }


class PageBase(Generic[M]):
    """The items of one list page and the URLs of its neighbours (from ``meta``).

    ``requested_url`` is the URL this page was read from. A body that is not a page (a
    ``meta`` that is not an object, items that are not a list of objects) raises
    :class:`InvalidResponseError`.
    """

    def __init__(
        self,
        body: Mapping[str, Any],
        model: type[M],
        list_key: str | None,
        origin: str = "",
        requested_url: str = "",
    ) -> None:
        self.requested_url = requested_url
        where = f"the list page from {requested_url or origin or 'the API'}"
        meta = body.get("meta")
        if meta and not isinstance(meta, dict):
            raise InvalidResponseError(f"{where}: its meta is {json_kind(meta)}, not an object")
        self.meta: Mapping[str, Any] = meta or legacy_meta(body, origin)
        key = self.meta.get("key") or list_key or ""
        if not isinstance(key, str):
            raise InvalidResponseError(f"{where}: its meta.key is {json_kind(key)}, not a name")
        items = body.get(key) or []
        if not isinstance(items, list):
            raise InvalidResponseError(f"{where}: its {key!r} is {json_kind(items)}, not a list")
        for number, item in enumerate(items):
            if not isinstance(item, dict):
                raise InvalidResponseError(
                    f"{where}: item {number} of {key!r} is {json_kind(item)}, not an object"
                )
        self.items: list[M] = [model.from_dict(item) for item in items]

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

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.page_number} of {len(self.items)} items>"


class Page(PageBase[M]):
    def __init__(
        self,
        body: Mapping[str, Any],
        model: type[M],
        list_key: str | None,
        load: Callable[[str], Page[M]],
        origin: str = "",
        requested_url: str = "",
    ) -> None:
        super().__init__(body, model, list_key, origin, requested_url)
        self._load = load

    def next_page(self) -> Page[M] | None:
        """Load the next page, or return None on the last one."""
        return self._load(self.next_page_url) if self.next_page_url else None

    def previous_page(self) -> Page[M] | None:
        """Load the previous page, or return None on the first one."""
        return self._load(self.previous_page_url) if self.previous_page_url else None


class AsyncPage(PageBase[M]):
    def __init__(
        self,
        body: Mapping[str, Any],
        model: type[M],
        list_key: str | None,
        load: Callable[[str], Awaitable[AsyncPage[M]]],
        origin: str = "",
        requested_url: str = "",
    ) -> None:
        super().__init__(body, model, list_key, origin, requested_url)
        self._load = load

    async def next_page(self) -> AsyncPage[M] | None:
        """Load the next page, or return None on the last one."""
        return await self._load(self.next_page_url) if self.next_page_url else None

    async def previous_page(self) -> AsyncPage[M] | None:
        """Load the previous page, or return None on the first one."""
        return await self._load(self.previous_page_url) if self.previous_page_url else None


MAX_EMPTY_PAGES = 10


class ListWalk(Generic[M]):
    """Where a stream of a list's items is, for the sync and async streams alike: the pages
    read, so none is read twice (a list whose pages lead back would never end), and the
    items given, so none goes past ``limit``. Pages without items are followed, as the official
    SDK does (a filtered list may have some before the next item), but ``MAX_EMPTY_PAGES`` of
    them in a row end the stream with an error: a server could hand them out for ever, and
    ``limit`` counts items, not pages."""

    def __init__(self, limit: int | None, redact: Callable[[str], str]) -> None:
        self.limit = limit
        self.redact = redact
        self.given = 0
        self._seen: set[str] = set()
        self._empty_run = 0  # pages without items read in a row

    def items(self, page: PageBase[M]) -> list[M]:
        """The items of the next page to give: all of them, or those up to the limit."""
        url = page.requested_url
        if url in self._seen:
            raise InvalidResponseError(
                self.redact(
                    f"a list page leads back to {url!r}, a page of the same list read already: "
                    "stopped, since following the pages would never end"
                )
            )
        self._seen.add(url)
        self._empty_run = 0 if page.items else self._empty_run + 1
        if self._empty_run >= MAX_EMPTY_PAGES and page.next_page_url:
            raise InvalidResponseError(
                self.redact(
                    f"{MAX_EMPTY_PAGES} list pages in a row without items, the last {url!r}: "
                    "stopped, since the pages may never end"
                )
            )
        items = page.items if self.limit is None else page.items[: self.limit - self.given]
        self.given += len(items)
        return items

    @property
    def done(self) -> bool:
        """Whether the stream has given all it may: the next page is not read."""
        return self.limit is not None and self.given >= self.limit


def json_kind(value: Any) -> str:
    """What a JSON value is, for a message: ``a list``, ``a str``, ``null``."""
    if value is None:
        return "null"
    names = {dict: "an object", list: "a list", str: "a str", int: "an int", float: "a float"}
    return names.get(type(value), f"a {type(value).__name__}")
