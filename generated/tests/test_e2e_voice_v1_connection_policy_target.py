"""End-to-end: ConnectionPolicyTarget against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

import pytest
from twilio_sdk_test_support import FakeServer, known

import twilio_sdk
from twilio_sdk.voice.v1.connection_policy_target import ConnectionPolicyTarget


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    parent_0 = c.voice.v1.connection_policies.create(friendly_name="friendly_name")
    things = c.voice.v1.connection_policies(known(parent_0.sid)).targets
    created: list[ConnectionPolicyTarget] = []
    for _ in range(3):
        item = things.create(
            target="sip:sip-box.com:1234",
            friendly_name="friendly_name",
            priority=1,
            weight=20,
            enabled=True,
        )
        created.append(item)
    assert len({item.sid for item in created}) == 3
    for item in created:
        assert isinstance(item, ConnectionPolicyTarget)
        assert item.target == "sip:sip-box.com:1234"
        assert item.friendly_name == "friendly_name"
        assert item.priority == 1
        assert item.weight == 20
        assert item.enabled is True
    for item in created:
        assert things(known(item.sid)).fetch() == item
    updated = things(known(created[0].sid)).update(
        friendly_name="updated_name",
        target="sip:sip-updated.com:4321",
        priority=2,
        weight=10,
        enabled=False,
    )
    assert updated.friendly_name == "updated_name"
    assert updated.target == "sip:sip-updated.com:4321"
    assert updated.priority == 2
    assert updated.weight == 10
    assert updated.enabled is False
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
    orphan = things.create(
        target="sip:sip-box.com:1234",
        friendly_name="friendly_name",
        priority=1,
        weight=20,
        enabled=True,
    )
    parent = c.voice.v1.connection_policies(known(parent_0.sid))
    assert parent.delete() is True
    with pytest.raises(twilio_sdk.NotFoundError):  # deleting a parent deletes its children
        things(known(orphan.sid)).fetch()

    c.close()


def test_life_cycle_async(server: FakeServer) -> None:
    async def main() -> None:
        c = server.async_client()
        parent_0 = await c.voice.v1.connection_policies.create(friendly_name="friendly_name")
        things = c.voice.v1.connection_policies(known(parent_0.sid)).targets
        created: list[ConnectionPolicyTarget] = []
        for _ in range(3):
            item = await things.create(
                target="sip:sip-box.com:1234",
                friendly_name="friendly_name",
                priority=1,
                weight=20,
                enabled=True,
            )
            created.append(item)
        assert len({item.sid for item in created}) == 3
        for item in created:
            assert isinstance(item, ConnectionPolicyTarget)
            assert item.target == "sip:sip-box.com:1234"
            assert item.friendly_name == "friendly_name"
            assert item.priority == 1
            assert item.weight == 20
            assert item.enabled is True
        for item in created:
            assert await things(known(item.sid)).fetch() == item
        updated = await things(known(created[0].sid)).update(
            friendly_name="updated_name",
            target="sip:sip-updated.com:4321",
            priority=2,
            weight=10,
            enabled=False,
        )
        assert updated.friendly_name == "updated_name"
        assert updated.target == "sip:sip-updated.com:4321"
        assert updated.priority == 2
        assert updated.weight == 10
        assert updated.enabled is False
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
        orphan = await things.create(
            target="sip:sip-box.com:1234",
            friendly_name="friendly_name",
            priority=1,
            weight=20,
            enabled=True,
        )
        parent = c.voice.v1.connection_policies(known(parent_0.sid))
        assert await parent.delete() is True
        with pytest.raises(twilio_sdk.NotFoundError):  # deleting a parent deletes its children
            await things(known(orphan.sid)).fetch()

        await c.aclose()

    asyncio.run(main())
