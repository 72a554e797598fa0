"""HighriskSpecialPrefix: The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import ClassVar, Iterator

from ..._runtime import codecs as _codecs
from ..._runtime.model import Model, WireField
from ..._runtime.operation import Operation, Param
from ..._runtime.pagination import Page
from ..._runtime.resource import (
    AsyncResource,
    Resource,
    async_iterator,
    async_page,
    async_raw_page,
    awaitable,
    raw,
)
from ..._runtime.values import UNSET, Unset

__all__ = ["HighriskSpecialPrefix", "HighriskSpecialPrefixList", "AsyncHighriskSpecialPrefixList"]


@dataclass(frozen=True, kw_only=True)
class HighriskSpecialPrefix(Model):
    """The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting."""

    prefix: str | None = None
    """The prefix, with its calling code, e.g. +37181."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (WireField("prefix", "prefix", _codecs.STRING),)


_PATH_ISO_CODE = Param(
    name="iso_code",
    wire_name="IsoCode",
    location="path",
    codec=_codecs.STRING,
    required=True,
    pattern="^[A-Z]{2}$",
)
_LIST = Operation(
    "GET",
    "/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes",
    (
        _PATH_ISO_CODE,
        Param(
            name="page_size",
            wire_name="PageSize",
            location="query",
            codec=_codecs.INTEGER,
            minimum=1,
            maximum=1000,
        ),
        Param(
            name="page_number", wire_name="Page", location="query", codec=_codecs.INTEGER, minimum=0
        ),
        Param(name="page_token", wire_name="PageToken", location="query", codec=_codecs.STRING),
    ),
)


class HighriskSpecialPrefixList(Resource):
    """highrisk_special_prefixes: The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting."""

    @property
    def with_raw_response(self) -> HighriskSpecialPrefixListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(HighriskSpecialPrefixListRaw, self._path_values)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> Iterator[HighriskSpecialPrefix]:
        """List a country's high-risk special prefixes. Pages are read lazily, as the iterator is consumed.

        Reads the prefixes one page at a time.

        :param limit: Stop after this many highrisk_special_prefixes; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._stream(_LIST, HighriskSpecialPrefix, "content", {}, limit, page_size)

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> builtins.list[HighriskSpecialPrefix]:
        """List a country's high-risk special prefixes. Every page is read before this returns.

        :param limit: Stop after this many highrisk_special_prefixes; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._list(_LIST, HighriskSpecialPrefix, "content", {}, limit, page_size)

    def page(
        self,
        *,
        page_token: str | None | Unset = UNSET,
        page_number: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
    ) -> Page[HighriskSpecialPrefix]:
        """List a country's high-risk special prefixes. Reads one page.

        :param page_size: How many resources each page holds; 50 when not given.
        :param page_number: The number of the page, counted from zero. Only the client uses it.
        :param page_token: An opaque marker the API hands out to reach the next page.
        """
        return self._page(
            _LIST,
            HighriskSpecialPrefix,
            "content",
            {"page_size": page_size, "page_number": page_number, "page_token": page_token},
        )

    def get_page(self, target_url: str) -> Page[HighriskSpecialPrefix]:
        """Read the page at a URL the API gave, such as a ``next_page_url``."""
        return self._get_page(target_url, HighriskSpecialPrefix, "content")


class HighriskSpecialPrefixListRaw(Resource):
    """The list operations of highrisk_special_prefixes, answering with a RawResponse."""

    _raw = True
    page = raw(HighriskSpecialPrefixList.page)
    get_page = raw(HighriskSpecialPrefixList.get_page)


class AsyncHighriskSpecialPrefixList(AsyncResource):
    """highrisk_special_prefixes, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncHighriskSpecialPrefixListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncHighriskSpecialPrefixListRaw, self._path_values)

    stream = async_iterator(HighriskSpecialPrefixList.stream)
    page = async_page(HighriskSpecialPrefixList.page)
    get_page = async_page(HighriskSpecialPrefixList.get_page)
    list = awaitable(HighriskSpecialPrefixList.list)


class AsyncHighriskSpecialPrefixListRaw(AsyncResource):
    """The list operations of highrisk_special_prefixes, for asyncio, answering with a RawResponse."""

    _raw = True
    page = async_raw_page(HighriskSpecialPrefixList.page)
    get_page = async_raw_page(HighriskSpecialPrefixList.get_page)
