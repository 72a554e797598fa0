"""ConnectionPolicy: One Connection Policy, addressed by its Sid.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import builtins
import datetime as _dt
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Iterator

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

if TYPE_CHECKING:  # child modules are imported on first access
    from . import connection_policy_target as _child_connection_policy_target

__all__ = [
    "ConnectionPolicy",
    "ConnectionPolicyList",
    "AsyncConnectionPolicyList",
    "ConnectionPolicyContext",
    "AsyncConnectionPolicyContext",
]


@dataclass(frozen=True, kw_only=True)
class ConnectionPolicy(Model):
    """One Connection Policy, addressed by its Sid."""

    account_sid: str | None = None
    """The Sid of the Account that owns the Connection Policy."""
    sid: str | None = None
    """The Sid Twilio gave the Connection Policy when it was made."""
    friendly_name: str | None = None
    """The label given to the Connection Policy."""
    date_created: _dt.datetime | None = None
    """When the Connection Policy was made, in UTC (ISO 8601)."""
    date_updated: _dt.datetime | None = None
    """When the Connection Policy last changed, in UTC (ISO 8601)."""
    url: str | None = None
    """The absolute URL of this Connection Policy."""
    links: dict[str, str] | None = None
    """The URLs of the resources that belong to this Connection Policy."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField("account_sid", "account_sid", _codecs.STRING),
        WireField("sid", "sid", _codecs.STRING),
        WireField("friendly_name", "friendly_name", _codecs.STRING),
        WireField("date_created", "date_created", _codecs.DATETIME),
        WireField("date_updated", "date_updated", _codecs.DATETIME),
        WireField("url", "url", _codecs.STRING),
        WireField("links", "links", _codecs.JSON),
    )


