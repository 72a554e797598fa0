"""DialingPermissions: Voice dialing permissions: which countries, and which risky number ranges in them, the account may call.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import builtins
import enum
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Iterator

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
    from .bulk_country_update import AsyncBulkCountryUpdateList, BulkCountryUpdateList
    from .country import AsyncCountryList, CountryList
    from .settings import AsyncSettingsList, SettingsList

__all__ = [
    "DialingPermissionsList",
    "AsyncDialingPermissionsList",
]


class DialingPermissionsList(Resource):
    """dialing_permissions: Voice dialing permissions: which countries, and which risky number ranges in them, the account may call."""

    @cached_property
    def bulk_country_updates(self) -> BulkCountryUpdateList:
        """bulk_country_updates: A request that changes the dialing permissions of several countries at once."""
        from .bulk_country_update import BulkCountryUpdateList

        return self._child(BulkCountryUpdateList, {})

    @cached_property
    def countries(self) -> CountryList:
        """countries: The dialing permissions for one country."""
        from .country import CountryList

        return self._child(CountryList, {})

    @cached_property
    def settings(self) -> SettingsList:
        """settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""
        from .settings import SettingsList

        return self._child(SettingsList, {})


class AsyncDialingPermissionsList(AsyncResource):
    """dialing_permissions, for asyncio: every operation is awaitable."""

    @cached_property
    def bulk_country_updates(self) -> AsyncBulkCountryUpdateList:
        """bulk_country_updates: A request that changes the dialing permissions of several countries at once."""
        from .bulk_country_update import AsyncBulkCountryUpdateList

        return self._child(AsyncBulkCountryUpdateList, {})

    @cached_property
    def countries(self) -> AsyncCountryList:
        """countries: The dialing permissions for one country."""
        from .country import AsyncCountryList

        return self._child(AsyncCountryList, {})

    @cached_property
    def settings(self) -> AsyncSettingsList:
        """settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""
        from .settings import AsyncSettingsList

        return self._child(AsyncSettingsList, {})
