"""Turn spec names into Python names.

The rules, in order, for an identifier made from a spec name:

1. Split on case changes and on anything that is not a letter or digit,
   join with ``_`` and lower-case (``FriendlyName`` -> ``friendly_name``). An argument or
   attribute name (:func:`snake_case`) keeps a digit with the acronym after it, as the API's
   own JSON fields and the official package do (``A2PProfileBundleSid`` ->
   ``a2p_profile_bundle_sid``, but ``AwsS3Url`` -> ``aws_s3_url``); module, mount and enum
   member names keep the plain split (``a2_p_...``), as the official package's modules do.
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
# a digit then a capital that starts an acronym (the P of A2PProfile) stay one word
_ARGUMENT_BOUNDARY = re.compile(r"([a-z])([A-Z])|([0-9])([A-Z])(?![A-Z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

RESERVED = frozenset(keyword.kwlist) | {"self", "cls"}


def _ascii(name: str) -> str:
    if name.isascii():
        return name  # the usual case: nothing to fold
    folded = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    out = []
    for char in folded:
        if char.isascii():
            out.append(char)
        elif not unicodedata.combining(char):
            out.append(f"_u{ord(char):04x}_")
    return "".join(out)


def words(name: str, *, digit_acronyms: bool = False) -> list[str]:
    """The lower-case words of a spec name, split on case and punctuation; with
    `digit_acronyms`, a digit stays with an acronym that follows it (``A2P`` is one word)."""
    text = _ascii(name)
    if digit_acronyms:  # before the acronym split, which would put a _ after the P of A2PP...
        text = _ARGUMENT_BOUNDARY.sub(lambda m: "_".join(g for g in m.groups() if g), text)
    text = _ACRONYM_BOUNDARY.sub(r"\1_\2", text)
    if not digit_acronyms:
        text = _WORD_BOUNDARY.sub(r"\1_\2", text)
    return [word.lower() for word in _NON_WORD.sub("_", text).split("_") if word]


def snake_case(name: str, *, digit_acronyms: bool = True) -> str:
    """A valid, non-keyword snake_case identifier for a spec name: an argument or attribute
    name; without `digit_acronyms`, split as module and mount names are (see rule 1)."""
    ident = "_".join(words(name, digit_acronyms=digit_acronyms)) or "value"
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
    ident = snake_case(name, digit_acronyms=False)
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
