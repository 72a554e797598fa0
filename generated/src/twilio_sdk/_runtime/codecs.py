"""Conversions between Python values and the wire, one codec per spec type.

``check`` rejects a Python value of the wrong type, ``encode`` turns an
argument into form or query text, ``decode`` reads a JSON response value
and ``to_json`` writes it back, so that ``Model.to_dict`` round-trips.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
import sys
from typing import Any

_READS_Z = sys.version_info >= (3, 11)  # fromisoformat reads a trailing "Z" from 3.11 on


class Codec:
    type_name = "any value"
    as_is = True  # JSON values pass through decode unchanged, so models can skip the call

    def accepts(self, value: Any) -> bool:
        return True

    def argument(self, value: Any) -> Any:
        """An argument `accepts` took, in the shape `encode` and `to_json` write."""
        return value

    def encode(self, value: Any) -> str | list[str]:
        return _text(value)

    def pairs(self, wire_name: str, value: Any) -> list[tuple[str, str]]:
        """The form or query pairs of an argument: its wire name with each encoded value
        (``None`` is sent empty)."""
        encoded = "" if value is None else self.encode(value)
        return [(wire_name, one) for one in (encoded if isinstance(encoded, list) else [encoded])]

    def decode(self, value: Any) -> Any:
        return value

    def to_json(self, value: Any) -> Any:
        return value


class _String(Codec):
    type_name = "a str"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)


class _Integer(Codec):
    type_name = "an int"
    as_is = False

    def accepts(self, value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    def decode(self, value: Any) -> Any:
        return _parsed(int, value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool)


class _Number(Codec):
    """A ``format: float`` or ``double`` number: a float in Python, as JSON reads it. An argument
    may be an int, a float or a Decimal, sent as its ``str``."""

    type_name = "a number"
    as_is = False

    def accepts(self, value: Any) -> bool:
        return _is_number(value)

    def decode(self, value: Any) -> Any:
        return _parsed(float, value)

    def to_json(self, value: Any) -> Any:
        # JSON has numbers, not decimals: to_dict and a JSON body write a Decimal as a float
        return float(value) if isinstance(value, decimal.Decimal) else value


class _Decimal(_Number):
    """A ``type: number`` without a float format (prices, coordinates): a Decimal, read from the
    number's text (``"-0.05000"``, or a JSON number's shortest spelling) with nothing lost."""

    def decode(self, value: Any) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        return _parsed(decimal.Decimal, value)


def _parsed(kind: type, value: Any) -> Any:
    """A number the API sent as text (prices: ``"-0.05000"``) as the type the spec gives it."""
    if not isinstance(value, str):
        return value
    try:
        return kind(value)
    except (ValueError, ArithmeticError):  # decimal.InvalidOperation is an ArithmeticError
        return value  # kept as it came rather than lost


class _Boolean(Codec):
    type_name = "a bool"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, bool)

    def encode(self, value: Any) -> str:
        return "true" if value else "false"


class _DateTime(Codec):
    """ISO 8601 on the wire, or RFC 2822 (``Tue, 31 Aug 2010 20:36:28 +0000``) where the spec
    says so; either is read. Timezone-aware in Python."""

    as_is = False

    def __init__(self, rfc2822: bool = False) -> None:
        self.rfc2822 = rfc2822
        self.type_name = f"a datetime, a date or an {'RFC 2822' if rfc2822 else 'ISO 8601'} str"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, (dt.date, str))  # a datetime is a date too

    def encode(self, value: Any) -> str:
        return str(self.to_json(value))

    def decode(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        try:
            parsed = dt.datetime.fromisoformat(value if _READS_Z else value.replace("Z", "+00:00"))
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                parsed = parsedate_to_datetime(value)
            except (TypeError, ValueError, OverflowError, IndexError):  # e.g. a year past C's int
                return value  # an unreadable date is kept as it came rather than lost
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)

    def to_json(self, value: Any) -> Any:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            # a day where a moment is asked for (Twilio's docs write filters as YYYY-MM-DD) is
            # its midnight in UTC, as the official SDK sends it
            value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
        if not isinstance(value, dt.datetime):
            return value
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        if self.rfc2822:
            from email.utils import format_datetime

            return format_datetime(value)
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text


class _Date(Codec):
    type_name = "a date or an ISO 8601 str"
    as_is = False

    def accepts(self, value: Any) -> bool:
        # a datetime stands for its day; text must spell a day ("2020-13-45" is not one)
        return isinstance(value, dt.date) or (
            isinstance(value, str) and not isinstance(self.decode(value), str)
        )

    def encode(self, value: Any) -> str:
        return str(self.to_json(value))

    def decode(self, value: Any) -> Any:
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else value
        except ValueError:
            return value

    def to_json(self, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            value = value.date()  # its day as written, as the official SDK sends it
        return value.isoformat() if isinstance(value, dt.date) else value


class _Json(Codec):
    """An object or array; in a form field it travels as a JSON string. Its JSON text is taken
    too, as Twilio's own examples write it: sent as it is in a form, parsed in a JSON body."""

    type_name = "a JSON-serialisable dict or list, or its JSON text"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, (dict, list)) or (
            isinstance(value, str) and isinstance(_parsed_json(value), (dict, list))
        )

    def encode(self, value: Any) -> str:
        return value if isinstance(value, str) else _json_text(value)

    def to_json(self, value: Any) -> Any:
        return _parsed_json(value) if isinstance(value, str) else value


