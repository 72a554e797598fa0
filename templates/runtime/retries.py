"""When to retry a request, and how long to wait first.

The default retries GET and DELETE after a connection error or an answer of
429, 500, 502, 503 or 504. Any method, POST included, is retried when the
connection failed before the request was sent, since the API never saw it.
Waits are exponential backoff with full jitter, unless the answer carries
``Retry-After`` (ASCII digits of seconds, or an HTTP date), which is honoured up to
a cap. The client makes a retry only when its wait ends within the call's timeout.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .errors import ValidationError

if TYPE_CHECKING:
    import httpx


def was_not_sent(error: Exception) -> bool:
    """Whether the error came before a single byte of the request left the machine."""
    import httpx

    return isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    backoff_base: float = 0.5  # seconds; the n-th retry waits up to base * 2**n
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    retry_statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({429, 500, 502, 503, 504})
    )
    retry_methods: frozenset[str] = field(default_factory=lambda: frozenset({"GET", "DELETE"}))

    def __post_init__(self) -> None:
        count = self.max_retries
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValidationError("max_retries", f"must be 0 or more, not {count!r}")
        for name in ("backoff_base", "backoff_max", "retry_after_max"):
            value: Any = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValidationError(name, f"must be a number of seconds, not {value!r}")
            if not 0 <= value < math.inf:
                raise ValidationError(name, f"must be 0 or more seconds, and finite, not {value!r}")

    def backoff(self, retry: int, rng: random.Random) -> float:
        """Full jitter: a uniform wait between 0 and the capped exponential step."""
        return rng.uniform(0.0, min(self.backoff_max, self.backoff_base * 2**retry))

    def after_error(
        self, method: str, retry: int, error: Exception, rng: random.Random
    ) -> float | None:
        """The wait before retrying after a transport error, or None to give up."""
        if retry >= self.max_retries:
            return None
        if was_not_sent(error) or method in self.retry_methods:
            return self.backoff(retry, rng)
        return None

    def after_response(
        self, method: str, retry: int, response: httpx.Response, rng: random.Random
    ) -> float | None:
        """The wait before retrying after an answer outside 2xx, or None to give up."""
        if retry >= self.max_retries or method not in self.retry_methods:
            return None
        if response.status_code not in self.retry_statuses:
            return None
        told = retry_after(response.headers.get("Retry-After"))
        if told is not None:
            return min(told, self.retry_after_max)
        return self.backoff(retry, rng)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²" is a digit to str.isdigit, not to float()
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError, IndexError):  # a year past any C int, ...
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())
