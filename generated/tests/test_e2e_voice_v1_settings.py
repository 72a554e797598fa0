"""End-to-end: Settings against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

from twilio_sdk_test_support import FakeServer

from twilio_sdk.voice.v1.settings import Settings


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.dialing_permissions.settings
    thing = things()
    before = thing.fetch()
    assert isinstance(before, Settings)
    updated = thing.update(dialing_permissions_inheritance=False)
    assert updated.dialing_permissions_inheritance is False
    assert thing.fetch() == updated

    c.close()


def test_life_cycle_async(server: FakeServer) -> None:
    async def main() -> None:
        c = server.async_client()
        things = c.voice.v1.dialing_permissions.settings
        thing = things()
        before = await thing.fetch()
        assert isinstance(before, Settings)
        updated = await thing.update(dialing_permissions_inheritance=False)
        assert updated.dialing_permissions_inheritance is False
        assert await thing.fetch() == updated

        await c.aclose()

    asyncio.run(main())
