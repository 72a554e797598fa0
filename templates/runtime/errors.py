"""Every error the SDK raises derives from :class:`TwilioError`.

- :class:`ValidationError`: an argument failed a check from the spec; nothing was sent.
- :class:`ApiError`: the API answered outside 2xx; a subclass names the status class.
- :class:`TransportError`: no answer came (connection failure, or :class:`RequestTimeoutError`).
- :class:`InvalidResponseError`: a 2xx answer the SDK will not use, such as a page link elsewhere,
  a body that is not a JSON object, or (:class:`ResponseTooLargeError`) one past the size cap.
"""

from __future__ import annotations

from typing import Any, Mapping


class TwilioError(Exception):
    """The base of all SDK errors.

    Each one survives ``pickle`` (a worker process raising it to its pool, say): an error
    whose constructor takes more than the message says what it was made with in ``_made``.
    """

    def _made(self) -> dict[str, Any] | None:
        """The keyword arguments that make this error again; None: its ``args`` do."""
        return None

    def __reduce__(self) -> Any:
        made = self._made()
        if made is None:
            return super().__reduce__()
        return _remade, (type(self), made, self.__dict__)


def _remade(kind: type[TwilioError], made: dict[str, Any], state: dict[str, Any]) -> TwilioError:
    error = kind(**made)
    error.__dict__.update(state)
    return error


class ValidationError(TwilioError, ValueError):
    """An argument failed a check from the spec; nothing was sent."""

    def __init__(self, parameter: str, message: str) -> None:
        self.parameter = parameter
        self.reason = message
        super().__init__(f"{parameter}: {message}")

    def _made(self) -> dict[str, Any]:
        return {"parameter": self.parameter, "message": self.reason}


class TransportError(TwilioError):
    """The request got no answer: the connection failed or timed out, or the client was closed."""


class RequestTimeoutError(TransportError):
    """The request took longer than its timeout."""


class InvalidResponseError(TwilioError):
    """The API answered 2xx with something the SDK will not use as it is.

    A list page whose next or previous page URL leads to another scheme, host or port is one:
    following it would send the account's credentials there. So is a body that is not JSON, or
    not the JSON object (or list page) the operation answers with, and a page that leads back
    to a page the same ``list()`` or ``stream()`` read already.
    """


class ResponseTooLargeError(InvalidResponseError):
    """The answer's body passed ``max_response_bytes`` (counted as decoded, so a compressed
    bomb counts inflated); reading stopped there and the connection was closed.

    The request itself may have taken effect, as with any answer that could not be read.
    """

    def __init__(self, message: str, *, limit: int) -> None:
        self.limit = limit
        super().__init__(message)

    def _made(self) -> dict[str, Any]:
        return {"message": self.args[0], "limit": self.limit}


class ApiError(TwilioError):
    """The API answered with a status outside 2xx.

    ``code``, ``message``, ``more_info`` and ``details`` come from Twilio's
    error JSON; a body that is not JSON becomes the message as it is.
    """

    def __init__(
        self,
        *,
        status: int,
        method: str,
        uri: str,
        message: str,
        code: int | None = None,
        more_info: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.method = method
        self.uri = uri
        self.message = message
        self.code = code
        self.more_info = more_info
        self.details = details
        suffix = f" (code {code})" if code is not None else ""
        super().__init__(f"HTTP {status} from {method} {uri}: {message}{suffix}")

    def _made(self) -> dict[str, Any]:
        names = ("status", "method", "uri", "message", "code", "more_info", "details")
        return {name: getattr(self, name) for name in names}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"method={self.method!r}, uri={self.uri!r}, message={self.message!r})"
        )


class RedirectError(ApiError):
    """3xx: the API redirected, and the SDK follows no redirect (the credentials would go along).

    ``location`` is where the answer pointed. A 3xx with a JSON object body is not an error:
    it is the answer of the operations that are documented to answer so (the 2010 API's
    recording data, a ``307`` with ``redirect_to``).
    """

    def __init__(self, *, location: str | None = None, **fields: Any) -> None:
        self.location = location
        super().__init__(**fields)


class BadRequestError(ApiError):
    """400: the API rejected the request's parameters."""


class AuthenticationError(ApiError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(ApiError):
    """403: the credentials may not do this."""


class NotFoundError(ApiError):
    """404: no such resource."""


class ConflictError(ApiError):
    """409: the request conflicts with the resource's state."""


class RateLimitError(ApiError):
    """429: too many requests; retried automatically for GET and DELETE."""


class ServerError(ApiError):
    """5xx: the API failed."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_class(status: int) -> type[ApiError]:
    """The most specific ApiError class for an HTTP status."""
    if status >= 500:
        return ServerError
    if 300 <= status < 400:
        return RedirectError
    return _BY_STATUS.get(status, ApiError)
