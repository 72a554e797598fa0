"""Turn spec names into Python names.

The rules, in order, for an identifier made from a spec name:

1. Split on case changes and on anything that is not a letter or digit,
   join with ``_`` and lower-case (``FriendlyName`` -> ``friendly_name``).
2. Letters with accents lose them (``Größe`` -> ``grosse``); any other
   non-ASCII character becomes ``u<hex code>``.
3. A name that starts with a digit gets an ``n_`` prefix (``2fa`` -> ``n_2fa``).
4. Leading and trailing underscores are dropped (so no dunders are made).
5. A Python keyword gets a ``_`` suffix (``from`` -> ``from_``).
6. A module or package name (a file or folder name) that Windows keeps for a device
   (``con``, ``nul``, ``com1``...) gets a ``_`` suffix too (``con`` -> ``con_``).

The same input always gives the same output. Names that collide after these
rules are reported by validation, naming both spec names.
"""

from __future__ import annotations

import keyword
import re
import unicodedata

_ACRONYM_BOUNDARY = re.compile(r"([A-Z]+)([A-Z][a-z])")
_WORD_BOUNDARY = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

RESERVED = frozenset(keyword.kwlist) | {"self", "cls"}


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    out = []
    for char in folded:
        if char.isascii():
            out.append(char)
        elif not unicodedata.combining(char):
            out.append(f"_u{ord(char):04x}_")
    return "".join(out)


def words(name: str) -> list[str]:
    """The lower-case words of a spec name, split on case and punctuation."""
    text = _ascii(name)
    text = _ACRONYM_BOUNDARY.sub(r"\1_\2", text)
    text = _WORD_BOUNDARY.sub(r"\1_\2", text)
    return [word.lower() for word in _NON_WORD.sub("_", text).split("_") if word]


def snake_case(name: str) -> str:
    """A valid, non-keyword snake_case identifier for a spec name."""
    ident = "_".join(words(name)) or "value"
    if ident[0].isdigit():
        ident = "n_" + ident
    if ident in RESERVED:
        ident += "_"
    return ident


_DEVICE_NAMES = frozenset(
    ["con", "prn", "aux", "nul", "conin", "conout"]
    + [f"{port}{n}" for port in ("com", "lpt") for n in range(10)]
)


def module_name(name: str) -> str:
    """A snake_case name that is safe as a file or folder name on every operating system."""
    ident = snake_case(name)
    return ident + "_" if ident in _DEVICE_NAMES else ident


def pascal_case(name: str) -> str:
    """A valid PascalCase class name for a spec name
    (``connection_policy`` -> ``ConnectionPolicy``)."""
    ident = "".join(word[:1].upper() + word[1:] for word in words(name)) or "Value"
    if ident[0].isdigit():
        ident = "N" + ident
    if ident in RESERVED:
        ident += "_"
    return ident


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name)) and name not in RESERVED
