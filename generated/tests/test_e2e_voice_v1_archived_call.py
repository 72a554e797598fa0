"""End-to-end: ArchivedCall against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from twilio_sdk_test_support import FakeServer

import twilio_sdk


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.archived_calls
    thing = things(date(2020, 3, 18), "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert thing.delete() is True
    with pytest.raises(twilio_sdk.NotFoundError):
        thing.delete()

    c.close()


def test_life_cycle_async(server: FakeServer) -> None:
    async def main() -> None:
        c = server.async_client()
        things = c.voice.v1.archived_calls
        thing = things(date(2020, 3, 18), "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        assert await thing.delete() is True
        with pytest.raises(twilio_sdk.NotFoundError):
            await thing.delete()

        await c.aclose()

    asyncio.run(main())
