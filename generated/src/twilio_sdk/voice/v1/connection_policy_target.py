"""ConnectionPolicyTarget: One Target of a Connection Policy.

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
    "ConnectionPolicyTarget",
    "ConnectionPolicyTargetList",
    "AsyncConnectionPolicyTargetList",
    "ConnectionPolicyTargetContext",
    "AsyncConnectionPolicyTargetContext",
]


@dataclass(frozen=True, kw_only=True)
class ConnectionPolicyTarget(Model):
    """One Target of a Connection Policy."""

    account_sid: str | None = None
    """The Sid of the Account that owns the Target."""
    connection_policy_sid: str | None = None
    """The Sid of the Connection Policy the Target belongs to."""
    sid: str | None = None
    """The Sid Twilio gave the Target."""
    friendly_name: str | None = None
    """The label given to the Target."""
    target: str | None = None
    """The SIP address calls are sent to."""
    priority: int | None = None
    """Lower numbers are tried first."""
    weight: int | None = None
    """The share of calls among Targets of equal priority."""
    enabled: bool | None = None
    """Whether calls may be sent to this Target."""
    date_created: _dt.datetime | None = None
    """When the Target was added, in UTC (ISO 8601)."""
    date_updated: _dt.datetime | None = None
    """When the Target last changed, in UTC (ISO 8601)."""
    url: str | None = None
    """The absolute URL of this Target."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField("account_sid", "account_sid", _codecs.STRING),
        WireField("connection_policy_sid", "connection_policy_sid", _codecs.STRING),
        WireField("sid", "sid", _codecs.STRING),
        WireField("friendly_name", "friendly_name", _codecs.STRING),
        WireField("target", "target", _codecs.STRING),
        WireField("priority", "priority", _codecs.INTEGER),
        WireField("weight", "weight", _codecs.INTEGER),
        WireField("enabled", "enabled", _codecs.BOOLEAN),
        WireField("date_created", "date_created", _codecs.DATETIME),
        WireField("date_updated", "date_updated", _codecs.DATETIME),
        WireField("url", "url", _codecs.STRING),
    )


