"""`patterns`: strings drawn from a pattern, and whether a new pattern refuses any of them."""

from __future__ import annotations

import re

import pytest

from generator.patterns import narrows, probes, samples


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
        # a character a class no longer takes, a lower upper bound: each refuses a probe
        ("^[A-Za-z0-9_-]+$", "^[A-Za-z0-9]+$", True),
        ("^[A-Z_]{1,64}$", "^[A-Z_]{1,8}$", True),
        ("^[a-zA-Z]{2,3}$", "^[a-z]{2,3}$", True),
        ("^(foo|bar)-\\d+$", "^foo-\\d+$", True),
        ("^[A-Z_]{1,8}$", "^[A-Z_]{1,64}$", False),
        (None, "^[a-z]+$", True),
        ("^[a-z]+$", None, False),
    ],
)
def test_a_new_pattern_narrows_when_it_refuses_an_old_sample(
    old: str | None, new: str | None, narrower: bool
) -> None:
    assert narrows(old, new) is narrower


def test_a_spec_example_the_old_pattern_took_counts_too() -> None:
    # Probes come from an ASCII alphabet; the example shows the old pattern took more.
    assert not narrows("^.+$", "^[ -~]+$")
    assert narrows("^.+$", "^[ -~]+$", examples=["café"])
    assert not narrows("^[a-z]{2,3}$", "^[a-z]{2,4}$", examples=["ab", 5, "REFUSED BY OLD"])


@pytest.mark.parametrize("pattern", ["^AC[0-9a-fA-F]{32}$", "^(foo|bar)-\\d{2,4}$", "^[^/]+$"])
def test_every_probe_matches_its_pattern(pattern: str) -> None:
    drawn = probes(pattern)
    assert len(drawn) > 3 and all(re.search(pattern, text) for text in drawn)
