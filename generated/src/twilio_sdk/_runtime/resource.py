"""Base classes for the generated domains, versions, lists and instance contexts.

A generated module describes each operation once, as a method of its sync
class whose body only hands the arguments to a helper below (``_call``,
``_delete``, ``_page``, ``_stream``, ``_list``...). The other variants reuse
those very methods:

- the async classes derive from :class:`AsyncResource`, whose helpers are
  coroutines, so the same method body returns an awaitable;
- the ``with_raw_response`` classes set ``_raw``, so the helpers return a
  :class:`RawResponse` with the status, headers and parsed result.

The functions at the end (``awaitable``, ``raw``...) give those reused
methods their true types, so type checkers see every variant exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    ClassVar,
    Concatenate,
    Coroutine,
    Generic,
    Iterator,
    Mapping,
    ParamSpec,
    TypeVar,
    cast,
)

from .errors import ApiError, InvalidResponseError, ValidationError
from .model import Model
from .operation import Operation, PreparedRequest
from .pagination import AsyncPage, ListWalk, Page, json_kind
from .values import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from .client import AsyncBaseClient, BaseClient, ClientCore

M = TypeVar("M", bound=Model)
R = TypeVar("R", bound="ResourceBase")
T = TypeVar("T")
P = ParamSpec("P")


class Domain:
    """An API domain such as ``voice`` at ``https://voice.twilio.com``."""

    default_url = ""

    def __init__(self, client: ClientCore[Any]) -> None:
        self.client = client

    @property
    def url(self) -> str:
        return self.client.domain_url(self.default_url)


