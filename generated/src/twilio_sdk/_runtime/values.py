"""Values every resource module shares: the sentinel for "argument not given" (distinct from
``None``), and the base class of the spec's enums."""

from __future__ import annotations

import enum
from typing import Final, Literal


class Unset(enum.Enum):
    """The type of :data:`UNSET`. An argument left at UNSET is not sent."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = Unset.UNSET


class WireEnum(str, enum.Enum):
    """An enum of the spec: each member is the str the API sends, and compares, prints and
    formats as that str (``f"{Status.COMPLETED}"`` is ``completed``), as the official SDK's
    plain strings do."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)
