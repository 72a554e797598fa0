"""Problems found in a spec, each located by file, line and JSON pointer.

Stages gather problems instead of raising at the first one, so a user sees
everything wrong with a spec in one run.
"""

from __future__ import annotations

from dataclasses import dataclass


def pointer_escape(token: str) -> str:
    """Escape one JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_join(*tokens: object) -> str:
    return "".join("/" + pointer_escape(str(token)) for token in tokens)


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    pointer: str
    message: str
    # The operation at `operation` uses a shape the generator does not support yet; a corpus
    # run may skip that one operation (and count it) instead of failing the whole spec.
    operation: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        pointer = self.pointer or "/"
        return f"{where}: {pointer}: {self.message}"


class SpecError(Exception):
    """Raised when a spec cannot be generated; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(self.lines))

    @property
    def lines(self) -> list[str]:
        """Each problem once, as ``file:line: /pointer: message``: one with several operations
        (kept apart in `problems`, so a corpus run can skip each) is printed once."""
        return list(dict.fromkeys(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[SpecError], tuple[list[Problem]]]:
        return SpecError, (self.problems,)  # so it crosses from a worker process intact

    @property
    def only_unsupported(self) -> bool:
        return all(p.operation for p in self.problems)
