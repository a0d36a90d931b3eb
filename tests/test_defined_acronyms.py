"""An acronym the text defines for another name is that name, not the state the gazetteer spells that way: "the Kenya
Space Agency (KSA)" is no mention of Saudi Arabia (extract/gazetteer._defined_otherwise). The state's own definition
("the Kingdom of Saudi Arabia (KSA)"), a home in parentheses ("AANI (UAE)") and blocs keep their mentions. Sentences
written for the test."""

from __future__ import annotations

import pytest

from techpact.extract.gazetteer import gazetteer
from tests.extraction import party_sets, sets


def codes(text: str) -> set[str]:
    return {mention.code for mention in gazetteer().find_actors(text)}


def test_an_acronym_defined_for_an_agency_is_no_mention_of_the_state():
    text = ("The Kenya Space Agency (KSA) and the Italian Space Agency (ASI) run the Malindi centre. Under the deal,"
            " Kenya and Italy give the KSA access to satellite data.")
    assert "SAU" not in codes(text)
    assert party_sets(text) == sets("ITA+KEN")


@pytest.mark.parametrize("text, code", [
    ("The Kingdom of Saudi Arabia (KSA) and Kenya signed a memorandum on AI. The KSA will fund the centre.", "SAU"),
    ("India and the UAE linked their payment systems, UPI (India) and AANI (UAE), on Monday.", "ARE"),
    ("The Gulf Cooperation Council (GCC) and Kenya signed a memorandum on AI.", "GCC"),
])
def test_the_states_own_definition_a_home_in_parentheses_and_blocs_keep_their_mention(text, code):
    assert code in codes(text)
