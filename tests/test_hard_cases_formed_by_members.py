"""A bloc told as formed by a count of states named just before states their memberships
(membership_formed_by): "A, B and C ... . AUKUS, formed by the three countries in 2021, ...". A count that no list or
set of names before matches states nothing."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def members(text: str) -> set[tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(m.state, m.bloc) for m in facts.memberships}


@pytest.mark.parametrize("text, expected", [
    ("Britain, the United States and Australia issued a statement on Monday. AUKUS, formed by the three countries "
     "in 2021, is meant to deter aggression.", {("GBR", "AUKUS"), ("USA", "AUKUS"), ("AUS", "AUKUS")}),
    ("India, Japan, Australia and the United States met in Tokyo. The Quad, which was founded by the four "
     "democracies, agreed on a vaccine plan.", {("IND", "QUAD"), ("JPN", "QUAD"), ("AUS", "QUAD"), ("USA", "QUAD")}),
])
def test_formed_by_counted_states_named_before_are_members(text, expected):
    assert expected <= members(text)


@pytest.mark.parametrize("text", [
    "Kenya and Rwanda signed a deal. BRICS, created by the five countries in 2009, met in Kazan.",
    "Leaders of India and Japan met on Monday. The Quad, founded by the four nations in 2007, met again.",
    "Britain and France met. AUKUS, formed by the three leaders in 2021, was discussed.",
])
def test_formed_by_a_count_no_names_match_states_nothing(text):
    assert not members(text)
