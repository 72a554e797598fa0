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
import re
from dataclasses import dataclass
from typing import Any, Sequence, Union

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
    quoted = repr(
        text
    )  # escapes backslashes and control characters; picks ' unless the text holds '
    if quoted[0] == '"' or text.count('"') > text.count("'"):
        return quoted
    return '"' + quoted[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Brackets:
    """``opener item, item closer``: a call (``"Param("``)
    or a literal (``"["``, ``"{"``, ``"("``)."""

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


@dataclass(frozen=True)
class Chain:
    """Attributes and calls in a row, ``c.voice.v1.policies("NY...").targets.create(...)``, in the
    pieces black may break it into: each piece after the first starts at a dot that follows a
    closing bracket. Every piece is a call (`Brackets`) but the last, which may be a name."""

    links: tuple[Union[str, Brackets], ...]

    @functools.cached_property
    def text(self) -> str:
        return "".join(flat(link) for link in self.links)


Item = Union[str, Brackets, Entry, Chain]


def flat(item: Item) -> str:
    """The item on one line."""
    return item if isinstance(item, str) else item.text


def call(function: Item, /, *args: Item, **kwargs: Item) -> Union[Brackets, Chain]:
    """``function(args, name=value)``: `function` is a name, or a `Chain` that ends in one."""
    arguments = (*args, *(Entry(f"{key}=", value) for key, value in kwargs.items()))
    if isinstance(function, str):
        return Brackets(function + "(", arguments, ")")
    if not isinstance(function, Chain) or not isinstance(function.links[-1], str):
        raise TypeError(f"{flat(function)} does not end in a name")
    *before, last = function.links
    return Chain((*before, Brackets(flat(last) + "(", arguments, ")")))


def chain(
    root: str, steps: Sequence[tuple[str, Union[Sequence[Item], None]]]
) -> Union[str, Brackets, Chain]:
    """``root.name.name(args)...``: each step an attribute, called with its arguments
    unless None."""
    links: list[Union[str, Brackets]] = []
    name = root
    for attribute, args in steps:
        name += "." + attribute
        if args is not None:
            links.append(Brackets(name + "(", tuple(args), ")"))
            name = ""
    if name:
        links.append(name)
    return links[0] if len(links) == 1 else Chain(tuple(links))


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
        return Brackets(
            "{",
            tuple(Entry(flat(literal(k)) + ": ", literal(v)) for k, v in value.items()),
            "}",
            literal=True,
        )
    raise TypeError(f"no literal for {type(value).__name__}")


def lay_out(item: Item, indent: int, lead: str = "", tail: str = "") -> str:
    """``lead + item + tail`` as black writes it at this indent.

    The first line comes without its indent (the template has written it);
    the lines after it carry theirs.
    """
    return "\n".join(_lines(item, indent, lead, tail))[indent:]


def _lines(item: Item, indent: int, lead: str, tail: str, inside: bool = False) -> list[str]:
    """The lines of ``lead + item + tail``: `inside` brackets, or as (part of) a statement."""
    if isinstance(item, Entry):
        return _lines(item.value, indent, lead + item.lead, tail, inside)
    pad = " " * indent
    whole = lead + flat(item) + tail
    if isinstance(item, str) or fits(indent, whole):
        return [pad + whole]
    if isinstance(item, Chain):
        return _chain_lines(item, indent, lead, tail, inside)
    if not item.items:
        return [pad + whole]
    opening, closing = lead + item.opener, item.closer + tail
    bare = inside and BARE_LAMBDA_HEAD.fullmatch(
        opening
    )  # nowhere else to split: black opens it all the same
    if not ((fits(indent, opening) or bare) and fits(indent, closing)):
        return [pad + whole]  # black would look for another split: leave it to black
    return [pad + opening, *_inside(item, indent + INDENT), pad + closing]


def _inside(item: Brackets, indent: int) -> list[str]:
    """The lines between a bracket black has opened and its closing bracket."""
    body = ", ".join(flat(i) for i in item.items)
    if len(item.items) == 1:
        return _lines(item.items[0], indent, "", "," if item.one_tuple else "", True)
    if not item.literal and fits(indent, body):
        return [" " * indent + body]
    return [line for i in item.items for line in _lines(i, indent, "", ",", True)]


_ASSIGNED = re.compile(r"(\w+ = )((?:await )?)")
# A lambda that reaches a call by names alone (empty calls aside): a line black cannot split.
BARE_LAMBDA = r"lambda \w+: [\w.]+(?:\(\)\.[\w.]+)*\("
BARE_LAMBDA_HEAD = re.compile(BARE_LAMBDA)


def _chain_lines(item: Chain, indent: int, lead: str, tail: str, inside: bool) -> list[str]:
    """A chain too long for its line, inside brackets or assigned.

    With two or more dots that follow a closing bracket, black breaks before each of them,
    and a statement first puts the chain in parentheses. With one, it opens the last call
    that has arguments, when that line fits (or the first call has none); else it opens the
    first call, and the rest follows its closing bracket.
    """
    pad = " " * indent
    whole = [pad + lead + item.text + tail]
    assigned = _ASSIGNED.fullmatch(lead)
    if not (inside or (assigned and not tail)):
        return whole  # black weighs other splits: leave it to black
    if len(item.links) > 2 and inside:
        first, *middle, last = item.links
        return [
            *_lines(first, indent, lead, "", True),
            *(line for link in middle for line in _lines(link, indent, "", "", True)),
            *_lines(last, indent, "", tail, True),
        ]
    if len(item.links) > 2 and assigned:
        return [
            pad + assigned.group(1) + "(",
            *_lines(item, indent + INDENT, assigned.group(2), "", True),
            pad + ")",
        ]
    first, last = item.links
    if not isinstance(first, Brackets):
        return whole  # a chain of two starts with a call
    if isinstance(last, Brackets) and last.items:
        opened = Brackets(first.text + last.opener, last.items, last.closer)
        split_first = (
            isinstance(first, Brackets) and first.items
        )  # empty brackets are no place to split
        if (fits(indent, lead + opened.opener) or not split_first) and fits(
            indent, last.closer + tail
        ):
            return _lines(opened, indent, lead, tail, inside)
        rest: Item = Brackets(first.closer + last.opener, last.items, last.closer)
    else:
        rest = first.closer + flat(last)
    if not (isinstance(first, Brackets) and first.items and fits(indent, lead + first.opener)):
        return whole
    if isinstance(rest, str) and not fits(indent, rest + tail):
        return whole
    return [
        pad + lead + first.opener,
        *_inside(first, indent + INDENT),
        *_lines(rest, indent, "", tail, inside),
    ]


def import_from(indent: int, module: str, names: list[str]) -> str:
    """``from module import names``; black puts the names of an import too long for a line
    on lines of their own."""
    whole = f"from {module} import {', '.join(names)}"
    if fits(indent, whole):
        return whole
    return "\n".join(
        [
            f"from {module} import (",
            *(" " * (indent + INDENT) + n + "," for n in names),
            " " * indent + ")",
        ]
    )


def assignment(indent: int, target: str, value: Item) -> str:
    """``target = value``; black wraps a lone value that does not fit in parentheses
    if it then fits."""
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
        middle = (
            [inner + comparison]
            if fits(indent + INDENT, comparison)
            else [inner + subject, f"{inner}{operator} {value}"]
        )
        return "\n".join(["assert (", *middle, " " * indent + ")"])
    return whole
