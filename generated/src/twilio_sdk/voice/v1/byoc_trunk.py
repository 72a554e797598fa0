"""ByocTrunk: One BYOC Trunk, addressed by its Sid.

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
from ..._runtime.values import UNSET, Unset, WireEnum

__all__ = [
    "HttpMethod",
    "ByocTrunk",
    "ByocTrunkList",
    "AsyncByocTrunkList",
    "ByocTrunkContext",
    "AsyncByocTrunkContext",
]


class HttpMethod(WireEnum):
    GET = "GET"
    POST = "POST"


@dataclass(frozen=True, kw_only=True)
class ByocTrunk(Model):
    """One BYOC Trunk, addressed by its Sid."""

    account_sid: str | None = None
    """The Sid of the Account that owns the trunk."""
    sid: str | None = None
    """The Sid Twilio gave the trunk."""
    friendly_name: str | None = None
    """The label given to the trunk."""
    voice_url: str | None = None
    """The URL Twilio requests when the trunk receives a call."""
    voice_method: HttpMethod | str | None = None
    """The HTTP method used for voice_url."""
    voice_fallback_url: str | None = None
    """The URL Twilio requests when voice_url fails."""
    voice_fallback_method: HttpMethod | str | None = None
    """The HTTP method used for voice_fallback_url."""
    status_callback_url: str | None = None
    """The URL Twilio sends call status changes to."""
    status_callback_method: HttpMethod | str | None = None
    """The HTTP method used for status_callback_url."""
    cnam_lookup_enabled: bool | None = None
    """Whether caller name lookup is on for incoming calls."""
    connection_policy_sid: str | None = None
    """The Connection Policy that routes the trunk's outbound calls."""
    from_domain_sid: str | None = None
    """The SIP Domain whose calls go out through the trunk."""
    date_created: _dt.datetime | None = None
    """When the trunk was made, in UTC (ISO 8601)."""
    date_updated: _dt.datetime | None = None
    """When the trunk last changed, in UTC (ISO 8601)."""
    url: str | None = None
    """The absolute URL of this trunk."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField("account_sid", "account_sid", _codecs.STRING),
        WireField("sid", "sid", _codecs.STRING),
        WireField("friendly_name", "friendly_name", _codecs.STRING),
        WireField("voice_url", "voice_url", _codecs.STRING),
        WireField("voice_method", "voice_method", _codecs.EnumOf(HttpMethod)),
        WireField("voice_fallback_url", "voice_fallback_url", _codecs.STRING),
        WireField("voice_fallback_method", "voice_fallback_method", _codecs.EnumOf(HttpMethod)),
        WireField("status_callback_url", "status_callback_url", _codecs.STRING),
        WireField("status_callback_method", "status_callback_method", _codecs.EnumOf(HttpMethod)),
        WireField("cnam_lookup_enabled", "cnam_lookup_enabled", _codecs.BOOLEAN),
        WireField("connection_policy_sid", "connection_policy_sid", _codecs.STRING),
        WireField("from_domain_sid", "from_domain_sid", _codecs.STRING),
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
    pattern="^BY[0-9a-fA-F]{32}$",
    min_length=34,
    max_length=34,
)
_CREATE = Operation(
    "POST",
    "/v1/ByocTrunks",
    (
        Param(
            name="friendly_name",
            wire_name="FriendlyName",
            location="form",
            codec=_codecs.STRING,
            max_length=255,
        ),
        Param(name="voice_url", wire_name="VoiceUrl", location="form", codec=_codecs.STRING),
        Param(
            name="voice_method",
            wire_name="VoiceMethod",
            location="form",
            codec=_codecs.EnumOf(HttpMethod),
        ),
        Param(
            name="voice_fallback_url",
            wire_name="VoiceFallbackUrl",
            location="form",
            codec=_codecs.STRING,
        ),
        Param(
            name="voice_fallback_method",
            wire_name="VoiceFallbackMethod",
            location="form",
            codec=_codecs.EnumOf(HttpMethod),
        ),
        Param(
            name="status_callback_url",
            wire_name="StatusCallbackUrl",
            location="form",
            codec=_codecs.STRING,
        ),
        Param(
            name="status_callback_method",
            wire_name="StatusCallbackMethod",
            location="form",
            codec=_codecs.EnumOf(HttpMethod),
        ),
        Param(
            name="cnam_lookup_enabled",
            wire_name="CnamLookupEnabled",
            location="form",
            codec=_codecs.BOOLEAN,
        ),
        Param(
            name="connection_policy_sid",
            wire_name="ConnectionPolicySid",
            location="form",
            codec=_codecs.STRING,
            pattern="^NY[0-9a-fA-F]{32}$",
            min_length=34,
            max_length=34,
        ),
        Param(
            name="from_domain_sid",
            wire_name="FromDomainSid",
            location="form",
            codec=_codecs.STRING,
            pattern="^SD[0-9a-fA-F]{32}$",
            min_length=34,
            max_length=34,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)
_LIST = Operation(
    "GET",
    "/v1/ByocTrunks",
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
_FETCH = Operation("GET", "/v1/ByocTrunks/{Sid}", (_PATH_SID,))
_UPDATE = Operation(
    "POST",
    "/v1/ByocTrunks/{Sid}",
    (
        _PATH_SID,
        Param(
            name="friendly_name",
            wire_name="FriendlyName",
            location="form",
            codec=_codecs.STRING,
            max_length=255,
        ),
        Param(name="voice_url", wire_name="VoiceUrl", location="form", codec=_codecs.STRING),
        Param(
            name="voice_method",
            wire_name="VoiceMethod",
            location="form",
            codec=_codecs.EnumOf(HttpMethod),
        ),
        Param(
            name="voice_fallback_url",
            wire_name="VoiceFallbackUrl",
            location="form",
            codec=_codecs.STRING,
        ),
        Param(
            name="voice_fallback_method",
            wire_name="VoiceFallbackMethod",
            location="form",
            codec=_codecs.EnumOf(HttpMethod),
        ),
        Param(
            name="status_callback_url",
            wire_name="StatusCallbackUrl",
            location="form",
            codec=_codecs.STRING,
        ),
        Param(
            name="status_callback_method",
            wire_name="StatusCallbackMethod",
            location="form",
            codec=_codecs.EnumOf(HttpMethod),
        ),
        Param(
            name="cnam_lookup_enabled",
            wire_name="CnamLookupEnabled",
            location="form",
            codec=_codecs.BOOLEAN,
        ),
        Param(
            name="connection_policy_sid",
            wire_name="ConnectionPolicySid",
            location="form",
            codec=_codecs.STRING,
            pattern="^NY[0-9a-fA-F]{32}$",
            min_length=34,
            max_length=34,
        ),
        Param(
            name="from_domain_sid",
            wire_name="FromDomainSid",
            location="form",
            codec=_codecs.STRING,
            pattern="^SD[0-9a-fA-F]{32}$",
            min_length=34,
            max_length=34,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)
_DELETE = Operation("DELETE", "/v1/ByocTrunks/{Sid}", (_PATH_SID,))


class ByocTrunkList(Resource):
    """byoc_trunks: A BYOC (Bring Your Own Carrier) Trunk connects your own voice carrier to Twilio, so its calls can use Programmable Voice."""

    def __call__(self, sid: str) -> ByocTrunkContext:
        """The ByocTrunk with the given sid."""
        return self._child(ByocTrunkContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> ByocTrunkListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(ByocTrunkListRaw, self._path_values)

    def create(
        self,
        *,
        friendly_name: str | None | Unset = UNSET,
        voice_url: str | None | Unset = UNSET,
        voice_method: HttpMethod | str | None | Unset = UNSET,
        voice_fallback_url: str | None | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | None | Unset = UNSET,
        status_callback_url: str | None | Unset = UNSET,
        status_callback_method: HttpMethod | str | None | Unset = UNSET,
        cnam_lookup_enabled: bool | None | Unset = UNSET,
        connection_policy_sid: str | None | Unset = UNSET,
        from_domain_sid: str | None | Unset = UNSET,
    ) -> ByocTrunk:
        """Create a BYOC Trunk.

        Sets up a new BYOC Trunk in the account.

        :param friendly_name: A label of your choice, up to 255 characters. It need not be unique.
        :param voice_url: The URL Twilio requests when the trunk receives a call.
        :param voice_method: The HTTP method Twilio uses to request a URL.
        :param voice_fallback_url: The URL Twilio requests when the voice URL fails or returns bad TwiML.
        :param voice_fallback_method: The HTTP method Twilio uses to request a URL.
        :param status_callback_url: The URL Twilio sends call status changes to.
        :param status_callback_method: The HTTP method Twilio uses to request a URL.
        :param cnam_lookup_enabled: Whether caller name (CNAM) is looked up for calls from the United States and Canada that reach the trunk.
        :param connection_policy_sid: The Connection Policy that routes the trunk's outbound calls.
        :param from_domain_sid: The SIP Domain whose calls go out through the trunk.
        """
        return self._call(
            _CREATE,
            ByocTrunk,
            {
                "friendly_name": friendly_name,
                "voice_url": voice_url,
                "voice_method": voice_method,
                "voice_fallback_url": voice_fallback_url,
                "voice_fallback_method": voice_fallback_method,
                "status_callback_url": status_callback_url,
                "status_callback_method": status_callback_method,
                "cnam_lookup_enabled": cnam_lookup_enabled,
                "connection_policy_sid": connection_policy_sid,
                "from_domain_sid": from_domain_sid,
            },
        )

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> Iterator[ByocTrunk]:
        """List BYOC Trunks. Pages are read lazily, as the iterator is consumed.

        Reads the account's BYOC Trunks one page at a time.

        :param limit: Stop after this many byoc_trunks; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._stream(_LIST, ByocTrunk, "byoc_trunks", {}, limit, page_size)

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> builtins.list[ByocTrunk]:
        """List BYOC Trunks. Every page is read before this returns.

        :param limit: Stop after this many byoc_trunks; all of them when None.
        :param page_size: How many to read per request; the API's default when None.
        """
        return self._list(_LIST, ByocTrunk, "byoc_trunks", {}, limit, page_size)

    def page(
        self,
        *,
        page_token: str | None | Unset = UNSET,
        page_number: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
    ) -> Page[ByocTrunk]:
        """List BYOC Trunks. Reads one page.

        :param page_size: How many resources each page holds; 50 when not given.
        :param page_number: The number of the page, counted from zero. Only the client uses it.
        :param page_token: An opaque marker the API hands out to reach the next page.
        """
        return self._page(
            _LIST,
            ByocTrunk,
            "byoc_trunks",
            {"page_size": page_size, "page_number": page_number, "page_token": page_token},
        )

    def get_page(self, target_url: str) -> Page[ByocTrunk]:
        """Read the page at a URL the API gave, such as a ``next_page_url``."""
        return self._get_page(target_url, ByocTrunk, "byoc_trunks")


