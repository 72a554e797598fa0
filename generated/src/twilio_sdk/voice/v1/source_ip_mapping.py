"""SourceIpMapping: One Source IP Mapping, addressed by its Sid.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import builtins
import datetime as _dt
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
    async_raw,
    async_raw_page,
    awaitable,
    raw,
)
from ..._runtime.values import UNSET, Unset

__all__ = [
    "SourceIpMapping",
    "SourceIpMappingList",
    "AsyncSourceIpMappingList",
    "SourceIpMappingContext",
    "AsyncSourceIpMappingContext",
]


@dataclass(frozen=True, kw_only=True)
class SourceIpMapping(Model):
    """One Source IP Mapping, addressed by its Sid."""

    sid: str | None = None
    """The Sid Twilio gave the mapping."""
    ip_record_sid: str | None = None
    """The IP Record that is mapped."""
    sip_domain_sid: str | None = None
    """The SIP Domain that takes calls from the IP Record."""
    date_created: _dt.datetime | None = None
    """When the mapping was made, in UTC (ISO 8601)."""
    date_updated: _dt.datetime | None = None
    """When the mapping last changed, in UTC (ISO 8601)."""
    url: str | None = None
    """The absolute URL of this mapping."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField("sid", "sid", _codecs.STRING),
        WireField("ip_record_sid", "ip_record_sid", _codecs.STRING),
        WireField("sip_domain_sid", "sip_domain_sid", _codecs.STRING),
        WireField("date_created", "date_created", _codecs.DATETIME),
        WireField("date_updated", "date_updated", _codecs.DATETIME),
        WireField("url", "url", _codecs.STRING),
    )


