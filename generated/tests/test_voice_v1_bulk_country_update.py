"""Tests for BulkCountryUpdate, generated from the spec's examples and constraints.

Every operation runs through the sync ``Client`` and the ``AsyncClient``.
Generated from the spec; do not edit.
"""

from __future__ import annotations

from typing import Any

import pytest
from twilio_sdk_test_support import VARIANTS, ScriptedApi, form_of, query_of, url_of

import twilio_sdk
from twilio_sdk.voice.v1.bulk_country_update import BulkCountryUpdate

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {"update_count": 1, "update_request": "accepted"}
    api.reply(201, response)

    result = api.run(
        variant,
        lambda c: c.voice.v1.dialing_permissions.bulk_country_updates.create(
            update_request='[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]'
        ),
    )

    request = api.only_request()
    assert request.method == "POST"
    assert url_of(request) == "https://voice.twilio.com/v1/DialingPermissions/BulkCountryUpdates"
    assert query_of(request) == []
    assert form_of(request) == [
        (
            "UpdateRequest",
            '[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]',
        )
    ]
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, BulkCountryUpdate)
    assert result.update_count == 1
    assert result.update_request == "accepted"
    round_trip = {key: value for key, value in result.to_dict().items() if key in response}
    assert round_trip == response


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_with_raw_response_gives_status_headers_and_model(
    api: ScriptedApi, variant: str
) -> None:
    api.reply(
        201,
        {"update_count": 1, "update_request": "accepted"},
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.dialing_permissions.bulk_country_updates.with_raw_response.create(
            update_request='[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]'
        ),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 201
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, BulkCountryUpdate)


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.dialing_permissions.bulk_country_updates.create(
                update_request='[{"iso_code": "GB", "low_risk_numbers_enabled": "true", "high_risk_special_numbers_enabled": "true", "high_risk_tollfraud_numbers_enabled": "false"}]'
            ),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "POST"
    assert error.uri.startswith("https://voice.twilio.com/v1/DialingPermissions/BulkCountryUpdates")
