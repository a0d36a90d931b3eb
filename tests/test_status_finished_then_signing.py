"""A text finished ("initialled", "finalised"), then its signing told still ahead in the same sentence ("the formal
signing will take place in Tokyo", "the signing ceremony will be held next month"), is planned, as "it is to be signed
later" already was (extract/status_discourse.py, signing_ahead_after_finish). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Kenya and Japan initialled an ICT agreement on Monday; the formal signing will take place in Tokyo.",
    "Kenya and Japan finalised an ICT agreement on Monday, and the signing ceremony will be held in Tokyo next month.",
])
def test_a_finished_text_with_its_signing_ahead_is_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize("text", [
    "Kenya and Japan finalised an ICT agreement on Monday that will boost trade in digital services.",
    "Kenya and Japan signed an ICT agreement on Monday, and the ceremony will be broadcast tomorrow.",
    "Kenya and Japan finalised an ICT agreement and will sign a space memorandum next year.",
])
def test_a_finished_or_signed_text_with_no_signing_ahead_stays_signed(text):
    assert statuses(text) == ["signed"]
