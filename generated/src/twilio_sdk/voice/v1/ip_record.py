"""IpRecord: One IP Record, addressed by its Sid.

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
    "IpRecord",
    "IpRecordList",
    "AsyncIpRecordList",
    "IpRecordContext",
    "AsyncIpRecordContext",
]


@dataclass(frozen=True, kw_only=True)
class IpRecord(Model):
    """One IP Record, addressed by its Sid."""

    account_sid: str | None = None
    """The Sid of the Account that owns the record."""
    sid: str | None = None
    """The Sid Twilio gave the record."""
    friendly_name: str | None = None
    """The label given to the record."""
    ip_address: str | None = None
    """The IPv4 address."""
    cidr_prefix_length: int | None = None
    """How many leading bits of the address form the network."""
    date_created: _dt.datetime | None = None
    """When the record was made, in UTC (ISO 8601)."""
    date_updated: _dt.datetime | None = None
    """When the record last changed, in UTC (ISO 8601)."""
    url: str | None = None
    """The absolute URL of this record."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField("account_sid", "account_sid", _codecs.STRING),
        WireField("sid", "sid", _codecs.STRING),
        WireField("friendly_name", "friendly_name", _codecs.STRING),
        WireField("ip_address", "ip_address", _codecs.STRING),
        WireField("cidr_prefix_length", "cidr_prefix_length", _codecs.INTEGER),
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
    pattern="^IL[0-9a-fA-F]{32}$",
    min_length=34,
    max_length=34,
)
_CREATE = Operation(
    "POST",
    "/v1/IpRecords",
    (
        Param(
            name="ip_address",
            wire_name="IpAddress",
            location="form",
            codec=_codecs.STRING,
            required=True,
        ),
        Param(
            name="friendly_name",
            wire_name="FriendlyName",
            location="form",
            codec=_codecs.STRING,
            max_length=255,
        ),
        Param(
            name="cidr_prefix_length",
            wire_name="CidrPrefixLength",
            location="form",
            codec=_codecs.INTEGER,
            minimum=0,
            maximum=32,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)
_LIST = Operation(
    "GET",
    "/v1/IpRecords",
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
_FETCH = Operation("GET", "/v1/IpRecords/{Sid}", (_PATH_SID,))
_UPDATE = Operation(
    "POST",
    "/v1/IpRecords/{Sid}",
    (
        _PATH_SID,
        Param(
            name="friendly_name",
            wire_name="FriendlyName",
            location="form",
            codec=_codecs.STRING,
            max_length=255,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)
_DELETE = Operation("DELETE", "/v1/IpRecords/{Sid}", (_PATH_SID,))


class IpRecordList(Resource):
    """ip_records: An IP Record names an IP address or CIDR block that calls may come from, for use in Source IP Mappings."""

    def __call__(self, sid: str) -> IpRecordContext:
        """The IpRecord with the given sid."""
        return self._child(IpRecordContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> IpRecordListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(IpRecordListRaw, self._path_values)

    def create(
        self,
        *,
        ip_address: str,
        friendly_name: str | None | Unset = UNSET,
        cidr_prefix_length: int | None | Unset = UNSET,
    ) -> IpRecord:
        """Create an IP Record.

        Records a new IP address or address block.

        :param ip_address: The IPv4 address, without a prefix length.
        :param friendly_name: A label of your choice, up to 255 characters. It need not be unique.
        :param cidr_prefix_length: How many leading bits of the address form the network (0 to 32); 32 when not given, meaning this one address.
        """
        return self._call(
            _CREATE,
            IpRecord,
            {
                "ip_address": ip_address,
                "friendly_name": friendly_name,
                "cidr_prefix_length": cidr_prefix_length,
            },
        )

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> Iterator[IpRecord]:
        """List IP Records. Pages are read lazily, as the iterator is consumed.

        Reads the account's IP Records one page at a time.

        :param limit: Stop after this many ip_records; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._stream(_LIST, IpRecord, "ip_records", {}, limit, page_size)

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> builtins.list[IpRecord]:
        """List IP Records. Every page is read before this returns.

        :param limit: Stop after this many ip_records; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._list(_LIST, IpRecord, "ip_records", {}, limit, page_size)

    def page(
        self,
        *,
        page_token: str | None | Unset = UNSET,
        page_number: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
    ) -> Page[IpRecord]:
        """List IP Records. Reads one page.

        :param page_size: How many resources each page holds; 50 when not given.
        :param page_number: The number of the page, counted from zero. Only the client uses it.
        :param page_token: An opaque marker the API hands out to reach the next page.
        """
        return self._page(
            _LIST,
            IpRecord,
            "ip_records",
            {"page_size": page_size, "page_number": page_number, "page_token": page_token},
        )

    def get_page(self, target_url: str) -> Page[IpRecord]:
        """Read the page at a URL the API gave, such as a ``next_page_url``."""
        return self._get_page(target_url, IpRecord, "ip_records")


class IpRecordContext(Resource):
    """One IpRecord, addressed by sid."""

    @property
    def with_raw_response(self) -> IpRecordContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(IpRecordContextRaw, self._path_values)

    def fetch(self) -> IpRecord:
        """Fetch an IP Record.

        Reads one IP Record.
        """
        return self._call(_FETCH, IpRecord, {})

    def update(self, *, friendly_name: str | None | Unset = UNSET) -> IpRecord:
        """Rename an IP Record.

        Only the label of an IP Record can change; its address cannot.

        :param friendly_name: A label of your choice, up to 255 characters. It need not be unique.
        """
        return self._call(_UPDATE, IpRecord, {"friendly_name": friendly_name})

    def delete(self) -> bool:
        """Delete an IP Record. Returns True once it is gone.

        Removes one IP Record.
        """
        return self._delete(_DELETE, {})


class IpRecordListRaw(Resource):
    """The list operations of ip_records, answering with a RawResponse."""

    _raw = True
    create = raw(IpRecordList.create)
    page = raw(IpRecordList.page)
    get_page = raw(IpRecordList.get_page)


class IpRecordContextRaw(Resource):
    """The operations of one IpRecord, answering with a RawResponse."""

    _raw = True
    fetch = raw(IpRecordContext.fetch)
    update = raw(IpRecordContext.update)
    delete = raw(IpRecordContext.delete)


class AsyncIpRecordList(AsyncResource):
    """ip_records, for asyncio: every operation is awaitable."""

    def __call__(self, sid: str) -> AsyncIpRecordContext:
        """The IpRecord with the given sid."""
        return self._child(AsyncIpRecordContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> AsyncIpRecordListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncIpRecordListRaw, self._path_values)

    create = awaitable(IpRecordList.create)
    stream = async_iterator(IpRecordList.stream)
    page = async_page(IpRecordList.page)
    get_page = async_page(IpRecordList.get_page)
    list = awaitable(IpRecordList.list)


class AsyncIpRecordContext(AsyncResource):
    """One IpRecord, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncIpRecordContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncIpRecordContextRaw, self._path_values)

    fetch = awaitable(IpRecordContext.fetch)
    update = awaitable(IpRecordContext.update)
    delete = awaitable(IpRecordContext.delete)


class AsyncIpRecordListRaw(AsyncResource):
    """The list operations of ip_records, for asyncio, answering with a RawResponse."""

    _raw = True
    create = async_raw(IpRecordList.create)
    page = async_raw_page(IpRecordList.page)
    get_page = async_raw_page(IpRecordList.get_page)


class AsyncIpRecordContextRaw(AsyncResource):
    """The operations of one IpRecord, for asyncio, answering with a RawResponse."""

    _raw = True
    fetch = async_raw(IpRecordContext.fetch)
    update = async_raw(IpRecordContext.update)
    delete = async_raw(IpRecordContext.delete)