def _text(value: Any) -> str:
    if isinstance(value, enum.Enum):  # a (str, Enum) member goes as its value, not "Country.US"
        value = value.value
    # a dict or list for a parameter the spec leaves untyped goes as JSON, as the official
    # SDK sends it
    return _json_text(value) if isinstance(value, (dict, list)) else str(value)


def _json_text(value: Any) -> str:
    """JSON in a form or query field, spaced as the official package writes it
    (``json.dumps``'s defaults), so both send the same bytes."""
    return json.dumps(value)


def _parsed_json(text: str) -> Any:
    """The value of JSON text, or None for text that is not JSON."""
    try:
        return json.loads(text)
    except ValueError:
        return None


class PrefixedMap(Codec):
    """A dict sent as one form or query key per leaf, named by its path of keys joined with
    dots under the spec's prefix rather than by the parameter's own name:
    ``{"lookup": {"x": 1}}`` with prefix ``AddOns`` is ``AddOns.lookup.x=1``, as the official
    package sends it (a list leaf repeats its key; a None leaf is left out)."""

    type_name = "a dict"

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def accepts(self, value: Any) -> bool:
        return isinstance(value, dict)

    def pairs(self, wire_name: str, value: Any) -> list[tuple[str, str]]:
        return _leaves(self.prefix, value)


def _leaves(key: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _leaves(f"{key}.{k}", v)]
    items = value if isinstance(value, (list, tuple)) else [value]
    return [(key, _text(item)) for item in items if item is not None]


class EnumOf(Codec):
    """One of a closed set of strings; read back as the enum member when it is a known value."""

    type_name = "a str"
    as_is = False

    def __init__(self, enum_class: type[enum.Enum]) -> None:
        self.enum_class = enum_class

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def decode(self, value: Any) -> Any:
        try:
            return self.enum_class(value)
        except ValueError:
            return value  # a value newer than this SDK is kept, not lost

    def to_json(self, value: Any) -> Any:
        return value.value if isinstance(value, enum.Enum) else value


class ListOf(Codec):
    """An array argument, sent as one form or query key repeated per item. One item alone
    stands for a list of one, as the official SDK sends it."""

    def __init__(self, item: Codec) -> None:
        self.item = item
        self.as_is = item.as_is
        self.type_name = f"a list of {item.type_name.split(' ', 1)[-1]}, or one of them"

    def accepts(self, value: Any) -> bool:
        if not isinstance(value, (list, tuple)):
            return self.item.accepts(value)
        return all(self.item.accepts(v) for v in value)

    def argument(self, value: Any) -> Any:
        return value if isinstance(value, (list, tuple)) else [value]

    def encode(self, value: Any) -> list[str]:
        encoded: list[str] = []
        for item in value:
            one = self.item.encode(item)
            encoded.extend(one if isinstance(one, list) else [one])
        return encoded

    def decode(self, value: Any) -> Any:
        return [self.item.decode(v) for v in value] if isinstance(value, list) else value

    def to_json(self, value: Any) -> Any:
        return [self.item.to_json(v) for v in value] if isinstance(value, list) else value


ANY = Codec()
STRING = _String()
INTEGER = _Integer()
NUMBER = _Number()
DECIMAL = _Decimal()
BOOLEAN = _Boolean()
DATETIME = _DateTime()
DATETIME_RFC2822 = _DateTime(rfc2822=True)
DATE = _Date()
JSON = _Json()
