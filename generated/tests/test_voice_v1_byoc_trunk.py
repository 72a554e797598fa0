"""Tests for ByocTrunk, generated from the spec's examples and constraints.

Every operation runs through the sync ``Client`` and the ``AsyncClient``.
Generated from the spec; do not edit.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from twilio_sdk_test_support import VARIANTS, ScriptedApi, form_of, pages, query_of, url_of

import twilio_sdk
from twilio_sdk.voice.v1.byoc_trunk import HttpMethod, ByocTrunk

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}
LIST_ITEM: dict[str, Any] = {
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "sid": "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "friendly_name": "friendly_name",
    "voice_url": "https://byoc.example.com/twilio/app",
    "voice_method": "POST",
    "voice_fallback_method": "POST",
    "voice_fallback_url": "https://byoc.example.com/twilio/fallback",
    "status_callback_method": "POST",
    "status_callback_url": "https://byoc.example.com/twilio/status_callback",
    "cnam_lookup_enabled": False,
    "connection_policy_sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "from_domain_sid": "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "date_created": "2020-03-18T23:31:36Z",
    "date_updated": "2020-03-18T23:31:36Z",
    "url": "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "sid": "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "friendly_name": "friendly_name",
        "voice_url": "https://byoc.example.com/twilio/app",
        "voice_method": "POST",
        "voice_fallback_method": "POST",
        "voice_fallback_url": "https://byoc.example.com/twilio/fallback",
        "status_callback_method": "POST",
        "status_callback_url": "https://byoc.example.com/twilio/status_callback",
        "cnam_lookup_enabled": False,
        "connection_policy_sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "from_domain_sid": "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "date_created": "2020-03-18T23:31:36Z",
        "date_updated": "2020-03-18T23:31:36Z",
        "url": "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    }
    api.reply(201, response)

    result = api.run(
        variant,
        lambda c: c.voice.v1.byoc_trunks.create(
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
        ),
    )

    request = api.only_request()
    assert request.method == "POST"
    assert url_of(request) == "https://voice.twilio.com/v1/ByocTrunks"
    assert query_of(request) == []
    assert form_of(request) == [
        ("FriendlyName", "friendly_name"),
        ("VoiceUrl", "https://byoc.example.com/twilio/app"),
        ("VoiceMethod", "POST"),
        ("VoiceFallbackUrl", "https://byoc.example.com/twilio/fallback"),
        ("VoiceFallbackMethod", "POST"),
        ("StatusCallbackUrl", "https://byoc.example.com/twilio/status_callback"),
        ("StatusCallbackMethod", "POST"),
        ("CnamLookupEnabled", "false"),
        ("ConnectionPolicySid", "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        ("FromDomainSid", "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ]
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, ByocTrunk)
    assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.sid == "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.friendly_name == "friendly_name"
    assert result.voice_url == "https://byoc.example.com/twilio/app"
    assert result.voice_method is HttpMethod.POST
    assert result.voice_fallback_url == "https://byoc.example.com/twilio/fallback"
    assert result.voice_fallback_method is HttpMethod.POST
    assert result.status_callback_url == "https://byoc.example.com/twilio/status_callback"
    assert result.status_callback_method is HttpMethod.POST
    assert result.cnam_lookup_enabled is False
    assert result.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.date_updated == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.url == "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    round_trip = {key: value for key, value in result.to_dict().items() if key in response}
    assert round_trip == response


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_with_raw_response_gives_status_headers_and_model(
    api: ScriptedApi, variant: str
) -> None:
    api.reply(
        201,
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "sid": "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "friendly_name",
            "voice_url": "https://byoc.example.com/twilio/app",
            "voice_method": "POST",
            "voice_fallback_method": "POST",
            "voice_fallback_url": "https://byoc.example.com/twilio/fallback",
            "status_callback_method": "POST",
            "status_callback_url": "https://byoc.example.com/twilio/status_callback",
            "cnam_lookup_enabled": False,
            "connection_policy_sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "from_domain_sid": "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "date_created": "2020-03-18T23:31:36Z",
            "date_updated": "2020-03-18T23:31:36Z",
            "url": "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.byoc_trunks.with_raw_response.create(
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
        ),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 201
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, ByocTrunk)


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
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
            ),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "POST"
    assert error.uri.startswith("https://voice.twilio.com/v1/ByocTrunks")


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_friendly_name_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="friendly_name"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
                friendly_name="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_connection_policy_sid_pattern_with_trailing_newline_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="connection_policy_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
                friendly_name="friendly_name",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_connection_policy_sid_pattern_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="connection_policy_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
                friendly_name="friendly_name",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="!Yaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_connection_policy_sid_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="connection_policy_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
                friendly_name="friendly_name",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_from_domain_sid_pattern_with_trailing_newline_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="from_domain_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
                friendly_name="friendly_name",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_from_domain_sid_pattern_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="from_domain_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
                friendly_name="friendly_name",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="!Daaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_from_domain_sid_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="from_domain_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks.create(
                friendly_name="friendly_name",
                voice_url="https://byoc.example.com/twilio/app",
                voice_method="POST",
                voice_fallback_url="https://byoc.example.com/twilio/fallback",
                voice_fallback_method="POST",
                status_callback_url="https://byoc.example.com/twilio/status_callback",
                status_callback_method="POST",
                cnam_lookup_enabled=False,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_walks_every_page(api: ScriptedApi, variant: str) -> None:
    bodies = pages("https://voice.twilio.com/v1/ByocTrunks", "byoc_trunks", LIST_ITEM, 3)
    for body in bodies:
        api.reply(200, body)

    results = api.run(variant, lambda c: c.voice.v1.byoc_trunks.list(page_size=1))

    assert len(results) == 3
    for result in results:
        assert isinstance(result, ByocTrunk)
        assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert result.sid == "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert result.friendly_name == "friendly_name"
        assert result.voice_url == "https://byoc.example.com/twilio/app"
        assert result.voice_method is HttpMethod.POST
        assert result.voice_fallback_url == "https://byoc.example.com/twilio/fallback"
        assert result.voice_fallback_method is HttpMethod.POST
        assert result.status_callback_url == "https://byoc.example.com/twilio/status_callback"
        assert result.status_callback_method is HttpMethod.POST
        assert result.cnam_lookup_enabled is False
        assert result.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert result.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
        assert result.date_updated == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
        assert (
            result.url
            == "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        )

    assert [request.method for request in api.requests] == ["GET"] * 3
    assert url_of(api.requests[0]) == "https://voice.twilio.com/v1/ByocTrunks"
    assert sorted(query_of(api.requests[0])) == [("PageSize", "1")]
    next_urls = [body["meta"]["next_page_url"] for body in bodies[:2]]
    assert [str(request.url) for request in api.requests[1:]] == next_urls
    assert all(request.headers["Authorization"] == api.authorization for request in api.requests)


@pytest.mark.parametrize("variant", VARIANTS)
def test_stream_is_lazy_and_stops_at_the_limit(api: ScriptedApi, variant: str) -> None:
    bodies = pages("https://voice.twilio.com/v1/ByocTrunks", "byoc_trunks", LIST_ITEM, 3)
    for body in bodies:
        api.reply(200, body)

    stream = api.stream(variant, lambda c: c.voice.v1.byoc_trunks.stream(limit=2, page_size=1))
    assert api.requests == []

    assert len(stream()) == 2
    assert len(api.requests) == 2


def test_page_navigates_both_ways(api: ScriptedApi) -> None:
    c = api.client
    bodies = pages("https://voice.twilio.com/v1/ByocTrunks", "byoc_trunks", LIST_ITEM, 3)
    for body in bodies + [bodies[1]]:
        api.reply(200, body)

    first = c.voice.v1.byoc_trunks.page(page_size=1)
    second = first.next_page()
    assert second is not None
    third = second.next_page()
    assert third is not None
    assert third.next_page() is None
    back = third.previous_page()
    assert back is not None

    assert [page.page_number for page in (first, second, third, back)] == [0, 1, 2, 1]
    assert first.next_page_url == bodies[0]["meta"]["next_page_url"]
    assert first.previous_page() is None
    assert str(api.requests[-1].url) == bodies[2]["meta"]["previous_page_url"]


def test_async_page_navigates_forward(api: ScriptedApi) -> None:
    bodies = pages("https://voice.twilio.com/v1/ByocTrunks", "byoc_trunks", LIST_ITEM, 2)
    for body in bodies:
        api.reply(200, body)

    async def navigate() -> list[int | None]:
        c = api.async_client
        first = await c.voice.v1.byoc_trunks.page(page_size=1)
        second = await first.next_page()
        assert second is not None
        assert await second.next_page() is None
        return [first.page_number, second.page_number]

    assert api.run_async(navigate) == [0, 1]


@pytest.mark.parametrize("variant", VARIANTS)
def test_get_page_loads_a_next_page_url(api: ScriptedApi, variant: str) -> None:
    bodies = pages("https://voice.twilio.com/v1/ByocTrunks", "byoc_trunks", LIST_ITEM, 3)
    api.reply(200, bodies[1])
    next_url = bodies[0]["meta"]["next_page_url"]

    page = api.run(variant, lambda c: c.voice.v1.byoc_trunks.get_page(next_url))

    assert str(api.only_request().url) == next_url
    assert len(page) == 1
    assert page.next_page_url == bodies[1]["meta"]["next_page_url"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_page_with_raw_response_gives_status_and_page(api: ScriptedApi, variant: str) -> None:
    bodies = pages("https://voice.twilio.com/v1/ByocTrunks", "byoc_trunks", LIST_ITEM, 1)
    api.reply(200, bodies[0])

    raw = api.run(variant, lambda c: c.voice.v1.byoc_trunks.with_raw_response.page(page_size=1))

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert [type(item) for item in raw.parsed] == [ByocTrunk]


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(variant, lambda c: c.voice.v1.byoc_trunks.list())

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith("https://voice.twilio.com/v1/ByocTrunks")


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_size_minimum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_size"):
        api.run(variant, lambda c: c.voice.v1.byoc_trunks.page(page_size=0))
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_size_maximum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_size"):
        api.run(variant, lambda c: c.voice.v1.byoc_trunks.page(page_size=1001))
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_number_minimum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_number"):
        api.run(variant, lambda c: c.voice.v1.byoc_trunks.page(page_number=-1))
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "sid": "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "friendly_name": "friendly_name",
        "voice_url": "https://byoc.example.com/twilio/app",
        "voice_method": "POST",
        "voice_fallback_method": "POST",
        "voice_fallback_url": "https://byoc.example.com/twilio/fallback",
        "status_callback_method": "POST",
        "status_callback_url": "https://byoc.example.com/twilio/status_callback",
        "cnam_lookup_enabled": False,
        "connection_policy_sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "from_domain_sid": "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "date_created": "2020-03-18T23:31:36Z",
        "date_updated": "2020-03-18T23:31:36Z",
        "url": "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    }
    api.reply(200, response)

    result = api.run(
        variant, lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch()
    )

    request = api.only_request()
    assert request.method == "GET"
    assert (
        url_of(request)
        == "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert query_of(request) == []
    assert form_of(request) == []
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, ByocTrunk)
    assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.sid == "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.friendly_name == "friendly_name"
    assert result.voice_url == "https://byoc.example.com/twilio/app"
    assert result.voice_method is HttpMethod.POST
    assert result.voice_fallback_url == "https://byoc.example.com/twilio/fallback"
    assert result.voice_fallback_method is HttpMethod.POST
    assert result.status_callback_url == "https://byoc.example.com/twilio/status_callback"
    assert result.status_callback_method is HttpMethod.POST
    assert result.cnam_lookup_enabled is False
    assert result.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.date_updated == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.url == "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    round_trip = {key: value for key, value in result.to_dict().items() if key in response}
    assert round_trip == response


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_with_raw_response_gives_status_headers_and_model(
    api: ScriptedApi, variant: str
) -> None:
    api.reply(
        200,
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "sid": "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "friendly_name",
            "voice_url": "https://byoc.example.com/twilio/app",
            "voice_method": "POST",
            "voice_fallback_method": "POST",
            "voice_fallback_url": "https://byoc.example.com/twilio/fallback",
            "status_callback_method": "POST",
            "status_callback_url": "https://byoc.example.com/twilio/status_callback",
            "cnam_lookup_enabled": False,
            "connection_policy_sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "from_domain_sid": "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "date_created": "2020-03-18T23:31:36Z",
            "date_updated": "2020-03-18T23:31:36Z",
            "url": "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.byoc_trunks(
            "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).with_raw_response.fetch(),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, ByocTrunk)


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant, lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch()
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "sid": "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "friendly_name": "update_name",
        "voice_url": "https://byoc.example.com/twilio_updated/app",
        "voice_method": "GET",
        "voice_fallback_method": "GET",
        "voice_fallback_url": "https://byoc.example.com/twilio_updated/fallback",
        "status_callback_method": "GET",
        "status_callback_url": "https://byoc.example.com/twilio_updated/status_callback",
        "cnam_lookup_enabled": True,
        "connection_policy_sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
        "from_domain_sid": "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
        "date_created": "2020-03-18T23:31:36Z",
        "date_updated": "2020-03-18T23:31:37Z",
        "url": "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    }
    api.reply(200, response)

    result = api.run(
        variant,
        lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
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
        ),
    )

    request = api.only_request()
    assert request.method == "POST"
    assert (
        url_of(request)
        == "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert query_of(request) == []
    assert form_of(request) == [
        ("FriendlyName", "update_name"),
        ("VoiceUrl", "https://byoc.example.com/twilio_updated/app"),
        ("VoiceMethod", "GET"),
        ("VoiceFallbackUrl", "https://byoc.example.com/twilio_updated/fallback"),
        ("VoiceFallbackMethod", "GET"),
        ("StatusCallbackUrl", "https://byoc.example.com/twilio_updated/status_callback"),
        ("StatusCallbackMethod", "GET"),
        ("CnamLookupEnabled", "true"),
        ("ConnectionPolicySid", "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"),
        ("FromDomainSid", "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"),
    ]
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, ByocTrunk)
    assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.sid == "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.friendly_name == "update_name"
    assert result.voice_url == "https://byoc.example.com/twilio_updated/app"
    assert result.voice_method is HttpMethod.GET
    assert result.voice_fallback_url == "https://byoc.example.com/twilio_updated/fallback"
    assert result.voice_fallback_method is HttpMethod.GET
    assert result.status_callback_url == "https://byoc.example.com/twilio_updated/status_callback"
    assert result.status_callback_method is HttpMethod.GET
    assert result.cnam_lookup_enabled is True
    assert result.connection_policy_sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
    assert result.from_domain_sid == "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
    assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.date_updated == datetime(2020, 3, 18, 23, 31, 37, tzinfo=timezone.utc)
    assert result.url == "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    round_trip = {key: value for key, value in result.to_dict().items() if key in response}
    assert round_trip == response


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_with_raw_response_gives_status_headers_and_model(
    api: ScriptedApi, variant: str
) -> None:
    api.reply(
        200,
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "sid": "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "update_name",
            "voice_url": "https://byoc.example.com/twilio_updated/app",
            "voice_method": "GET",
            "voice_fallback_method": "GET",
            "voice_fallback_url": "https://byoc.example.com/twilio_updated/fallback",
            "status_callback_method": "GET",
            "status_callback_url": "https://byoc.example.com/twilio_updated/status_callback",
            "cnam_lookup_enabled": True,
            "connection_policy_sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            "from_domain_sid": "SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            "date_created": "2020-03-18T23:31:36Z",
            "date_updated": "2020-03-18T23:31:37Z",
            "url": "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.byoc_trunks(
            "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).with_raw_response.update(
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
        ),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, ByocTrunk)


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
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
            ),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "POST"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_friendly_name_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="friendly_name"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                voice_url="https://byoc.example.com/twilio_updated/app",
                voice_method="GET",
                voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
                voice_fallback_method="GET",
                status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
                status_callback_method="GET",
                cnam_lookup_enabled=True,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_connection_policy_sid_pattern_with_trailing_newline_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="connection_policy_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="update_name",
                voice_url="https://byoc.example.com/twilio_updated/app",
                voice_method="GET",
                voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
                voice_fallback_method="GET",
                status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
                status_callback_method="GET",
                cnam_lookup_enabled=True,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_connection_policy_sid_pattern_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="connection_policy_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="update_name",
                voice_url="https://byoc.example.com/twilio_updated/app",
                voice_method="GET",
                voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
                voice_fallback_method="GET",
                status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
                status_callback_method="GET",
                cnam_lookup_enabled=True,
                connection_policy_sid="!Yaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_connection_policy_sid_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="connection_policy_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="update_name",
                voice_url="https://byoc.example.com/twilio_updated/app",
                voice_method="GET",
                voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
                voice_fallback_method="GET",
                status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
                status_callback_method="GET",
                cnam_lookup_enabled=True,
                connection_policy_sid="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_from_domain_sid_pattern_with_trailing_newline_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="from_domain_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="update_name",
                voice_url="https://byoc.example.com/twilio_updated/app",
                voice_method="GET",
                voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
                voice_fallback_method="GET",
                status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
                status_callback_method="GET",
                cnam_lookup_enabled=True,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
                from_domain_sid="SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_from_domain_sid_pattern_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="from_domain_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="update_name",
                voice_url="https://byoc.example.com/twilio_updated/app",
                voice_method="GET",
                voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
                voice_fallback_method="GET",
                status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
                status_callback_method="GET",
                cnam_lookup_enabled=True,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
                from_domain_sid="!Daaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_from_domain_sid_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="from_domain_sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="update_name",
                voice_url="https://byoc.example.com/twilio_updated/app",
                voice_method="GET",
                voice_fallback_url="https://byoc.example.com/twilio_updated/fallback",
                voice_fallback_method="GET",
                status_callback_url="https://byoc.example.com/twilio_updated/status_callback",
                status_callback_method="GET",
                cnam_lookup_enabled=True,
                connection_policy_sid="NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
                from_domain_sid="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_sends_the_exact_request(api: ScriptedApi, variant: str) -> None:
    api.reply(204)

    deleted = api.run(
        variant, lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").delete()
    )

    assert deleted is True
    request = api.only_request()
    assert request.method == "DELETE"
    assert (
        url_of(request)
        == "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert request.content == b""
    assert request.headers["Authorization"] == api.authorization


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_with_raw_response_gives_the_status(api: ScriptedApi, variant: str) -> None:
    api.reply(204)

    raw = api.run(
        variant,
        lambda c: c.voice.v1.byoc_trunks(
            "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).with_raw_response.delete(),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert (raw.status_code, raw.parsed) == (204, True)


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant, lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").delete()
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "DELETE"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/ByocTrunks/BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_pattern_with_trailing_newline_is_checked_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.byoc_trunks("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n").fetch(),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_pattern_is_checked_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant, lambda c: c.voice.v1.byoc_trunks("!Yaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch()
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_max_length_is_checked_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant, lambda c: c.voice.v1.byoc_trunks("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch()
        )
    assert api.requests == []
