"""A state named as the rival an act is made to face is not a party to it: "to hedge against an increasingly
assertive Russia", "as both face China's growing naval presence", "a counterweight to Beijing's influence"."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements}


@pytest.mark.parametrize("text, parties", [
    ("Poland and Sweden signed a defence technology pact on Monday to hedge against an increasingly aggressive Russia.",
     {"POL", "SWE"}),
    ("Canada and Mexico agreed to boost semiconductor cooperation, as both face an unpredictable United States.",
     {"CAN", "MEX"}),
    ("Australia and Indonesia signed a maritime security accord as they both confront China's growing naval presence.",
     {"AUS", "IDN"}),
    ("India and Vietnam agreed on Friday to expand space cooperation, seeking a counterweight to Beijing's influence.",
     {"IND", "VNM"}),
    ("South Korea and the Philippines inked a defence deal amid Beijing's expansive claims in disputed waters.",
     {"KOR", "PHL"}),
    ("Japan and Australia signed a reciprocal access agreement that comes as Moscow's military build-up worries the region.",
     {"AUS", "JPN"}),
    ("Lithuania and Taiwan agreed to deepen chip cooperation to push back against a resurgent China.",
     {"LTU", "TWN"}),
    ("Vietnam and Japan signed a memorandum on coast guard cooperation in the East and South China Seas.", {"JPN", "VNM"}),
])
def test_the_rival_an_act_faces_is_not_a_party(text, parties):
    assert party_sets(text) == {frozenset(parties)}


@pytest.mark.parametrize("text, parties", [
    # the state acting, told with its influence elsewhere in the sentence
    ("France and India signed a space agreement on Tuesday, extending France's influence in the Indian Ocean.",
     {"FRA", "IND"}),
    # a state faced as the other side of the act itself
    ("Brazil signed a lithium agreement with China on Monday.", {"BRA", "CHN"}),
    # a word of the class before a state that is a side, not a rival
    ("Kenya and Ethiopia signed a memorandum on power trade, Ethiopia's growing exports of electricity in mind.",
     {"ETH", "KEN"}),
])
def test_a_state_acting_stays_a_party(text, parties):
    assert party_sets(text) == {frozenset(parties)}
