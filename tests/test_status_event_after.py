"""An event told after "after" or "following", when the act's instrument is named before it, came before the act's
making: "will sign a pact on Friday after launching a track on trade" leaves the pact planned (extract/trailing_clauses.py,
event_after; status_discourse.clause_status). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "India and the United States will sign a pact on semiconductors on Friday after launching a track on strategic trade.",
    "Peru and Chile will sign a lithium agreement next week after launching a joint dialogue on mining in May.",
    "Kenya and Rwanda are to sign an ICT memorandum after their ministers launched a digital forum last year.",
])
def test_the_instrument_before_an_earlier_event_stays_ahead(text):
    assert statuses(text) == ["planned"]


def test_an_event_that_retells_the_instrument_is_its_own():
    assert statuses("Brazil and Chile will implement the space agreement after signing it in May.") == ["in-force"]


def test_an_instrument_named_only_in_the_event_takes_its_signing():
    assert statuses("Brazil and Chile will begin work on the satellite after signing a space agreement on Monday.") == ["signed"]


def test_a_signing_told_before_after_stays_signed():
    assert statuses("Brazil and Chile signed a space agreement on Monday after launching a joint dialogue in May.") == ["signed"]
