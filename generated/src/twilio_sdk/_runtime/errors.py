"""Every error the SDK raises derives from :class:`TwilioError`."""

from __future__ import annotations

from typing import Any, Mapping


class TwilioError(Exception):
    """The base of all SDK errors."""


class ValidationError(TwilioError, ValueError):
    """An argument failed a check from the spec; nothing was sent."""

    def __init__(self, parameter: str, message: str) -> None:
        self.parameter = parameter
        super().__init__(f"{parameter}: {message}")


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
        super().__init__(
            f"HTTP {status} from {method} {uri}: {message}"
            + (f" (code {code})" if code is not None else "")
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, method={self.method!r}, uri={self.uri!r}, message={self.message!r})"


class TransportError(TwilioError):
    """The request did not get an answer: connection failure or timeout."""
