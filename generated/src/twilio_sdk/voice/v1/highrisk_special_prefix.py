"""HighriskSpecialPrefix: The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import builtins
import enum
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any, ClassVar, Iterator

from ..._runtime import codecs
from ..._runtime.model import Model, WireField
from ..._runtime.operation import Operation, Param
from ..._runtime.pagination import Page
from ..._runtime.resource import Resource
from ..._runtime.values import UNSET, Unset

__all__ = ["HighriskSpecialPrefix", "HighriskSpecialPrefixList"]


@dataclass(frozen=True, kw_only=True)
class HighriskSpecialPrefix(Model):
    """The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting."""

    prefix: str | None = None
    """The prefix, with its calling code, e.g. +37181."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (WireField("prefix", "prefix", codecs.STRING),)


_PATH_ISO_CODE = Param(
    "iso_code", "IsoCode", "path", codecs.STRING, required=True, pattern="^[A-Z]{2}$"
)
_LIST = Operation(
    "GET",
    "/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes",
    (
        _PATH_ISO_CODE,
        Param("page_size", "PageSize", "query", codecs.INTEGER, minimum=1, maximum=1000),
        Param("page_number", "Page", "query", codecs.INTEGER, minimum=0),
        Param("page_token", "PageToken", "query", codecs.STRING),
    ),
)


class HighriskSpecialPrefixList(Resource):
    """highrisk_special_prefixes: The number prefixes of a country that are high-risk special services; calls to them follow the country's high-risk special setting."""

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
        return list(self.stream(limit=limit, page_size=page_size))

    def page(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
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
