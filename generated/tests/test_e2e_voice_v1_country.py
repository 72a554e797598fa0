"""End-to-end: Country against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

from twilio_sdk_test_support import FakeServer, known

from twilio_sdk.voice.v1.country import Country


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.dialing_permissions.countries
    listed = things.list(page_size=1)
    assert listed, "the fake seeds this list from the spec's examples"
    assert all(isinstance(item, Country) for item in listed)
    for item in listed:
        one = things(known(item.iso_code))
        assert one.fetch() == item

    c.close()


def test_life_cycle_async(server: FakeServer) -> None:
    async def main() -> None:
        c = server.async_client()
        things = c.voice.v1.dialing_permissions.countries
        listed = await things.list(page_size=1)
        assert listed, "the fake seeds this list from the spec's examples"
        assert all(isinstance(item, Country) for item in listed)
        for item in listed:
            one = things(known(item.iso_code))
            assert await one.fetch() == item

        await c.aclose()

    asyncio.run(main())
