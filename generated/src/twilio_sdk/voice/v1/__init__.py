"""Version v1 of the voice domain.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property

from ..._runtime.resource import Version
from .archived_call import ArchivedCallList
from .byoc_trunk import ByocTrunkList
from .connection_policy import ConnectionPolicyList
from .dialing_permissions import DialingPermissionsList
from .ip_record import IpRecordList
from .source_ip_mapping import SourceIpMappingList


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
