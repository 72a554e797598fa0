"""The entry point: ``Client().voice.v1...``.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property

from ._runtime.client import BaseClient
from .voice import Voice


class Client(BaseClient):
    """A Twilio client.

    ``Client(username=None, password=None, account_sid=None, *, base_url=None,
    http_client=None, timeout=30.0)``: credentials default to the
    ``TWILIO_ACCOUNT_SID`` and ``TWILIO_AUTH_TOKEN`` environment variables.
    """

    user_agent = "twilio_sdk/0.1.0"

    @cached_property
    def voice(self) -> Voice:
        return Voice(self)