_PATH_SID = Param(
    name="sid",
    wire_name="Sid",
    location="path",
    codec=_codecs.STRING,
    required=True,
    pattern="^IB[0-9a-fA-F]{32}$",
    min_length=34,
    max_length=34,
)
_CREATE = Operation(
    "POST",
    "/v1/SourceIpMappings",
    (
        Param(
            name="ip_record_sid",
            wire_name="IpRecordSid",
            location="form",
            codec=_codecs.STRING,
            required=True,
            pattern="^IL[0-9a-fA-F]{32}$",
            min_length=34,
            max_length=34,
        ),
        Param(
            name="sip_domain_sid",
            wire_name="SipDomainSid",
            location="form",
            codec=_codecs.STRING,
            required=True,
            pattern="^SD[0-9a-fA-F]{32}$",
            min_length=34,
            max_length=34,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)
_LIST = Operation(
    "GET",
    "/v1/SourceIpMappings",
    (
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
_FETCH = Operation("GET", "/v1/SourceIpMappings/{Sid}", (_PATH_SID,))
_UPDATE = Operation(
    "POST",
    "/v1/SourceIpMappings/{Sid}",
    (
        _PATH_SID,
        Param(
            name="sip_domain_sid",
            wire_name="SipDomainSid",
            location="form",
            codec=_codecs.STRING,
            required=True,
            pattern="^SD[0-9a-fA-F]{32}$",
            min_length=34,
            max_length=34,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)
_DELETE = Operation("DELETE", "/v1/SourceIpMappings/{Sid}", (_PATH_SID,))


class SourceIpMappingList(Resource):
    """source_ip_mappings: A Source IP Mapping ties an IP Record to a SIP Domain, so calls from that address are taken in by that domain."""

    def __call__(self, sid: str) -> SourceIpMappingContext:
        """The SourceIpMapping with the given sid."""
        return self._child(SourceIpMappingContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> SourceIpMappingListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(SourceIpMappingListRaw, self._path_values)

    def create(self, *, ip_record_sid: str, sip_domain_sid: str) -> SourceIpMapping:
        """Create a Source IP Mapping.

        Ties an IP Record to a SIP Domain.

        :param ip_record_sid: The IP Record to map.
        :param sip_domain_sid: The SIP Domain that takes calls from the IP Record.
        """
        return self._call(
            _CREATE,
            SourceIpMapping,
            {"ip_record_sid": ip_record_sid, "sip_domain_sid": sip_domain_sid},
        )

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> Iterator[SourceIpMapping]:
        """List Source IP Mappings. Pages are read lazily, as the iterator is consumed.

        Reads the account's Source IP Mappings one page at a time.

        :param limit: Stop after this many source_ip_mappings; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._stream(_LIST, SourceIpMapping, "source_ip_mappings", {}, limit, page_size)

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> builtins.list[SourceIpMapping]:
        """List Source IP Mappings. Every page is read before this returns.

        :param limit: Stop after this many source_ip_mappings; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._list(_LIST, SourceIpMapping, "source_ip_mappings", {}, limit, page_size)

    def page(
        self,
        *,
        page_token: str | None | Unset = UNSET,
        page_number: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
    ) -> Page[SourceIpMapping]:
        """List Source IP Mappings. Reads one page.

        :param page_size: How many resources each page holds; 50 when not given.
        :param page_number: The number of the page, counted from zero. Only the client uses it.
        :param page_token: An opaque marker the API hands out to reach the next page.
        """
        return self._page(
            _LIST,
            SourceIpMapping,
            "source_ip_mappings",
            {"page_size": page_size, "page_number": page_number, "page_token": page_token},
        )

    def get_page(self, target_url: str) -> Page[SourceIpMapping]:
        """Read the page at a URL the API gave, such as a ``next_page_url``."""
        return self._get_page(target_url, SourceIpMapping, "source_ip_mappings")


class SourceIpMappingContext(Resource):
    """One SourceIpMapping, addressed by sid."""

    @property
    def with_raw_response(self) -> SourceIpMappingContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(SourceIpMappingContextRaw, self._path_values)

    def fetch(self) -> SourceIpMapping:
        """Fetch a Source IP Mapping.

        Reads one Source IP Mapping.
        """
        return self._call(_FETCH, SourceIpMapping, {})

    def update(self, *, sip_domain_sid: str) -> SourceIpMapping:
        """Move a Source IP Mapping to another SIP Domain.

        The IP Record stays; the SIP Domain it maps to changes.

        :param sip_domain_sid: The SIP Domain that takes calls from the IP Record from now on.
        """
        return self._call(_UPDATE, SourceIpMapping, {"sip_domain_sid": sip_domain_sid})

    def delete(self) -> bool:
        """Delete a Source IP Mapping. Returns True once it is gone.

        Removes one Source IP Mapping.
        """
        return self._delete(_DELETE, {})


class SourceIpMappingListRaw(Resource):
    """The list operations of source_ip_mappings, answering with a RawResponse."""

    _raw = True
    create = raw(SourceIpMappingList.create)
    page = raw(SourceIpMappingList.page)
    get_page = raw(SourceIpMappingList.get_page)


class SourceIpMappingContextRaw(Resource):
    """The operations of one SourceIpMapping, answering with a RawResponse."""

    _raw = True
    fetch = raw(SourceIpMappingContext.fetch)
    update = raw(SourceIpMappingContext.update)
    delete = raw(SourceIpMappingContext.delete)


class AsyncSourceIpMappingList(AsyncResource):
    """source_ip_mappings, for asyncio: every operation is awaitable."""

    def __call__(self, sid: str) -> AsyncSourceIpMappingContext:
        """The SourceIpMapping with the given sid."""
        return self._child(AsyncSourceIpMappingContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> AsyncSourceIpMappingListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncSourceIpMappingListRaw, self._path_values)

    create = awaitable(SourceIpMappingList.create)
    stream = async_iterator(SourceIpMappingList.stream)
    page = async_page(SourceIpMappingList.page)
    get_page = async_page(SourceIpMappingList.get_page)
    list = awaitable(SourceIpMappingList.list)


class AsyncSourceIpMappingContext(AsyncResource):
    """One SourceIpMapping, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncSourceIpMappingContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncSourceIpMappingContextRaw, self._path_values)

    fetch = awaitable(SourceIpMappingContext.fetch)
    update = awaitable(SourceIpMappingContext.update)
    delete = awaitable(SourceIpMappingContext.delete)


class AsyncSourceIpMappingListRaw(AsyncResource):
    """The list operations of source_ip_mappings, for asyncio, answering with a RawResponse."""

    _raw = True
    create = async_raw(SourceIpMappingList.create)
    page = async_raw_page(SourceIpMappingList.page)
    get_page = async_raw_page(SourceIpMappingList.get_page)


class AsyncSourceIpMappingContextRaw(AsyncResource):
    """The operations of one SourceIpMapping, for asyncio, answering with a RawResponse."""

    _raw = True
    fetch = async_raw(SourceIpMappingContext.fetch)
    update = async_raw(SourceIpMappingContext.update)
    delete = async_raw(SourceIpMappingContext.delete)
