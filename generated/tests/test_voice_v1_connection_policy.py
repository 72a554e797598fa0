"""Tests for ConnectionPolicy, generated from the spec's examples and constraints.

Every operation runs through the sync ``Client`` and the ``AsyncClient``.
Generated from the spec; do not edit.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from twilio_sdk_test_support import VARIANTS, ScriptedApi, form_of, pages, query_of, url_of

import twilio_sdk
from twilio_sdk.voice.v1.connection_policy import ConnectionPolicy

NOT_FOUND = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}
LIST_ITEM: dict[str, Any] = {
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "friendly_name": "friendly_name",
    "date_created": "2020-03-18T23:31:36Z",
    "date_updated": "2020-03-18T23:31:37Z",
    "url": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "links": {
        "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
    },
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "friendly_name": "friendly_name",
        "date_created": "2020-03-18T23:31:36Z",
        "date_updated": "2020-03-18T23:31:36Z",
        "url": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "links": {
            "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
        },
    }
    api.reply(201, response)

    result = api.run(
        variant, lambda c: c.voice.v1.connection_policies.create(friendly_name="friendly_name")
    )

    request = api.only_request()
    assert request.method == "POST"
    assert url_of(request) == "https://voice.twilio.com/v1/ConnectionPolicies"
    assert query_of(request) == []
    assert form_of(request) == [("FriendlyName", "friendly_name")]
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, ConnectionPolicy)
    assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.friendly_name == "friendly_name"
    assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.date_updated == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert (
        result.url
        == "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert result.links == {
        "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
    }
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
            "sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "friendly_name",
            "date_created": "2020-03-18T23:31:36Z",
            "date_updated": "2020-03-18T23:31:36Z",
            "url": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
            },
        },
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.connection_policies.with_raw_response.create(
            friendly_name="friendly_name"
        ),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 201
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, ConnectionPolicy)


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant, lambda c: c.voice.v1.connection_policies.create(friendly_name="friendly_name")
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "POST"
    assert error.uri.startswith("https://voice.twilio.com/v1/ConnectionPolicies")


@pytest.mark.parametrize("variant", VARIANTS)
def test_create_checks_friendly_name_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="friendly_name"):
        api.run(
            variant,
            lambda c: c.voice.v1.connection_policies.create(
                friendly_name="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_walks_every_page(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/ConnectionPolicies", "connection_policies", LIST_ITEM, 3
    )
    for body in bodies:
        api.reply(200, body)

    results = api.run(variant, lambda c: c.voice.v1.connection_policies.list(page_size=1))

    assert len(results) == 3
    for result in results:
        assert isinstance(result, ConnectionPolicy)
        assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert result.sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        assert result.friendly_name == "friendly_name"
        assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
        assert result.date_updated == datetime(2020, 3, 18, 23, 31, 37, tzinfo=timezone.utc)
        assert (
            result.url
            == "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        )
        assert result.links == {
            "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
        }

    assert [request.method for request in api.requests] == ["GET"] * 3
    assert url_of(api.requests[0]) == "https://voice.twilio.com/v1/ConnectionPolicies"
    assert sorted(query_of(api.requests[0])) == [("PageSize", "1")]
    next_urls = [body["meta"]["next_page_url"] for body in bodies[:2]]
    assert [str(request.url) for request in api.requests[1:]] == next_urls
    assert all(request.headers["Authorization"] == api.authorization for request in api.requests)


@pytest.mark.parametrize("variant", VARIANTS)
def test_stream_is_lazy_and_stops_at_the_limit(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/ConnectionPolicies", "connection_policies", LIST_ITEM, 3
    )
    for body in bodies:
        api.reply(200, body)

    stream = api.stream(
        variant, lambda c: c.voice.v1.connection_policies.stream(limit=2, page_size=1)
    )
    assert api.requests == []

    assert len(stream()) == 2
    assert len(api.requests) == 2


def test_page_navigates_both_ways(api: ScriptedApi) -> None:
    c = api.client
    bodies = pages(
        "https://voice.twilio.com/v1/ConnectionPolicies", "connection_policies", LIST_ITEM, 3
    )
    for body in bodies + [bodies[1]]:
        api.reply(200, body)

    first = c.voice.v1.connection_policies.page(page_size=1)
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
        "https://voice.twilio.com/v1/ConnectionPolicies", "connection_policies", LIST_ITEM, 2
    )
    for body in bodies:
        api.reply(200, body)

    async def navigate() -> list[int | None]:
        c = api.async_client
        first = await c.voice.v1.connection_policies.page(page_size=1)
        second = await first.next_page()
        assert second is not None
        assert await second.next_page() is None
        return [first.page_number, second.page_number]

    assert api.run_async(navigate) == [0, 1]


@pytest.mark.parametrize("variant", VARIANTS)
def test_get_page_loads_a_next_page_url(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/ConnectionPolicies", "connection_policies", LIST_ITEM, 3
    )
    api.reply(200, bodies[1])
    next_url = bodies[0]["meta"]["next_page_url"]

    page = api.run(variant, lambda c: c.voice.v1.connection_policies.get_page(next_url))

    assert str(api.only_request().url) == next_url
    assert len(page) == 1
    assert page.next_page_url == bodies[1]["meta"]["next_page_url"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_page_with_raw_response_gives_status_and_page(api: ScriptedApi, variant: str) -> None:
    bodies = pages(
        "https://voice.twilio.com/v1/ConnectionPolicies", "connection_policies", LIST_ITEM, 1
    )
    api.reply(200, bodies[0])

    raw = api.run(
        variant, lambda c: c.voice.v1.connection_policies.with_raw_response.page(page_size=1)
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert [type(item) for item in raw.parsed] == [ConnectionPolicy]


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(variant, lambda c: c.voice.v1.connection_policies.list())

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith("https://voice.twilio.com/v1/ConnectionPolicies")


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_size_minimum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_size"):
        api.run(variant, lambda c: c.voice.v1.connection_policies.page(page_size=0))
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_size_maximum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_size"):
        api.run(variant, lambda c: c.voice.v1.connection_policies.page(page_size=1001))
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_checks_page_number_minimum_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="page_number"):
        api.run(variant, lambda c: c.voice.v1.connection_policies.page(page_number=-1))
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "friendly_name": "friendly_name",
        "date_created": "2020-03-18T23:31:36Z",
        "date_updated": "2020-03-18T23:31:37Z",
        "url": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "links": {
            "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
        },
    }
    api.reply(200, response)

    result = api.run(
        variant,
        lambda c: c.voice.v1.connection_policies("NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch(),
    )

    request = api.only_request()
    assert request.method == "GET"
    assert (
        url_of(request)
        == "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert query_of(request) == []
    assert form_of(request) == []
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, ConnectionPolicy)
    assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.friendly_name == "friendly_name"
    assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.date_updated == datetime(2020, 3, 18, 23, 31, 37, tzinfo=timezone.utc)
    assert (
        result.url
        == "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert result.links == {
        "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
    }
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
            "sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "friendly_name",
            "date_created": "2020-03-18T23:31:36Z",
            "date_updated": "2020-03-18T23:31:37Z",
            "url": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
            },
        },
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.connection_policies(
            "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).with_raw_response.fetch(),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, ConnectionPolicy)


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.connection_policies("NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch(),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "GET"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_sends_the_exact_request_and_reads_every_field(
    api: ScriptedApi, variant: str
) -> None:
    response: Any = {
        "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "friendly_name": "FriendlyName",
        "date_created": "2020-03-18T23:31:36Z",
        "date_updated": "2020-03-18T23:31:37Z",
        "url": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "links": {
            "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
        },
    }
    api.reply(200, response)

    result = api.run(
        variant,
        lambda c: c.voice.v1.connection_policies("NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
            friendly_name="FriendlyName"
        ),
    )

    request = api.only_request()
    assert request.method == "POST"
    assert (
        url_of(request)
        == "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert query_of(request) == []
    assert form_of(request) == [("FriendlyName", "FriendlyName")]
    assert request.headers["Authorization"] == api.authorization
    assert isinstance(result, ConnectionPolicy)
    assert result.account_sid == "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.sid == "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    assert result.friendly_name == "FriendlyName"
    assert result.date_created == datetime(2020, 3, 18, 23, 31, 36, tzinfo=timezone.utc)
    assert result.date_updated == datetime(2020, 3, 18, 23, 31, 37, tzinfo=timezone.utc)
    assert (
        result.url
        == "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert result.links == {
        "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
    }
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
            "sid": "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "FriendlyName",
            "date_created": "2020-03-18T23:31:36Z",
            "date_updated": "2020-03-18T23:31:37Z",
            "url": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "targets": "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Targets"
            },
        },
        headers={"Twilio-Request-Id": "RQ123"},
    )

    raw = api.run(
        variant,
        lambda c: c.voice.v1.connection_policies(
            "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).with_raw_response.update(friendly_name="FriendlyName"),
    )

    assert isinstance(raw, twilio_sdk.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["Twilio-Request-Id"] == "RQ123"
    assert isinstance(raw.parsed, ConnectionPolicy)


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_raises_not_found_for_404(api: ScriptedApi, variant: str) -> None:
    api.reply(404, NOT_FOUND)

    with pytest.raises(twilio_sdk.NotFoundError) as caught:
        api.run(
            variant,
            lambda c: c.voice.v1.connection_policies("NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="FriendlyName"
            ),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "POST"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_update_checks_friendly_name_max_length_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="friendly_name"):
        api.run(
            variant,
            lambda c: c.voice.v1.connection_policies("NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
                friendly_name="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            ),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_sends_the_exact_request(api: ScriptedApi, variant: str) -> None:
    api.reply(204)

    deleted = api.run(
        variant,
        lambda c: c.voice.v1.connection_policies("NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").delete(),
    )

    assert deleted is True
    request = api.only_request()
    assert request.method == "DELETE"
    assert (
        url_of(request)
        == "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )
    assert request.content == b""
    assert request.headers["Authorization"] == api.authorization


@pytest.mark.parametrize("variant", VARIANTS)
def test_delete_with_raw_response_gives_the_status(api: ScriptedApi, variant: str) -> None:
    api.reply(204)

    raw = api.run(
        variant,
        lambda c: c.voice.v1.connection_policies(
            "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
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
            lambda c: c.voice.v1.connection_policies("NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").delete(),
        )

    error = caught.value
    assert isinstance(error, twilio_sdk.ApiError)
    assert (error.status, error.code) == (404, 20404)
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == NOT_FOUND["more_info"]
    assert error.method == "DELETE"
    assert error.uri.startswith(
        "https://voice.twilio.com/v1/ConnectionPolicies/NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_pattern_with_trailing_newline_is_checked_before_sending(
    api: ScriptedApi, variant: str
) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.connection_policies(
                "NYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
            ).fetch(),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_pattern_is_checked_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.connection_policies("!Yaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch(),
        )
    assert api.requests == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_sid_max_length_is_checked_before_sending(api: ScriptedApi, variant: str) -> None:
    with pytest.raises(twilio_sdk.ValidationError, match="sid"):
        api.run(
            variant,
            lambda c: c.voice.v1.connection_policies("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").fetch(),
        )
    assert api.requests == []
