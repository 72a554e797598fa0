"""End-to-end: IpRecord against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

import pytest
from twilio_sdk_test_support import FakeServer, known

import twilio_sdk
from twilio_sdk.voice.v1.ip_record import IpRecord


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.ip_records
    created: list[IpRecord] = []
    for _ in range(3):
        item = things.create(
            ip_address="10.2.3.4", friendly_name="friendly_name", cidr_prefix_length=30
        )
        created.append(item)
    assert len({item.sid for item in created}) == 3
    for item in created:
        assert isinstance(item, IpRecord)
        assert item.ip_address == "10.2.3.4"
        assert item.friendly_name == "friendly_name"
        assert item.cidr_prefix_length == 30
    for item in created:
        assert things(known(item.sid)).fetch() == item
    updated = things(known(created[0].sid)).update(friendly_name="update_name")
    assert updated.friendly_name == "update_name"
    assert things(known(created[0].sid)).fetch() == updated
    listed = things.list(page_size=2)
    listed_ids = [item.sid for item in listed]
    assert listed_ids == [item.sid for item in created]
    first = things.page(page_size=2)
    assert len(first) == 2 and first.next_page_url is not None
    assert first.next_page_url.startswith(server.url)
    for item in created:
        assert things(known(item.sid)).delete() is True
    with pytest.raises(twilio_sdk.NotFoundError):
        things(known(created[0].sid)).fetch()
    with pytest.raises(twilio_sdk.NotFoundError):
        things(known(created[0].sid)).delete()

    c.close()


def test_life_cycle_async(server: FakeServer) -> None:
    async def main() -> None:
        c = server.async_client()
        things = c.voice.v1.ip_records
        created: list[IpRecord] = []
        for _ in range(3):
            item = await things.create(
                ip_address="10.2.3.4", friendly_name="friendly_name", cidr_prefix_length=30
            )
            created.append(item)
        assert len({item.sid for item in created}) == 3
        for item in created:
            assert isinstance(item, IpRecord)
            assert item.ip_address == "10.2.3.4"
            assert item.friendly_name == "friendly_name"
            assert item.cidr_prefix_length == 30
        for item in created:
            assert await things(known(item.sid)).fetch() == item
        updated = await things(known(created[0].sid)).update(friendly_name="update_name")
        assert updated.friendly_name == "update_name"
        assert await things(known(created[0].sid)).fetch() == updated
        listed = await things.list(page_size=2)
        listed_ids = [item.sid for item in listed]
        assert listed_ids == [item.sid for item in created]
        first = await things.page(page_size=2)
        assert len(first) == 2 and first.next_page_url is not None
        assert first.next_page_url.startswith(server.url)
        for item in created:
            assert await things(known(item.sid)).delete() is True
        with pytest.raises(twilio_sdk.NotFoundError):
            await things(known(created[0].sid)).fetch()
        with pytest.raises(twilio_sdk.NotFoundError):
            await things(known(created[0].sid)).delete()

        await c.aclose()

    asyncio.run(main())
