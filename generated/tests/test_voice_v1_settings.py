"""Tests for Settings, generated from the spec's examples and constraints.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from sdk_test_support import ScriptedApi, form_of, pages, query_of, url_of

from twilio_sdk import ApiError, ValidationError
from twilio_sdk.voice.v1.settings import Settings

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}


def test_fetch_sends_the_exact_request_and_reads_every_field(api: ScriptedApi) -> None:
    response = {
        "dialing_permissions_inheritance": True,
        "url": "https://voice.twilio.com/v1/Settings",
    }
    api.reply(200, response)

    result = api.client.voice.v1.dialing_permissions.settings().fetch()

    request = api.only_request()
    assert request.method == "GET"
    assert url_of(request) == "https://voice.twilio.com/v1/Settings"
    assert query_of(request) == []
    assert form_of(request) == []
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, Settings)
    assert result.dialing_permissions_inheritance is True
    assert result.url == "https://voice.twilio.com/v1/Settings"

    assert {key: value for key, value in result.to_dict().items() if key in response} == response


def test_fetch_raises_api_error_for_404(api: ScriptedApi) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(ApiError) as caught:
        api.client.voice.v1.dialing_permissions.settings().fetch()

    error = caught.value
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith("https://voice.twilio.com/v1/Settings")


def test_update_sends_the_exact_request_and_reads_every_field(api: ScriptedApi) -> None:
    response = {
        "dialing_permissions_inheritance": False,
        "url": "https://voice.twilio.com/v1/Settings",
    }
    api.reply(202, response)

    result = api.client.voice.v1.dialing_permissions.settings().update(
        dialing_permissions_inheritance=False
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

    assert {key: value for key, value in result.to_dict().items() if key in response} == response


def test_update_raises_api_error_for_404(api: ScriptedApi) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(ApiError) as caught:
        api.client.voice.v1.dialing_permissions.settings().update(
            dialing_permissions_inheritance=False
        )

    error = caught.value
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "POST"
    assert error.uri.startswith("https://voice.twilio.com/v1/Settings")
