"""The tries of one call: what each answer or transport error means for the next step.

The sync and async clients send in two loops of one shape, which differ only in their awaits
(``client.py``); both follow the rules here. An answer is used, raised as an error, or waited
on and tried again; a transport error is tried again or raised; every wait fits in the
call's timeout, and every try is logged. Redirects are not followed: a 3xx is used, and the
caller decides (the 2010 API answers some fetches with a 307 whose JSON names where the
media is).
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Literal

from .errors import RequestTimeoutError, TransportError
from .reading import Deadline

if TYPE_CHECKING:
    import httpx

    from .retries import RetryPolicy

logger = logging.getLogger("twilio_sdk")

Step = Literal["use", "fail", "retry"]


@dataclass
class Tries:
    """The state of one call's send loop: how many tries so far, and whether one of them may
    have done what the call asks (a DELETE answered 404 after it is done, not an error)."""

    request: httpx.Request
    deadline: Deadline | None
    policy: RetryPolicy
    rng: random.Random
    redact: Callable[[str], str]
    retry: int = 0  # the tries before this one
    maybe_done: bool = False  # an earlier try may have done it: a 5xx, or lost once sent
    delay: float = 0.0  # the wait before the next try
    _started: float = field(default=0.0, init=False)

    def start(self) -> None:
        """Before each try: its timeouts are what is left of the call's budget."""
        self._started = time.monotonic()
        if self.deadline is not None:
            self.request.extensions["timeout"] = self.deadline.timeouts()

    def answered(self, response: httpx.Response) -> Step:
        """Log an answer; say whether to use it, fail with it, or wait `delay` and retry.

        A DELETE answered 404 after an earlier try that may have deleted is used: what the
        caller asked for is done.
        """
        request, status = self.request, response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - self._started) * 1000
            url = self.redact(str(request.url))
            logger.debug("%s %s -> %s in %.1f ms", request.method, url, status, elapsed)
        if status < 400:
            return "use"
        if status == 404 and request.method == "DELETE" and self.maybe_done:
            logger.debug("a retried DELETE found nothing to delete: the earlier try deleted it")
            return "use"
        delay = self.policy.after_response(request.method, self.retry, response, self.rng)
        if delay is None or not self._fits(delay):
            return "fail"
        self._will_retry(delay, str(status))
        self.maybe_done = self.maybe_done or status >= 500
        return "retry"

    def failed(self, error: Exception) -> None:
        """Log a transport error and set `delay` before the next try, or raise TransportError
        (RequestTimeoutError for a timeout)."""
        import httpx

        from .retries import was_not_sent

        request = self.request
        delay = self.policy.after_error(request.method, self.retry, error, self.rng)
        what = f"{request.method} {request.url}: {type(error).__name__}"
        if str(error):
            what += f": {error}"
        if delay is None or not self._fits(delay):  # no retry, or no time left for one
            if isinstance(error, httpx.TimeoutException):
                if self.deadline is not None:
                    what += f" (within the call's timeout of {self.deadline.budget:g} s)"
                raise RequestTimeoutError(self.redact(what)) from error
            raise TransportError(self.redact(what)) from error
        self._will_retry(delay, type(error).__name__)
        self.maybe_done = self.maybe_done or not was_not_sent(error)

    def next_wait(self) -> float:
        """The wait before the next try, which this counts."""
        self.retry += 1
        return self.delay

    def _fits(self, delay: float) -> bool:
        return self.deadline is None or self.deadline.fits(delay)

    def _will_retry(self, delay: float, reason: str) -> None:
        self.delay = delay
        logger.debug(
            "retrying %s %s in %.3f s after %s (retry %d of %d)",
            self.request.method,
            self.redact(str(self.request.url)),
            delay,
            reason,
            self.retry + 1,
            self.policy.max_retries,
        )
