"""Helpers for the generated tests: a client whose HTTP answers are scripted.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Iterator
from urllib.parse import parse_qsl

import httpx
import pytest

from twilio_sdk import Client

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "generated-test-token"


class ScriptedApi:
    """Answers each request with the next scripted response and records what was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []
        self.client = Client(
            ACCOUNT_SID,
            AUTH_TOKEN,
            http_client=httpx.Client(transport=httpx.MockTransport(self._answer)),
        )
        credentials = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
        self.authorization = f"Basic {credentials}"

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.responses:
            raise AssertionError(f"unexpected request: {request.method} {request.url}")
        return self.responses.pop(0)

    def reply(self, status: int, body: Any = None) -> None:
        content = b"" if body is None else json.dumps(body).encode()
        headers = {} if body is None else {"Content-Type": "application/json"}
        self.responses.append(httpx.Response(status, content=content, headers=headers))

    def only_request(self) -> httpx.Request:
        assert len(self.requests) == 1, [str(r.url) for r in self.requests]
        return self.requests[0]


def form_of(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


def query_of(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


def url_of(request: httpx.Request) -> str:
    """The request URL without its query string."""
    return str(request.url.copy_with(query=None))


def pages(url: str, key: str, item: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """`count` list pages of one item each, chained by next/previous page URLs."""

    def page_url(number: int) -> str:
        return f"{url}?PageSize=1&Page={number}&PageToken=PT{number}"

    return [
        {
            "meta": {
                "page": number,
                "page_size": 1,
                "first_page_url": page_url(0),
                "previous_page_url": page_url(number - 1) if number else None,
                "url": page_url(number),
                "next_page_url": page_url(number + 1) if number + 1 < count else None,
                "key": key,
            },
            key: [item],
        }
        for number in range(count)
    ]


@pytest.fixture
def api() -> Iterator[ScriptedApi]:
    scripted = ScriptedApi()
    yield scripted
    scripted.client.close()
