"""Reading an answer within the call's limits: its size, and the call's deadline.

The body is read as it arrives and decoded here, gzip or deflate, a bounded piece at a time,
so ``max_response_bytes`` counts the bytes as decoded and a compressed bomb stops at the cap
having used about the cap in memory.

The call's ``timeout`` is the budget of the whole call, and three things hold it:

- each try's timeouts (:meth:`Deadline.timeouts`) are what is left of the budget as it starts,
  for connecting, waiting for the pool, sending and reading;
- :func:`tracer` (httpcore's ``trace`` extension) sees each connection the SDK opens, and has
  every read and write on it wait no longer than what is left of the budget of the call
  using it, found in :data:`CALL_DEADLINE`: a drip of the headers or of the body ends on time;
- :class:`BodyReader` checks the deadline between chunks, whatever the transport.
"""

from __future__ import annotations

import time
import zlib
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Iterator, Mapping

from .errors import InvalidResponseError, RequestTimeoutError, ResponseTooLargeError

if TYPE_CHECKING:
    import httpx

DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
# Of an error answer only the head is read: Twilio's error JSON is a few hundred bytes.
ERROR_BODY_BYTES = 64 * 1024
ERROR_TEXT_CHARS = 2000  # of an error body's text, what an exception keeps
ACCEPT_ENCODING = "gzip, deflate"  # what the reader decodes, so all the SDK asks for
_PIECE = 64 * 1024  # the most one step of decompression yields
_MAX_ENCODINGS = 4
_SHORTEST_WAIT = 0.001  # past the deadline, a wait that times out at once (0 would not block)
_LONGEST_WAIT = 1e6  # what a socket can be given, whatever the budget


class Deadline:
    """The end of a call's budget of ``budget`` seconds, started now."""

    __slots__ = ("budget", "at")

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.at = time.monotonic() + budget

    def left(self) -> float:
        """The time left, as a timeout: never 0 (which would not block) nor past a socket's."""
        left = self.at - time.monotonic()
        if left < _SHORTEST_WAIT:
            return _SHORTEST_WAIT
        return left if left < _LONGEST_WAIT else _LONGEST_WAIT

    def timeouts(self) -> dict[str, float]:
        """The timeouts of one try, as httpx spells them: each step may take what is left."""
        left = self.left()
        return {"connect": left, "read": left, "write": left, "pool": left}

    def passed(self) -> bool:
        return time.monotonic() >= self.at

    def fits(self, delay: float) -> bool:
        """Whether a wait of ``delay`` seconds ends with time left for another try."""
        return time.monotonic() + delay < self.at


# The deadline of the call this thread or task is making, for the reads of a shared connection.
CALL_DEADLINE: ContextVar[Deadline | None] = ContextVar("twilio_sdk_call_deadline", default=None)
_NEW_STREAM = (".connect_tcp.complete", ".connect_unix_socket.complete", ".start_tls.complete")


def tracer(extensions: dict[str, Any]) -> Callable[[str, Mapping[str, Any]], None]:
    """httpcore's ``trace`` hook for one sync request (in ``extensions``): bound the reads of
    the connection it opens, if it opens one, then take itself out of the request."""

    def trace(event: str, info: Mapping[str, Any]) -> None:
        if event.endswith(_NEW_STREAM):
            _bound(info.get("return_value"), asynchronous=False)
        elif not event.startswith("connection."):  # the connection is ready
            extensions.pop("trace", None)

    return trace


def atracer(extensions: dict[str, Any]) -> Callable[[str, Mapping[str, Any]], Awaitable[None]]:
    """The same hook for an async request."""

    async def trace(event: str, info: Mapping[str, Any]) -> None:
        if event.endswith(_NEW_STREAM):
            _bound(info.get("return_value"), asynchronous=True)
        elif not event.startswith("connection."):
            extensions.pop("trace", None)

    return trace


def _bound(stream: Any, asynchronous: bool) -> None:
    """Have a network stream's reads and writes wait no longer than the current call has left."""
    read, write = getattr(stream, "read", None), getattr(stream, "write", None)
    if read is None or write is None or getattr(stream, "_twilio_sdk_bound", False):
        return
    if asynchronous:

        async def aread(max_bytes: int, timeout: float | None = None) -> bytes:
            return await read(max_bytes, _within(timeout))  # type: ignore[no-any-return]

        async def awrite(buffer: bytes, timeout: float | None = None) -> None:
            await write(buffer, _within(timeout))

        stream.read, stream.write = aread, awrite
    else:

        def sread(max_bytes: int, timeout: float | None = None) -> bytes:
            return read(max_bytes, _within(timeout))  # type: ignore[no-any-return]

        def swrite(buffer: bytes, timeout: float | None = None) -> None:
            write(buffer, _within(timeout))

        stream.read, stream.write = sread, swrite
    stream._twilio_sdk_bound = True


def _within(timeout: float | None) -> float | None:
    deadline = CALL_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline.left()
    return left if timeout is None or left < timeout else timeout


