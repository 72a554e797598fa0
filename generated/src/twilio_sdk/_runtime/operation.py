"""What one API operation takes and where each argument goes on the wire.

Generated modules describe each operation once as an :class:`Operation`;
:meth:`Operation.prepare` checks every argument against the spec's
constraints and builds the request, so a bad argument raises
:class:`ValidationError` before anything is sent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, Mapping, NamedTuple
from urllib.parse import quote

from .codecs import Codec
from .errors import ValidationError
from .values import Unset

# "json" is one property of a JSON request body; "body" is the whole of it.
Location = Literal["path", "query", "header", "form", "json", "body"]
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Param:
    name: str  # the Python name the caller uses
    wire_name: str
    location: Location
    codec: Codec
    required: bool = False
    nullable: bool = False
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    _compiled: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        if self.pattern is not None:
            object.__setattr__(self, "_compiled", compile_pattern(self.pattern))

    @property
    def leaves_out_none(self) -> bool:
        """None for an optional argument is not sent, as the official SDK leaves it out; a
        property the spec lets be null is sent as null."""
        return not (self.required or self.nullable)

    def check(self, value: Any) -> None:
        """Raise ValidationError unless `value` satisfies the spec."""
        if value is None:
            if self.nullable:
                return
            raise ValidationError(self.name, "must not be None")
        if not self.codec.accepts(value):
            given = type(value).__name__ + (f" {value[:40]!r}" if isinstance(value, str) else "")
            raise ValidationError(self.name, f"must be {self.codec.type_name}, not {given}")
        values = value if isinstance(value, (list, tuple)) else (value,)
        for one in values:
            self._check_one(one)

    def _check_one(self, value: Any) -> None:
        if isinstance(value, str):
            if self._compiled is not None and not self._compiled.search(value):
                raise ValidationError(self.name, f"{value!r} does not match {self.pattern!r}")
            if self.min_length is not None and len(value) < self.min_length:
                raise ValidationError(
                    self.name, f"must be at least {self.min_length} characters long"
                )
            if self.max_length is not None and len(value) > self.max_length:
                raise ValidationError(
                    self.name, f"must be at most {self.max_length} characters long"
                )
        elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            if self.minimum is None and self.maximum is None:
                return
            if value.is_nan() if isinstance(value, Decimal) else value != value:
                # NaN, which no comparison puts in or out of a range
                raise ValidationError(self.name, "must be a number, not NaN")
            if self.minimum is not None and value < self.minimum:
                raise ValidationError(self.name, f"must be at least {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValidationError(self.name, f"must be at most {self.maximum}")


_LINE_BREAK = re.compile(r"[\r\n\x00]")
_NOT_HEADER_TEXT = re.compile(r"[^\t\x20-\x7e]")  # a header value is printable ASCII


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a spec (ECMA-262) pattern for Python.

    In the spec, ``$`` means the very end of the text; in Python it also
    matches before a final newline, which would let ``"NY...\\n"`` through.
    So every ``$`` outside a character class becomes ``\\Z``.
    """
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return re.compile("".join(out))


class PreparedRequest(NamedTuple):
    method: str
    url: str
    query: list[tuple[str, str]]
    form: list[tuple[str, str]] | None
    headers: list[tuple[str, str]] | None = None
    content: bytes | None = None  # a JSON body, already encoded; its type is in `headers`


