"""The HTTP side of the SDK: credentials, base URLs, retries, timeouts, logging.

:class:`BaseClient` (sync, over ``httpx.Client``) and :class:`AsyncBaseClient`
(async, over ``httpx.AsyncClient``) share everything but the send loop,
which lives in :class:`ClientCore`'s two small subclasses.
"""

from __future__ import annotations

import base64
import copy
import logging
import os
import random
import re
import time
from typing import TYPE_CHECKING, Any, Callable, Mapping, TypeVar
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

from .errors import ApiError, RequestTimeoutError, TransportError, ValidationError, error_class
from .values import UNSET, Unset

if TYPE_CHECKING:  # these are imported on first use, to keep `from twilio_sdk import Client` fast
    import httpx

    from .operation import PreparedRequest
    from .retries import RetryPolicy

logger = logging.getLogger("twilio_sdk")

# An edge or region becomes one label of the API's host name, so it may hold nothing else.
_HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_DEFAULT_PORTS = {"http": 80, "https": 443}

C = TypeVar("C", bound="ClientCore")


class ClientCore:
    """Credentials, where requests go, and how they are retried.

    Credentials come from the arguments, or else from the environment:
    ``TWILIO_ACCOUNT_SID`` and ``TWILIO_AUTH_TOKEN``, or an API key as
    ``TWILIO_API_KEY`` and ``TWILIO_API_SECRET`` with ``TWILIO_ACCOUNT_SID``.
    ``base_url`` replaces the scheme and host of every API domain (for
    tests, proxies and fakes; a ``{domain}`` in it becomes the product,
    such as ``chat``, so one server can tell the domains apart); otherwise ``edge`` and ``region`` (or
    ``TWILIO_EDGE`` / ``TWILIO_REGION``) pick a regional host such as
    ``voice.sydney.au1.twilio.com``. The secret never appears in ``repr()``,
    ``str()``, errors or logs.
    """

    user_agent = "twilio_sdk"

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        account_sid: str | None = None,
        *,
        base_url: str | None = None,
        edge: str | None = None,
        region: str | None = None,
        timeout: float | None = 30.0,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
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
        if max_retries < 0:
            raise ValidationError("max_retries", "must be 0 or more")
        self.timeout = timeout
        self.retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._random = random.Random()
        self._owns_http_client = True
        self._pool_defaults = False
        # Sent with every request. On a connection pool the client makes itself, they are the
        # pool's defaults, which saves merging them into each request.
        self._headers = {
            "User-Agent": user_agent(self.user_agent),
            "Accept": "application/json",
            "Authorization": authorization,
        }

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
    ) -> C:
        """A copy of this client with other call options, sharing its connection pool.

        ``client.with_options(max_retries=0)`` switches retries off for the
        calls made through the copy.
        """
        from dataclasses import replace

        clone = copy.copy(self)
        clone._owns_http_client = False  # the pool stays the original's to close
        if not isinstance(timeout, Unset):
            clone.timeout = timeout
            clone._pool_defaults = False
        policy = self.retry_policy
        if max_retries is not None:
            if max_retries < 0:
                raise ValidationError("max_retries", "must be 0 or more")
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
        if not isinstance(url, str) or not url:
            return None
        resolved = self.rebase(urljoin(origin + "/", url))
        target = _origin(urlsplit(resolved))
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

    def _on_error(self, request: httpx.Request, retry: int, error: Exception) -> float:
        """Log a transport error; return the wait before retrying, or raise TransportError."""
        import httpx

        delay = self.retry_policy.after_error(request.method, retry, error, self._random)
        what = f"{request.method} {request.url}: {type(error).__name__}"
        if delay is None:
            kind = (
                RequestTimeoutError if isinstance(error, httpx.TimeoutException) else TransportError
            )
            raise kind(self.redact(f"{what}: {error}")) from error
        self._log_retry(request, retry, delay, type(error).__name__)
        return delay

    def _on_response(
        self, request: httpx.Request, retry: int, response: httpx.Response, started: float
    ) -> float | None:
        """Log an answer; None when it succeeded, else the wait before retrying, or raise ApiError."""
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - started) * 1000
            url = self.redact(str(request.url))
            logger.debug(
                "%s %s -> %s in %.1f ms", request.method, url, response.status_code, elapsed
            )
        if (
            response.status_code < 400
        ):  # redirects are not followed: a 307 from the 2010 API names where media is
            return None
        delay = self.retry_policy.after_response(request.method, retry, response, self._random)
        if delay is None:
            raise api_error(response)
        self._log_retry(request, retry, delay, str(response.status_code))
        return delay

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


class BaseClient(ClientCore):
    """The synchronous client; ``http_client`` takes an ``httpx.Client``."""

    def __init__(self, *args: Any, http_client: httpx.Client | None = None, **kwargs: Any) -> None:
        import httpx

        super().__init__(*args, **kwargs)
        self._owns_http_client = self._pool_defaults = http_client is None
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
        """Send a request, retrying as the policy says; raise for anything but 2xx."""
        import httpx

        request = self._build(self._http, prepared)
        retry = 0
        while True:
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                delay = self._on_error(request, retry, error)
            else:
                wait = self._on_response(request, retry, response, started)
                if wait is None:
                    return response
                delay = wait
                response.close()
            self._sleep(delay)
            retry += 1


class AsyncBaseClient(ClientCore):
    """The asynchronous client; ``http_client`` takes an ``httpx.AsyncClient``."""

    def __init__(
        self, *args: Any, http_client: httpx.AsyncClient | None = None, **kwargs: Any
    ) -> None:
        import asyncio

        import httpx

        super().__init__(*args, **kwargs)
        self._owns_http_client = self._pool_defaults = http_client is None
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
        """Send a request, retrying as the policy says; raise for anything but 2xx."""
        import httpx

        request = self._build(self._http, prepared)
        retry = 0
        while True:
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                delay = self._on_error(request, retry, error)
            else:
                wait = self._on_response(request, retry, response, started)
                if wait is None:
                    return response
                delay = wait
                await response.aclose()
            await self._sleep(delay)
            retry += 1


def api_error(response: httpx.Response) -> ApiError:
    """Read Twilio's error JSON into the ApiError subclass for the status."""
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    kind = error_class(response.status_code)
    method, uri = response.request.method, str(response.request.url)
    if not isinstance(body, dict):
        return kind(
            status=response.status_code,
            method=method,
            uri=uri,
            message=response.text or response.reason_phrase,
        )
    code, details, more_info = body.get("code"), body.get("details"), body.get("more_info")
    return kind(
        status=response.status_code,
        method=method,
        uri=uri,
        message=str(body.get("message") or response.reason_phrase),
        code=code if isinstance(code, int) else None,
        more_info=more_info if isinstance(more_info, str) else None,
        details=details if isinstance(details, dict) else None,
    )


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
