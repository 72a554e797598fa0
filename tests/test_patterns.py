"""`patterns`: strings drawn from a pattern, and whether a new pattern refuses any of them."""

from __future__ import annotations

import re

import pytest

from generator.patterns import narrows, samples


@pytest.mark.parametrize(
    "pattern",
    ["^AC[0-9a-fA-F]{32}$", "^aia_asst_*$", "^(foo|bar)-\\d{2,4}$", "^[^/]+$", "^.*$", "x?y+"],
)
def test_every_sample_matches_its_pattern(pattern: str) -> None:
    drawn = samples(pattern)
    assert drawn and all(re.search(pattern, text) for text in drawn)


@pytest.mark.parametrize(
    ("old", "new", "narrower"),
    [
        ("^aia_asst_*$", "^aia_asst_.+$", False),  # Twilio's 2.3.1 fix: real ids still pass
        ("^AC[0-9a-f]{32}$", "^AC[0-9a-fA-F]{32}$", False),
        ("^AC[0-9a-fA-F]{32}$", "^AC[0-9a-f]{32}$", True),
        ("^[a-z]+$", "^[a-z]{3}$", True),
        (None, "^[a-z]+$", True),
        ("^[a-z]+$", None, False),
    ],
)
def test_a_new_pattern_narrows_when_it_refuses_an_old_sample(
    old: str | None, new: str | None, narrower: bool
) -> None:
    assert narrows(old, new) is narrower


def test_a_spec_example_the_old_pattern_took_counts_too() -> None:
    # Drawn samples are lower case; the example shows the old pattern took upper case too.
    assert not narrows("^[a-zA-Z]{2,3}$", "^[a-z]{2,3}$")
    assert narrows("^[a-zA-Z]{2,3}$", "^[a-z]{2,3}$", examples=["AB"])
    assert not narrows(
        "^[a-z]+$", "^[a-z]{2,3}$", examples=["ab", 5, "this one is refused by old 1"]
    )
