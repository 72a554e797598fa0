"""Version v1 of the voice domain.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._runtime.resource import Version

if TYPE_CHECKING:  # each resource module is imported on first access
    from .archived_call import AsyncArchivedCallList, ArchivedCallList
    from .byoc_trunk import AsyncByocTrunkList, ByocTrunkList
    from .connection_policy import AsyncConnectionPolicyList, ConnectionPolicyList
    from .dialing_permissions import AsyncDialingPermissionsList, DialingPermissionsList
    from .ip_record import AsyncIpRecordList, IpRecordList
    from .source_ip_mapping import AsyncSourceIpMappingList, SourceIpMappingList


class V1(Version):

    @cached_property
    def archived_calls(self) -> ArchivedCallList:
        from .archived_call import ArchivedCallList

        return ArchivedCallList(self, {})

    @cached_property
    def byoc_trunks(self) -> ByocTrunkList:
        from .byoc_trunk import ByocTrunkList

        return ByocTrunkList(self, {})

    @cached_property
    def connection_policies(self) -> ConnectionPolicyList:
        from .connection_policy import ConnectionPolicyList

        return ConnectionPolicyList(self, {})

    @cached_property
    def dialing_permissions(self) -> DialingPermissionsList:
        from .dialing_permissions import DialingPermissionsList

        return DialingPermissionsList(self, {})

    @cached_property
    def ip_records(self) -> IpRecordList:
        from .ip_record import IpRecordList

        return IpRecordList(self, {})

    @cached_property
    def source_ip_mappings(self) -> SourceIpMappingList:
        from .source_ip_mapping import SourceIpMappingList

        return SourceIpMappingList(self, {})


class AsyncV1(Version):

    @cached_property
    def archived_calls(self) -> AsyncArchivedCallList:
        from .archived_call import AsyncArchivedCallList

        return AsyncArchivedCallList(self, {})

    @cached_property
    def byoc_trunks(self) -> AsyncByocTrunkList:
        from .byoc_trunk import AsyncByocTrunkList

        return AsyncByocTrunkList(self, {})

    @cached_property
    def connection_policies(self) -> AsyncConnectionPolicyList:
        from .connection_policy import AsyncConnectionPolicyList

        return AsyncConnectionPolicyList(self, {})

    @cached_property
    def dialing_permissions(self) -> AsyncDialingPermissionsList:
        from .dialing_permissions import AsyncDialingPermissionsList

        return AsyncDialingPermissionsList(self, {})

    @cached_property
    def ip_records(self) -> AsyncIpRecordList:
        from .ip_record import AsyncIpRecordList

        return AsyncIpRecordList(self, {})

    @cached_property
    def source_ip_mappings(self) -> AsyncSourceIpMappingList:
        from .source_ip_mapping import AsyncSourceIpMappingList

        return AsyncSourceIpMappingList(self, {})