_PATH_SID = Param(
    name="sid",
    wire_name="Sid",
    location="path",
    codec=_codecs.STRING,
    required=True,
    pattern="^NY[0-9a-fA-F]{32}$",
    min_length=34,
    max_length=34,
)
_CREATE = Operation(
    "POST",
    "/v1/ConnectionPolicies",
    (
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
_LIST = Operation(
    "GET",
    "/v1/ConnectionPolicies",
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
_FETCH = Operation("GET", "/v1/ConnectionPolicies/{Sid}", (_PATH_SID,))
_UPDATE = Operation(
    "POST",
    "/v1/ConnectionPolicies/{Sid}",
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
_DELETE = Operation("DELETE", "/v1/ConnectionPolicies/{Sid}", (_PATH_SID,))


class ConnectionPolicyList(Resource):
    """connection_policies: A Connection Policy is an ordered list of SIP addresses that outbound calls are routed to when they leave Twilio for a BYOC Trunk."""

    def __call__(self, sid: str) -> ConnectionPolicyContext:
        """The ConnectionPolicy with the given sid."""
        return self._child(ConnectionPolicyContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> ConnectionPolicyListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(ConnectionPolicyListRaw, self._path_values)

    def create(self, *, friendly_name: str | None | Unset = UNSET) -> ConnectionPolicy:
        """Create a Connection Policy.

        Makes a new, empty Connection Policy in the account.

        :param friendly_name: A label of your choice for the Connection Policy, up to 255 characters. It need not be unique.
        """
        return self._call(_CREATE, ConnectionPolicy, {"friendly_name": friendly_name})

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> Iterator[ConnectionPolicy]:
        """List Connection Policies. Pages are read lazily, as the iterator is consumed.

        Reads the account's Connection Policies one page at a time.

        :param limit: Stop after this many connection_policies; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._stream(_LIST, ConnectionPolicy, "connection_policies", {}, limit, page_size)

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> builtins.list[ConnectionPolicy]:
        """List Connection Policies. Every page is read before this returns.

        :param limit: Stop after this many connection_policies; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._list(_LIST, ConnectionPolicy, "connection_policies", {}, limit, page_size)

    def page(
        self,
        *,
        page_token: str | None | Unset = UNSET,
        page_number: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
    ) -> Page[ConnectionPolicy]:
        """List Connection Policies. Reads one page.

        :param page_size: How many resources each page holds; 50 when not given.
        :param page_number: The number of the page, counted from zero. Only the client uses it.
        :param page_token: An opaque marker the API hands out to reach the next page.
        """
        return self._page(
            _LIST,
            ConnectionPolicy,
            "connection_policies",
            {"page_size": page_size, "page_number": page_number, "page_token": page_token},
        )

    def get_page(self, target_url: str) -> Page[ConnectionPolicy]:
        """Read the page at a URL the API gave, such as a ``next_page_url``."""
        return self._get_page(target_url, ConnectionPolicy, "connection_policies")


class ConnectionPolicyContext(Resource):
    """One ConnectionPolicy, addressed by sid."""

    @cached_property
    def targets(self) -> _child_connection_policy_target.ConnectionPolicyTargetList:
        """targets: One Target of a Connection Policy."""
        from . import connection_policy_target as child_module

        return self._child(
            child_module.ConnectionPolicyTargetList,
            {"connection_policy_sid": self._path_values["sid"]},
        )

    @property
    def with_raw_response(self) -> ConnectionPolicyContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(ConnectionPolicyContextRaw, self._path_values)

    def fetch(self) -> ConnectionPolicy:
        """Fetch a Connection Policy.

        Reads one Connection Policy.
        """
        return self._call(_FETCH, ConnectionPolicy, {})

    def update(self, *, friendly_name: str | None | Unset = UNSET) -> ConnectionPolicy:
        """Update a Connection Policy.

        Changes the given properties of one Connection Policy.

        :param friendly_name: A label of your choice for the Connection Policy, up to 255 characters. It need not be unique.
        """
        return self._call(_UPDATE, ConnectionPolicy, {"friendly_name": friendly_name})

    def delete(self) -> bool:
        """Delete a Connection Policy. Returns True once it is gone.

        Removes one Connection Policy and the Targets it holds.
        """
        return self._delete(_DELETE, {})


class ConnectionPolicyListRaw(Resource):
    """The list operations of connection_policies, answering with a RawResponse."""

    _raw = True
    create = raw(ConnectionPolicyList.create)
    page = raw(ConnectionPolicyList.page)
    get_page = raw(ConnectionPolicyList.get_page)


class ConnectionPolicyContextRaw(Resource):
    """The operations of one ConnectionPolicy, answering with a RawResponse."""

    _raw = True
    fetch = raw(ConnectionPolicyContext.fetch)
    update = raw(ConnectionPolicyContext.update)
    delete = raw(ConnectionPolicyContext.delete)


class AsyncConnectionPolicyList(AsyncResource):
    """connection_policies, for asyncio: every operation is awaitable."""

    def __call__(self, sid: str) -> AsyncConnectionPolicyContext:
        """The ConnectionPolicy with the given sid."""
        return self._child(AsyncConnectionPolicyContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> AsyncConnectionPolicyListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncConnectionPolicyListRaw, self._path_values)

    create = awaitable(ConnectionPolicyList.create)
    stream = async_iterator(ConnectionPolicyList.stream)
    page = async_page(ConnectionPolicyList.page)
    get_page = async_page(ConnectionPolicyList.get_page)
    list = awaitable(ConnectionPolicyList.list)


class AsyncConnectionPolicyContext(AsyncResource):
    """One ConnectionPolicy, for asyncio: every operation is awaitable."""

    @cached_property
    def targets(self) -> _child_connection_policy_target.AsyncConnectionPolicyTargetList:
        """targets: One Target of a Connection Policy."""
        from . import connection_policy_target as child_module

        return self._child(
            child_module.AsyncConnectionPolicyTargetList,
            {"connection_policy_sid": self._path_values["sid"]},
        )

    @property
    def with_raw_response(self) -> AsyncConnectionPolicyContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncConnectionPolicyContextRaw, self._path_values)

    fetch = awaitable(ConnectionPolicyContext.fetch)
    update = awaitable(ConnectionPolicyContext.update)
    delete = awaitable(ConnectionPolicyContext.delete)


class AsyncConnectionPolicyListRaw(AsyncResource):
    """The list operations of connection_policies, for asyncio, answering with a RawResponse."""

    _raw = True
    create = async_raw(ConnectionPolicyList.create)
    page = async_raw_page(ConnectionPolicyList.page)
    get_page = async_raw_page(ConnectionPolicyList.get_page)


class AsyncConnectionPolicyContextRaw(AsyncResource):
    """The operations of one ConnectionPolicy, for asyncio, answering with a RawResponse."""

    _raw = True
    fetch = async_raw(ConnectionPolicyContext.fetch)
    update = async_raw(ConnectionPolicyContext.update)
    delete = async_raw(ConnectionPolicyContext.delete)
