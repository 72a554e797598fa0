"""The fake's refusals: an answer outside 2xx, in Twilio's error JSON."""

from __future__ import annotations

from typing import Any


class FakeError(Exception):
    """An answer outside 2xx, with Twilio's error JSON."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }


def not_found(path: str) -> FakeError:
    return FakeError(404, 20404, f"The requested resource {path} was not found")


def invalid(message: str) -> FakeError:
    """A bad argument or request body (Twilio's 400, code 20001)."""
    return FakeError(400, 20001, message)