class ByocTrunkContext(Resource):
    """One ByocTrunk, addressed by sid."""

    @property
    def with_raw_response(self) -> ByocTrunkContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(ByocTrunkContextRaw, self._path_values)

    def fetch(self) -> ByocTrunk:
        """Fetch a BYOC Trunk.

        Reads one BYOC Trunk.
        """
        return self._call(_FETCH, ByocTrunk, {})

    def update(
        self,
        *,
        friendly_name: str | None | Unset = UNSET,
        voice_url: str | None | Unset = UNSET,
        voice_method: HttpMethod | str | None | Unset = UNSET,
        voice_fallback_url: str | None | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | None | Unset = UNSET,
        status_callback_url: str | None | Unset = UNSET,
        status_callback_method: HttpMethod | str | None | Unset = UNSET,
        cnam_lookup_enabled: bool | None | Unset = UNSET,
        connection_policy_sid: str | None | Unset = UNSET,
        from_domain_sid: str | None | Unset = UNSET,
    ) -> ByocTrunk:
        """Update a BYOC Trunk.

        Changes the given properties of one BYOC Trunk.

        :param friendly_name: A label of your choice, up to 255 characters. It need not be unique.
        :param voice_url: The URL Twilio requests when the trunk receives a call.
        :param voice_method: The HTTP method Twilio uses to request a URL.
        :param voice_fallback_url: The URL Twilio requests when the voice URL fails or returns bad TwiML.
        :param voice_fallback_method: The HTTP method Twilio uses to request a URL.
        :param status_callback_url: The URL Twilio sends call status changes to.
        :param status_callback_method: The HTTP method Twilio uses to request a URL.
        :param cnam_lookup_enabled: Whether caller name (CNAM) is looked up for calls from the United States and Canada that reach the trunk.
        :param connection_policy_sid: The Connection Policy that routes the trunk's outbound calls.
        :param from_domain_sid: The SIP Domain whose calls go out through the trunk.
        """
        return self._call(
            _UPDATE,
            ByocTrunk,
            {
                "friendly_name": friendly_name,
                "voice_url": voice_url,
                "voice_method": voice_method,
                "voice_fallback_url": voice_fallback_url,
                "voice_fallback_method": voice_fallback_method,
                "status_callback_url": status_callback_url,
                "status_callback_method": status_callback_method,
                "cnam_lookup_enabled": cnam_lookup_enabled,
                "connection_policy_sid": connection_policy_sid,
                "from_domain_sid": from_domain_sid,
            },
        )

    def delete(self) -> bool:
        """Delete a BYOC Trunk. Returns True once it is gone.

        Removes one BYOC Trunk.
        """
        return self._delete(_DELETE, {})


