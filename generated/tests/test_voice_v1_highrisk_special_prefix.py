"""Tests for HighriskSpecialPrefix, generated from the spec's examples and constraints.

Every operation runs through the sync ``Client`` and the ``AsyncClient``.
Generated from the spec; do not edit.
"""

from __future__ import annotations

from typing import Any

import pytest
from twilio_sdk_test_support import VARIANTS, ScriptedApi, pages, query_of, url_of

import twilio_sdk
from twilio_sdk.voice.v1.highrisk_special_prefix import HighriskSpecialPrefix

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}
LIST_ITEM: dict[str, Any] = {"prefix": "+37181"}


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_walks_every_page(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes",
        "content",
        LIST_ITEM,
        3,
    )
    for body in bodies:
        api.reply(200, body)

    results = api.run(
        variant,
        lambda c: c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.list(
            page_size=1
        ),
    )

    assert len(results) == 3
    for result in results:
        assert isinstance(result, HighriskSpecialPrefix)
        assert result.prefix == "+37181"

    assert [request.method for request in api.requests] == ["GET"] * 3
    assert (
        url_of(api.requests[0])
        == "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
    )
    assert sorted(query_of(api.requests[0])) == [("PageSize", "1")]
    next_urls = [body["meta"]["next_page_url"] for body in bodies[:2]]
    assert [str(request.url) for request in api.requests[1:]] == next_urls
    assert all(request.headers["Authorization"] == api.authorization for request in api.requests)


@pytest.mark.parametrize("variant", VARIANTS)
def test_stream_is_lazy_and_stops_at_the_limit(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes",
        "content",
        LIST_ITEM,
        3,
    )
    for body in bodies:
        api.reply(200, body)

    stream = api.stream(
        variant,
        lambda c: c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.stream(
            limit=2, page_size=1
        ),
    )
    assert api.requests == []

    assert len(stream()) == 2
    assert len(api.requests) == 2


def test_page_navigates_both_ways(api: ScriptedApi) -> None:
    c = api.client
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes",
        "content",
        LIST_ITEM,
        3,
    )
    for body in bodies + [bodies[1]]:
        api.reply(200, body)

    first = c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.page(
        page_size=1
    )
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
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes",
        "content",
        LIST_ITEM,
        2,
    )
    for body in bodies:
        api.reply(200, body)

    async def navigate() -> list[int | None]:
        c = api.async_client
        first = await c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.page(
            page_size=1
        )
        second = await first.next_page()
        assert second is not None
        assert await second.next_page() is None
        return [first.page_number, second.page_number]

    assert api.run_async(navigate) == [0, 1]


@pytest.mark.parametrize("variant", VARIANTS)
def test_get_page_loads_a_next_page_url(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes",
        "content",
        LIST_ITEM,
        3,
    )
    api.reply(200, bodies[1])
    next_url = bodies[0]["meta"]["next_page_url"]

    page = api.run(
        variant,
        lambda c: c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.get_page(
            next_url
        ),
    )

    assert str(api.only_request().url) == next_url
    assert len(page) == 1
    assert page.next_page_url == bodies[1]["meta"]["next_page_url"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_page_with_raw_response_gives_status_and_page(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes",
        "content",
        LIST_ITEM,
        1,
    )
    api.reply(200, bodies[0])

    raw = api.run(
        variant,
        lambda c: c.voice.v1.dialing_permissions.countries(
            "US"
        ).highrisk_special_prefixes.with_raw_response.page(page_size=1),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert [type(item) for item in raw.parsed] == [HighriskSpecialPrefix]


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.dialing_permissions.countries(
                "US"
            ).highrisk_special_prefixes.list(),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/DialingPermissions/Countries/US/HighRiskSpecialPrefixes"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_size_minimum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_size"):
        api.run(
            variant,
            lambda c: c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.page(
                page_size=0
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_size_maximum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_size"):
        api.run(
            variant,
            lambda c: c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.page(
                page_size=1001
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_number_minimum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_number"):
        api.run(
            variant,
            lambda c: c.voice.v1.dialing_permissions.countries("US").highrisk_special_prefixes.page(
                page_number=-1
            ),
        )
    assert api.requests == []
