"""End-to-end: BulkCountryUpdate against the fake, over real HTTP on 127.0.0.1, sync and async.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio

from twilio_sdk_test_support import FakeServer

from twilio_sdk.voice.v1.bulk_country_update import BulkCountryUpdate


def test_life_cycle(server: FakeServer) -> None:
    c = server.client()
    things = c.voice.v1.dialing_permissions.bulk_country_updates
    created = things.create(
        update_request='[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]'
    )
    assert isinstance(created, BulkCountryUpdate)
    assert (
        created.update_request
        == '[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]'
    )

    c.close()


def test_life_cycle_async(server: FakeServer) -> None:
    async def main() -> None:
        c = server.async_client()
        things = c.voice.v1.dialing_permissions.bulk_country_updates
        created = await things.create(
            update_request='[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]'
        )
        assert isinstance(created, BulkCountryUpdate)
        assert (
            created.update_request
            == '[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]'
        )

        await c.aclose()

    asyncio.run(main())