@dataclass(frozen=True)
class Operation:
    """One operation of a resource, described once and shared by every caller."""

    method: str
    path: str  # e.g. "/v1/ConnectionPolicies/{Sid}"
    params: tuple[Param, ...] = ()
    content_type: str | None = None  # the request body's media type; None sends no body
    # the argument that may hold the whole JSON body as one RequestModel (see model.py)
    request_model: str | None = None

    def prepare(
        self,
        base_url: str,
        arguments: Mapping[str, Any],
        path_values: Mapping[str, Any] | None = None,
    ) -> PreparedRequest:
        """Check `arguments` and `path_values` (keyed by Python name) and lay them out as a request.

        Path parameters come from `path_values` (what the list or instance was made with;
        `arguments` when it is not given), the rest from `arguments`, so a method argument
        may share its name with a path parameter, as ``account_sid`` does in the 2010 API.
        Arguments left at UNSET are not sent, nor is None for an optional one (as the official
        SDK leaves it out) unless the spec lets the value be null.
        """
        paths = arguments if path_values is None else path_values
        if self.request_model is not None:
            arguments = self._unpacked(arguments, self.request_model)
        path = self.path
        query: list[tuple[str, str]] = []
        form: list[tuple[str, str]] = []
        headers: list[tuple[str, str]] = []
        body: dict[str, Any] = {}
        for param in self.params:
            # from the list or instance, else (a list-level one) an argument
            if param.location == "path":
                value = paths.get(param.name, arguments.get(param.name, Unset.UNSET))
            else:
                value = arguments.get(param.name, Unset.UNSET)
            if isinstance(value, Unset) or (value is None and param.leaves_out_none):
                if param.required:
                    raise ValidationError(param.name, "is required")
                continue
            param.check(value)
            value = param.codec.argument(value)
            if param.location == "json":
                body[param.wire_name] = param.codec.to_json(value)
                continue
            if param.location == "body":
                body = param.codec.to_json(value)
                continue
            if param.location == "path":
                encoded = "" if value is None else param.codec.encode(value)
                if encoded == "":
                    raise ValidationError(param.name, "must not be empty")
                # a list goes as OpenAPI's "simple" style writes it in a path: a,b
                text = ",".join(encoded) if isinstance(encoded, list) else str(encoded)
                path = path.replace("{" + param.wire_name + "}", _segment(param, text))
            else:
                pairs = param.codec.pairs(param.wire_name, value)
                values = [text for pair in pairs for text in pair]  # a prefixed map's keys too
                if param.location == "header" and any(_LINE_BREAK.search(one) for one in values):
                    # a CR or LF would end the header and start another one of the caller's making
                    raise ValidationError(param.name, "must not hold CR, LF or NUL in a header")
                if param.location == "header" and any(_NOT_HEADER_TEXT.search(v) for v in values):
                    raise ValidationError(
                        param.name, "must be printable ASCII in a header (no accents, no emoji)"
                    )
                target = {"query": query, "header": headers}.get(param.location, form)
                target.extend(pairs)
        if self.content_type is None or self.content_type == FORM:
            return PreparedRequest(
                self.method,
                base_url + path,
                query,
                form if self.content_type else None,
                headers or None,
            )
        headers.append(("Content-Type", self.content_type))
        try:
            content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        except UnicodeEncodeError:
            raise ValidationError("body", _NOT_UNICODE) from None
        return PreparedRequest(self.method, base_url + path, query, None, headers, content)

    def _unpacked(self, arguments: Mapping[str, Any], name: str) -> Mapping[str, Any]:
        """The arguments with a request model's properties in place of the model, so that each
        is checked and sent as its keyword would be; the model or the keywords, not both."""
        model = arguments.get(name, Unset.UNSET)
        if isinstance(model, Unset):
            return arguments
        to_dict = getattr(model, "to_dict", None)
        payload = to_dict() if callable(to_dict) else None
        if not isinstance(payload, dict):
            raise ValidationError(name, f"must be a request model, not {type(model).__name__}")
        properties = {p.wire_name: p.name for p in self.params if p.location == "json"}
        whole = next((p.name for p in self.params if p.location == "body"), None)
        if whole is not None and not properties:  # a body without properties: all of it
            if not isinstance(arguments.get(whole, Unset.UNSET), Unset):
                raise ValidationError(name, f"is given with {whole}: pass one or the other")
            return {**arguments, whole: payload}
        unknown = sorted(str(key) for key in payload if key not in properties)
        if unknown:
            raise ValidationError(name, f"has no property {', '.join(map(repr, unknown))}")
        given = [
            p for p in properties.values() if not isinstance(arguments.get(p, Unset.UNSET), Unset)
        ]
        if given:
            raise ValidationError(name, f"is given with {', '.join(given)}: pass one or the other")
        unpacked = dict(arguments)
        unpacked.update((properties[key], value) for key, value in payload.items())
        return unpacked


_NOT_UNICODE = "holds a lone surrogate (\\ud800 to \\udfff), which is not text that can be sent"


def _segment(param: Param, value: str) -> str:
    try:
        return quote_segment(value)
    except UnicodeEncodeError:
        raise ValidationError(param.name, _NOT_UNICODE) from None


def quote_segment(value: str) -> str:
    """Percent-encode a path parameter so it stays one path segment.

    "/", "?", "#" and "%" are quoted, and "." or ".." (which a URL parser
    would fold away) are spelled as "%2E".
    """
    quoted = quote(value, safe="")
    return quoted.replace(".", "%2E") if not quoted.strip(".") else quoted
