"""End-to-end: SourceIpMapping against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

import pytest
from twilio_sdk_test_support import FakeServer, known

import twilio_sdk
from twilio_sdk.voice.v1.source_ip_mapping import SourceIpMapping


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.source_ip_mappings
    created: list[SourceIpMapping] = []
    for _ in range(3):
        item = things.create(
            ip_record_sid="ILaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            sip_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        created.append(item)
    assert len({item.sid for item in created}) == 3
    for item in created:
        assert isinstance(item, SourceIpMapping)
        assert item.ip_record_sid == "ILaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert item.sip_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    for item in created:
        assert things(known(item.sid)).fetch() == item
    updated = things(known(created[0].sid)).update(
        sip_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
    )
    assert updated.sip_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
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
        things = c.voice.v1.source_ip_mappings
        created: list[SourceIpMapping] = []
        for _ in range(3):
            item = await things.create(
                ip_record_sid="ILaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                sip_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            )
            created.append(item)
        assert len({item.sid for item in created}) == 3
        for item in created:
            assert isinstance(item, SourceIpMapping)
            assert item.ip_record_sid == "ILaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            assert item.sip_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        for item in created:
            assert await things(known(item.sid)).fetch() == item
        updated = await things(known(created[0].sid)).update(
            sip_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
        )
        assert updated.sip_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
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
