"""Whether a changed `pattern` narrows: does the new one refuse strings the old one took?

The diff takes strings the old pattern accepts: a few drawn from it (`samples`: each repeat
taken 2 or 3 times, within its bounds; each character class by turns from a fixed alphabet),
probes that differ from a plain one at one place each (`probes`: every character of the
alphabet a class takes, every branch, a repeat at each of its telling counts), and the spec's
examples the old pattern accepts. The change narrows when the new pattern refuses any of them.
"""

from __future__ import annotations

import re
import string
from typing import Any, Iterable

# The standard library's own regex parser (private, untyped; stable since Python 3.11, where
# the public sre_parse began to warn on import).
import re._constants as sre_constants  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]

_ALPHABET = string.ascii_letters + string.digits + "_-.:+@/ "
_VARIANTS = 4
_MAX_LENGTH = 512
_MAX_PROBES = 4096
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
_CLASSES = (sre_constants.ANY, sre_constants.NOT_LITERAL, sre_constants.IN)


def as_the_runtime_reads(pattern: str) -> re.Pattern[str] | None:
    """The pattern as the SDK's runtime checks an argument against it (``compile_pattern`` in
    ``templates/runtime/operation.py``, held equal by a test): ``$`` outside a character class
    is the very end of the text, ``\\Z``, as in the spec's ECMA-262; None if Python cannot
    read it."""
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "[]":
            in_class = char == "["
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    try:
        return re.compile("".join(out))
    except (re.error, RecursionError, OverflowError):
        return None


def samples(pattern: str) -> list[str]:
    """Strings the pattern accepts, drawn from its structure (none if it cannot be read)."""
    try:
        parsed = sre_parse.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return []
    found: list[str] = []
    for variant in range(_VARIANTS):
        text = "".join(_drawn(parsed, variant, [0]))[:_MAX_LENGTH]
        if compiled.search(text) and text not in found:
            found.append(text)
    return found


def probes(pattern: str) -> list[str]:
    """Strings the pattern accepts, each a plain one changed at one place: a character class
    taking each character of the alphabet it allows, a branch taken, a repeat taken as often
    as its lower bound says (one at least: an empty repeat is seldom a real value), twice,
    three times, and as often as it may."""
    try:
        parsed = sre_parse.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return []
    found: dict[str, None] = {}
    for place, options in _choice_points(parsed, ()):
        for option in options:
            text = "".join(_probe(parsed, (), {place: option}))[:_MAX_LENGTH]
            if compiled.search(text):
                found[text] = None
            if len(found) >= _MAX_PROBES:
                return list(found)
    return list(found)


def narrows(old: str | None, new: str | None, examples: Iterable[Any] = ()) -> bool:
    """Whether moving from pattern `old` to `new` refuses a string `old` accepted (one of
    those drawn from it, its probes and the `examples`)."""
    if new is None:
        return False
    if old is None:
        return True  # anything passed before
    try:
        before, after = re.compile(old), re.compile(new)
    except re.error:
        return True
    examples_taken = [e for e in examples if isinstance(e, str) and before.search(e)]
    return any(not after.search(text) for text in samples(old) + probes(old) + examples_taken)


_Place = tuple[int, ...]  # where a node is in the parsed pattern: its index at each level


def _choice_points(items: Any, at: _Place) -> Iterable[tuple[_Place, list[Any]]]:
    """Each place a probe can vary, with its options (see `probes`)."""
    for index, (op, av) in enumerate(items):
        place = (*at, index)
        if op in _CLASSES:
            yield place, [c for c in _ALPHABET if _allows(op, av, c)]
        elif op in _REPEATS:
            low, high, inner = av
            bounds = range(max(low, 1), min(high, _MAX_LENGTH) + 1)
            yield place, sorted({n for n in (low, 2, 3, high) if n in bounds})
            yield from _choice_points(inner, place)
        elif op is sre_constants.SUBPATTERN:
            yield from _choice_points(av[-1], place)
        elif op is sre_constants.ATOMIC_GROUP:
            yield from _choice_points(av, place)
        elif op is sre_constants.BRANCH:
            yield place, list(range(len(av[1])))
            for number, branch in enumerate(av[1]):
                yield from _choice_points(branch, (*place, number))


