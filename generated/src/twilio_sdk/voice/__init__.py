"""The voice domain of the API, at https://voice.twilio.com.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import warnings
from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.resource import Domain

if TYPE_CHECKING:  # each version is imported on first access
    from .v1 import AsyncV1, V1
    from .v1 import archived_call as _v1_archived_call
    from .v1 import byoc_trunk as _v1_byoc_trunk
    from .v1 import connection_policy as _v1_connection_policy
    from .v1 import dialing_permissions as _v1_dialing_permissions
    from .v1 import ip_record as _v1_ip_record
    from .v1 import source_ip_mapping as _v1_source_ip_mapping


class Voice(Domain):
    default_url = "https://voice.twilio.com"

    @cached_property
    def v1(self) -> V1:
        from .v1 import V1

        return V1(self)

    @property
    def archived_calls(self) -> _v1_archived_call.ArchivedCallList:
        """``v1.archived_calls``, deprecated as in the official package."""
        warnings.warn(
            "archived_calls is deprecated here: use v1.archived_calls",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.archived_calls

    @property
    def byoc_trunks(self) -> _v1_byoc_trunk.ByocTrunkList:
        """``v1.byoc_trunks``, deprecated as in the official package."""
        warnings.warn(
            "byoc_trunks is deprecated here: use v1.byoc_trunks", DeprecationWarning, stacklevel=2
        )
        return self.v1.byoc_trunks

    @property
    def connection_policies(self) -> _v1_connection_policy.ConnectionPolicyList:
        """``v1.connection_policies``, deprecated as in the official package."""
        warnings.warn(
            "connection_policies is deprecated here: use v1.connection_policies",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.connection_policies

    @property
    def dialing_permissions(self) -> _v1_dialing_permissions.DialingPermissionsList:
        """``v1.dialing_permissions``, deprecated as in the official package."""
        warnings.warn(
            "dialing_permissions is deprecated here: use v1.dialing_permissions",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.dialing_permissions

    @property
    def ip_records(self) -> _v1_ip_record.IpRecordList:
        """``v1.ip_records``, deprecated as in the official package."""
        warnings.warn(
            "ip_records is deprecated here: use v1.ip_records", DeprecationWarning, stacklevel=2
        )
        return self.v1.ip_records

    @property
    def source_ip_mappings(self) -> _v1_source_ip_mapping.SourceIpMappingList:
        """``v1.source_ip_mappings``, deprecated as in the official package."""
        warnings.warn(
            "source_ip_mappings is deprecated here: use v1.source_ip_mappings",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.source_ip_mappings


class AsyncVoice(Domain):
    default_url = "https://voice.twilio.com"

    @cached_property
    def v1(self) -> AsyncV1:
        from .v1 import AsyncV1

        return AsyncV1(self)

    @property
    def archived_calls(self) -> _v1_archived_call.AsyncArchivedCallList:
        """``v1.archived_calls``, deprecated as in the official package."""
        warnings.warn(
            "archived_calls is deprecated here: use v1.archived_calls",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.archived_calls

    @property
    def byoc_trunks(self) -> _v1_byoc_trunk.AsyncByocTrunkList:
        """``v1.byoc_trunks``, deprecated as in the official package."""
        warnings.warn(
            "byoc_trunks is deprecated here: use v1.byoc_trunks", DeprecationWarning, stacklevel=2
        )
        return self.v1.byoc_trunks

    @property
    def connection_policies(self) -> _v1_connection_policy.AsyncConnectionPolicyList:
        """``v1.connection_policies``, deprecated as in the official package."""
        warnings.warn(
            "connection_policies is deprecated here: use v1.connection_policies",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.connection_policies

    @property
    def dialing_permissions(self) -> _v1_dialing_permissions.AsyncDialingPermissionsList:
        """``v1.dialing_permissions``, deprecated as in the official package."""
        warnings.warn(
            "dialing_permissions is deprecated here: use v1.dialing_permissions",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.dialing_permissions

    @property
    def ip_records(self) -> _v1_ip_record.AsyncIpRecordList:
        """``v1.ip_records``, deprecated as in the official package."""
        warnings.warn(
            "ip_records is deprecated here: use v1.ip_records", DeprecationWarning, stacklevel=2
        )
        return self.v1.ip_records

    @property
    def source_ip_mappings(self) -> _v1_source_ip_mapping.AsyncSourceIpMappingList:
        """``v1.source_ip_mappings``, deprecated as in the official package."""
        warnings.warn(
            "source_ip_mappings is deprecated here: use v1.source_ip_mappings",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.v1.source_ip_mappings
