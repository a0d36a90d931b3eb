"""One side's offer made inside its bloc is a proposal to the bloc: "Iran proposed a single payment system within
BRICS", "Russia considers it necessary to accelerate the digital economy within the EAEU", "India wants BRICS to set
up a research centre" (the guide: proposer and addressee are both parties). A bloc that is only the setting of an act
of others, one side's own stance inside it, or an analyst's view stay as they were. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import acts_of


def _acts(text: str) -> set[tuple[frozenset, str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text, parties", [
    ("Iran proposed the creation of a single payment system within BRICS.", {"IRN", "BRICS"}),
    ("Tehran has suggested a common digital currency within the framework of the SCO, state media reported.",
     {"IRN", "SCO"}),
    ("Brazil pushed for a joint grain exchange within BRICS at the summit in Kazan.", {"BRA", "BRICS"}),
    ("Kazakhstan considers it necessary to create a single digital trade platform within the Eurasian Economic Union, "
     "President Tokayev said.", {"KAZ", "EAEU"}),
    ("Russia believes it is important to set up a joint payment platform within the SCO.", {"RUS", "SCO"}),
    ("India wants BRICS to set up a joint research centre on artificial intelligence.", {"IND", "BRICS"}),
])
def test_an_offer_made_inside_a_bloc_is_a_proposal_to_it(text, parties):
    assert (frozenset(parties), "proposal", "proposed") in _acts(text)


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Ghana signed an agreement on trade within the AU.", {(frozenset({"GHA", "KEN"}), "agreement", "signed")}),
    ("Kenya will champion a common position within the African Union on digital taxes.", set()),
    ("The EU considers it important to develop its own chips industry.", set()),
    ("Kenya wants to join BRICS.", set()),
    ("Japan wants its companies to invest more in Vietnam.", set()),
])
def test_a_bloc_as_setting_or_ones_own_aim_is_no_offer(text, expected):
    assert _acts(text) == expected


@pytest.mark.parametrize("text, parties", [
    ("The deputy minister said Egypt wants Korea to help build nuclear plants in the country.", {"EGY", "KOR"}),
    ("Chile would like Japan to help to develop its satellites.", {"CHL", "JPN"}),
])
def test_wanting_another_state_to_help_build_is_a_proposal_to_it(text, parties):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(parties, "proposed")]