_PATH_CONNECTION_POLICY_SID = Param(
    name="connection_policy_sid",
    wire_name="ConnectionPolicySid",
    location="path",
    codec=_codecs.STRING,
    required=True,
    pattern="^NY[0-9a-fA-F]{32}$",
    min_length=34,
    max_length=34,
)
_PATH_SID = Param(
    name="sid",
    wire_name="Sid",
    location="path",
    codec=_codecs.STRING,
    required=True,
    pattern="^NE[0-9a-fA-F]{32}$",
    min_length=34,
    max_length=34,
)
_CREATE = Operation(
    "POST",
    "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets",
    (
        _PATH_CONNECTION_POLICY_SID,
        Param(
            name="target", wire_name="Target", location="form", codec=_codecs.STRING, required=True
        ),
        Param(
            name="friendly_name",
            wire_name="FriendlyName",
            location="form",
            codec=_codecs.STRING,
            max_length=255,
        ),
        Param(
            name="priority",
            wire_name="Priority",
            location="form",
            codec=_codecs.INTEGER,
            minimum=0,
            maximum=65535,
        ),
        Param(
            name="weight",
            wire_name="Weight",
            location="form",
            codec=_codecs.INTEGER,
            minimum=1,
            maximum=65535,
        ),
        Param(name="enabled", wire_name="Enabled", location="form", codec=_codecs.BOOLEAN),
    ),
    content_type="application/x-www-form-urlencoded",
)
_LIST = Operation(
    "GET",
    "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets",
    (
        _PATH_CONNECTION_POLICY_SID,
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
_FETCH = Operation(
    "GET",
    "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}",
    (_PATH_CONNECTION_POLICY_SID, _PATH_SID),
)
_UPDATE = Operation(
    "POST",
    "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}",
    (
        _PATH_CONNECTION_POLICY_SID,
        _PATH_SID,
        Param(
            name="friendly_name",
            wire_name="FriendlyName",
            location="form",
            codec=_codecs.STRING,
            max_length=255,
        ),
        Param(name="target", wire_name="Target", location="form", codec=_codecs.STRING),
        Param(
            name="priority",
            wire_name="Priority",
            location="form",
            codec=_codecs.INTEGER,
            minimum=0,
            maximum=65535,
        ),
        Param(
            name="weight",
            wire_name="Weight",
            location="form",
            codec=_codecs.INTEGER,
            minimum=1,
            maximum=65535,
        ),
        Param(name="enabled", wire_name="Enabled", location="form", codec=_codecs.BOOLEAN),
    ),
    content_type="application/x-www-form-urlencoded",
)
_DELETE = Operation(
    "DELETE",
    "/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}",
    (_PATH_CONNECTION_POLICY_SID, _PATH_SID),
)


class ConnectionPolicyTargetList(Resource):
    """targets: The SIP addresses a Connection Policy sends calls to, tried in order of priority and shared by weight among equals."""

    def __call__(self, sid: str) -> ConnectionPolicyTargetContext:
        """The ConnectionPolicyTarget with the given sid."""
        return self._child(ConnectionPolicyTargetContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> ConnectionPolicyTargetListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(ConnectionPolicyTargetListRaw, self._path_values)

    def create(
        self,
        *,
        target: str,
        friendly_name: str | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        weight: int | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
    ) -> ConnectionPolicyTarget:
        """Add a Target to a Connection Policy.

        Adds one SIP address to the policy.

        :param target: The SIP address calls are sent to; it must use the sip scheme (sips is not supported).
        :param friendly_name: A label of your choice, up to 255 characters. It need not be unique.
        :param priority: Lower numbers are tried first (0 to 65535).
        :param weight: The share of calls among Targets of equal priority (1 to 65535); higher takes more.
        :param enabled: Whether calls may be sent to this Target.
        """
        return self._call(
            _CREATE,
            ConnectionPolicyTarget,
            {
                "target": target,
                "friendly_name": friendly_name,
                "priority": priority,
                "weight": weight,
                "enabled": enabled,
            },
        )

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> Iterator[ConnectionPolicyTarget]:
        """List the Targets of a Connection Policy. Pages are read lazily, as the iterator is consumed.

        Reads the policy's Targets one page at a time.

        :param limit: Stop after this many targets; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._stream(_LIST, ConnectionPolicyTarget, "targets", {}, limit, page_size)

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> builtins.list[ConnectionPolicyTarget]:
        """List the Targets of a Connection Policy. Every page is read before this returns.

        :param limit: Stop after this many targets; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._list(_LIST, ConnectionPolicyTarget, "targets", {}, limit, page_size)

    def page(
        self,
        *,
        page_token: str | None | Unset = UNSET,
        page_number: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
    ) -> Page[ConnectionPolicyTarget]:
        """List the Targets of a Connection Policy. Reads one page.

        :param page_size: How many resources each page holds; 50 when not given.
        :param page_number: The number of the page, counted from zero. Only the client uses it.
        :param page_token: An opaque marker the API hands out to reach the next page.
        """
        return self._page(
            _LIST,
            ConnectionPolicyTarget,
            "targets",
            {"page_size": page_size, "page_number": page_number, "page_token": page_token},
        )

    def get_page(self, target_url: str) -> Page[ConnectionPolicyTarget]:
        """Read the page at a URL the API gave, such as a ``next_page_url``."""
        return self._get_page(target_url, ConnectionPolicyTarget, "targets")


class ConnectionPolicyTargetContext(Resource):
    """One ConnectionPolicyTarget, addressed by sid."""

    @property
    def with_raw_response(self) -> ConnectionPolicyTargetContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(ConnectionPolicyTargetContextRaw, self._path_values)

    def fetch(self) -> ConnectionPolicyTarget:
        """Fetch a Target.

        Reads one Target of a Connection Policy.
        """
        return self._call(_FETCH, ConnectionPolicyTarget, {})

    def update(
        self,
        *,
        friendly_name: str | None | Unset = UNSET,
        target: str | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        weight: int | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
    ) -> ConnectionPolicyTarget:
        """Update a Target.

        Changes the given properties of one Target.

        :param friendly_name: A label of your choice, up to 255 characters. It need not be unique.
        :param target: The SIP address calls are sent to; it must use the sip scheme.
        :param priority: Lower numbers are tried first (0 to 65535).
        :param weight: The share of calls among Targets of equal priority (1 to 65535).
        :param enabled: Whether calls may be sent to this Target.
        """
        return self._call(
            _UPDATE,
            ConnectionPolicyTarget,
            {
                "friendly_name": friendly_name,
                "target": target,
                "priority": priority,
                "weight": weight,
                "enabled": enabled,
            },
        )

    def delete(self) -> bool:
        """Delete a Target. Returns True once it is gone.

        Removes one SIP address from its Connection Policy.
        """
        return self._delete(_DELETE, {})


class ConnectionPolicyTargetListRaw(Resource):
    """The list operations of targets, answering with a RawResponse."""

    _raw = True
    create = raw(ConnectionPolicyTargetList.create)
    page = raw(ConnectionPolicyTargetList.page)
    get_page = raw(ConnectionPolicyTargetList.get_page)


class ConnectionPolicyTargetContextRaw(Resource):
    """The operations of one ConnectionPolicyTarget, answering with a RawResponse."""

    _raw = True
    fetch = raw(ConnectionPolicyTargetContext.fetch)
    update = raw(ConnectionPolicyTargetContext.update)
    delete = raw(ConnectionPolicyTargetContext.delete)


class AsyncConnectionPolicyTargetList(AsyncResource):
    """targets, for asyncio: every operation is awaitable."""

    def __call__(self, sid: str) -> AsyncConnectionPolicyTargetContext:
        """The ConnectionPolicyTarget with the given sid."""
        return self._child(AsyncConnectionPolicyTargetContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> AsyncConnectionPolicyTargetListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncConnectionPolicyTargetListRaw, self._path_values)

    create = awaitable(ConnectionPolicyTargetList.create)
    stream = async_iterator(ConnectionPolicyTargetList.stream)
    page = async_page(ConnectionPolicyTargetList.page)
    get_page = async_page(ConnectionPolicyTargetList.get_page)
    list = awaitable(ConnectionPolicyTargetList.list)


class AsyncConnectionPolicyTargetContext(AsyncResource):
    """One ConnectionPolicyTarget, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncConnectionPolicyTargetContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncConnectionPolicyTargetContextRaw, self._path_values)

    fetch = awaitable(ConnectionPolicyTargetContext.fetch)
    update = awaitable(ConnectionPolicyTargetContext.update)
    delete = awaitable(ConnectionPolicyTargetContext.delete)


class AsyncConnectionPolicyTargetListRaw(AsyncResource):
    """The list operations of targets, for asyncio, answering with a RawResponse."""

    _raw = True
    create = async_raw(ConnectionPolicyTargetList.create)
    page = async_raw_page(ConnectionPolicyTargetList.page)
    get_page = async_raw_page(ConnectionPolicyTargetList.get_page)


class AsyncConnectionPolicyTargetContextRaw(AsyncResource):
    """The operations of one ConnectionPolicyTarget, for asyncio, answering with a RawResponse."""

    _raw = True
    fetch = async_raw(ConnectionPolicyTargetContext.fetch)
    update = async_raw(ConnectionPolicyTargetContext.update)
    delete = async_raw(ConnectionPolicyTargetContext.delete)