class ByocTrunkListRaw(Resource):
    """The list operations of byoc_trunks, answering with a RawResponse."""

    _raw = True
    create = raw(ByocTrunkList.create)
    page = raw(ByocTrunkList.page)
    get_page = raw(ByocTrunkList.get_page)


class ByocTrunkContextRaw(Resource):
    """The operations of one ByocTrunk, answering with a RawResponse."""

    _raw = True
    fetch = raw(ByocTrunkContext.fetch)
    update = raw(ByocTrunkContext.update)
    delete = raw(ByocTrunkContext.delete)


class AsyncByocTrunkList(AsyncResource):
    """byoc_trunks, for asyncio: every operation is awaitable."""

    def __call__(self, sid: str) -> AsyncByocTrunkContext:
        """The ByocTrunk with the given sid."""
        return self._child(AsyncByocTrunkContext, {**self._path_values, "sid": sid})

    get = __call__

    @property
    def with_raw_response(self) -> AsyncByocTrunkListRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncByocTrunkListRaw, self._path_values)

    create = awaitable(ByocTrunkList.create)
    stream = async_iterator(ByocTrunkList.stream)
    page = async_page(ByocTrunkList.page)
    get_page = async_page(ByocTrunkList.get_page)
    list = awaitable(ByocTrunkList.list)


class AsyncByocTrunkContext(AsyncResource):
    """One ByocTrunk, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncByocTrunkContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncByocTrunkContextRaw, self._path_values)

    fetch = awaitable(ByocTrunkContext.fetch)
    update = awaitable(ByocTrunkContext.update)
    delete = awaitable(ByocTrunkContext.delete)


class AsyncByocTrunkListRaw(AsyncResource):
    """The list operations of byoc_trunks, for asyncio, answering with a RawResponse."""

    _raw = True
    create = async_raw(ByocTrunkList.create)
    page = async_raw_page(ByocTrunkList.page)
    get_page = async_raw_page(ByocTrunkList.get_page)


class AsyncByocTrunkContextRaw(AsyncResource):
    """The operations of one ByocTrunk, for asyncio, answering with a RawResponse."""

    _raw = True
    fetch = async_raw(ByocTrunkContext.fetch)
    update = async_raw(ByocTrunkContext.update)
    delete = async_raw(ByocTrunkContext.delete)
