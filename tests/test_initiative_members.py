"""A state told as a member, partner or participant of an arrangement now takes part in it: an initiative in force,
with the owner named in the possessive ("China's ... Initiative") as a party. Not a bloc (a membership, no act), not
the past, not a trade statistic, not an appositive beside another act."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.extract.initiative_members import member_of_initiative
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


@pytest.mark.parametrize("text, parties", [
    ("Egypt is a key Middle Eastern partner in China's Belt and Road Initiative.", {"CHN", "EGY"}),
    ("Kenya is a partner in Ghana's digital ID programme.", {"GHA", "KEN"}),
    ("Chile and Peru are members of the Pacific data platform.", {"CHL", "PER"}),
    ("Kenya has been a member of Ghana's digital ID initiative since 2017.", {"GHA", "KEN"}),
])
def test_a_member_or_partner_of_an_arrangement_takes_part_in_it_now(text, parties):
    assert acts(text)[(frozenset(parties), "initiative", "in-force")] == 1


@pytest.mark.parametrize("text", [
    "Iran is a member of the SCO.",  # a bloc: a membership, no act
    "Egypt was a partner in China's satellite project until 2019.",  # the past
    "Egypt is the largest trading partner in Africa for China.",  # a trade statistic
])
def test_no_standing_initiative_from_look_alikes(text):
    assert not any(status == "in-force" and kind == "initiative" for _, kind, status in acts(text))


def test_an_appositive_membership_leaves_the_other_act_signed():
    found = acts("Egypt, a partner in China's Belt and Road Initiative, signed a deal on satellites with Japan.")
    assert [(parties, status) for parties, _, status in found] == [(frozenset({"EGY", "JPN"}), "signed")]


@pytest.mark.parametrize("text, found", [
    ("Kenya remains a participant in the programme.", True),
    ("Kenya and Ghana are founding members of the data network.", True),
    ("Kenya was a member of the network.", False),
    ("Kenya is a partner of Ghana.", False),
])
def test_member_of_initiative_needs_the_present_and_an_arrangement(text, found):
    assert (member_of_initiative(text) is not None) is found
