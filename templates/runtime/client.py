"""The HTTP side of the SDK: credentials, base URLs, retries, timeouts, logging.

:class:`BaseClient` (sync, over ``httpx.Client``) and :class:`AsyncBaseClient`
(async, over ``httpx.AsyncClient``) share everything but the send loop and the reading
of a body, which live in :class:`ClientCore`'s two small subclasses.

``timeout`` is the budget of a whole call: connecting, sending, every read of the answer,
and the retries and the waits between them. ``max_response_bytes`` caps the size of an
answer, counted as it is read (see ``reading.py``).
"""

from __future__ import annotations

import base64
import copy
import json
import logging
import math
import os
import random
import re
import time
from typing import TYPE_CHECKING, Any, Callable, Generic, Literal, Mapping, Sequence, TypeVar, Union
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

from .errors import (
    ApiError,
    RedirectError,
    RequestTimeoutError,
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
from .values import UNSET, Unset

if TYPE_CHECKING:  # these are imported on first use, to keep `from twilio_sdk import Client` fast
    import httpx

    from .operation import PreparedRequest
    from .retries import RetryPolicy

logger = logging.getLogger("twilio_sdk")

# An edge or region becomes one label of the API's host name, so it may hold nothing else.
_HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_DEFAULT_PORTS = {"http": 80, "https": 443}

C = TypeVar("C", bound="ClientCore[Any]")
# The connection pool: httpx.Client under the sync client, httpx.AsyncClient under the async one.
H = TypeVar("H", bound="httpx.Client | httpx.AsyncClient")
# What to do with an answer: use it, raise it as an ApiError, or wait this long and retry.
Verdict = Union[Literal["use", "fail"], float]


class ClientCore(Generic[H]):
    """Credentials, where requests go, and how they are retried.

    Its ``__init__`` is the one signature of every client: the sync and async clients differ
    only in ``H``, the type of ``http_client``. Each option is described in the docstring
    of the SDK's ``Client`` (``templates/sdk/client.py.j2``). The secret never appears in
    ``repr()``, ``str()``, errors or logs. ``timeout`` and ``max_response_bytes`` can be
    changed per call with :meth:`with_options`.
    """

    user_agent = "twilio_sdk"

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
        if not (username or password):
            if env.get("TWILIO_API_KEY") and env.get("TWILIO_API_SECRET"):
                username, password = env["TWILIO_API_KEY"], env["TWILIO_API_SECRET"]
            else:
                username, password = env.get("TWILIO_ACCOUNT_SID"), env.get("TWILIO_AUTH_TOKEN")
        if not username or not password:
            raise ValidationError(
                "username",
                "credentials are required: pass username and password, "
                "or set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
            )
        if account_sid is None and username.startswith(
            "SK"
        ):  # an API key acts for the account it names
            account_sid = env.get("TWILIO_ACCOUNT_SID")
        import httpx

        from .retries import RetryPolicy

        self.username = username
        self.account_sid = account_sid or username
        authorization = httpx.BasicAuth(username, password)._auth_header
        self._secrets = (password, base64.b64encode(f"{username}:{password}".encode()).decode())
        # Credentials in the base URL would show in every URL logged or raised.
        if base_url and "@" in urlsplit(base_url).netloc:
            raise ValidationError(
                "base_url", "must not hold credentials: pass them as username and password"
            )
        self.base_url = base_url.rstrip("/") if base_url else None
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
        region = (
            self.region or "us1"
        )  # an edge alone implies the default region, as in the official SDK
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
        if (
            self._pool_defaults and not request.headers
        ):  # headers and timeout are already the pool's own
            return http.build_request(request.method, request.url, params=params, data=form)
        headers = {**self._headers, **dict(request.headers or ())}
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

    def _on_error(
        self, request: httpx.Request, retry: int, error: Exception, deadline: Deadline | None
    ) -> float:
        """Log a transport error; return the wait before retrying, or raise TransportError."""
        import httpx

        delay = self.retry_policy.after_error(request.method, retry, error, self._random)
        if delay is not None and deadline is not None and not deadline.fits(delay):
            delay = None  # no time left for another try
        what = f"{request.method} {request.url}: {type(error).__name__}"
        if str(error):
            what += f": {error}"
        if delay is None:
            if isinstance(error, httpx.TimeoutException):
                if deadline is not None:
                    what += f" (within the call's timeout of {deadline.budget:g} s)"
                raise RequestTimeoutError(self.redact(what)) from error
            raise TransportError(self.redact(what)) from error
        self._log_retry(request, retry, delay, type(error).__name__)
        return delay

    def _on_response(
        self,
        request: httpx.Request,
        retry: int,
        response: httpx.Response,
        started: float,
        deadline: Deadline | None,
        maybe_done: bool,
    ) -> Verdict:
        """Log an answer; say whether to use it, fail with it, or wait and retry.

        Redirects are not followed: a 3xx is used, and the caller decides (the 2010 API answers
        some fetches with a 307 whose JSON names where the media is). A DELETE answered 404
        after an earlier try that may have deleted (a 5xx, or a connection lost once the
        request was out) is used too: what the caller asked for is done.
        """
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - started) * 1000
            url = self.redact(str(request.url))
            logger.debug("%s %s -> %s in %.1f ms", request.method, url, status, elapsed)
        if status < 400:
            return "use"
        if status == 404 and request.method == "DELETE" and maybe_done:
            logger.debug("a retried DELETE found nothing to delete: the earlier try deleted it")
            return "use"
        delay = self.retry_policy.after_response(request.method, retry, response, self._random)
        if delay is None or (deadline is not None and not deadline.fits(delay)):
            return "fail"
        self._log_retry(request, retry, delay, str(status))
        return delay

    def _reader(
        self, response: httpx.Response, deadline: Deadline | None, error: bool = False
    ) -> BodyReader:
        """A reader for the answer's body: all of it up to the cap, or an error answer's head."""
        if error:
            return BodyReader(response, ERROR_BODY_BYTES, deadline, self.redact, truncate=True)
        return BodyReader(response, self.max_response_bytes, deadline, self.redact)

    def _api_error(self, response: httpx.Response, reader: BodyReader | None) -> ApiError:
        if reader is None:
            return api_error(response, b"", redact=self.redact)
        return api_error(response, reader.body(), size=reader.size, redact=self.redact)

    def _log_retry(self, request: httpx.Request, retry: int, delay: float, reason: str) -> None:
        logger.debug(
            "retrying %s %s in %.3f s after %s (retry %d of %d)",
            request.method,
            self.redact(str(request.url)),
            delay,
            reason,
            retry + 1,
            self.retry_policy.max_retries,
        )


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

        from .retries import was_not_sent

        retry, maybe_done = 0, False
        while True:
            started = time.monotonic()
            if deadline is not None:
                request.extensions["timeout"] = deadline.timeouts()
            try:
                response = self._http.send(request, stream=True)
                try:
                    verdict = self._on_response(
                        request, retry, response, started, deadline, maybe_done
                    )
                    if not isinstance(verdict, str):
                        delay = verdict
                        maybe_done = maybe_done or response.status_code >= 500
                    elif verdict == "use":
                        reader = self._reader(response, deadline)
                        self._read(response, reader)
                        response._content = reader.body()  # as httpx's own read() keeps it
                        return response
                    else:
                        raise self._api_error(response, self._read_error(response, deadline))
                finally:
                    response.close()
            except httpx.RequestError as error:
                delay = self._on_error(request, retry, error, deadline)
                maybe_done = maybe_done or not was_not_sent(error)
            self._sleep(delay)
            retry += 1

    def _read(self, response: httpx.Response, reader: BodyReader) -> None:
        if response.is_stream_consumed:  # read already by the transport, as a mock one does
            reader.feed_decoded(response.content)
            return
        for chunk in response.iter_raw():
            if not reader.feed(chunk):
                return

    def _read_error(self, response: httpx.Response, deadline: Deadline | None) -> BodyReader | None:
        """As much of an error answer's head as can be read: the status is the error anyway."""
        import httpx

        try:
            reader = self._reader(response, deadline, error=True)
        except TwilioError:
            return None
        try:
            self._read(response, reader)
        except (TwilioError, httpx.HTTPError, httpx.StreamError):
            pass
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

        from .retries import was_not_sent

        retry, maybe_done = 0, False
        while True:
            started = time.monotonic()
            if deadline is not None:
                request.extensions["timeout"] = deadline.timeouts()
            try:
                response = await self._http.send(request, stream=True)
                try:
                    verdict = self._on_response(
                        request, retry, response, started, deadline, maybe_done
                    )
                    if not isinstance(verdict, str):
                        delay = verdict
                        maybe_done = maybe_done or response.status_code >= 500
                    elif verdict == "use":
                        reader = self._reader(response, deadline)
                        await self._read(response, reader)
                        response._content = reader.body()  # as httpx's own aread() keeps it
                        return response
                    else:
                        error_body = await self._read_error(response, deadline)
                        raise self._api_error(response, error_body)
                finally:
                    await response.aclose()
            except httpx.RequestError as error:
                delay = self._on_error(request, retry, error, deadline)
                maybe_done = maybe_done or not was_not_sent(error)
            await self._sleep(delay)
            retry += 1

    async def _read(self, response: httpx.Response, reader: BodyReader) -> None:
        if response.is_stream_consumed:  # read already by the transport, as a mock one does
            reader.feed_decoded(response.content)
            return
        async for chunk in response.aiter_raw():
            if not reader.feed(chunk):
                return

    async def _read_error(
        self, response: httpx.Response, deadline: Deadline | None
    ) -> BodyReader | None:
        """As much of an error answer's head as can be read: the status is the error anyway."""
        import httpx

        try:
            reader = self._reader(response, deadline, error=True)
        except TwilioError:
            return None
        try:
            await self._read(response, reader)
        except (TwilioError, httpx.HTTPError, httpx.StreamError):
            pass
        return reader


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
