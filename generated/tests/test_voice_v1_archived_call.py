"""Tests for ArchivedCall, generated from the spec's examples and constraints.

Every operation runs through the sync ``Client`` and the ``AsyncClient``.
Generated from the spec; do not edit.
"""

from __future__ import annotations

from datetime import date

import pytest
from twilio_sdk_test_support import VARIANTS, ScriptedApi, url_of

import twilio_sdk

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_sends_the_exact_request(api: ScriptedApi, variant: str) -> None:
    api.reply(204)

    deleted = api.run(
        variant,
        lambda c: c.voice.v1.archived_calls(
            date(2020, 3, 18), "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).delete(),
    )

    assert deleted is True
    request = api.only_request()
    assert request.method == "DELETE"
    assert (
        url_of(request)
        == "https://voice.twilio.com/v1/Archives/2020-03-18/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert request.content == b""
    assert request.headers["Authorization"] == api.authorization


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_with_raw_response_gives_the_status(api: ScriptedApi, variant: str) -> None:
    api.reply(204)

    raw = api.run(
        variant,
        lambda c: c.voice.v1.archived_calls(
            date(2020, 3, 18), "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).with_raw_response.delete(),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert (raw.status_code, raw.parsed) == (204, True)


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.archived_calls(
                date(2020, 3, 18), "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            ).delete(),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "DELETE"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/Archives/2020-03-18/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_pattern_with_trailing_newline_is_checked_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.archived_calls(
                date(2020, 3, 18), "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
            ).delete(),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_pattern_is_checked_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.archived_calls(
                date(2020, 3, 18), "!Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            ).delete(),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_max_length_is_checked_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.archived_calls(
                date(2020, 3, 18), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            ).delete(),
        )
    assert api.requests == []
