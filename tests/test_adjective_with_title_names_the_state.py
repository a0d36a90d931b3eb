"""A state's adjective before a head of state's title ("the Saudi Crown Prince", "Jordanian King Abdullah", "the Omani
Sultan", "German Chancellor") or a minister called secretary ("Philippine ICT Secretary", "the British Foreign
Secretary", "Kenyan Cabinet Secretary") names the state acting; a title used of a company ("the Chinese EV king BYD")
or a university post does not. Sentences written for these tests (a sample of a variation generator over the sides'
naming)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("Saudi Crown Prince Mohammed bin Salman and Kenyan President William Ruto signed an MoU on artificial intelligence.",
     ["KEN+SAU"]),
    ("Jordanian King Abdullah and Kenyan President William Ruto signed an agreement on digital skills.", ["JOR+KEN"]),
    ("Omani Sultan Haitham bin Tariq and the Indian prime minister inked a memorandum on space.", ["IND+OMN"]),
    ("Philippine ICT Secretary Ivan Uy and his Vietnamese counterpart signed a roadmap on cybersecurity.", ["PHL+VNM"]),
    ("The British Foreign Secretary and his Kenyan counterpart signed a pact on critical minerals.", ["GBR+KEN"]),
    ("The Saudi monarch and the Egyptian president sealed a deal on data centres.", ["EGY+SAU"]),
    ("Spanish King Felipe and the Moroccan government signed an accord on renewable energy.", ["ESP+MAR"]),
])
def test_an_adjective_before_a_head_of_state_or_secretary_names_the_state(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text", [
    "Chinese EV king BYD and Kenya signed a deal on batteries.",
    "The Kenyan university vice-chancellor and an Ethiopian university signed an MoU on research.",
    "Saudi media and Kenyan bloggers discussed the new king's visit.",
])
def test_a_title_of_a_company_or_university_names_no_state(text):
    assert not [s for s in party_sets(text) if len(s) >= 2]
