"""The HTTP side of the SDK: credentials, base URLs, retries, timeouts, logging.

:class:`BaseClient` (sync, over ``httpx.Client``) and :class:`AsyncBaseClient`
(async, over ``httpx.AsyncClient``) share everything but the send loop and the reading
of a body, which live in :class:`ClientCore`'s two small subclasses. The rules those loops
follow, when to retry and how long to wait, are in ``tries.py``, once.

``timeout`` is the budget of a whole call: connecting, sending, every read of the answer,
and the retries and the waits between them. ``max_response_bytes`` caps the size of an
answer, counted as it is read (see ``reading.py``).
"""

from __future__ import annotations

import base64
import copy
import json
import math
import os
import random
import re
import time
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterator, Mapping, Sequence, TypeVar
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

from .errors import (
    ApiError,
    RedirectError,
    TransportError,
    TwilioError,
    ValidationError,
    error_class,
)
from .reading import (
    ACCEPT_ENCODING,
    CALL_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    ERROR_BODY_BYTES,
    BodyReader,
    Deadline,
    atracer,
    clip,
    tracer,
)
from .tries import Tries
from .values import UNSET, Unset

if TYPE_CHECKING:  # these are imported on first use, to keep `from twilio_sdk import Client` fast
    import httpx

    from .operation import PreparedRequest
    from .retries import RetryPolicy

# An edge or region becomes one label of the API's host name, so it may hold nothing else.
_HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_DEFAULT_PORTS = {"http": 80, "https": 443}

C = TypeVar("C", bound="ClientCore[Any]")
# The connection pool: httpx.Client under the sync client, httpx.AsyncClient under the async one.
H = TypeVar("H", bound="httpx.Client | httpx.AsyncClient")


