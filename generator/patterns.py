"""Whether a changed `pattern` narrows: does the new one refuse strings the old one took?

The diff draws a few strings from the old pattern (each repeat taken 2 or 3 times, within its
bounds; each character class by turns from a fixed alphabet), adds the spec's examples the old
pattern accepts, and calls the change narrowing when the new pattern refuses any of them.
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


def narrows(old: str | None, new: str | None, examples: Iterable[Any] = ()) -> bool:
    """Whether moving from pattern `old` to `new` refuses a string `old` accepted."""
    if new is None:
        return False
    if old is None:
        return True  # anything passed before
    try:
        before, after = re.compile(old), re.compile(new)
    except re.error:
        return True
    taken = samples(old) + [e for e in examples if isinstance(e, str) and before.search(e)]
    return any(not after.search(text) for text in taken)


def _drawn(items: Any, variant: int, counter: list[int]) -> list[str]:
    out: list[str] = []
    for op, av in items:
        out += _drawn_one(op, av, variant, counter)
    return out


def _drawn_one(op: Any, av: Any, variant: int, counter: list[int]) -> list[str]:
    if op is sre_constants.LITERAL:
        return [chr(av)]
    if op in (sre_constants.ANY, sre_constants.NOT_LITERAL, sre_constants.IN):
        allowed = [c for c in _ALPHABET if _allows(op, av, c)]
        counter[0] += 1
        return [allowed[(variant + counter[0]) % len(allowed)]] if allowed else []
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
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
