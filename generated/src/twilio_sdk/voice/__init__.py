"""The voice domain of the API, at https://voice.twilio.com.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.resource import Domain

if TYPE_CHECKING:  # each version is imported on first access
    from .v1 import AsyncV1, V1


class Voice(Domain):
    default_url = "https://voice.twilio.com"

    @cached_property
    def v1(self) -> V1:
        from .v1 import V1

        return V1(self)


class AsyncVoice(Domain):
    default_url = "https://voice.twilio.com"

    @cached_property
    def v1(self) -> AsyncV1:
        from .v1 import AsyncV1

        return AsyncV1(self)
