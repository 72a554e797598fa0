"""A request body as the server reads it: where it ends, and its chunks, within a limit.

The length comes from ``Transfer-Encoding`` (chunked is the only coding an HTTP/1.1 client
may send alone) or ``Content-Length``; a body whose end cannot be found, or whose chunks
cannot be read, is a 400, and one over the limit a 413, both as :class:`FakeError`.
"""

from __future__ import annotations

import re
import sys
from email.message import Message
from io import BufferedIOBase

from .errors import FakeError, invalid

CHUNKED = -1  # the body's length when it comes in chunks
_LONGEST_LINE = 65536  # for chunk sizes and trailers, as http.server allows its own lines
_HEX = re.compile(rb"[0-9A-Fa-f]+")


def body_length(headers: Message) -> int | None:
    """The body's length in bytes, or CHUNKED; None if its end cannot be found."""
    coding = headers.get_all("Transfer-Encoding")
    if coding is not None:
        return CHUNKED if ",".join(coding).strip().lower() == "chunked" else None
    lengths = {value.strip() for value in headers.get_all("Content-Length") or ["0"]}
    if len(lengths) != 1:
        return None
    (length,) = lengths
    if not (length.isascii() and length.isdigit()):
        return None
    digits = length.lstrip("0")
    # past 18 digits it is over any limit, and int() refuses past 4,300 digits
    return int(digits or "0") if len(digits) <= 18 else sys.maxsize


def too_large(max_body: int) -> FakeError:
    return FakeError(
        413, 20001, f"The request body is larger than this fake accepts ({max_body} bytes)"
    )


def read_body(stream: BufferedIOBase, length: int, max_body: int) -> bytes:
    """The body of `length` bytes, or in chunks; a FakeError if it goes over `max_body`
    or its chunks cannot be read."""
    if length != CHUNKED:
        return stream.read(length)
    chunks: list[bytes] = []
    size = framing = 0
    while True:
        line = _line(stream)
        framing += len(line)
        hex_size = line.split(b";")[0].strip()  # after ';': chunk extensions, ignored
        if not _HEX.fullmatch(hex_size):
            raise _unreadable()
        if int(hex_size, 16) == 0:
            break
        size += int(hex_size, 16)
        if size > max_body or framing > max_body:
            raise too_large(max_body)
        chunks.append(stream.read(int(hex_size, 16)))
        if stream.readline(_LONGEST_LINE + 1) not in (b"\r\n", b"\n"):
            raise _unreadable()
    while True:  # trailer fields, up to an empty line: nothing the fake uses
        line = _line(stream)
        framing += len(line)
        if line in (b"\r\n", b"\n"):
            return b"".join(chunks)
        if framing > max_body:
            raise too_large(max_body)


def _line(stream: BufferedIOBase) -> bytes:
    line = stream.readline(_LONGEST_LINE + 1)
    if not line.endswith(b"\n"):
        raise _unreadable()
    return line


def _unreadable() -> FakeError:
    return invalid("The request body's chunks cannot be read")
