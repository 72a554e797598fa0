"""The runtime's edges a review after Hardening II found, each against a server on 127.0.0.1.

- every SDK error survives ``pickle``, so a worker process can raise one to its pool;
- a lone surrogate in a path or JSON argument is a ``ValidationError``, and nothing is sent;
- a 2010-style page whose ``uri`` or ``next_page_uri`` no URL parser reads is an
  ``InvalidResponseError``;
- a request through a closed client is a ``TransportError``, also when it was closed while the
  call waited to try again;
- a copy made by ``with_options`` calls with its own options, also after the client has made
  its domains (``client.voice``);
- ``base_url`` must be an http(s) URL without credentials, query or fragment;
- pages without items are followed, but ten in a row end a stream with an error;
- a compressed body cut short is an ``InvalidResponseError``, not a shorter body.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import pickle
import threading
from decimal import Decimal
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterator

import pytest

from twilio_sdk import (
    AsyncClient,
    Client,
    InvalidResponseError,
    NotFoundError,
    RedirectError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    TransportError,
    TwilioError,
    ValidationError,
)
from twilio_sdk._runtime import codecs
from twilio_sdk._runtime.operation import FORM, Location, Operation, Param
from twilio_sdk._runtime.pagination import MAX_EMPTY_PAGES

from .test_runtime_hardening import (
    ACCOUNT,
    LIST,
    POLICY,
    SID,
    TOKEN,
    VARIANTS,
    Hostile,
    answer,
    call,
    fetch,
    listed,
)


@pytest.fixture(scope="module")
def server() -> Iterator[Hostile]:
    hostile = Hostile()
    yield hostile
    hostile.close()


ERRORS: list[TwilioError] = [
    ValidationError("friendly_name", "is required"),
    ResponseTooLargeError("GET https://x: too large", limit=5),
    NotFoundError(
        status=404,
        method="GET",
        uri="https://voice.twilio.com/v1/X",
        message="gone",
        code=20404,
        more_info="https://www.twilio.com/docs/errors/20404",
        details={"why": ["no such thing"]},
    ),
    RedirectError(location="https://elsewhere", status=302, method="GET", uri="u", message="m"),
    TransportError("no answer"),
    RequestTimeoutError("too slow"),
    InvalidResponseError("not JSON"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_survives_pickle_with_its_fields(error: TwilioError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (str(copy), repr(copy), vars(copy)) == (str(error), repr(error), vars(error))


def _raise_not_found() -> None:
    raise ERRORS[2]


def test_an_api_error_raised_in_a_worker_process_reaches_the_caller() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(NotFoundError) as raised:
            pool.submit(_raise_not_found).result(timeout=60)
        assert (raised.value.status, raised.value.code) == (404, 20404)
        assert pool.submit(len, "still usable").result(timeout=60) == 12


@pytest.mark.parametrize("location", ["path", "json"])
def test_a_lone_surrogate_argument_is_a_validation_error(location: Location) -> None:
    """Sent as UTF-8, a lone surrogate would fail deep in the encoder; a query or form value
    holding one is refused as the request is built, as ``test_runtime_hardening`` shows."""
    name = Param("name", "Name", location, codecs.STRING, required=True)
    operation = Operation("POST", LIST + "/{Name}", (name,), "application/json")
    with pytest.raises(ValidationError, match="lone surrogate") as raised:
        operation.prepare("https://voice.twilio.com", {"name": "a\udfffb"})
    assert raised.value.parameter == ("name" if location == "path" else "body")
    prepared = operation.prepare("https://voice.twilio.com", {"name": "a\u00e9b"})
    assert prepared.url.endswith("/a%C3%A9b") if location == "path" else prepared.content


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(
    "page",
    [
        {"connection_policies": [], "uri": "//["},
        {"connection_policies": [POLICY], "uri": LIST, "next_page_uri": "http://[::1/x"},
        {"connection_policies": [POLICY], "uri": LIST, "next_page_uri": "//a\uff03b/"},
    ],
)
def test_a_legacy_page_uri_no_parser_reads_is_an_invalid_response(
    server: Hostile, variant: str, page: dict[str, Any]
) -> None:
    server.script(answer(200, page))
    error = pytest.raises(TwilioError, call, server, variant, listed).value
    assert type(error) is InvalidResponseError and "is not a URI" in str(error), error
    assert len(server.seen) == 1


def test_a_closed_client_sends_nothing_and_says_so(server: Hostile) -> None:
    server.script(answer(200, {"connection_policies": [POLICY], "meta": {"key": "x"}}))
    with Client(ACCOUNT, TOKEN, base_url=server.url) as client:
        later = client.voice.v1.connection_policies.stream()
    with pytest.raises(TransportError, match="the client is closed"):
        next(later)
    with pytest.raises(TransportError, match="the client is closed"):
        client.voice.v1.connection_policies(SID).fetch()

    async def run() -> None:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url) as closed:
            pass
        with pytest.raises(TransportError, match="the client is closed"):
            await closed.voice.v1.connection_policies(SID).fetch()

    asyncio.run(run())
    assert server.seen == []


def test_a_client_closed_while_a_call_waits_to_retry_is_a_transport_error(
    server: Hostile,
) -> None:
    """The check was made once, before the first try: the retry got httpx's RuntimeError."""
    busy = answer(
        503, {"message": "busy"}, {"Retry-After": "1", "Content-Type": "application/json"}
    )
    server.script(busy)
    client = Client(ACCOUNT, TOKEN, base_url=server.url)
    closer = threading.Timer(0.3, client.close)
    closer.start()
    with pytest.raises(TransportError, match="the client is closed"):
        client.voice.v1.connection_policies(SID).fetch()
    closer.join()

    async def run() -> None:
        async_client = AsyncClient(ACCOUNT, TOKEN, base_url=server.url)
        closing = asyncio.get_running_loop().call_later(
            0.3, lambda: asyncio.ensure_future(async_client.aclose())
        )
        with pytest.raises(TransportError, match="the client is closed"):
            await async_client.voice.v1.connection_policies(SID).fetch()
        closing.cancel()

    asyncio.run(run())
    assert len(server.seen) == 2  # one try each, and no retry


