"""The HTTP side of the SDK: credentials, base URLs, sending, and turning failures into errors."""

from __future__ import annotations

import os
import platform
from typing import Any, Mapping
from urllib.parse import urlsplit, urlunsplit

import httpx

from .errors import ApiError, TransportError, ValidationError
from .operation import PreparedRequest


class BaseClient:
    """Holds credentials and the HTTP connection pool shared by every resource.

    Credentials come from the arguments, or else from ``TWILIO_ACCOUNT_SID``
    and ``TWILIO_AUTH_TOKEN``. ``base_url`` replaces the scheme and host of
    every API domain (for tests, proxies and fakes). The secret never
    appears in ``repr()`` or ``str()``.
    """

    user_agent = "twilio_sdk"

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        account_sid: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | None = 30.0,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        username = username or env.get("TWILIO_ACCOUNT_SID")
        password = password or env.get("TWILIO_AUTH_TOKEN")
        if not username or not password:
            raise ValidationError(
                "username",
                "credentials are required: pass username and password, "
                "or set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
            )
        self.username = username
        self.account_sid = account_sid or username
        self._auth = httpx.BasicAuth(username, password)
        self.base_url = base_url.rstrip("/") if base_url else None
        self.timeout = timeout
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(account_sid={self.account_sid!r}, base_url={self.base_url!r})"
        )

    __str__ = __repr__

    def close(self) -> None:
        """Close the connection pool, unless it was passed in by the caller."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> BaseClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def domain_url(self, default: str) -> str:
        """The base URL of a domain such as ``https://voice.twilio.com``."""
        return self.base_url or default

    def rebase(self, url: str) -> str:
        """Point an absolute URL from the API (e.g. a ``next_page_url``) at ``base_url``."""
        if not self.base_url:
            return url
        base = urlsplit(self.base_url)
        parts = urlsplit(url)
        return urlunsplit((base.scheme, base.netloc, base.path + parts.path, parts.query, ""))

    def send(self, request: PreparedRequest) -> httpx.Response:
        """Send a prepared request; raise ApiError for any answer outside 2xx."""
        form: dict[str, list[str]] | None = None
        if request.form is not None:
            form = {}
            for key, value in request.form:
                form.setdefault(key, []).append(value)
        headers = {"User-Agent": _user_agent(self.user_agent), "Accept": "application/json"}
        try:
            response = self._http.request(
                request.method,
                request.url,
                params=tuple(request.query) if request.query else None,
                data=form,
                headers=headers,
                auth=self._auth,
                timeout=self.timeout,
            )
        except httpx.TransportError as error:
            raise TransportError(
                f"{request.method} {request.url}: {type(error).__name__}: {error}"
            ) from error
        if not 200 <= response.status_code < 300:
            raise api_error(response)
        return response


def api_error(response: httpx.Response) -> ApiError:
    """Read Twilio's error JSON; a body that is not JSON becomes the message."""
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    method, uri = response.request.method, str(response.request.url)
    if not isinstance(body, dict):
        return ApiError(
            status=response.status_code,
            method=method,
            uri=uri,
            message=response.text or response.reason_phrase,
        )
    code = body.get("code")
    details = body.get("details")
    more_info = body.get("more_info")
    return ApiError(
        status=response.status_code,
        method=method,
        uri=uri,
        message=str(body.get("message") or response.reason_phrase),
        code=code if isinstance(code, int) else None,
        more_info=more_info if isinstance(more_info, str) else None,
        details=details if isinstance(details, dict) else None,
    )


def _user_agent(product: str) -> str:
    return (
        f"{product} ({platform.system()} {platform.machine()}) Python/{platform.python_version()}"
    )
