"""Tests for Country, generated from the spec's examples and constraints.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from sdk_test_support import ScriptedApi, form_of, pages, query_of, url_of

from twilio_sdk import ApiError, ValidationError
from twilio_sdk.voice.v1.country import Country

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}


def test_list_walks_every_page(api: ScriptedApi) -> None:
    item: dict[str, Any] = {
        "iso_code": "US",
        "name": "United States/Canada",
        "country_codes": ["+1"],
        "continent": "NORTH_AMERICA",
        "low_risk_numbers_enabled": False,
        "high_risk_special_numbers_enabled": False,
        "high_risk_tollfraud_numbers_enabled": False,
        "url": "https://voice.twilio.com/v1/DialingPermissions/Countries/US",
        "links": {
            "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
        },
    }
    bodies = pages("https://voice.twilio.com/v1/DialingPermissions/Countries", "content", item, 3)
    for body in bodies:
        api.reply(200, body)

    results = api.client.voice.v1.dialing_permissions.countries.list(page_size=1)

    assert len(results) == 3
    for result in results:
        assert isinstance(result, Country)
        assert result.iso_code == "US"
        assert result.name == "United States/Canada"
        assert result.continent == "NORTH_AMERICA"
        assert result.country_codes == ["+1"]
        assert result.low_risk_numbers_enabled is False
        assert result.high_risk_special_numbers_enabled is False
        assert result.high_risk_tollfraud_numbers_enabled is False
        assert result.url == "https://voice.twilio.com/v1/DialingPermissions/Countries/US"
        assert result.links == {
            "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
        }
    assert [request.method for request in api.requests] == ["GET"] * 3
    assert url_of(api.requests[0]) == "https://voice.twilio.com/v1/DialingPermissions/Countries"
    assert query_of(api.requests[0]) == [("PageSize", "1")]
    assert [str(request.url) for request in api.requests[1:]] == [
        body["meta"]["next_page_url"] for body in bodies[:2]
    ]
    assert all(request.headers["Authorization"] == api.authorization for request in api.requests)


def test_stream_is_lazy_and_stops_at_the_limit(api: ScriptedApi) -> None:
    for body in pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries",
        "content",
        {
            "iso_code": "US",
            "name": "United States/Canada",
            "country_codes": ["+1"],
            "continent": "NORTH_AMERICA",
            "low_risk_numbers_enabled": False,
            "high_risk_special_numbers_enabled": False,
            "high_risk_tollfraud_numbers_enabled": False,
            "url": "https://voice.twilio.com/v1/DialingPermissions/Countries/US",
            "links": {
                "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
            },
        },
        3,
    ):
        api.reply(200, body)

    stream = api.client.voice.v1.dialing_permissions.countries.stream(limit=2, page_size=1)
    assert api.requests == []

    assert len(list(stream)) == 2
    assert len(api.requests) == 2


def test_page_navigates_both_ways(api: ScriptedApi) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries",
        "content",
        {
            "iso_code": "US",
            "name": "United States/Canada",
            "country_codes": ["+1"],
            "continent": "NORTH_AMERICA",
            "low_risk_numbers_enabled": False,
            "high_risk_special_numbers_enabled": False,
            "high_risk_tollfraud_numbers_enabled": False,
            "url": "https://voice.twilio.com/v1/DialingPermissions/Countries/US",
            "links": {
                "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
            },
        },
        3,
    )
    for body in bodies + [bodies[1]]:
        api.reply(200, body)

    first = api.client.voice.v1.dialing_permissions.countries.page(page_size=1)
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


def test_get_page_loads_a_next_page_url(api: ScriptedApi) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries",
        "content",
        {
            "iso_code": "US",
            "name": "United States/Canada",
            "country_codes": ["+1"],
            "continent": "NORTH_AMERICA",
            "low_risk_numbers_enabled": False,
            "high_risk_special_numbers_enabled": False,
            "high_risk_tollfraud_numbers_enabled": False,
            "url": "https://voice.twilio.com/v1/DialingPermissions/Countries/US",
            "links": {
                "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
            },
        },
        3,
    )
    api.reply(200, bodies[1])

    page = api.client.voice.v1.dialing_permissions.countries.get_page(
        bodies[0]["meta"]["next_page_url"]
    )

    assert str(api.only_request().url) == bodies[0]["meta"]["next_page_url"]
    assert len(page) == 1
    assert page.next_page_url == bodies[1]["meta"]["next_page_url"]


def test_list_raises_api_error_for_404(api: ScriptedApi) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(ApiError) as caught:
        api.client.voice.v1.dialing_permissions.countries.list()

    error = caught.value
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith("https://voice.twilio.com/v1/DialingPermissions/Countries")


def test_list_checks_iso_code_pattern_with_trailing_newline_before_sending(
    api: ScriptedApi,
) -> None:
    with pytest.raises(ValidationError, match="iso_code"):
        api.client.voice.v1.dialing_permissions.countries.page(iso_code="US\n")
    assert api.requests == []


def test_list_checks_iso_code_pattern_before_sending(api: ScriptedApi) -> None:
    with pytest.raises(ValidationError, match="iso_code"):
        api.client.voice.v1.dialing_permissions.countries.page(iso_code="!S")
    assert api.requests == []


def test_list_checks_page_size_minimum_before_sending(api: ScriptedApi) -> None:
    with pytest.raises(ValidationError, match="page_size"):
        api.client.voice.v1.dialing_permissions.countries.page(page_size=0)
    assert api.requests == []


def test_list_checks_page_size_maximum_before_sending(api: ScriptedApi) -> None:
    with pytest.raises(ValidationError, match="page_size"):
        api.client.voice.v1.dialing_permissions.countries.page(page_size=1001)
    assert api.requests == []


def test_list_checks_page_number_minimum_before_sending(api: ScriptedApi) -> None:
    with pytest.raises(ValidationError, match="page_number"):
        api.client.voice.v1.dialing_permissions.countries.page(page_number=-1)
    assert api.requests == []


def test_fetch_sends_the_exact_request_and_reads_every_field(api: ScriptedApi) -> None:
    response = {
        "iso_code": "US",
        "name": "United States/Canada",
        "country_codes": ["+1"],
        "continent": "NORTH_AMERICA",
        "low_risk_numbers_enabled": False,
        "high_risk_special_numbers_enabled": False,
        "high_risk_tollfraud_numbers_enabled": False,
        "url": "https://voice.twilio.com/v1/DialingPermissions/Countries/US",
        "links": {
            "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
        },
    }
    api.reply(200, response)

    result = api.client.voice.v1.dialing_permissions.countries("US").fetch()

    request = api.only_request()
    assert request.method == "GET"
    assert url_of(request) == "https://voice.twilio.com/v1/DialingPermissions/Countries/US"
    assert query_of(request) == []
    assert form_of(request) == []
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, Country)
    assert result.iso_code == "US"
    assert result.name == "United States/Canada"
    assert result.continent == "NORTH_AMERICA"
    assert result.country_codes == ["+1"]
    assert result.low_risk_numbers_enabled is False
    assert result.high_risk_special_numbers_enabled is False
    assert result.high_risk_tollfraud_numbers_enabled is False
    assert result.url == "https://voice.twilio.com/v1/DialingPermissions/Countries/US"
    assert result.links == {
        "highrisk_special_prefixes": "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
    }

    assert {key: value for key, value in result.to_dict().items() if key in response} == response


def test_fetch_raises_api_error_for_404(api: ScriptedApi) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(ApiError) as caught:
        api.client.voice.v1.dialing_permissions.countries("US").fetch()

    error = caught.value
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith("https://voice.twilio.com/v1/DialingPermissions/Countries/US")


def test_path_iso_code_pattern_with_trailing_newline_is_checked_before_sending(
    api: ScriptedApi,
) -> None:
    with pytest.raises(ValidationError, match="iso_code"):
        api.client.voice.v1.dialing_permissions.countries("US\n").fetch()
    assert api.requests == []


def test_path_iso_code_pattern_is_checked_before_sending(api: ScriptedApi) -> None:
    with pytest.raises(ValidationError, match="iso_code"):
        api.client.voice.v1.dialing_permissions.countries("!S").fetch()
    assert api.requests == []
