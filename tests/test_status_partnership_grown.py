"""A partnership the sides set out to grow, named with "the", "their" or "our", is one they have: in force, whatever
the purpose or pledge around it tells (partnership_growth). One still to be built, raised to a new level, or only the
aim of another instrument keeps the status read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("The talks in Lima were intended to develop the Chile-Peru partnership on lithium.", ["CHL", "PER"]),
    ("Ghana and Togo pledged to further deepen their strategic partnership in digital trade.", ["GHA", "TGO"]),
    ("Officials of Kenya and India met in Nairobi. The meeting aimed to explore ways of bolstering the comprehensive "
     "partnership between the two countries in fintech.", ["IND", "KEN"]),
])
def test_a_partnership_being_grown_is_in_force(text, parties):
    assert (parties, "partnership", "in-force") in acts(text)


@pytest.mark.parametrize("text, kind, status", [
    ("Ghana and Togo agreed to build a new partnership on solar energy.", "partnership", "planned"),
    ("Ghana and Togo agreed to elevate their ties to a strategic partnership.", "partnership", "signed"),
    ("Ghana and Togo signed a memorandum to strengthen their partnership in solar energy.", "mou", "signed"),
])
def test_a_partnership_to_make_raise_or_serve_keeps_its_status(text, kind, status):
    assert acts(text)[0] == (["GHA", "TGO"], kind, status)
