"""Python source laid out the way black lays it out, for the shapes the templates emit.

Generation does not run black over everything it writes: on the whole Twilio
API that alone would take minutes. The templates write black's layout
themselves instead. A line that fits stays whole; a bracket that does not fit
opens the way black opens it: a call keeps its arguments together on the next
line when they fit there, and a literal list, dict or tuple puts each item on
a line of its own with a trailing comma.

Where black's choice is not certain here, the line is left whole and too
long, and `formatting` sends any file with such a line through black. Tests
run black over generated output to prove the two agree.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any, Union


LINE_LENGTH = 100
INDENT = 4


def width(text: str) -> int:
    """Columns a line takes, as black counts them: wide characters take two."""
    if text.isascii():
        return len(text)
    from black.strings import str_width  # black's own table; imported only for such text

    return int(str_width(text))


def fits(indent: int, text: str) -> bool:
    return indent + width(text) <= LINE_LENGTH


def string(text: str) -> str:
    """A string literal as black writes it: double quotes unless that takes more escapes."""
    quoted = repr(text)  # escapes backslashes and control characters; picks ' unless the text holds '
    if quoted[0] == '"' or text.count('"') > text.count("'"):
        return quoted
    return '"' + quoted[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Brackets:
    """``opener item, item closer``: a call (``"Param("``) or a literal (``"["``, ``"{"``, ``"("``)."""

    opener: str
    items: tuple[Item, ...]
    closer: str
    literal: bool = False  # black always puts a split literal's items on lines of their own

    @property
    def one_tuple(self) -> bool:
        return self.literal and self.opener == "(" and len(self.items) == 1

    @functools.cached_property  # laying out asks for the text of each subtree at every level
    def text(self) -> str:
        inside = ", ".join(flat(item) for item in self.items)
        return self.opener + inside + ("," if self.one_tuple else "") + self.closer


@dataclass(frozen=True)
class Entry:
    """One item inside brackets, led by a key or keyword: ``"key": value`` or ``name=value``."""

    lead: str
    value: Item

    @functools.cached_property
    def text(self) -> str:
        return self.lead + flat(self.value)


Item = Union[str, Brackets, Entry]


def flat(item: Item) -> str:
    """The item on one line."""
    return item if isinstance(item, str) else item.text


def call(function: str, /, *args: Item, **kwargs: Item) -> Brackets:
    return Brackets(function + "(", (*args, *(Entry(f"{key}=", value) for key, value in kwargs.items())), ")")


def tuple_of(*items: Item) -> Brackets:
    return Brackets("(", items, ")", literal=True)


def literal(value: Any) -> Union[str, Brackets]:
    """A JSON-like value as a Python literal: a flat string for scalars, Brackets for containers."""
    if isinstance(value, str):
        return string(value)
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'  # repr gives inf or nan, which are not literals
    if isinstance(value, float):
        return repr(value).replace("e+", "e")  # black drops an exponent's plus sign
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, list):
        return Brackets("[", tuple(literal(v) for v in value), "]", literal=True)
    if isinstance(value, tuple):
        return tuple_of(*(literal(v) for v in value))
    if isinstance(value, dict):
        return Brackets("{", tuple(Entry(flat(literal(k)) + ": ", literal(v)) for k, v in value.items()), "}", literal=True)
    raise TypeError(f"no literal for {type(value).__name__}")


def lay_out(item: Item, indent: int, lead: str = "", tail: str = "") -> str:
    """``lead + item + tail`` as black writes it at this indent.

    The first line comes without its indent (the template has written it);
    the lines after it carry theirs.
    """
    return "\n".join(_lines(item, indent, lead, tail))[indent:]


def _lines(item: Item, indent: int, lead: str, tail: str) -> list[str]:
    if isinstance(item, Entry):
        return _lines(item.value, indent, lead + item.lead, tail)
    pad = " " * indent
    whole = lead + flat(item) + tail
    if isinstance(item, str) or not item.items or fits(indent, whole):
        return [pad + whole]
    opening, closing = lead + item.opener, item.closer + tail
    if not (fits(indent, opening) and fits(indent, closing)):
        return [pad + whole]  # black would look for another split: leave it to black
    inner = indent + INDENT
    body = ", ".join(flat(i) for i in item.items)
    if len(item.items) == 1:
        middle = _lines(item.items[0], inner, "", "," if item.one_tuple else "")
    elif not item.literal and fits(inner, body):
        middle = [" " * inner + body]
    else:
        middle = [line for i in item.items for line in _lines(i, inner, "", ",")]
    return [pad + opening, *middle, pad + closing]


def import_from(indent: int, module: str, names: list[str]) -> str:
    """``from module import names``; black puts the names of an import too long for a line on lines of their own."""
    whole = f"from {module} import {', '.join(names)}"
    if fits(indent, whole):
        return whole
    return "\n".join([f"from {module} import (", *(" " * (indent + INDENT) + n + "," for n in names), " " * indent + ")"])


def assignment(indent: int, target: str, value: Item) -> str:
    """``target = value``; black wraps a lone value that does not fit in parentheses if it then fits."""
    whole = f"{target} = {flat(value)}"
    if not isinstance(value, str):
        return lay_out(value, indent, f"{target} = ")
    if fits(indent, whole) or not fits(indent + INDENT, value):
        return whole
    return "\n".join([f"{target} = (", " " * (indent + INDENT) + value, " " * indent + ")"])


def signature(indent: int, name: str, params: list[str], returns: str) -> str:
    """``def name(params) -> returns:`` as black writes it: split at its first bracket, however
    long the name, and with a return annotation too long for the closing line in parentheses."""
    whole = f"def {name}({', '.join(params)}) -> {returns}:"
    pad, inner = " " * indent, indent + INDENT
    if fits(indent, whole):
        return whole
    closing = [f"{pad}) -> {returns}:"]
    if not fits(indent, f") -> {returns}:"):
        if "[" in returns:
            return whole  # black would split the annotation itself: leave it to black
        closing = [f"{pad}) -> (", " " * inner + returns, f"{pad}):"]
    body = ", ".join(params)
    if len(params) > 1 and fits(inner, body):
        middle = [" " * inner + body]
    else:  # black gives a lone parameter a trailing comma, which then holds the split open
        middle = [" " * inner + p + "," for p in params]
    return "\n".join([f"def {name}(", *middle, *closing])


def assertion(indent: int, subject: str, operator: str, value: Item) -> str:
    """``assert subject operator value`` as black writes it."""
    whole = f"assert {subject} {operator} {flat(value)}"
    if fits(indent, whole):
        return whole
    if isinstance(value, Brackets) and value.items:
        return lay_out(value, indent, f"assert {subject} {operator} ")
    if isinstance(value, str):  # black wraps the comparison in parentheses
        inner = " " * (indent + INDENT)
        comparison = f"{subject} {operator} {value}"
        middle = [inner + comparison] if fits(indent + INDENT, comparison) else [inner + subject, f"{inner}{operator} {value}"]
        return "\n".join(["assert (", *middle, " " * indent + ")"])
    return whole