class ClientCore(Generic[H]):
    """Credentials, where requests go, and how they are retried.

    Its ``__init__`` is the one signature of every client: the sync and async clients differ
    only in ``H``, the type of ``http_client``. Each option is described in the docstring
    of the SDK's ``Client`` (``templates/sdk/client.py.j2``). The secret never appears in
    ``repr()``, ``str()``, errors or logs. ``timeout`` and ``max_response_bytes`` can be
    changed per call with :meth:`with_options`.
    """

    user_agent = "twilio_sdk"
    _http: H  # the connection pool, set by ``_connect``

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        account_sid: str | None = None,
        *,
        region: str | None = None,
        edge: str | None = None,
        http_client: H | None = None,
        user_agent_extensions: Sequence[str] | None = None,
        base_url: str | None = None,
        timeout: float | None = 30.0,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        username, password, account_sid = _credentials(username, password, account_sid, env)
        import httpx

        from .retries import RetryPolicy

        self.username = username
        self.account_sid = account_sid
        authorization = httpx.BasicAuth(username, password)._auth_header
        self._secrets = (password, base64.b64encode(f"{username}:{password}".encode()).decode())
        self.base_url = checked_base_url(base_url)
        self.edge = _host_label("edge", edge or env.get("TWILIO_EDGE") or None)
        self.region = _host_label("region", region or env.get("TWILIO_REGION") or None)
        self.timeout = checked_timeout(timeout)
        self.max_response_bytes = checked_size(max_response_bytes)
        self.retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._random = random.Random()
        # Sent with every request. On a connection pool the client makes itself, they are the
        # pool's defaults, which saves merging them into each request.
        self._headers = {
            "User-Agent": " ".join(
                [user_agent(self.user_agent), *_extensions(user_agent_extensions)]
            ),
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "Authorization": authorization,
        }
        # A pool passed in stays the caller's to close, and gets the headers on each request.
        self._owns_http_client = self._pool_defaults = http_client is None
        self._connect(http_client)

    def _connect(self, http_client: H | None) -> None:
        """Keep ``http_client``, or a pool of the client's own; set how to wait between tries."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(account_sid={self.account_sid!r}, base_url={self.base_url!r})"
        )

    __str__ = __repr__

    def with_options(
        self: C,
        *,
        timeout: float | None | Unset = UNSET,
        max_retries: int | None = None,
        backoff_base: float | None = None,
        backoff_max: float | None = None,
        max_response_bytes: int | None = None,
    ) -> C:
        """A copy of this client with other call options, sharing its connection pool.

        ``client.with_options(max_retries=0)`` switches retries off for the
        calls made through the copy.
        """
        from dataclasses import replace

        clone = copy.copy(self)
        # a domain the original has made already (``client.voice``) calls through the original:
        # the copy makes its own
        kind = type(clone)
        for name in [n for n in vars(clone) if isinstance(getattr(kind, n, None), cached_property)]:
            del vars(clone)[name]
        clone._owns_http_client = False  # the pool stays the original's to close
        if not isinstance(timeout, Unset):
            clone.timeout = checked_timeout(timeout)
            clone._pool_defaults = False
        if max_response_bytes is not None:
            clone.max_response_bytes = checked_size(max_response_bytes)
        policy = self.retry_policy
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        if backoff_base is not None:
            policy = replace(policy, backoff_base=backoff_base)
        if backoff_max is not None:
            policy = replace(policy, backoff_max=backoff_max)
        clone.retry_policy = policy
        return clone

    def domain_url(self, default: str) -> str:
        """The base URL of a domain such as ``https://voice.twilio.com``."""
        if self.base_url:
            return self.base_url.replace(
                "{domain}", (urlsplit(default).hostname or "").split(".")[0]
            )
        if not (self.edge or self.region):
            return default
        parts = urlsplit(default)
        host = parts.hostname or ""
        if not host.endswith(".twilio.com"):
            return default
        product = host.removesuffix(".twilio.com").split(".")[0]
        # an edge alone implies the default region, as in the official SDK
        region = self.region or "us1"
        regional = ".".join(part for part in (product, self.edge, region) if part) + ".twilio.com"
        return urlunsplit((parts.scheme, regional, "", "", ""))

    def rebase(self, url: str) -> str:
        """Point an absolute URL from the API (e.g. a ``next_page_url``) at ``base_url``."""
        if not self.base_url:
            return url
        parts = urlsplit(url)
        base = urlsplit(self.domain_url(f"{parts.scheme}://{parts.netloc}"))
        if parts.netloc == base.netloc:
            return url  # a link the server at base_url made itself
        return urlunsplit((base.scheme, base.netloc, base.path + parts.path, parts.query, ""))

    def page_url(self, url: object, origin: str) -> str | None:
        """Where to load a page named by ``url``, on the answer from ``origin``; None if unsafe.

        A relative URL hangs off ``origin``. The result is rebased onto ``base_url``, and must
        then have ``origin``'s scheme, host and port: the credentials go with the request, so
        a link to anywhere else is never followed.
        """
        import httpx

        if not isinstance(url, str) or not url:
            return None
        try:
            resolved = self.rebase(urljoin(origin + "/", url))
            target = _origin(urlsplit(resolved))
            httpx.URL(resolved)  # one httpx could not send (a control character) is refused too
        except (ValueError, httpx.InvalidURL):  # "http://[" and other unparseable text
            return None
        return resolved if target is not None and target == _origin(urlsplit(origin)) else None

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[REDACTED]")
        return text

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, request: PreparedRequest
    ) -> httpx.Request:
        form: dict[str, list[str]] | None = None
        if request.form is not None:
            form = {}
            for key, value in request.form:
                form.setdefault(key, []).append(value)
        params = tuple(request.query) if request.query else None
        # headers and timeout are already the pool's own
        if self._pool_defaults and not request.headers:
            return http.build_request(request.method, request.url, params=params, data=form)
        import httpx

        # an operation's header replaces the client's of the same name, whatever its case: a
        # spec's `Authorization` header parameter, when given, goes in place of the credentials
        headers = httpx.Headers(self._headers)
        headers.update(dict(request.headers or ()))
        return http.build_request(
            request.method,
            request.url,
            params=params,
            data=form,
            content=request.content,
            headers=headers,
            timeout=self.timeout,
        )

    def _request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        prepared: PreparedRequest,
        make_tracer: Callable[[dict[str, Any]], Any],
    ) -> tuple[httpx.Request, Deadline | None]:
        """The request to send, and the deadline of the call (None without a timeout)."""
        import httpx

        try:
            request = self._build(http, prepared)
        except (httpx.InvalidURL, UnicodeError) as error:
            message = f"{prepared.method} {prepared.url!r} cannot be sent: {error}"
            raise ValidationError("request", self.redact(message)) from None
        # bounds the reads of the connection the request opens, if it opens one
        request.extensions["trace"] = make_tracer(request.extensions)
        return request, None if self.timeout is None else Deadline(self.timeout)

    def _check_open(self) -> None:
        """A closed client sends nothing: a stream taken inside ``with Client()`` and read
        after the block ends here."""
        if self._http.is_closed:
            raise TransportError("the client is closed: no request can be sent through it")

    def _reader(
        self, response: httpx.Response, deadline: Deadline | None, error: bool = False
    ) -> BodyReader:
        """A reader for the answer's body: all of it up to the cap, or an error answer's head."""
        if error:
            return BodyReader(response, ERROR_BODY_BYTES, deadline, self.redact, truncate=True)
        return BodyReader(response, self.max_response_bytes, deadline, self.redact)

    def _error_reader(
        self, response: httpx.Response, deadline: Deadline | None
    ) -> BodyReader | None:
        """A reader for the head of an error answer, or None where even that cannot be read
        (an unknown Content-Encoding, say): the status is the error anyway."""
        try:
            return self._reader(response, deadline, error=True)
        except TwilioError:
            return None

    def _with_body(self, response: httpx.Response, reader: BodyReader) -> httpx.Response:
        response._content = reader.body()  # as httpx's own read() and aread() keep it
        return response

    def _tries(self, request: httpx.Request, deadline: Deadline | None) -> Tries:
        """The retry rules both send loops follow, for one call (see ``tries.py``)."""
        return Tries(request, deadline, self.retry_policy, self._random, self.redact)

    def _api_error(self, response: httpx.Response, reader: BodyReader | None) -> ApiError:
        if reader is None:
            return api_error(response, b"", redact=self.redact)
        return api_error(response, reader.body(), size=reader.size, redact=self.redact)


