"""In a headline, "A, B exchange MoUs" is the verb of the act (exchanging signed instruments), not a state's stock
exchange; "the Kenya exchange" and "Kenya exchange rates" stay things. Sentences written for these tests (a sample of a
variation generator over verb x instrument in headlines)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya, Ethiopia exchange MoUs on cooperation in artificial intelligence", ["ETH+KEN"]),
    ("Indonesia, Vietnam exchange agreements on digital transformation", ["IDN+VNM"]),
    ("Brazil and Russia exchange memorandums of understanding on satellite navigation", ["BRA+RUS"]),
    ("Egypt, UAE exchange signed documents on data centres", ["ARE+EGY"]),
])
def test_exchange_before_instruments_is_the_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text", [
    "The Kenya exchange and Ethiopia signed an MoU on fintech.",
    "The Moscow exchange and China signed an MoU on clearing.",
])
def test_a_states_exchange_is_no_party(text):
    assert not [s for s in party_sets(text) if len(s) >= 2]