def _probe(items: Any, at: _Place, chosen: dict[_Place, Any]) -> list[str]:
    """The plain string of `items` (the first character a class allows, a repeat twice within
    its bounds, the first branch), but for the one choice `chosen` makes."""
    out: list[str] = []
    for index, (op, av) in enumerate(items):
        place = (*at, index)
        if op is sre_constants.LITERAL:
            out.append(chr(av))
        elif op in _CLASSES:
            allowed = [c for c in _ALPHABET if _allows(op, av, c)]
            out += [chosen.get(place, allowed[0])] if allowed else []
        elif op in _REPEATS:
            low, high, inner = av
            times = chosen.get(place, max(low, min(2, high)))
            out += _probe(inner, place, chosen) * min(times, _MAX_LENGTH)
        elif op is sre_constants.SUBPATTERN:
            out += _probe(av[-1], place, chosen)
        elif op is sre_constants.ATOMIC_GROUP:
            out += _probe(av, place, chosen)
        elif op is sre_constants.BRANCH:
            number = chosen.get(place, 0)
            out += _probe(av[1][number], (*place, number), chosen)
    return out


def _drawn(items: Any, variant: int, counter: list[int]) -> list[str]:
    out: list[str] = []
    for op, av in items:
        out += _drawn_one(op, av, variant, counter)
    return out


def _drawn_one(op: Any, av: Any, variant: int, counter: list[int]) -> list[str]:
    if op is sre_constants.LITERAL:
        return [chr(av)]
    if op in _CLASSES:
        allowed = [c for c in _ALPHABET if _allows(op, av, c)]
        counter[0] += 1
        return [allowed[(variant + counter[0]) % len(allowed)]] if allowed else []
    if op in _REPEATS:
        low, high, inner = av
        times = max(low, min(2 + variant % 2, high))
        return [c for _ in range(min(times, _MAX_LENGTH)) for c in _drawn(inner, variant, counter)]
    if op is sre_constants.SUBPATTERN:
        return _drawn(av[-1], variant, counter)
    if op is sre_constants.ATOMIC_GROUP:
        return _drawn(av, variant, counter)
    if op is sre_constants.BRANCH:
        branches = av[1]
        return _drawn(branches[variant % len(branches)], variant, counter)
    return []  # anchors and assertions take no characters


def _allows(op: Any, av: Any, char: str) -> bool:
    if op is sre_constants.ANY:
        return char != "\n"
    if op is sre_constants.NOT_LITERAL:
        return bool(ord(char) != av)
    negated = False
    hit = False
    for kind, value in av:
        if kind is sre_constants.NEGATE:
            negated = True
        elif kind is sre_constants.LITERAL:
            hit = hit or ord(char) == value
        elif kind is sre_constants.RANGE:
            hit = hit or value[0] <= ord(char) <= value[1]
        elif kind is sre_constants.CATEGORY:
            hit = hit or _in_category(value, char)
    return hit != negated


def _in_category(category: Any, char: str) -> bool:
    tests = {
        sre_constants.CATEGORY_DIGIT: char.isdigit(),
        sre_constants.CATEGORY_NOT_DIGIT: not char.isdigit(),
        sre_constants.CATEGORY_WORD: char.isalnum() or char == "_",
        sre_constants.CATEGORY_NOT_WORD: not (char.isalnum() or char == "_"),
        sre_constants.CATEGORY_SPACE: char.isspace(),
        sre_constants.CATEGORY_NOT_SPACE: not char.isspace(),
    }
    return bool(tests.get(category, False))