class BaseClient(ClientCore["httpx.Client"]):
    """The synchronous client; ``http_client`` takes an ``httpx.Client``."""

    def _connect(self, http_client: httpx.Client | None) -> None:
        import httpx

        if http_client is None:
            http_client = httpx.Client(headers=self._headers, timeout=self.timeout)
        self._http = http_client
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the connection pool, unless it was passed in by the caller."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def send(self, prepared: PreparedRequest) -> httpx.Response:
        """Send a request, retrying as the policy says, and read the answer within the limits.

        Raise for an answer of 4xx or 5xx; return any other, its body read.
        """
        request, deadline = self._request(self._http, prepared, tracer)
        token = CALL_DEADLINE.set(deadline)
        try:
            return self._send(request, deadline)
        finally:
            CALL_DEADLINE.reset(token)

    def _send(self, request: httpx.Request, deadline: Deadline | None) -> httpx.Response:
        import httpx

        tries = self._tries(request, deadline)
        while True:
            tries.start()
            try:
                response = self._send_once(request)
                try:
                    step = tries.answered(response)
                    if step == "use":
                        reader = self._reader(response, deadline)
                        self._read(response, reader)
                        return self._with_body(response, reader)
                    if step == "fail":
                        raise self._api_error(response, self._read_error(response, deadline))
                finally:
                    response.close()
            except httpx.RequestError as error:
                tries.failed(error)
            self._sleep(tries.next_wait())

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        try:
            # never follow a redirect, whatever a pool passed in says: the credentials
            # would go along, and pages would be judged by the origin redirected to
            return self._http.send(request, stream=True, follow_redirects=False)
        except RuntimeError:  # httpx's word for a closed pool (closed before this try, or by
            # another thread during it)
            self._check_open()
            raise

    def _read(self, response: httpx.Response, reader: BodyReader) -> None:
        if not reader.feed_consumed(response):
            for chunk in response.iter_raw():
                if not reader.feed(chunk):
                    return

    def _read_error(self, response: httpx.Response, deadline: Deadline | None) -> BodyReader | None:
        reader = self._error_reader(response, deadline)
        if reader is not None:
            with _as_far_as_readable():
                self._read(response, reader)
        return reader


