"""Credentials only go where the list went: page links to other origins are never followed.

Two real HTTP servers on 127.0.0.1 play the API and an attacker. The API's list pages name
their neighbours in every way a hostile or broken server could; the attacker must never see
a request, and the SDK must say what it refused.
"""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from twilio_sdk import AsyncClient, Client, InvalidResponseError, RedirectError, ValidationError

SID = "NY" + "a" * 32
ACCOUNT = "AC" + "b" * 32
TOKEN = "page-origin-secret"
LIST = "/v1/ConnectionPolicies"


class Server:
    """A server on 127.0.0.1 that answers every GET with the next scripted body and records it."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.redirects: list[str] = []  # Location of a 302 to answer first, one per request
        self.seen: list[tuple[str, str | None]] = []  # (path, Authorization)
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                owner.seen.append((self.path, self.headers.get("Authorization")))
                if owner.redirects:
                    self.send_response(302)
                    self.send_header("Location", owner.redirects.pop(0))
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.dumps(owner.bodies.pop(0) if owner.bodies else {}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[Server, Server]]:
    pair = Server(), Server()
    yield pair
    for server in pair:
        server.close()


@pytest.fixture
def api(servers: tuple[Server, Server]) -> Server:
    servers[0].seen.clear()
    servers[0].bodies.clear()
    return servers[0]


@pytest.fixture
def attacker(servers: tuple[Server, Server]) -> Server:
    servers[1].seen.clear()
    return servers[1]


def item(name: str) -> dict[str, Any]:
    return {"sid": SID, "friendly_name": name}


def meta_page(next_url: Any) -> dict[str, Any]:
    return {
        "connection_policies": [item("first")],
        "meta": {
            "key": "connection_policies",
            "next_page_url": next_url,
            "page": 0,
            "page_size": 1,
        },
    }


def legacy_page(next_uri: Any) -> dict[str, Any]:
    return {
        "connection_policies": [item("first")],
        "uri": LIST,
        "next_page_uri": next_uri,
        "page": 0,
    }


def sync_client(api: Server, **kwargs: Any) -> Client:
    client = Client(ACCOUNT, TOKEN, **kwargs)
    if "base_url" not in kwargs:  # the API's own host, as without base_url in production
        client.voice.default_url = api.url
    return client


def async_client(api: Server, **kwargs: Any) -> AsyncClient:
    client = AsyncClient(ACCOUNT, TOKEN, **kwargs)
    if "base_url" not in kwargs:
        client.voice.default_url = api.url
    return client


def list_all(api: Server, variant: str, **kwargs: Any) -> list[str]:
    """Every friendly_name the SDK lists, through the sync or the async client."""
    if variant == "sync":
        with sync_client(api, **kwargs) as client:
            return [
                p.friendly_name or ""
                for p in client.voice.v1.connection_policies.stream(page_size=1)
            ]

    async def run() -> list[str]:
        async with async_client(api, **kwargs) as client:
            return [
                p.friendly_name or ""
                async for p in client.voice.v1.connection_policies.stream(page_size=1)
            ]

    return asyncio.run(run())


VARIANTS = ["sync", "async"]


def foreign_links(attacker: Server, api: Server) -> list[str]:
    evil = attacker.url.removeprefix("http://")
    return [
        attacker.url + "/v1/x",  # another port on the same host
        f"http://localhost:{attacker.port}/v1/x",  # another host name
        f"//{evil}/v1/x",  # scheme-relative: another host
        f"http://{ACCOUNT}:x@127.0.0.1:{attacker.port}/v1/x",  # credentials in the link
        api.url.replace("http://", "https://") + "/v1/x",  # another scheme
        f"ftp://127.0.0.1:{api.port}/v1/x",
        # userinfo that looks like the API
        f"http://127.0.0.1:{api.port}@127.0.0.1:{attacker.port}/v1/x",
        "http://127.0.0.1:notaport/v1/x",
    ]


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_next_page_on_another_origin_is_refused_and_never_requested(
    api: Server, attacker: Server, variant: str
) -> None:
    for link in foreign_links(attacker, api):
        api.seen.clear()
        api.bodies[:] = [meta_page(link)]
        with pytest.raises(InvalidResponseError, match="not followed") as raised:
            list_all(api, variant)
        assert repr(link) in str(raised.value), link
        assert [path for path, _ in api.seen] == [f"{LIST}?PageSize=1"], link
    assert attacker.seen == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_redirect_is_never_followed_even_by_a_pool_that_follows_redirects(
    api: Server, attacker: Server, variant: str
) -> None:
    """A pool passed in may follow redirects; the SDK's requests still do not: the page the
    redirect leads to would pass as the API's own, and its links with it."""
    api.redirects[:] = [attacker.url + LIST]
    attacker.bodies[:] = [meta_page(attacker.url + LIST + "?Page=1")]
    pool: httpx.Client | httpx.AsyncClient = (
        httpx.Client(follow_redirects=True)
        if variant == "sync"
        else httpx.AsyncClient(follow_redirects=True)
    )
    try:
        with pytest.raises(RedirectError, match="follows no redirects") as raised:
            list_all(api, variant, http_client=pool)
    finally:
        if isinstance(pool, httpx.Client):
            pool.close()
        else:
            asyncio.run(pool.aclose())
    assert raised.value.location == attacker.url + LIST
    assert [path for path, _ in api.seen] == [f"{LIST}?PageSize=1"]
    assert attacker.seen == []


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("style", ["meta", "legacy"])
@pytest.mark.parametrize(
    "relative", [".evil.example/v1/x", "evil/v1/x", ":{port}/v1/x", "/v1/x?Page=1"]
)
def test_a_relative_page_link_stays_on_the_api_host(
    api: Server, attacker: Server, variant: str, style: str, relative: str
) -> None:
    """The 2010 API's ``next_page_uri`` is a path: it is never glued onto the host name."""
    link = relative.format(port=attacker.port)
    api.bodies[:] = [
        meta_page(link) if style == "meta" else legacy_page(link),
        {"connection_policies": [item("second")], "meta": {"key": "connection_policies"}},
    ]
    assert list_all(api, variant) == ["first", "second"]
    expected = urlsplit(urljoin(api.url + "/", link))
    assert api.seen[1][0] == expected.path + (f"?{expected.query}" if expected.query else "")
    assert all(auth == httpx.BasicAuth(ACCOUNT, TOKEN)._auth_header for _, auth in api.seen)
    assert attacker.seen == []


