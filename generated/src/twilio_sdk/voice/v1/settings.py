"""Settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..._runtime import codecs as _codecs
from ..._runtime.model import Model, WireField
from ..._runtime.operation import Operation, Param
from ..._runtime.resource import AsyncResource, Resource, async_raw, awaitable, raw
from ..._runtime.values import UNSET, Unset

__all__ = [
    "Settings",
    "SettingsList",
    "AsyncSettingsList",
    "SettingsContext",
    "AsyncSettingsContext",
]


@dataclass(frozen=True, kw_only=True)
class Settings(Model):
    """Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""

    dialing_permissions_inheritance: bool | None = None
    """Whether a subaccount takes its dialing permissions from its parent account."""
    url: str | None = None
    """The absolute URL of the settings."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField(
            "dialing_permissions_inheritance", "dialing_permissions_inheritance", _codecs.BOOLEAN
        ),
        WireField("url", "url", _codecs.STRING),
    )


_FETCH = Operation("GET", "/v1/Settings", ())
_UPDATE = Operation(
    "POST",
    "/v1/Settings",
    (
        Param(
            name="dialing_permissions_inheritance",
            wire_name="DialingPermissionsInheritance",
            location="form",
            codec=_codecs.BOOLEAN,
        ),
    ),
    content_type="application/x-www-form-urlencoded",
)


class SettingsList(Resource):
    """settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""

    def __call__(self) -> SettingsContext:
        """The Settings."""
        return self._child(SettingsContext, {**self._path_values})

    get = __call__


class SettingsContext(Resource):
    """One Settings."""

    @property
    def with_raw_response(self) -> SettingsContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(SettingsContextRaw, self._path_values)

    def fetch(self) -> Settings:
        """Fetch the voice settings.

        Reads the account's voice settings.
        """
        return self._call(_FETCH, Settings, {})

    def update(self, *, dialing_permissions_inheritance: bool | None | Unset = UNSET) -> Settings:
        """Update the voice settings.

        Changes the account's voice settings; the change is accepted (202) and takes effect shortly.

        :param dialing_permissions_inheritance: Whether a subaccount takes its dialing permissions from its parent account.
        """
        return self._call(
            _UPDATE, Settings, {"dialing_permissions_inheritance": dialing_permissions_inheritance}
        )


class SettingsContextRaw(Resource):
    """The operations of one Settings, answering with a RawResponse."""

    _raw = True
    fetch = raw(SettingsContext.fetch)
    update = raw(SettingsContext.update)


class AsyncSettingsList(AsyncResource):
    """settings, for asyncio: every operation is awaitable."""

    def __call__(self) -> AsyncSettingsContext:
        """The Settings."""
        return self._child(AsyncSettingsContext, {**self._path_values})

    get = __call__


class AsyncSettingsContext(AsyncResource):
    """One Settings, for asyncio: every operation is awaitable."""

    @property
    def with_raw_response(self) -> AsyncSettingsContextRaw:
        """The same operations, answering with status, headers and the parsed result."""
        return self._child(AsyncSettingsContextRaw, self._path_values)

    fetch = awaitable(SettingsContext.fetch)
    update = awaitable(SettingsContext.update)


class AsyncSettingsContextRaw(AsyncResource):
    """The operations of one Settings, for asyncio, answering with a RawResponse."""

    _raw = True
    fetch = async_raw(SettingsContext.fetch)
    update = async_raw(SettingsContext.update)