class AsyncBaseClient(ClientCore["httpx.AsyncClient"]):
    """The asynchronous client; ``http_client`` takes an ``httpx.AsyncClient``."""

    def _connect(self, http_client: httpx.AsyncClient | None) -> None:
        import asyncio

        import httpx

        if http_client is None:
            http_client = httpx.AsyncClient(headers=self._headers, timeout=self.timeout)
        self._http = http_client
        self._sleep: Callable[[float], Any] = asyncio.sleep

    async def aclose(self) -> None:
        """Close the connection pool, unless it was passed in by the caller."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def send(self, prepared: PreparedRequest) -> httpx.Response:
        """Send a request, retrying as the policy says, and read the answer within the limits.

        Raise for an answer of 4xx or 5xx; return any other, its body read.
        """
        request, deadline = self._request(self._http, prepared, atracer)
        token = CALL_DEADLINE.set(deadline)
        try:
            return await self._send(request, deadline)
        finally:
            CALL_DEADLINE.reset(token)

    async def _send(self, request: httpx.Request, deadline: Deadline | None) -> httpx.Response:
        import httpx

        tries = self._tries(request, deadline)
        while True:
            tries.start()
            try:
                response = await self._send_once(request)
                try:
                    step = tries.answered(response)
                    if step == "use":
                        reader = self._reader(response, deadline)
                        await self._read(response, reader)
                        return self._with_body(response, reader)
                    if step == "fail":
                        error_body = await self._read_error(response, deadline)
                        raise self._api_error(response, error_body)
                finally:
                    await response.aclose()
            except httpx.RequestError as error:
                tries.failed(error)
            await self._sleep(tries.next_wait())

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._http.send(request, stream=True, follow_redirects=False)
        except RuntimeError:  # httpx's word for a closed pool (closed before this try, or by
            # another task during it)
            self._check_open()
            raise

    async def _read(self, response: httpx.Response, reader: BodyReader) -> None:
        if not reader.feed_consumed(response):
            async for chunk in response.aiter_raw():
                if not reader.feed(chunk):
                    return

    async def _read_error(
        self, response: httpx.Response, deadline: Deadline | None
    ) -> BodyReader | None:
        reader = self._error_reader(response, deadline)
        if reader is not None:
            with _as_far_as_readable():
                await self._read(response, reader)
        return reader


@contextmanager
def _as_far_as_readable() -> Iterator[None]:
    """An error answer's head is read until it fails, if it does: the status is the error anyway."""
    import httpx

    try:
        yield
    except (TwilioError, httpx.HTTPError, httpx.StreamError):
        pass


def api_error(
    response: httpx.Response,
    body: bytes | None = None,
    *,
    size: str | None = None,
    redact: Callable[[str], str] = str,
) -> ApiError:
    """Read Twilio's error JSON into the ApiError subclass for the status.

    ``body`` is the error body as read (the response's content by default) and ``size`` how
    large it was; an exception keeps at most ``ERROR_TEXT_CHARS`` of its text, and
    ``redact`` takes the credentials out of everything it shows.
    """
    if body is None:
        body = response.content
    try:
        parsed: Any = json.loads(body) if body else None
    except (ValueError, RecursionError):
        parsed = None
    status, request = response.status_code, response.request
    fields: dict[str, Any] = {
        "status": status,
        "method": request.method,
        "uri": redact(str(request.url)),
    }
    if isinstance(parsed, dict):
        code, details, more_info = (
            parsed.get("code"),
            parsed.get("details"),
            parsed.get("more_info"),
        )
        message = clip(redact(str(parsed.get("message") or response.reason_phrase)))
        fields["code"] = code if isinstance(code, int) and not isinstance(code, bool) else None
        fields["more_info"] = clip(redact(more_info)) if isinstance(more_info, str) else None
        fields["details"] = _redacted(details, redact) if isinstance(details, dict) else None
    else:
        text = body.decode("utf-8", errors="replace")
        message = clip(redact(text), size) if text else response.reason_phrase
    if not 300 <= status < 400:
        return error_class(status)(message=message, **fields)
    location = response.headers.get("Location")
    location = clip(redact(location)) if location is not None else None
    message += f" (redirected to {location!r}: the SDK follows no redirects)"
    return RedirectError(location=location, message=message, **fields)


