"""Base classes for the generated domains, versions, lists and instance contexts.

Generated modules only describe operations; the shared behaviour lives here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Mapping, TypeVar

import httpx

from .errors import ValidationError
from .model import Model
from .operation import Operation, PreparedRequest
from .pagination import Page
from .values import UNSET, Unset

if TYPE_CHECKING:
    from .client import BaseClient

M = TypeVar("M", bound=Model)


class Domain:
    """An API domain such as ``voice`` at ``https://voice.twilio.com``."""

    default_url = ""

    def __init__(self, client: BaseClient) -> None:
        self.client = client

    @property
    def url(self) -> str:
        return self.client.domain_url(self.default_url)


class Version:
    """One version of a domain, such as ``voice.v1``; its attributes are the resource lists."""

    def __init__(self, domain: Domain) -> None:
        self.domain = domain
        self.client = domain.client


class Resource:
    """What list and instance contexts share: the version and the path values known so far."""

    def __init__(self, version: Version, path_values: Mapping[str, Any]) -> None:
        self._version = version
        self._path_values = dict(path_values)

    def __repr__(self) -> str:
        values = ", ".join(f"{k}={v!r}" for k, v in self._path_values.items())
        return f"<{type(self).__name__} {values}>"

    def _prepare(self, operation: Operation, arguments: Mapping[str, Any]) -> PreparedRequest:
        return operation.prepare(self._version.domain.url, {**arguments, **self._path_values})

    def _send(self, request: PreparedRequest) -> httpx.Response:
        return self._version.client.send(request)

    def _call(self, operation: Operation, model: type[M], arguments: Mapping[str, Any]) -> M:
        """Create, fetch or update: the answer is one resource."""
        return model.from_dict(self._send(self._prepare(operation, arguments)).json())

    def _delete(self, operation: Operation, arguments: Mapping[str, Any]) -> bool:
        self._send(self._prepare(operation, arguments))
        return True

    def _page(self, operation: Operation, model: type[M], list_key: str, arguments: Mapping[str, Any]) -> Page[M]:
        return self._read_page(self._prepare(operation, arguments), model, list_key)

    def _get_page(self, url: str, model: type[M], list_key: str) -> Page[M]:
        target = self._version.client.rebase(url)
        return self._read_page(PreparedRequest("GET", target, [], None), model, list_key)

    def _read_page(self, request: PreparedRequest, model: type[M], list_key: str) -> Page[M]:
        body = self._send(request).json()
        return Page.parse(body, model, list_key, lambda url: self._get_page(url, model, list_key))

    def _stream(
        self,
        operation: Operation,
        model: type[M],
        list_key: str,
        arguments: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> Iterator[M]:
        """Check the arguments now; send nothing until the first item is asked for."""
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
            raise ValidationError("limit", "must be a positive int or None")
        size: int | Unset = UNSET if page_size is None else page_size
        if page_size is None and limit is not None:
            size = min(limit, _max_page_size(operation))
        first = self._prepare(operation, {**arguments, "page_size": size})
        return self._items(first, model, list_key, limit)

    def _items(self, first: PreparedRequest, model: type[M], list_key: str, limit: int | None) -> Iterator[M]:
        page: Page[M] | None = self._read_page(first, model, list_key)
        count = 0
        while page is not None:
            for item in page:
                yield item
                count += 1
                if limit is not None and count >= limit:
                    return
            page = page.next_page()


def _max_page_size(operation: Operation) -> int:
    for param in operation.params:
        if param.name == "page_size" and isinstance(param.maximum, int):
            return param.maximum
    return 1000
