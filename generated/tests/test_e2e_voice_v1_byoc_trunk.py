"""End-to-end: ByocTrunk against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

import pytest
from twilio_sdk_test_support import FakeServer, known

import twilio_sdk
from twilio_sdk.voice.v1.byoc_trunk import HttpMethod, ByocTrunk


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.byoc_trunks
    created: list[ByocTrunk] = []
    for _ in range(3):
        item = things.create(
            friendly_name="friendly_name",
            voice_url="https://byoc.example.com/twilio/app",
            voice_method="POST",
            voice_fallback_url="https://byoc.example.com/twilio/fallback",
            voice_fallback_method="POST",
            status_callback_url="https://byoc.example.com/twilio/status_callback",
            status_callback_method="POST",
            cnam_lookup_enabled=False,
            connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        created.append(item)
    assert len({item.sid for item in created}) == 3
    for item in created:
        assert isinstance(item, ByocTrunk)
        assert item.friendly_name == "friendly_name"
        assert item.voice_url == "https://byoc.example.com/twilio/app"
        assert item.voice_method is HttpMethod.POST
        assert item.voice_fallback_url == "https://byoc.example.com/twilio/fallback"
        assert item.voice_fallback_method is HttpMethod.POST
        assert item.status_callback_url == "https://byoc.example.com/twilio/status_callback"
        assert item.status_callback_method is HttpMethod.POST
        assert item.cnam_lookup_enabled is False
        assert item.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert item.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    for item in created:
        assert things(known(item.sid)).fetch() == item
    updated = things(known(created[0].sid)).update(
        friendly_name="update_name",
        voice_url="https://byoc.example.com/twilio_updated/app",
        voice_method="GET",
        voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
        voice_fallback_method="GET",
        status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
        status_callback_method="GET",
        cnam_lookup_enabled=True,
        connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
        from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    )
    assert updated.friendly_name == "update_name"
    assert updated.voice_url == "https://byoc.example.com/twilio_updated/app"
    assert updated.voice_method is HttpMethod.GET
    assert updated.voice_fallback_url == "https://byoc.example.com/twilio_updated/fallback"
    assert updated.voice_fallback_method is HttpMethod.GET
    assert updated.status_callback_url == "https://byoc.example.com/twilio_updated/status_callback"
    assert updated.status_callback_method is HttpMethod.GET
    assert updated.cnam_lookup_enabled is True
    assert updated.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
    assert updated.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
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
        things = c.voice.v1.byoc_trunks
        created: list[ByocTrunk] = []
        for _ in range(3):
            item = await things.create(
                friendly_name="friendly_name",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            )
            created.append(item)
        assert len({item.sid for item in created}) == 3
        for item in created:
            assert isinstance(item, ByocTrunk)
            assert item.friendly_name == "friendly_name"
            assert item.voice_url == "https://byoc.example.com/twilio/app"
            assert item.voice_method is HttpMethod.POST
            assert item.voice_fallback_url == "https://byoc.example.com/twilio/fallback"
            assert item.voice_fallback_method is HttpMethod.POST
            assert item.status_callback_url == "https://byoc.example.com/twilio/status_callback"
            assert item.status_callback_method is HttpMethod.POST
            assert item.cnam_lookup_enabled is False
            assert item.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            assert item.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        for item in created:
            assert await things(known(item.sid)).fetch() == item
        updated = await things(known(created[0].sid)).update(
            friendly_name="update_name",
            voice_url="https://byoc.example.com/twilio_updated/app",
            voice_method="GET",
            voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
            voice_fallback_method="GET",
            status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
            status_callback_method="GET",
            cnam_lookup_enabled=True,
            connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
        )
        assert updated.friendly_name == "update_name"
        assert updated.voice_url == "https://byoc.example.com/twilio_updated/app"
        assert updated.voice_method is HttpMethod.GET
        assert updated.voice_fallback_url == "https://byoc.example.com/twilio_updated/fallback"
        assert updated.voice_fallback_method is HttpMethod.GET
        assert (
            updated.status_callback_url == "https://byoc.example.com/twilio_updated/status_callback"
        )
        assert updated.status_callback_method is HttpMethod.GET
        assert updated.cnam_lookup_enabled is True
        assert updated.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
        assert updated.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
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
