"""Settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account.

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

__all__ = ["Settings", "SettingsList", "SettingsContext"]


@dataclass(frozen=True, kw_only=True)
class Settings(Model):
    """Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""

    dialing_permissions_inheritance: bool | None = None
    """Whether a subaccount takes its dialing permissions from its parent account."""
    url: str | None = None
    """The absolute URL of the settings."""

    _wire_fields: ClassVar[tuple[WireField, ...]] = (
        WireField(
            "dialing_permissions_inheritance", "dialing_permissions_inheritance", codecs.BOOLEAN
        ),
        WireField("url", "url", codecs.STRING),
    )


_FETCH = Operation(
    "GET",
    "/v1/Settings",
    (),
)
_UPDATE = Operation(
    "POST",
    "/v1/Settings",
    (
        Param(
            "dialing_permissions_inheritance",
            "DialingPermissionsInheritance",
            "form",
            codecs.BOOLEAN,
        ),
    ),
    has_form=True,
)


class SettingsList(Resource):
    """settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""

    def __call__(self) -> SettingsContext:
        """The Settings."""
        return SettingsContext(self._version, {**self._path_values})

    get = __call__


class SettingsContext(Resource):
    """One Settings."""

    def fetch(self) -> Settings:
        """Fetch the voice settings.

        Reads the account's voice settings.
        """
        return self._call(_FETCH, Settings, {})

    def update(self, *, dialing_permissions_inheritance: bool | Unset = UNSET) -> Settings:
        """Update the voice settings.

        Changes the account's voice settings; the change is accepted (202) and takes effect shortly.

        :param dialing_permissions_inheritance: Whether a subaccount takes its dialing permissions from its parent account.
        """
        return self._call(
            _UPDATE, Settings, {"dialing_permissions_inheritance": dialing_permissions_inheritance}
        )
