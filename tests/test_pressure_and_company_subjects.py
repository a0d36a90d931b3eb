"""Who is no party (eval guide): a state whose pressure or objection an act answers ("under US pressure", "bowing to
pressure from Washington", "in defiance of Moscow") is a circumstance, not a side; a company as the subject stays a
company after a fronted adverbial ("Separately, US chipmaker Nvidia signed ... with Vietnam")."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text, parties", [
    ("Panama did not renew its memorandum with China on the Belt and Road Initiative under US pressure.", {"CHN", "PAN"}),
    ("Panama ended its memorandum with China on ports, bowing to US pressure.", {"CHN", "PAN"}),
    ("Under pressure from Washington, Panama ended its memorandum with China on the Belt and Road Initiative.",
     {"CHN", "PAN"}),
    ("Facing US pressure, Italy quit China's Belt and Road Initiative.", {"CHN", "ITA"}),
    ("Serbia signed a deal with China on surveillance cameras over the objections of Brussels and Washington.",
     {"CHN", "SRB"}),
    ("Georgia signed a port agreement with China in defiance of Washington.", {"CHN", "GEO"}),
])
def test_a_state_pressing_or_objecting_is_no_party(text, parties):
    assert party_sets(text) == {frozenset(parties)}


@pytest.mark.parametrize("text, parties", [
    ("Japan and India signed a memorandum on chips to relieve pressure on supply chains.", {"IND", "JPN"}),
    ("After talks in Tokyo, Japan and India signed a memorandum on semiconductors.", {"IND", "JPN"}),
])
def test_states_acting_together_stay_parties(text, parties):
    assert frozenset(parties) in party_sets(text)


@pytest.mark.parametrize("text", [
    "Separately, US chipmaker Nvidia signed an agreement with Vietnam on AI.",
    "On Monday, US chipmaker Intel signed a memorandum with India on chip packaging.",
    "In a separate deal, French firm Thales agreed with Egypt to build a satellite.",
    "Meanwhile, the Chinese company Huawei signed a deal with Kenya on 5G.",
])
def test_a_company_subject_after_a_fronted_adverbial_makes_no_act(text):
    assert not party_sets(text)


@pytest.mark.parametrize("text, parties", [
    ("Separately, Ghana and Kenya signed an agreement on 5G.", {"GHA", "KEN"}),
    ("In Accra, Ghana and Kenya signed an agreement on 5G, the ministry said.", {"GHA", "KEN"}),
])
def test_states_after_a_fronted_adverbial_still_act(text, parties):
    assert party_sets(text) == {frozenset(parties)}
