"""Talks concluded are no act concluded: "the two sides concluded a round of talks", "concluded their consultations"
(extract/status.py, the "concluded" cue), as "concluded his visit" already was not. An instrument concluded stays
signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Kenya and Japan will sign a memorandum on ICT next month, officials said on Monday after the two sides concluded a round of talks.",
    "Kenya and Japan will sign a memorandum on ICT in May. The two sides concluded their consultations in Nairobi on Friday.",
])
def test_talks_concluded_leave_the_act_ahead(text):
    assert statuses(text) == ["planned"]


def test_an_instrument_concluded_is_signed():
    assert statuses("Kenya and Japan concluded an ICT agreement on Monday.") == ["signed"]
