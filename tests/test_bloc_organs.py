"""A meeting of a bloc's own organ makes no act of the host or of the states whose officials attend it; a standing body
named for its members stays their act."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements}


@pytest.mark.parametrize("text", [
    "Bahrain last week hosted the fourth GCC Ministerial Committee meeting on e-government, gathering officials from "
    "across the Gulf Cooperation Council (GCC) states.",
    "Uzbekistan's prime minister flew from Tashkent to Bishkek on Tuesday to attend the 22nd Meeting of the Council "
    "of Heads of Government of the Shanghai Cooperation Organization (SCO).",
    "Senegal hosted the 12th session of the ECOWAS Council of Ministers in Dakar on Friday.",
    "Egypt's delegation arrived in Addis Ababa for the 40th ordinary session of the Executive Council of the African "
    "Union.",
])
def test_a_meeting_of_a_blocs_organ_is_no_act_of_its_host_or_guests(text):
    assert party_sets(text) == set()


@pytest.mark.parametrize("text, parties", [
    ("The EU and India held the second meeting of the EU-India Trade and Technology Council in Brussels.", {"EU", "IND"}),
    ("Kazakhstan and Turkey held the 12th meeting of their intergovernmental commission in Ankara.", {"KAZ", "TUR"}),
    ("Japan and the Philippines held the third meeting of the joint committee on maritime cooperation.", {"JPN", "PHL"}),
])
def test_a_standing_body_of_named_sides_stays_their_act(text, parties):
    assert frozenset(parties) in party_sets(text)
