"""Blocs named as forums of talks are settings (forums): they neither end the act in focus nor become the pair that
"the two countries" stands for. A heading line naming a bloc's members, then a line listing states, states their
memberships (membership_headed_lists); other headings and lists state none."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def facts_of(text: str):
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                  media_type="text/plain"))


def test_forums_a_second_instrument_after_a_forum_aside_keeps_its_parties():
    text = ("The ministers of Chile and Peru signed two memoranda of understanding. The first covers lithium, helping to "
            "inform talks in international forums such as the G20 and APEC. The second MOU sets out a new agreement "
            "on AI compute.")
    acts = [frozenset(a.parties) for a in facts_of(text).agreements]
    assert acts.count(frozenset({"CHL", "PER"})) == 2
    assert frozenset({"G20", "APEC"}) not in acts


def test_forums_blocs_that_act_are_no_forums():
    text = "The G20 and APEC launched a joint initiative on digital payments."
    assert frozenset({"G20", "APEC"}) in [frozenset(a.parties) for a in facts_of(text).agreements]


@pytest.mark.parametrize("text, bloc, states", [
    ("Participants:\n\n[G7 countries and regions]\nCanada, France, Germany, Italy, Japan (Chair), United Kingdom, "
     "United States, and EU\n", "G7", {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"}),
    ("SCO member states:\nChina, Russia, India, Pakistan and Iran\n", "SCO", {"CHN", "RUS", "IND", "PAK", "IRN"}),
])
def test_membership_headed_lists_a_heading_of_members_then_a_list(text, bloc, states):
    assert {(m.state, m.bloc) for m in facts_of(text).memberships} == {(s, bloc) for s in states}


@pytest.mark.parametrize("text", [
    "[G7 invited countries]\nBrazil, South Korea, Ukraine, India\n",
    "Invited countries:\nBrazil, South Korea, Ukraine, the UAE\n",
    "The G7 met in Rome.\nBrazil, India and Kenya were guests of the summit.\n",
    "[G7 countries]\nTalks with Brazil, India and Kenya went on for hours.\n",
])
def test_membership_headed_lists_other_headings_and_lines_state_none(text):
    assert not facts_of(text).memberships
