"""Version v1 of the voice domain.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property

from ..._runtime.resource import Version
from .connection_policy import ConnectionPolicyList


class V1(Version):

    @cached_property
    def connection_policies(self) -> ConnectionPolicyList:
        return ConnectionPolicyList(self, {})
