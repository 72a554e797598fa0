"""Tests for Settings, generated from the spec's examples and constraints.

Every operation runs through the sync ``Client`` and the ``AsyncClient``.
Generated from the spec; do not edit.
"""

from __future__ import annotations

from typing import Any

import pytest
from twilio_sdk_test_support import VARIANTS, ScriptedApi, form_of, query_of, url_of

import twilio_sdk
from twilio_sdk.voice.v1.settings import Settings

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "dialing_permissions_inheritance": True,
        "url": "https://voice.twilio.com/v1/Settings",
    }
    api.reply(200, response)

    result = api.run(variant, lambda c: c.voice.v1.dialing_permissions.settings().fetch())

    request = api.only_request()
    assert request.method == "GET"
    assert url_of(request) == "https://voice.twilio.com/v1/Settings"
    assert query_of(request) == []
    assert form_of(request) == []
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, Settings)
    assert result.dialing_permissions_inheritance is True
    assert result.url == "https://voice.twilio.com/v1/Settings"
    round_trip = {key: value for key, value in result.to_dict().items() if key in response}
    assert round_trip == response


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_with_raw_response_gives_status_headers_and_model(
    api: ScriptedApi, variant: str
) -> None:
    api.reply(
        200,
        {"dialing_permissions_inheritance": True, "url": "https://voice.twilio.com/v1/Settings"},
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant, lambda c: c.voice.v1.dialing_permissions.settings().with_raw_response.fetch()
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, Settings)


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(variant, lambda c: c.voice.v1.dialing_permissions.settings().fetch())

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith("https://voice.twilio.com/v1/Settings")


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "dialing_permissions_inheritance": False,
        "url": "https://voice.twilio.com/v1/Settings",
    }
    api.reply(202, response)

    result = api.run(
        variant,
        lambda c: c.voice.v1.dialing_permissions.settings().update(
            dialing_permissions_inheritance=False
        ),
    )

    request = api.only_request()
    assert request.method == "POST"
    assert url_of(request) == "https://voice.twilio.com/v1/Settings"
    assert query_of(request) == []
    assert form_of(request) == [("DialingPermissionsInheritance", "false")]
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, Settings)
    assert result.dialing_permissions_inheritance is False
    assert result.url == "https://voice.twilio.com/v1/Settings"
    round_trip = {key: value for key, value in result.to_dict().items() if key in response}
    assert round_trip == response


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_with_raw_response_gives_status_headers_and_model(
    api: ScriptedApi, variant: str
) -> None:
    api.reply(
        202,
        {"dialing_permissions_inheritance": False, "url": "https://voice.twilio.com/v1/Settings"},
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.dialing_permissions.settings().with_raw_response.update(
            dialing_permissions_inheritance=False
        ),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 202
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, Settings)


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.dialing_permissions.settings().update(
                dialing_permissions_inheritance=False
            ),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "POST"
    assert error.uri.startswith("https://voice.twilio.com/v1/Settings")
