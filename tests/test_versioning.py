"""The version a diff proposes (semver on the change classes) and the changelog entry's layout."""

from __future__ import annotations

import json

import pytest

from generator.diffing import Change, to_json, to_markdown
from generator.versioning import ADDITIONS, changelog, level, next_version, propose

BREAKING = Change("client.voice.v1.ip_records", "resource removed", True, "IpRecord", "voice")
ADDED = Change("client.voice.v1.widgets", "resource added", False, "Widget", "voice")
CHANGED = Change("client.voice.v1.ip_records.list", "description changed", False, "", "voice")

# (current version, changes, proposed version, reason)
PROPOSALS = [
    ("1.4.2", [BREAKING, ADDED, CHANGED], "2.0.0", "breaking changes"),
    ("1.4.2", [ADDED, CHANGED], "1.5.0", "additions"),
    ("1.4.2", [CHANGED], "1.4.3", "changes without additions"),
    ("1.4.2", [], "1.4.2", "no changes: no release needed"),
    ("1.0.0", [BREAKING], "2.0.0", "breaking changes"),
    ("2.0", [ADDED], "2.1.0", "additions"),
    ("1.0.0rc1", [CHANGED], "1.0.1", "changes without additions"),
    # Before 1.0.0 the minor version plays the major's part; 1.0.0 is never proposed.
    ("0.3.1", [BREAKING, ADDED], "0.4.0", "breaking changes"),
    ("0.3.1", [ADDED], "0.3.2", "additions"),
    ("0.3.1", [CHANGED], "0.3.2", "changes without additions"),
    ("0.3.1", [], "0.3.1", "no changes: no release needed"),
    ("0.0.0", [BREAKING], "0.1.0", "breaking changes"),
    ("0.9.9", [BREAKING], "0.10.0", "breaking changes"),
]


@pytest.mark.parametrize("current, changes, proposed, reason", PROPOSALS)
def test_the_proposed_version(
    current: str, changes: list[Change], proposed: str, reason: str
) -> None:
    proposal = propose(current, changes)
    assert (proposal.current, proposal.proposed, proposal.reason) == (current, proposed, reason)


def test_the_change_classes() -> None:
    for kind in sorted(ADDITIONS):
        assert level([Change("w", kind, False)]) == "minor", kind
    assert level([Change("w", "required parameter added", True)]) == "major"
    for kind in (
        "parameter max_length widened",
        "success status changed",
        "field nullability changed",
        "wire name changed",
        "field pattern narrowed",
    ):
        assert level([Change("w", kind, False)]) == "patch", kind
    assert level([]) == "none"
    with pytest.raises(ValueError):
        next_version("latest", "patch")


def test_the_version_in_markdown_and_json() -> None:
    proposal = propose("0.1.0", [BREAKING])
    assert proposal.line == "Proposed version: 0.1.0 -> 0.2.0 (breaking changes)"
    assert propose("0.1.0", []).line == "Proposed version: 0.1.0 (no changes: no release needed)"
    assert to_markdown([BREAKING], proposal).splitlines()[:4] == [
        "## API diff: 1 change, 1 breaking",
        "",
        "Proposed version: 0.1.0 -> 0.2.0 (breaking changes)",
        "",
    ]
    assert json.loads(to_json([BREAKING], proposal)) == {
        "breaking": 1,
        "changes": [
            {
                "where": "client.voice.v1.ip_records",
                "kind": "resource removed",
                "breaking": True,
                "detail": "IpRecord",
            }
        ],
        "version": {"current": "0.1.0", "proposed": "0.2.0", "reason": "breaking changes"},
    }
    assert to_markdown([], proposal) == ""


def test_the_changelog_entry_is_sorted_by_product_and_section() -> None:
    other = Change("client.api.v2010.calls", "resource added", False, "Call", "api")
    odd = Change("Widget.name", "field enum widened", False, "enum: [a] -> [a, `b`\nc]", "voice")
    entry = changelog(
        [CHANGED, odd, ADDED, other, BREAKING], propose("1.4.2", [BREAKING]), "2024-05-31"
    )
    assert (
        entry
        == "\n".join(
            [
                "## 2.0.0 (2024-05-31)",
                "",
                "### api",
                "",
                "#### Added",
                "",
                "- `client.api.v2010.calls`: resource added (Call)",
                "",
                "### voice",
                "",
                "#### Breaking",
                "",
                "- `client.voice.v1.ip_records`: resource removed (IpRecord)",
                "",
                "#### Added",
                "",
                "- `Widget.name`: field enum widened (enum: [a] -> [a, 'b' c])",
                "- `client.voice.v1.widgets`: resource added (Widget)",
                "",
                "#### Changed",
                "",
                "- `client.voice.v1.ip_records.list`: description changed",
            ]
        )
        + "\n"
    )
    assert changelog([], propose("1.4.2", [])) == ""
