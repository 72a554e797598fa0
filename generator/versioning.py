"""The next SDK version an API diff calls for, and the changelog entry that goes with it.

Semantic versioning on the diff of :mod:`generator.diffing`:

- from 1.0.0 on: a breaking change raises the major version (1.4.2 -> 2.0.0), an addition
  (a resource, operation, optional parameter or field added, an enum that accepts more values)
  the minor version (1.4.2 -> 1.5.0), any other change the patch version (1.4.2 -> 1.4.3);
- before 1.0.0 the minor version plays the major's part, as is usual for 0.y.z: a breaking
  change gives 0.(y+1).0 (0.3.1 -> 0.4.0), anything else 0.y.(z+1) (0.3.1 -> 0.3.2). Going to
  1.0.0 is a person's decision (the config's ``version``), never the diff's.

No change at all proposes the same version: no release is needed. A pre-release, post-release,
dev or local part of the current version is dropped before it is raised.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from packaging.version import InvalidVersion, Version

from .diffing import Change

# Non-breaking changes that give the SDK something new to use.
ADDITIONS = frozenset(
    {
        "resource added",
        "operation added",
        "optional parameter added",
        "field added",
        "parameter enum widened",
        "field enum widened",
    }
)
REASONS = {
    "major": "breaking changes",
    "minor": "additions",
    "patch": "changes without additions",
    "none": "no changes: no release needed",
}


def level(changes: Iterable[Change]) -> str:
    """What the changes call for: "major", "minor", "patch" or "none"."""
    changes = list(changes)
    if any(change.breaking for change in changes):
        return "major"
    if any(change.kind in ADDITIONS for change in changes):
        return "minor"
    return "patch" if changes else "none"


def next_version(current: str, bump: str) -> str:
    """`current` raised for a change of level `bump` (see the module's rules)."""
    if bump == "none":
        return current
    try:
        version = Version(current)
    except InvalidVersion:
        raise ValueError(f"{current!r} is not a version") from None
    major, minor, patch = (*version.release, 0, 0)[:3]
    epoch = f"{version.epoch}!" if version.epoch else ""
    if major == 0:
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        major, minor, patch = major + 1, 0, 0
    elif bump == "minor":
        minor, patch = minor + 1, 0
    else:
        patch += 1
    return f"{epoch}{major}.{minor}.{patch}"


@dataclass(frozen=True)
class Proposal:
    current: str
    proposed: str
    reason: str

    @property
    def line(self) -> str:
        if self.proposed == self.current:
            return f"Proposed version: {self.current} ({self.reason})"
        return f"Proposed version: {self.current} -> {self.proposed} ({self.reason})"

    def as_dict(self) -> dict[str, str]:
        return {"current": self.current, "proposed": self.proposed, "reason": self.reason}


def propose(current: str, changes: list[Change]) -> Proposal:
    bump = level(changes)
    return Proposal(current, next_version(current, bump), REASONS[bump])


SECTIONS = (
    ("Breaking", lambda c: c.breaking),
    ("Added", lambda c: not c.breaking and c.kind in ADDITIONS),
    ("Changed", lambda c: not c.breaking and c.kind not in ADDITIONS),
)


def changelog(changes: list[Change], proposal: Proposal, date: str | None = None) -> str:
    """A Markdown changelog entry: the proposed version, then for each product (the API's domain,
    such as ``voice``) its breaking changes, additions and other changes, each sorted. Empty when
    nothing changed."""
    if not changes:
        return ""
    lines = [f"## {proposal.proposed}" + (f" ({date})" if date else "")]
    by_product: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_product[change.domain].append(change)
    for product in sorted(by_product):
        lines += ["", f"### {product or 'other'}"]
        for title, belongs in SECTIONS:
            entries = sorted((c.where, c.kind, c.detail) for c in by_product[product] if belongs(c))
            if entries:
                lines += ["", f"#### {title}", ""]
                lines += [
                    f"- `{_plain(where)}`: {kind}" + (f" ({_plain(detail)})" if detail else "")
                    for where, kind, detail in entries
                ]
    return "\n".join(lines) + "\n"


def _plain(text: str) -> str:
    """One line, with no backtick to end a code span early."""
    return " ".join(text.split()).replace("`", "'")
