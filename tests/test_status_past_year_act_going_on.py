"""An act concluded in a past year and told as going on since is in force, whatever stands between its verb and the
year ("signed a pact on data in 2019 and have since trained ...", "Since signing an agreement in 2021, the two have
...") or when told as what the ties rest on ("the 2019 agreement remains the basis of their cooperation"); an act
concluded in a past year with nothing going on, or beside one ahead, stays signed. Sentences written for these tests, a
sample of a generator over acts of past years."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a memorandum of understanding on data protection in 2019 and have since trained 500 engineers.",
    "Since signing an agreement on lithium research in 2021, Chile and Peru have doubled their trade in the sector.",
    "The 2019 agreement between Ghana and Togo on cybersecurity remains the basis of their cooperation.",
    "The 2018 treaty between Chile and Peru is the legal foundation for their space research.",
])
def test_a_past_year_act_going_on_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo signed a memorandum of understanding on data protection in 2019.", "signed"),
    ("Chile and Peru signed a pact on lithium in 2019 and will sign another next year.", "signed"),
    ("Ghana and Togo signed a memorandum on data protection on Monday.", "signed"),
])
def test_a_past_year_act_with_nothing_going_on_stays_signed(text, status):
    assert find_status(text) == status


def test_a_need_named_as_the_basis_tells_no_act_in_force():
    assert find_status("Trust remains the basis of their ties.") is None


@pytest.mark.parametrize("text", [
    "Cooperation between Kenya and Vietnam in space science has grown steadily since 2012.",
    "The partnership between Chile and Peru has expanded since 2015.",
    "Ghana and Togo's collaboration on fintech has deepened over the past five years.",
])
def test_cooperation_told_growing_over_a_stretch_up_to_now_is_in_force(text):
    assert find_status(text) == "in-force"


def test_trade_growing_since_a_year_makes_no_act():
    text = "Trade between Kenya and Vietnam has grown since 2012."
    assert acts_of(text) == []
