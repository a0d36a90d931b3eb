"""A list after "between" names every state in it: items may be states named by an office ("the Ministry of Energy of
A, the Ministry of Energy of B and ..."), and the list may close with a side that is no state ("... and the World
Bank"), which drops out while the states stay."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text, parties", [
    ("A memorandum between Ghana, Togo, Benin and the African Development Bank on solar power was signed in Accra.",
     {"GHA", "TGO", "BEN"}),
    ("The energy corridor agreement between Georgia, Armenia, Azerbaijan and the European Investment Bank was signed.",
     {"GEO", "ARM", "AZE"}),
    ("An accord between Chile, Peru, Colombia and Siemens Energy on hydrogen was signed in Lima on Tuesday.",
     {"CHL", "PER", "COL"}),
    ("A memorandum between the Ministry of Digital Affairs of Poland, the Ministry of Economy of Lithuania and the "
     "Ministry of Transport of Latvia on 5G corridors was signed.", {"POL", "LTU", "LVA"}),
    ("A signing ceremony of a memorandum between the Ministry of Energy of Oman, the Ministry of Energy of Jordan, "
     "the Ministry of Energy of Egypt and the Islamic Development Bank was held in Muscat.", {"OMN", "JOR", "EGY"}),
])
def test_every_state_of_the_list_is_a_party(text, parties):
    assert frozenset(parties) in party_sets(text)


@pytest.mark.parametrize("text, parties", [
    ("A memorandum between Ghana, Togo and the African Development Bank was signed.", {"GHA", "TGO"}),
    ("A deal between Ghana and the African Development Bank, Togo said, was signed.", None),
])
def test_a_short_list_keeps_its_reading(text, parties):
    sets = party_sets(text)
    if parties is None:
        assert frozenset({"GHA", "TGO"}) not in sets
    else:
        assert frozenset(parties) in sets
