"""DialingPermissions: Voice dialing permissions: which countries, and which risky number ranges in them, the account may call.

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
from .bulk_country_update import BulkCountryUpdateList
from .country import CountryList
from .settings import SettingsList

__all__ = ["DialingPermissionsList"]


class DialingPermissionsList(Resource):
    """dialing_permissions: Voice dialing permissions: which countries, and which risky number ranges in them, the account may call."""

    @cached_property
    def bulk_country_updates(self) -> BulkCountryUpdateList:
        """bulk_country_updates: A request that changes the dialing permissions of several countries at once."""
        return BulkCountryUpdateList(self._version, {})

    @cached_property
    def countries(self) -> CountryList:
        """countries: The dialing permissions of the account for each country: whether calls to its low-risk, high-risk special and high-risk toll-fraud numbers are allowed."""
        return CountryList(self._version, {})

    @cached_property
    def settings(self) -> SettingsList:
        """settings: Account-wide voice settings. A subaccount may take its dialing permissions from its parent account."""
        return SettingsList(self._version, {})