def _redacted(details: dict[str, Any], redact: Callable[[str], str]) -> dict[str, Any] | None:
    """An error's ``details`` with the credentials taken out of every string in it."""

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return redact(value)
        if isinstance(value, dict):
            return {redact(str(key)): walk(item) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    try:
        return {redact(str(key)): walk(item) for key, item in details.items()}
    except RecursionError:  # nested too deeply to show
        return None


def _credentials(
    username: str | None, password: str | None, account_sid: str | None, env: Mapping[str, str]
) -> tuple[str, str, str]:
    """Username, password and account: as given, else from the environment (an API key and
    its secret, when neither is given and both are set; else each missing one by itself, as the
    official package takes them)."""
    for name, value in (
        ("username", username),
        ("password", password),
        ("account_sid", account_sid),
    ):
        if value is not None and not isinstance(value, str):  # its value, a secret maybe, unsaid
            raise ValidationError(name, f"must be a str, not {type(value).__name__}")
    if not (username or password) and env.get("TWILIO_API_KEY") and env.get("TWILIO_API_SECRET"):
        username, password = env["TWILIO_API_KEY"], env["TWILIO_API_SECRET"]
    username = username or env.get("TWILIO_ACCOUNT_SID")
    password = password or env.get("TWILIO_AUTH_TOKEN")
    if not username or not password:
        raise ValidationError(
            "username",
            "credentials are required: pass username and password, "
            "or set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
        )
    if account_sid is None and username.startswith("SK"):
        account_sid = env.get("TWILIO_ACCOUNT_SID")  # an API key acts for the account it names
    return username, password, account_sid or username


def checked_base_url(value: str | None) -> str | None:
    """``base_url`` without its final ``/``: an http(s) URL of a host and maybe a path, whose
    operations' paths follow it; anything else is a ValidationError."""
    if not value:
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - read for the ValueError of a port that is not a number
    except (TypeError, ValueError, AttributeError):
        raise ValidationError("base_url", f"{value!r} is not a URL") from None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValidationError("base_url", f"{value!r} is not an http:// or https:// URL")
    # Credentials in the base URL would show in every URL logged or raised.
    if "@" in parts.netloc:
        raise ValidationError(
            "base_url", "must not hold credentials: pass them as username and password"
        )
    if "?" in value or "#" in value:  # the operations' paths would land in the query or fragment
        raise ValidationError("base_url", f"{value!r} must not hold a query or a fragment")
    return value.rstrip("/")


def checked_timeout(value: Any) -> float | None:
    """A timeout in seconds, or None for none; anything else is a ValidationError."""
    if value is None:
        return None
    if not _is_number(value) or not 0 < value < math.inf:
        raise ValidationError(
            "timeout", f"must be a positive number of seconds, or None for none, not {value!r}"
        )
    return float(value)


def checked_size(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError("max_response_bytes", f"must be a positive int, not {value!r}")
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _extensions(values: Sequence[str] | None) -> list[str]:
    """The words to add to the User-Agent header, each printable ASCII and not blank."""
    if values is None:
        return []
    if isinstance(values, str):  # a str is a Sequence[str] too, of its letters
        raise ValidationError("user_agent_extensions", f"must be a list of str, not {values!r}")
    for value in values:
        if not isinstance(value, str) or not (value.isascii() and value.isprintable()):
            raise ValidationError(
                "user_agent_extensions", f"{value!r} is not printable ASCII text for a header"
            )
        if not value.strip():
            raise ValidationError("user_agent_extensions", "an extension must not be blank")
    return list(values)


def _host_label(name: str, value: str | None) -> str | None:
    if value is not None and not _HOST_LABEL.fullmatch(value):
        raise ValidationError(
            name, f"{value!r} is not a plain host label such as 'sydney' or 'au1'"
        )
    return value


def _origin(parts: SplitResult) -> tuple[str, str, int] | None:
    """Scheme, host and port of a URL; None for one that holds credentials or is not HTTP(S)."""
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or "@" in parts.netloc or not parts.hostname:
        return None
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError:  # a port that is not a number
        return None
    return scheme, parts.hostname, port


def user_agent(product: str) -> str:
    import platform

    return (
        f"{product} ({platform.system()} {platform.machine()}) Python/{platform.python_version()}"
    )