class BodyReader:
    """Decodes and counts one answer's body as its chunks arrive.

    Past ``limit`` bytes, raw or decoded, it raises :class:`ResponseTooLargeError`; with
    ``truncate`` (an error answer's head) it keeps the first ``limit`` bytes instead and
    asks for no more. Its errors name the request, with ``redact`` applied.
    """

    def __init__(
        self,
        response: httpx.Response,
        limit: int,
        deadline: Deadline | None,
        redact: Callable[[str], str],
        truncate: bool = False,
    ) -> None:
        self.limit = limit
        self.deadline = deadline
        self.truncate = truncate
        self.truncated = False
        self._request = response.request
        self._redact = redact
        self._chunks: list[bytes] = []
        self._size = 0  # decoded, kept
        self._raw = 0  # as it came off the wire
        self._decoding = False  # whether the body went through the decoders
        self.declared = content_length(response)
        if self.declared is not None and self.declared > limit and not truncate:
            raise self._too_large()
        encoding = response.headers.get("Content-Encoding")
        self._inflaters = _inflaters(encoding, self.what) if encoding else []

    def what(self) -> str:
        """The request, as errors name it: ``"GET https://..."``."""
        return self._redact(f"{self._request.method} {self._request.url}")

    @property
    def size(self) -> str:
        """The body's size in words, for a message: as declared, or as far as it was read."""
        if self.declared is not None:
            return f"{self.declared} bytes"
        return f"more than {self.limit} bytes" if self.truncated else f"{self._size} bytes"

    def body(self) -> bytes:
        """The body as read; a whole answer whose compressed data stopped short of its end
        (a connection cut, a hostile server) is an InvalidResponseError, not a shorter body."""
        if self._decoding and not self.truncate:
            short = next((i.name for i in self._inflaters if not i.finished), None)
            if short is not None:
                raise InvalidResponseError(
                    f"{self.what()}: the body's {short} data ends before its end ({self._raw} "
                    "bytes came)"
                )
        return b"".join(self._chunks)

    def feed(self, raw: bytes) -> bool:
        """Take one chunk as it came off the wire; False when no more is wanted."""
        self._raw += len(raw)
        self._decoding = bool(self._inflaters) and self._raw > 0
        if not self._inflaters:
            if not self._keep(raw):
                return False
        else:
            for piece in self._decoded(raw, 0):
                if not self._keep(piece):
                    return False
            if self._raw > self.limit and not self._keep(b"", over=True):
                return False
        if self.deadline is not None and self.deadline.passed():
            raise RequestTimeoutError(
                f"{self.what()}: the answer took longer than the call's timeout of "
                f"{self.deadline.budget:g} s"
            )
        return True

    def feed_consumed(self, response: httpx.Response) -> bool:
        """Take the body if a transport read and decoded it already (``httpx.MockTransport``
        does); False when it is still to be read."""
        if not response.is_stream_consumed:
            return False
        self._raw += len(response.content)
        self._keep(response.content)
        return True

    def _keep(self, piece: bytes, over: bool = False) -> bool:
        room = self.limit - self._size
        if not over and len(piece) <= room:
            self._chunks.append(piece)
            self._size += len(piece)
            return True
        if not self.truncate:
            raise self._too_large()
        self._chunks.append(piece[:room])
        self._size = self.limit
        self.truncated = True
        return False

    def _decoded(self, data: bytes, level: int) -> Iterator[bytes]:
        """The chunk through every Content-Encoding, the last applied undone first."""
        if level == len(self._inflaters):
            yield data
            return
        for piece in self._inflaters[level].inflate(data):
            yield from self._decoded(piece, level + 1)

    def _too_large(self) -> ResponseTooLargeError:
        declared = f" (Content-Length: {self.declared})" if self.declared is not None else ""
        return ResponseTooLargeError(
            f"{self.what()}: the answer is larger than max_response_bytes={self.limit}"
            f"{declared}; reading stopped there",
            limit=self.limit,
        )


class _Inflater:
    """One gzip or deflate layer, yielding at most ``_PIECE`` bytes at a time."""

    def __init__(self, name: str, what: Callable[[], str]) -> None:
        self.name = name
        self.what = what
        gzip = name in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS)
        self._may_be_raw = not gzip  # "deflate" is often sent without the zlib header

    @property
    def finished(self) -> bool:
        """Whether the compressed data came to its end."""
        return self._zlib.eof

    def inflate(self, data: bytes) -> Iterator[bytes]:
        while not self._zlib.eof:  # what follows the end of the stream is not read
            try:
                piece = self._zlib.decompress(data, _PIECE)
            except zlib.error as error:
                if not self._may_be_raw:
                    raise InvalidResponseError(
                        f"{self.what()}: the body is not valid {self.name} data ({error})"
                    ) from None
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._may_be_raw = False
                continue
            self._may_be_raw = False
            data = self._zlib.unconsumed_tail
            if piece:
                yield piece
            if not data and len(piece) < _PIECE:
                return


def _inflaters(encoding: str, what: Callable[[], str]) -> list[_Inflater]:
    """The decoders of a Content-Encoding (its values joined by commas), last applied first."""
    names = [name.strip().lower() for name in encoding.split(",")]
    names = [name for name in names if name and name != "identity"]
    if len(names) > _MAX_ENCODINGS:
        raise InvalidResponseError(f"{what()}: the answer has {len(names)} content encodings")
    for name in names:
        if name not in ("gzip", "x-gzip", "deflate"):
            raise InvalidResponseError(
                f"{what()}: the answer's Content-Encoding {name[:40]!r} is not gzip or deflate, "
                "the ones the SDK asks for"
            )
    return [_Inflater(name, what) for name in reversed(names)]


def content_length(response: httpx.Response) -> int | None:
    """The declared Content-Length; None when there is none, or it is not a plain number."""
    value = response.headers.get("Content-Length", "").strip()
    if not (value.isascii() and value.isdigit()):
        return None
    return int(value) if len(value) < 19 else 10**18  # a number past any cap


def clip(text: str, size: str | None = None) -> str:
    """At most ``ERROR_TEXT_CHARS`` of an error text; ``size`` says how much there was."""
    if len(text) <= ERROR_TEXT_CHARS:
        return text
    return f"{text[:ERROR_TEXT_CHARS]}... ({size or f'{len(text)} characters'})"
