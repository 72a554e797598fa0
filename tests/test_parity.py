"""`make parity`'s comparison, on the Voice fixture spec and on values made to differ."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tools.parity.__main__ import compare_all
from tools.parity.calls import Outcome, Sent
from tools.parity.compare import differences, same
from twilio_sdk import Client

from .helpers import SPEC


def test_every_official_voice_call_matches_ours_exactly() -> None:
    results = compare_all([SPEC], Client, known=[])
    assert results.calls["voice"] == results.operations["voice"] == 32
    assert results.exact["voice"] == 32, dict(results.differing)
    assert not [gap for gap in results.gaps if ".v1." in gap]  # the aliases come with issue 16


def test_values_of_another_kind_are_not_the_same() -> None:
    assert same(Decimal("0.1"), Decimal("0.1"))
    assert not same(Decimal("0.5"), 0.5)  # equal as numbers, yet a float is not a Decimal
    assert not same(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc), "2020-01-01T00:00:00Z")
    assert not same(True, 1)
    assert not same({"a": [1, 2]}, {"a": [1, "2"]})


def test_a_different_request_or_value_is_reported() -> None:
    def sent(query: tuple[tuple[str, str], ...]) -> Sent:
        return Sent("GET", "https://voice.twilio.com/v1/X", query, (), None, "Basic x")

    class Read:
        def __init__(self, price: object) -> None:
            self.price = price

    theirs = Outcome([sent((("PageSize", "5"),))], Read(Decimal("1.5")))
    ours = Outcome([sent((("PageSize", "50"),))], Read(1.5))
    found = differences(theirs, ours, frozenset())
    assert [text.split(":")[0] for text in found] == ["request query", "read-back field price"]
