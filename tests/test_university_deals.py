"""A deal between universities is no interstate act (eval guide), whatever its wording, and a city or state in either
university's name ("Moscow State University", "the University of Tehran") makes no party; a state's act beside a
university stays."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text", [
    "Moscow State University and Tehran University agreed to exchange students in quantum physics.",
    "Moscow State University and the University of Tehran signed an MoU on quantum physics.",
    "Beijing Jiaotong University and the University of Nairobi will cooperate on railway robotics.",
    "Cairo University signed a memorandum with Kazan Federal University on artificial intelligence.",
    "Delhi Technological University and the University of Dhaka agreed to set up a joint AI laboratory.",
])
def test_a_deal_of_universities_names_no_state(text):
    assert not party_sets(text)


@pytest.mark.parametrize("text, parties", [
    ("Egypt and Russia signed an agreement on nuclear energy, and Cairo University will train engineers.",
     {"EGY", "RUS"}),
    ("Kenya and China agreed to cooperate on AI, with Nairobi University and Tsinghua University hosting a lab.",
     {"CHN", "KEN"}),
])
def test_a_states_act_beside_universities_stays(text, parties):
    assert frozenset(parties) in party_sets(text)
