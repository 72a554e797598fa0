"""End-to-end: HighriskSpecialPrefix against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

from twilio_sdk_test_support import FakeServer

from twilio_sdk.voice.v1.highrisk_special_prefix import HighriskSpecialPrefix


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes
    listed = things.list(page_size=1)
    assert listed, "the fake seeds this list from the spec's examples"
    assert all(isinstance(item, HighriskSpecialPrefix) for item in listed)

    c.close()


def test_life_cycle_async(server: FakeServer) -> None:
    async def main() -> None:
        c = server.async_client()
        things = c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes
        listed = await things.list(page_size=1)
        assert listed, "the fake seeds this list from the spec's examples"
        assert all(isinstance(item, HighriskSpecialPrefix) for item in listed)

        await c.aclose()

    asyncio.run(main())