class Version:
    """One version of a domain, such as ``voice.v1``; its attributes are the resource lists."""

    def __init__(self, domain: Domain) -> None:
        self.domain = domain
        self.client = domain.client


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """An answer as it came, with its parsed result."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response


class ResourceBase:
    """What every list and instance context holds: its version, path values and client."""

    _raw = False
    _page_kind: ClassVar[Callable[..., Any]]  # Page or AsyncPage

    def __init__(
        self,
        version: Version,
        path_values: Mapping[str, Any],
        client: ClientCore[Any] | None = None,
    ) -> None:
        self._version = version
        self._path_values = dict(path_values)
        self._client = client or version.client

    def __repr__(self) -> str:
        values = ", ".join(f"{k}={v!r}" for k, v in self._path_values.items())
        return f"<{type(self).__name__} {values}>"

    def with_options(
        self: R,
        *,
        timeout: float | None | Unset = UNSET,
        max_retries: int | None = None,
        backoff_base: float | None = None,
        backoff_max: float | None = None,
        max_response_bytes: int | None = None,
    ) -> R:
        """This resource with other call options,
        e.g. ``.with_options(timeout=5, max_retries=0)``."""
        client = self._client.with_options(
            timeout=timeout,
            max_retries=max_retries,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            max_response_bytes=max_response_bytes,
        )
        return type(self)(self._version, self._path_values, client)

    def _child(self, kind: type[R], path_values: Mapping[str, Any]) -> R:
        """A related resource (a child list, an instance, a raw twin) on the same client."""
        return kind(self._version, path_values, self._client)

    def _prepare(self, operation: Operation, arguments: Mapping[str, Any]) -> PreparedRequest:
        return operation.prepare(self._version.domain.url, arguments, self._path_values)

    def _first_page(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> PreparedRequest:
        """The checked request for the first page of a stream of at most `limit` items."""
        return self._prepare(
            operation, {**arguments, "page_size": self._page_size(operation, limit, page_size)}
        )

    def _page_size(
        self, operation: Operation, limit: int | None, page_size: int | None
    ) -> int | Unset:
        if limit is not None and (
            not isinstance(limit, int) or isinstance(limit, bool) or limit < 1
        ):
            raise ValidationError("limit", "must be a positive int or None")
        if page_size is not None:
            return page_size
        if limit is None:
            return UNSET
        maximum = next((p.maximum for p in operation.params if p.name == "page_size"), None)
        return min(limit, int(maximum)) if maximum is not None else limit

    def _page_request(self, url: str, origin: str | None) -> PreparedRequest:
        """A GET of another page of a list, sent only where the list itself was.

        ``origin`` is where the page naming ``url`` came from; None when the caller named it
        (``get_page``), which may then only point at this resource's domain.
        """
        checked = self._client.page_url(url, origin or self._version.domain.url)
        if checked is not None:
            return PreparedRequest("GET", checked, [], None)
        if origin is None:
            raise ValidationError(
                "target_url", f"{url!r} is not a URL on {self._version.domain.url}"
            )
        raise InvalidResponseError(
            self._client.redact(
                f"a list page from {origin} names {url!r} as another page: not followed, "
                f"since it is not an http(s) URL on {origin} and the request carries the "
                "credentials"
            )
        )

    def _answer(self, response: httpx.Response, page: bool = False) -> Any:
        """The answer's JSON object: a resource, or with ``page`` a list page.

        An empty 2xx body (204 No Content) is a resource with no fields. A 3xx is an answer
        only with a JSON object body, and never a page: else it raises RedirectError. Any
        other body raises InvalidResponseError, which names what was wrong.
        """
        status, content = response.status_code, response.content
        redirect = 300 <= status < 400
        if redirect and (page or not content):
            raise self._redirect(response)
        if not content and not page:
            return {}
        try:
            body = json.loads(content)
        except RecursionError:
            problem = "JSON nested too deeply to read"
        except ValueError as error:  # not JSON, not UTF-8, or a number past int's 4300 digits
            problem = f"not JSON ({error})"
        else:
            if isinstance(body, dict):
                return body
            problem = f"{json_kind(body)}, not {'a list page' if page else 'an object'}"
        if redirect:
            raise self._redirect(response)
        text = self._client.redact(content.decode("utf-8", errors="replace"))
        head = text[:200] + (f"... ({len(content)} bytes)" if len(text) > 200 else "")
        request = response.request
        raise InvalidResponseError(
            self._client.redact(f"{request.method} {request.url}")
            + f": the {status} answer's body is {problem}: {head!r}"
        )

    def _deleted(self, response: httpx.Response) -> bool:
        if 300 <= response.status_code < 400:
            raise self._redirect(response)
        return cast(bool, self._result(response, True))

    def _redirect(self, response: httpx.Response) -> ApiError:
        """The RedirectError for a 3xx that is not an answer."""
        from .client import api_error

        size = f"{len(response.content)} bytes"
        return api_error(response, size=size, redact=self._client.redact)

    def _one(self, response: httpx.Response, model: type[M]) -> Any:
        """The resource an answer holds, raw or not."""
        return self._result(response, model.from_dict(self._answer(response)))

    def _page_of(self, response: httpx.Response, model: type[M], list_key: str | None) -> Any:
        """The list page an answer holds, raw or not. Its neighbours load through the plain
        twin of this resource, and only from where this page came."""
        origin = _origin(response)
        plain = self._plain()

        def load(url: str) -> Any:
            return plain._get_page(url, model, list_key, origin)

        body = self._answer(response, page=True)
        page = self._page_kind(body, model, list_key, load, origin, str(response.request.url))
        return self._result(response, page)

    def _plain(self) -> ResourceBase:
        """This resource's helpers without ``_raw``, on the same client."""
        raise NotImplementedError

    def _get_page(
        self, url: str, model: type[M], list_key: str | None, origin: str | None = None
    ) -> Any:
        raise NotImplementedError

    def _result(self, response: httpx.Response, parsed: Any) -> Any:
        return (
            RawResponse(response.status_code, response.headers, parsed, response)
            if self._raw
            else parsed
        )


