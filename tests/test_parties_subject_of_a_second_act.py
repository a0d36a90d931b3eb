"""A second act of a sentence's subject, told after "and" with its counterparts named after "with" ("Iran launched a
satellite and signed an agreement with France"), is the subject's act with them, even when the first verb made no act
(distributive_acts.subject_before). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Iran launched a satellite and signed an agreement with France.", [["FRA", "IRN"]]),
    ("On Monday, Kenya opened a data centre and signed a memorandum with India on digital identity.", [["IND", "KEN"]]),
    ("The government of Chile unveiled its lithium strategy and signed an accord with Japan on battery research.",
     [["CHL", "JPN"]]),
])
def test_the_subject_of_the_first_verb_is_a_party_of_the_second_act(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text", [
    "Analysts in Brazil and Peru praised the plan and signed a letter with Chile.",  # two named before: no one subject
    "Iran launched a satellite and its engineers met experts from France.",  # no act
])
def test_no_subject_is_borrowed_where_there_is_no_one_subject_or_no_act(text):
    assert parties(text) == []
