"""Version v1 of the voice domain.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._runtime.resource import Version

if TYPE_CHECKING:  # each resource module is imported on first access
    from . import archived_call as _resource_archived_call
    from . import byoc_trunk as _resource_byoc_trunk
    from . import connection_policy as _resource_connection_policy
    from . import dialing_permissions as _resource_dialing_permissions
    from . import ip_record as _resource_ip_record
    from . import source_ip_mapping as _resource_source_ip_mapping


class V1(Version):

    @cached_property
    def archived_calls(self) -> _resource_archived_call.ArchivedCallList:
        from . import archived_call as resource_module

        return resource_module.ArchivedCallList(self, {})

    @cached_property
    def byoc_trunks(self) -> _resource_byoc_trunk.ByocTrunkList:
        from . import byoc_trunk as resource_module

        return resource_module.ByocTrunkList(self, {})

    @cached_property
    def connection_policies(self) -> _resource_connection_policy.ConnectionPolicyList:
        from . import connection_policy as resource_module

        return resource_module.ConnectionPolicyList(self, {})

    @cached_property
    def dialing_permissions(self) -> _resource_dialing_permissions.DialingPermissionsList:
        from . import dialing_permissions as resource_module

        return resource_module.DialingPermissionsList(self, {})

    @cached_property
    def ip_records(self) -> _resource_ip_record.IpRecordList:
        from . import ip_record as resource_module

        return resource_module.IpRecordList(self, {})

    @cached_property
    def source_ip_mappings(self) -> _resource_source_ip_mapping.SourceIpMappingList:
        from . import source_ip_mapping as resource_module

        return resource_module.SourceIpMappingList(self, {})


class AsyncV1(Version):

    @cached_property
    def archived_calls(self) -> _resource_archived_call.AsyncArchivedCallList:
        from . import archived_call as resource_module

        return resource_module.AsyncArchivedCallList(self, {})

    @cached_property
    def byoc_trunks(self) -> _resource_byoc_trunk.AsyncByocTrunkList:
        from . import byoc_trunk as resource_module

        return resource_module.AsyncByocTrunkList(self, {})

    @cached_property
    def connection_policies(self) -> _resource_connection_policy.AsyncConnectionPolicyList:
        from . import connection_policy as resource_module

        return resource_module.AsyncConnectionPolicyList(self, {})

    @cached_property
    def dialing_permissions(self) -> _resource_dialing_permissions.AsyncDialingPermissionsList:
        from . import dialing_permissions as resource_module

        return resource_module.AsyncDialingPermissionsList(self, {})

    @cached_property
    def ip_records(self) -> _resource_ip_record.AsyncIpRecordList:
        from . import ip_record as resource_module

        return resource_module.AsyncIpRecordList(self, {})

    @cached_property
    def source_ip_mappings(self) -> _resource_source_ip_mapping.AsyncSourceIpMappingList:
        from . import source_ip_mapping as resource_module

        return resource_module.AsyncSourceIpMappingList(self, {})
