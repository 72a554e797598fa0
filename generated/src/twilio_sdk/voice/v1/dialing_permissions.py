"""DialingPermissions: Voice dialing permissions: which countries, and which risky number ranges in them, the account may call.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._runtime.resource import AsyncResource, Resource

if TYPE_CHECKING:  # child modules are imported on first access
    from . import bulk_country_update as _child_bulk_country_update
    from . import country as _child_country
    from . import settings as _child_settings

__all__ = ["DialingPermissionsList", "AsyncDialingPermissionsList"]


class DialingPermissionsList(Resource):
    """dialing_permissions: Voice dialing permissions: which countries, and which risky number ranges in them, the account may call."""

    @cached_property
    def bulk_country_updates(self) -> _child_bulk_country_update.BulkCountryUpdateList:
        """bulk_country_updates: A request that changes the dialing permissions of several countries at once."""
        from . import bulk_country_update as child_module

        return self._child(child_module.BulkCountryUpdateList, {})

    @cached_property
    def countries(self) -> _child_country.CountryList:
        """countries: The dialing permissions for one country."""
        from . import country as child_module

        return self._child(child_module.CountryList, {})

    @cached_property
    def settings(self) -> _child_settings.SettingsList:
        """settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""
        from . import settings as child_module

        return self._child(child_module.SettingsList, {})


class AsyncDialingPermissionsList(AsyncResource):
    """dialing_permissions, for asyncio: every operation is awaitable."""

    @cached_property
    def bulk_country_updates(self) -> _child_bulk_country_update.AsyncBulkCountryUpdateList:
        """bulk_country_updates: A request that changes the dialing permissions of several countries at once."""
        from . import bulk_country_update as child_module

        return self._child(child_module.AsyncBulkCountryUpdateList, {})

    @cached_property
    def countries(self) -> _child_country.AsyncCountryList:
        """countries: The dialing permissions for one country."""
        from . import country as child_module

        return self._child(child_module.AsyncCountryList, {})

    @cached_property
    def settings(self) -> _child_settings.AsyncSettingsList:
        """settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""
        from . import settings as child_module

        return self._child(child_module.AsyncSettingsList, {})
