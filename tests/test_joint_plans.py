"""A joint undertaking the sides agree to carry out ("had agreed to jointly launch a satellite"), told beside an
instrument already made, is a planned initiative of its own. Sentences written for the test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, made", [
    ("Egypt's space agency and Kenya's space agency signed a framework on earth observation. Officials also said the "
     "two sides had agreed to jointly launch a weather satellite.", ("EGY+KEN", "agreement", "signed")),
    ("Brazil and Chile signed a memorandum on astronomy in Santiago. The two countries plan to build a radio telescope "
     "together in the Atacama desert.", ("BRA+CHL", "mou", "signed")),
])
def test_a_joint_plan_beside_a_made_instrument_is_a_planned_initiative(text, made):
    found = kinds(text)
    assert found[made] == 1
    assert found[(made[0], "initiative", "planned")] == 1


@pytest.mark.parametrize("text", [
    # the instrument's terms carried out together
    "Brazil and Chile signed a memorandum on astronomy. The two sides agreed to implement the memorandum together.",
    # one side's own plan
    "Brazil and Chile signed a memorandum on astronomy. Brazil will launch a satellite next year.",
    # cooperation in general, no joint making
    "Brazil and Chile signed a memorandum on astronomy. They agreed to cooperate closely in space science.",
])
def test_terms_or_one_sides_plan_add_no_initiative(text):
    assert not any(kind == "initiative" for (_, kind, _) in kinds(text))
