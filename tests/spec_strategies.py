"""Hypothesis strategies for random, valid Twilio-style specs.

A drawn spec has one to three resources, some with a child; each has a random
subset of the five operations, model fields of every type the generator knows
(with constraints, enums, nullable ones and odd names), form parameters, and
examples that keep to their own rules. Names and text are drawn from odd words
(keywords, builtins, dunders, digits, non-ASCII) and from any Unicode.
"""

from __future__ import annotations

import string
from datetime import datetime, timezone
from typing import Any, Iterator

from hypothesis import strategies as st

from generator.naming import snake_case

from .sketches import OPERATIONS, Sketch, spec_of

ODD_NAMES = [
    "class",
    "from",
    "import",
    "None",
    "True",
    "self",
    "cls",
    "type",
    "list",
    "id",
    "dict",
    "object",
    "__init__",
    "__dict__",
    "2fa",
    "10DLC",
    "Größe",
    "日本",
    "café",
    "to_dict",
    "from_dict",
    "Links",
    "PageSize",
    "StartTime<",
    "EndTime>",
    "X-Twilio-Signature",
    "a b",
    "\u202eevil",
    # names the SDK uses for itself: builtin types its annotations name, its model's members
    "str",
    "int",
    "float",
    "bool",
    "date",
    "datetime",
    "additional_properties",
]
# The SDK's own method and attribute names, as path segments and product hosts
# (generator/members.py).
SDK_MEMBER_SEGMENTS = [
    "Create",
    "Get",
    "Stream",
    "Page",
    "GetPage",
    "Fetch",
    "Update",
    "Delete",
    "WithRawResponse",
    "WithOptions",
    "Client",
    "Domain",
    "List",
]
SDK_MEMBER_HOSTS = [
    "send",
    "close",
    "timeout",
    "client",
    "testing",
    "domain",
    "with-options",
    "base-url",
]
_PLAIN = st.from_regex(r"[A-Z][a-z]{1,7}(?:[A-Z][a-z]{1,6})?", fullmatch=True)
# Segments may hold what a path may: letters (any script), digits, '-', '_' and '.'.
_SEGMENT = st.one_of(
    _PLAIN.map(lambda word: word + "s"),
    st.sampled_from(
        ["class", "import", "__init__", "con", "2fa", "Größe", "日本", "self", "type", "v2.json"]
    ),
    st.sampled_from(SDK_MEMBER_SEGMENTS),
)
_FILTERS = ["Limit", "FriendlyName", "class", "str", "Status"]
_NAME = st.one_of(_PLAIN, st.sampled_from(ODD_NAMES), st.text(min_size=1, max_size=12))
# Any text but lone surrogates, which no UTF-8 document can hold.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


def _unique_fields(names: list[str]) -> list[str]:
    """Names whose Python names differ from each other's and from the fields every model has."""
    taken = {"sid", "url", "value"}
    kept = []
    for name in names:
        if snake_case(name) not in taken:
            taken.add(snake_case(name))
            kept.append(name)
    return kept


