"""The entry points: ``Client().voice.v1...`` and ``AsyncClient()``.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.client import AsyncBaseClient, BaseClient

if TYPE_CHECKING:  # each domain is imported on first access, to keep `import twilio_sdk` fast
    from .voice import AsyncVoice, Voice


class Client(BaseClient):
    """A Twilio client.

    ``Client(username=None, password=None, account_sid=None, *, base_url=None,
    edge=None, region=None, http_client=None, timeout=30.0, max_retries=2,
    max_response_bytes=16 MiB)``: credentials default to the ``TWILIO_ACCOUNT_SID``
    and ``TWILIO_AUTH_TOKEN`` environment variables. ``timeout`` bounds each call as
    a whole, retries included; ``max_response_bytes`` bounds the size of each answer.
    """

    user_agent = "twilio_sdk/0.1.0"

    @cached_property
    def voice(self) -> Voice:
        from .voice import Voice

        return Voice(self)


class AsyncClient(AsyncBaseClient):
    """The asyncio twin of :class:`Client`: the same surface, every operation awaitable.

    ``http_client`` takes an ``httpx.AsyncClient``; close it with ``await client.aclose()``
    or use ``async with AsyncClient() as client``.
    """

    user_agent = "twilio_sdk/0.1.0"

    @cached_property
    def voice(self) -> AsyncVoice:
        from .voice import AsyncVoice

        return AsyncVoice(self)
