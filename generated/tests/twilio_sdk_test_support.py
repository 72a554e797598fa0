"""Helpers for the generated tests: a client whose HTTP answers are scripted.

Generated from the spec; do not edit.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any, AsyncIterator, Awaitable, Callable, Iterator, TypeVar, cast
from urllib.parse import parse_qsl

import httpx
import pytest

import twilio_sdk
from twilio_sdk import AsyncClient, Client
from twilio_sdk._runtime.model import Model

VARIANTS = ["sync", "async"]

T = TypeVar("T")

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "generated-test-token"


class ScriptedApi:
    """Answers each request with the next scripted response and records what was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []
        transport = httpx.MockTransport(self._answer)
        self.client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=httpx.Client(transport=transport))
        self.async_client = AsyncClient(
            ACCOUNT_SID, AUTH_TOKEN, http_client=httpx.AsyncClient(transport=transport)
        )
        credentials = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
        self.authorization = f"Basic {credentials}"

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.responses:
            raise AssertionError(f"unexpected request: {request.method} {request.url}")
        return self.responses.pop(0)

    def reply(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        content = b"" if body is None else json.dumps(body).encode()
        all_headers = {
            **({} if body is None else {"Content-Type": "application/json"}),
            **(headers or {}),
        }
        self.responses.append(httpx.Response(status, content=content, headers=all_headers))

    def run(self, variant: str, call: Callable[[Client | AsyncClient], T | Awaitable[Any]]) -> T:
        """Make one call through the sync client, or await it through the async one.

        `call` is checked against both clients; its answer is typed as the sync client's
        (the async client's is the same, or its twin: an ``AsyncPage`` for a ``Page``).
        """
        if variant == "sync":
            return cast(T, call(self.client))

        async def main() -> Any:
            return await cast(Awaitable[Any], call(self.async_client))

        return cast(T, asyncio.run(main()))

    def stream(
        self, variant: str, call: Callable[[Client | AsyncClient], Iterator[T] | AsyncIterator[T]]
    ) -> Callable[[], list[T]]:
        """Open a stream now (nothing is sent yet); the returned function drains it."""
        opened = call(self.client if variant == "sync" else self.async_client)
        if isinstance(opened, Iterator):
            return lambda: list(opened)

        async def drain() -> list[T]:
            return [item async for item in opened]

        return lambda: asyncio.run(drain())

    def run_async(self, main: Callable[[], Awaitable[Any]]) -> Any:
        async def run() -> Any:
            return await main()

        return asyncio.run(run())

    def only_request(self) -> httpx.Request:
        assert len(self.requests) == 1, [str(r.url) for r in self.requests]
        return self.requests[0]


def form_of(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


def json_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


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
    asyncio.run(scripted.async_client.aclose())


# Several products share paths (/v1/Services): the fake then reads the product from the path.
BY_DOMAIN = False


class FakeServer:
    """The fake API served over HTTP by ``python -m twilio_sdk.testing`` in a child process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.client_base_url = url + "/{domain}" if BY_DOMAIN else url

    def client(self) -> Client:
        return Client(ACCOUNT_SID, AUTH_TOKEN, base_url=self.client_base_url, max_retries=0)

    def async_client(self) -> AsyncClient:
        return AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=self.client_base_url, max_retries=0)


@pytest.fixture
def server(fake_server_url: str) -> FakeServer:
    """The fake server, emptied of what earlier tests created."""
    response = httpx.post(fake_server_url + "/__fake__/reset", auth=(ACCOUNT_SID, AUTH_TOKEN))
    assert response.status_code == 204, response.text
    return FakeServer(fake_server_url)


@pytest.fixture(scope="session")
def fake_server_url() -> Iterator[str]:
    """One fake server on 127.0.0.1 for the session, stopped by its PID."""
    package_root = str(Path(twilio_sdk.__file__).resolve().parent.parent)
    env = {
        **os.environ,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "PYTHONPATH": os.pathsep.join([package_root, os.environ.get("PYTHONPATH", "")]),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_sdk.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = first_line(process)
        assert line.startswith("listening on http://127.0.0.1:"), line
        yield line.removeprefix("listening on ").strip()
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def first_line(process: "subprocess.Popen[str]", timeout: float = 30.0) -> str:
    """The first line a child process prints, waiting at most `timeout` seconds."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, f"no output from {process.args!r} within {timeout} s"
    return process.stdout.readline()


def known(value: T | None) -> T:
    """A model field the test hands back to the SDK (an id to call a list with): every field of a
    model is Optional, so the test fails here on None, and the type checker knows it is not."""
    assert value is not None
    return value


def agree(one: Model, other: Model) -> bool:
    """Whether two answers about one instance, read into different models (what create answered
    and what fetch answers), hold the same value in every field both models have."""
    mine, theirs = one.to_dict(), other.to_dict()
    shared = mine.keys() & theirs.keys()
    return {key: mine[key] for key in shared} == {key: theirs[key] for key in shared}