@st.composite
def field_schema(draw: st.DrawFn) -> dict[str, Any]:
    """One field of a model: a schema of any supported type, with an example that fits it."""
    kind = draw(
        st.sampled_from(
            [
                "string",
                "integer",
                "number",
                "boolean",
                "date-time",
                "date",
                "enum",
                "uri",
                "pattern",
                "array",
                "object",
            ]
        )
    )
    schema: dict[str, Any]
    if kind == "string":
        low = draw(st.integers(0, 5))
        high = draw(st.integers(low, 30))
        schema = {
            "type": "string",
            "minLength": low,
            "maxLength": high,
            "example": draw(
                st.text(st.characters(exclude_categories=["Cs"]), min_size=low, max_size=high)
            ),
        }
    elif kind == "integer":
        low = draw(st.integers(-(10**6), 10**6))
        high = draw(st.integers(low, low + 10**6))
        schema = {
            "type": "integer",
            "minimum": low,
            "maximum": high,
            "example": draw(st.integers(low, high)),
        }
    elif kind == "number":
        schema = {
            "type": "number",
            "example": draw(st.floats(-1e9, 1e9, allow_nan=False).map(lambda x: round(x, 3))),
        }
    elif kind == "boolean":
        schema = {"type": "boolean", "example": draw(st.booleans())}
    elif kind == "date-time":
        moment = draw(st.datetimes(datetime(1971, 1, 1), datetime(2099, 1, 1))).replace(
            microsecond=0
        )
        schema = {
            "type": "string",
            "format": "date-time",
            "example": moment.replace(tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    elif kind == "date":
        schema = {"type": "string", "format": "date", "example": draw(st.dates()).isoformat()}
    elif kind == "enum":
        values = draw(
            st.lists(
                st.one_of(TEXT.filter(bool), st.sampled_from(ODD_NAMES)),
                min_size=1,
                max_size=4,
                unique_by=lambda v: snake_case(v).rstrip("_").upper(),
            )
        )
        schema = {"type": "string", "enum": values, "example": draw(st.sampled_from(values))}
    elif kind == "uri":
        schema = {
            "type": "string",
            "format": "uri",
            "example": "https://example.com/"
            + draw(st.from_regex(r"[a-z0-9/]{0,12}", fullmatch=True)),
        }
    elif kind == "pattern":
        schema = {
            "type": "string",
            "pattern": r"^[A-Z]{2}[0-9]{3}$",
            "example": draw(st.from_regex(r"[A-Z]{2}[0-9]{3}", fullmatch=True)),
        }
    elif kind == "array":
        schema = {
            "type": "array",
            "items": {"type": "string"},
            "example": draw(st.lists(TEXT, max_size=3)),
        }
    else:
        schema = {
            "type": "object",
            "example": draw(st.dictionaries(TEXT, st.one_of(TEXT, st.integers(-9, 9)), max_size=3)),
        }
    if draw(st.booleans()):
        schema["description"] = draw(TEXT)
    if draw(st.integers(0, 4)) == 0:
        schema["nullable"] = True
        if draw(st.booleans()):
            schema["example"] = None
    return schema


@st.composite
def param_schema(draw: st.DrawFn) -> dict[str, Any]:
    """A form parameter of create and update: text, a number, a flag or a list of text."""
    kind = draw(st.sampled_from(["string", "integer", "boolean", "array"]))
    schemas: dict[str, dict[str, Any]] = {
        "string": {"type": "string", "example": draw(TEXT)},
        "integer": {"type": "integer", "example": draw(st.integers(-1000, 1000))},
        "boolean": {"type": "boolean", "example": draw(st.booleans())},
        "array": {
            "type": "array",
            "items": {"type": "string"},
            "example": draw(st.lists(TEXT, min_size=1, max_size=3)),
        },
    }
    schema = schemas[kind]
    if draw(st.booleans()):
        schema["required"] = True
    return schema


@st.composite
def sketch(draw: st.DrawFn, prefixes: Iterator[str], depth: int = 0) -> Sketch:
    names = _unique_fields(draw(st.lists(_NAME, max_size=6)))
    fields = {name: draw(field_schema()) for name in names}
    params = {
        name: draw(param_schema()) for name in _unique_fields(draw(st.lists(_NAME, max_size=3)))
    }
    operations = draw(st.sets(st.sampled_from(OPERATIONS), min_size=1))
    children = draw(st.lists(sketch(prefixes, depth + 1), max_size=1)) if depth == 0 else []
    # List filters, among them one named like the list methods' own `limit` argument.
    filters = {
        name: {"type": "string"}
        for name in _unique_fields(draw(st.lists(st.sampled_from(_FILTERS), max_size=2)))
    }
    return Sketch(
        draw(_SEGMENT),
        fields,
        params,
        tuple(op for op in OPERATIONS if op in operations),
        children,
        sid_prefix=next(prefixes),
        filters=filters,
    )


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    """A whole spec: one to three resources, under a host with an odd first label at times."""
    # A Sid prefix for each resource drawn, duplicates a unique list throws away included.
    prefixes = (first + second for first in "QRSTUVWXYZ" for second in string.ascii_uppercase)
    resources = draw(
        st.lists(
            sketch(prefixes), min_size=1, max_size=3, unique_by=lambda s: snake_case(s.segment)
        )
    )
    host = draw(
        st.sampled_from(
            [
                "widgets.example.com",
                "class.example.com",
                "2fa.example.com",
                "xn--bcher-kva.example",
                *(f"{name}.example.com" for name in SDK_MEMBER_HOSTS),
            ]
        )
    )
    spec = spec_of(resources, host=host, title=draw(TEXT))
    spec["info"]["description"] = draw(TEXT)
    return spec