def test_a_legacy_uri_on_the_default_host_is_a_path_of_that_host() -> None:
    """Without a server to name: the URL asked for when the API is the real twilio.com."""
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(
            200, json=legacy_page(".evil.example/v1/x" if len(requests) == 1 else None)
        )

    client = Client(ACCOUNT, TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert len(list(client.voice.v1.connection_policies.stream(page_size=1))) == 2
    assert str(requests[1].url) == "https://voice.twilio.com/.evil.example/v1/x"


@pytest.mark.parametrize("variant", VARIANTS)
def test_with_base_url_every_page_goes_to_base_url(
    api: Server, attacker: Server, variant: str
) -> None:
    """A fake or proxy at base_url: links to twilio.com (or anywhere) are asked of it instead."""
    api.bodies[:] = [
        meta_page(attacker.url + "/v1/ConnectionPolicies?Page=1"),
        {"connection_policies": [item("second")], "meta": {"key": "connection_policies"}},
    ]
    assert list_all(api, variant, base_url=api.url) == ["first", "second"]
    assert api.seen[1][0] == "/v1/ConnectionPolicies?Page=1"
    assert attacker.seen == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_get_page_only_takes_urls_of_the_domain(
    api: Server, attacker: Server, variant: str
) -> None:
    async def async_get(url: str) -> None:
        async with async_client(api) as client:
            await client.voice.v1.connection_policies.get_page(url)

    def get(url: str) -> None:
        if variant == "sync":
            with sync_client(api) as client:
                client.voice.v1.connection_policies.get_page(url)
        else:
            asyncio.run(async_get(url))

    for link in foreign_links(attacker, api):
        with pytest.raises(ValidationError, match="target_url"):
            get(link)
    assert attacker.seen == [] and api.seen == []
    api.bodies[:] = [
        {"connection_policies": [item("only")], "meta": {"key": "connection_policies"}}
    ]
    get(api.url + LIST + "?Page=3")
    assert api.seen[0][0] == LIST + "?Page=3"


@pytest.mark.parametrize("name", ["edge", "region"])
@pytest.mark.parametrize(
    "value",
    [
        "evil.example#",
        "x@evil.example#",
        "evil.example/",
        "a.b",
        "au1:8443",
        "-x",
        "x-",
        "",
        " au1",
        "au1\n",
        "ü",
    ],
)
def test_edge_and_region_are_plain_host_labels(
    name: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    option: dict[str, Any] = {name: value}
    if value == "":  # an empty value means "not set", as in the official SDK
        assert getattr(Client(ACCOUNT, TOKEN, **option), name) is None
        return
    with pytest.raises(ValidationError, match=name):
        Client(ACCOUNT, TOKEN, **option)
    monkeypatch.setenv("TWILIO_" + name.upper(), value)
    with pytest.raises(ValidationError, match=name):
        Client(ACCOUNT, TOKEN)


def test_plain_edge_and_region_still_pick_the_regional_host() -> None:
    client = Client(ACCOUNT, TOKEN, edge="sydney", region="au1")
    assert client.voice.url == "https://voice.sydney.au1.twilio.com"
