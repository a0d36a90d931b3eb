"""The states listed after "with" for a side left unnamed are each its counterpart, never the sides of one act
together: with the side unknown, no act is told; a side named before the list keeps its acts with each."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements}


@pytest.mark.parametrize("text", [
    "It has signed similar nuclear cooperation deals with Ghana, Nigeria and Senegal.",
    "Memoranda have already been signed with Chile and Peru, and talks are under way with Mexico and Colombia.",
    "The federal cabinet on Tuesday approved three agreements on digital payments with Oman, Qatar and Bahrain.",
    "The ministry has digital partnerships with Canada, Japan, South Korea and Singapore.",
])
def test_counterparts_of_an_unnamed_side_make_no_act_together(text):
    assert not any(len(parties) >= 2 for parties in party_sets(text))


@pytest.mark.parametrize("text, parties", [
    ("Turkey has signed similar nuclear cooperation deals with Ghana and Nigeria.",
     {frozenset({"TUR", "GHA"}), frozenset({"TUR", "NGA"})}),
    ("Kenya and Uganda signed an agreement with Tanzania on power trade.",
     {frozenset({"KEN", "TZA"}), frozenset({"TZA", "UGA"})}),
    ("Together with Japan and India, the United States launched an initiative on chips.",
     {frozenset({"IND", "JPN", "USA"})}),
])
def test_a_side_named_before_the_list_keeps_its_acts(text, parties):
    assert party_sets(text) == parties