@pytest.mark.parametrize("variant", VARIANTS)
def test_with_options_holds_after_the_client_has_made_its_domains(
    server: Hostile, variant: str
) -> None:
    """``client.voice`` is made once and kept: a copy made by ``with_options`` after that kept
    the original's, so its calls went out with the original's options (three tries, not one)."""
    server.script(
        answer(503, {"message": "busy"}, {"Retry-After": "0", "Content-Type": "application/json"})
    )

    def once(client: Any) -> Any:
        assert client.voice.v1.connection_policies  # the domain made, as an app's start-up may
        return fetch(client.with_options(max_retries=0))

    with pytest.raises(ServerError):
        call(server, variant, once)
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    ("base_url", "says"),
    [
        ("http://127.0.0.1:1\uff20evil", "is not a URL"),
        ("http://[::1", "is not a URL"),
        ("http://127.0.0.1:notaport", "is not a URL"),
        ("http://127.0.0.1:1#@evil", "query or a fragment"),
        ("http://user:pw@127.0.0.1:1", "must not hold credentials"),
        ("http://127.0.0.1:1/#frag", "query or a fragment"),
        ("http://127.0.0.1:1/?x=1", "query or a fragment"),
        ("ftp://127.0.0.1:1", "not an http"),
        ("127.0.0.1:8080", "not an http"),
        ("http:///v1", "not an http"),
    ],
)
def test_a_base_url_that_would_send_requests_astray_is_refused(base_url: str, says: str) -> None:
    for make in (Client, AsyncClient):
        with pytest.raises(ValidationError, match="^base_url: ") as raised:
            make(ACCOUNT, TOKEN, base_url=base_url)
        assert says in str(raised.value)


@pytest.mark.parametrize("variant", VARIANTS)
def test_pages_without_items_are_followed_but_not_for_ever(server: Hostile, variant: str) -> None:
    def page(number: int, items: list[dict[str, Any]], last: bool = False) -> Any:
        following = None if last else f"{server.url}{LIST}?Page={number + 1}"
        meta = {"key": "connection_policies", "next_page_url": following}
        return answer(200, {"connection_policies": items, "meta": meta})

    # an empty page before the next item, as a filtered list may have
    server.script(page(0, [POLICY]), page(1, []), page(2, [POLICY], last=True))
    assert [p.sid for p in call(server, variant, listed)] == [SID, SID]
    assert len(server.seen) == 3
    # empty pages that name a next page, for ever
    server.script(page(0, [POLICY]), *(page(n, []) for n in range(1, 40)))
    error = pytest.raises(TwilioError, call, server, variant, listed).value
    assert type(error) is InvalidResponseError, error
    assert f"{MAX_EMPTY_PAGES} list pages in a row without items" in str(error)
    assert len(server.seen) == 1 + MAX_EMPTY_PAGES


def _gzip_cut_short() -> list[bytes]:
    whole = gzip.compress(json.dumps(POLICY).encode())
    return [whole[:10], whole[: len(whole) // 2], whole[:-8]]  # header; half; no trailer


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("body", _gzip_cut_short(), ids=["header", "half", "no-trailer"])
def test_a_compressed_body_cut_short_is_an_invalid_response(
    server: Hostile, variant: str, body: bytes
) -> None:
    server.script(
        answer(200, body, {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    )
    error = pytest.raises(TwilioError, call, server, variant, fetch).value
    assert type(error) is InvalidResponseError and "gzip data ends before its end" in str(error)
    # the whole stream reads
    whole = gzip.compress(json.dumps(POLICY).encode())
    server.script(
        answer(200, whole, {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    )
    assert call(server, variant, fetch).sid == SID


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (Decimal("-0.5"), "at least 0"),
        (Decimal("100.01"), "at most 100"),
        (-1, "at least 0"),
        (100.5, "at most 100"),
        (Decimal("NaN"), "not NaN"),
        (Decimal("sNaN"), "not NaN"),
        (float("nan"), "not NaN"),
    ],
)
def test_a_number_argument_out_of_its_range_is_refused_whatever_its_type(
    value: Any, says: str
) -> None:
    """A Decimal, the type a number field reads as, is held to the range as an int or a float."""
    price = Param("price", "Price", "form", codecs.NUMBER, minimum=0, maximum=100)
    operation = Operation("POST", LIST, (price,), FORM)
    with pytest.raises(ValidationError, match=f"^price: .*{says}"):
        operation.prepare("https://voice.twilio.com", {"price": value})
    for fine in (Decimal("0"), Decimal("99.5"), 100, 0.25):
        assert operation.prepare("https://voice.twilio.com", {"price": fine}).form


def test_a_list_path_argument_goes_as_openapis_simple_style() -> None:
    """``a,b``, escaped as the rest of a path value is; it went as the Python list's text."""
    sids = Param("sids", "Sids", "path", codecs.ListOf(codecs.STRING), required=True)
    operation = Operation("GET", LIST + "/{Sids}", (sids,))
    prepared = operation.prepare("https://voice.twilio.com", {"sids": ["a", "b/c"]})
    assert prepared.url == "https://voice.twilio.com/v1/ConnectionPolicies/a%2Cb%2Fc"
