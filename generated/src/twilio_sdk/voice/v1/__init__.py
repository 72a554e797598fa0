"""Version v1 of the voice domain.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property

from ..._runtime.resource import Version
from .archived_call import AsyncArchivedCallList, ArchivedCallList
from .byoc_trunk import AsyncByocTrunkList, ByocTrunkList
from .connection_policy import AsyncConnectionPolicyList, ConnectionPolicyList
from .dialing_permissions import AsyncDialingPermissionsList, DialingPermissionsList
from .ip_record import AsyncIpRecordList, IpRecordList
from .source_ip_mapping import AsyncSourceIpMappingList, SourceIpMappingList


class V1(Version):

    @cached_property
    def archived_calls(self) -> ArchivedCallList:
        return ArchivedCallList(self, {})

    @cached_property
    def byoc_trunks(self) -> ByocTrunkList:
        return ByocTrunkList(self, {})

    @cached_property
    def connection_policies(self) -> ConnectionPolicyList:
        return ConnectionPolicyList(self, {})

    @cached_property
    def dialing_permissions(self) -> DialingPermissionsList:
        return DialingPermissionsList(self, {})

    @cached_property
    def ip_records(self) -> IpRecordList:
        return IpRecordList(self, {})

    @cached_property
    def source_ip_mappings(self) -> SourceIpMappingList:
        return SourceIpMappingList(self, {})


class AsyncV1(Version):

    @cached_property
    def archived_calls(self) -> AsyncArchivedCallList:
        return AsyncArchivedCallList(self, {})

    @cached_property
    def byoc_trunks(self) -> AsyncByocTrunkList:
        return AsyncByocTrunkList(self, {})

    @cached_property
    def connection_policies(self) -> AsyncConnectionPolicyList:
        return AsyncConnectionPolicyList(self, {})

    @cached_property
    def dialing_permissions(self) -> AsyncDialingPermissionsList:
        return AsyncDialingPermissionsList(self, {})

    @cached_property
    def ip_records(self) -> AsyncIpRecordList:
        return AsyncIpRecordList(self, {})

    @cached_property
    def source_ip_mappings(self) -> AsyncSourceIpMappingList:
        return AsyncSourceIpMappingList(self, {})