class Resource(ResourceBase):
    """The synchronous helpers behind every generated method."""

    _client: BaseClient
    _page_kind = Page

    def _call(self, operation: Operation, model: type[M], arguments: Mapping[str, Any]) -> M:
        """Create, fetch or update: the answer is one resource."""
        response = self._client.send(self._prepare(operation, arguments))
        return cast(M, self._one(response, model))

    def _delete(self, operation: Operation, arguments: Mapping[str, Any]) -> bool:
        response = self._client.send(self._prepare(operation, arguments))
        return self._deleted(response)

    def _page(
        self,
        operation: Operation,
        model: type[M],
        list_key: str | None,
        arguments: Mapping[str, Any],
    ) -> Page[M]:
        return self._read_page(self._prepare(operation, arguments), model, list_key)

    def _get_page(
        self, url: str, model: type[M], list_key: str | None, origin: str | None = None
    ) -> Page[M]:
        return self._read_page(self._page_request(url, origin), model, list_key)

    def _read_page(self, request: PreparedRequest, model: type[M], list_key: str | None) -> Page[M]:
        response = self._client.send(request)
        return cast(Page[M], self._page_of(response, model, list_key))

    def _plain(self) -> Resource:
        return Resource(self._version, self._path_values, self._client)

    def _stream(
        self,
        operation: Operation,
        model: type[M],
        list_key: str | None,
        arguments: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> Iterator[M]:
        """Check the arguments now; send nothing until the first item is asked for."""
        return self._items(
            self._first_page(operation, arguments, limit, page_size), model, list_key, limit
        )

    def _items(
        self, first: PreparedRequest, model: type[M], list_key: str | None, limit: int | None
    ) -> Iterator[M]:
        walk: ListWalk[M] = ListWalk(limit, self._client.redact)
        page: Page[M] | None = self._plain()._read_page(first, model, list_key)
        while page is not None:
            yield from walk.items(page)
            page = None if walk.done else page.next_page()

    def _list(
        self,
        operation: Operation,
        model: type[M],
        list_key: str | None,
        arguments: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> list[M]:
        return list(self._stream(operation, model, list_key, arguments, limit, page_size))


class AsyncResource(ResourceBase):
    """The asynchronous helpers: the same contract as :class:`Resource`, as coroutines."""

    _client: AsyncBaseClient
    _page_kind = AsyncPage

    async def _call(self, operation: Operation, model: type[M], arguments: Mapping[str, Any]) -> M:
        response = await self._client.send(self._prepare(operation, arguments))
        return cast(M, self._one(response, model))

    async def _delete(self, operation: Operation, arguments: Mapping[str, Any]) -> bool:
        response = await self._client.send(self._prepare(operation, arguments))
        return self._deleted(response)

    async def _page(
        self,
        operation: Operation,
        model: type[M],
        list_key: str | None,
        arguments: Mapping[str, Any],
    ) -> AsyncPage[M]:
        return await self._read_page(self._prepare(operation, arguments), model, list_key)

    async def _get_page(
        self, url: str, model: type[M], list_key: str | None, origin: str | None = None
    ) -> AsyncPage[M]:
        return await self._read_page(self._page_request(url, origin), model, list_key)

    async def _read_page(
        self, request: PreparedRequest, model: type[M], list_key: str | None
    ) -> AsyncPage[M]:
        response = await self._client.send(request)
        return cast(AsyncPage[M], self._page_of(response, model, list_key))

    def _plain(self) -> AsyncResource:
        return AsyncResource(self._version, self._path_values, self._client)

    def _stream(
        self,
        operation: Operation,
        model: type[M],
        list_key: str | None,
        arguments: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> AsyncIterator[M]:
        """Check the arguments now; send nothing until the first item is asked for."""
        return self._items(
            self._first_page(operation, arguments, limit, page_size), model, list_key, limit
        )

    async def _items(
        self, first: PreparedRequest, model: type[M], list_key: str | None, limit: int | None
    ) -> AsyncIterator[M]:
        walk: ListWalk[M] = ListWalk(limit, self._client.redact)
        page: AsyncPage[M] | None = await self._plain()._read_page(first, model, list_key)
        while page is not None:
            for item in walk.items(page):
                yield item
            page = None if walk.done else await page.next_page()

    async def _list(
        self,
        operation: Operation,
        model: type[M],
        list_key: str | None,
        arguments: Mapping[str, Any],
        limit: int | None,
        page_size: int | None,
    ) -> list[M]:
        return [
            item
            async for item in self._stream(operation, model, list_key, arguments, limit, page_size)
        ]


def _origin(response: httpx.Response) -> str:
    """``scheme://host[:port]`` of the answer, which the 2010 API's relative page URIs hang off."""
    url = response.request.url
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


# The types of a sync method reused by another variant. Each returns the method itself:
# only what a type checker sees changes.


def awaitable(
    method: Callable[Concatenate[Any, P], T],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]:
    return cast("Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]", method)


def async_iterator(
    method: Callable[Concatenate[Any, P], Iterator[T]],
) -> Callable[Concatenate[Any, P], AsyncIterator[T]]:
    return cast("Callable[Concatenate[Any, P], AsyncIterator[T]]", method)


def async_page(
    method: Callable[Concatenate[Any, P], Page[M]],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, AsyncPage[M]]]:
    return cast("Callable[Concatenate[Any, P], Coroutine[Any, Any, AsyncPage[M]]]", method)


def raw(method: Callable[Concatenate[Any, P], T]) -> Callable[Concatenate[Any, P], RawResponse[T]]:
    return cast("Callable[Concatenate[Any, P], RawResponse[T]]", method)


def async_raw(
    method: Callable[Concatenate[Any, P], T],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[T]]]:
    return cast("Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[T]]]", method)


def async_raw_page(
    method: Callable[Concatenate[Any, P], Page[M]],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[AsyncPage[M]]]]:
    return cast(
        "Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[AsyncPage[M]]]]", method
    )
