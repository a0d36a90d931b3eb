"""An instrument told again by its counterpart ("The MoU with Tanzania, signed in October, ...", "The Italy MoU was
signed in March") after a lead told one side's instruments with several counterparts is the act with that
counterpart, not the act told last (partner_instruments.py). Sentences written for the test."""

from __future__ import annotations

from tests.extraction import acts_of

_LEAD = ("Kenya's cabinet on Tuesday approved three memoranda of understanding on digital technology with Ghana, Peru "
         "and Vietnam. ")


def _statuses(text: str) -> dict[frozenset, str]:
    return {frozenset(act.parties): act.status for act in acts_of(text)}


def test_an_instrument_named_by_its_counterpart_is_that_act():
    text = _LEAD + ("The MoU with Ghana concerns data centres. The MoU with Vietnam, signed in October, deals with "
                    "digital identity.")
    statuses = _statuses(text)
    assert statuses[frozenset({"KEN", "VNM"})] == "signed"
    assert statuses[frozenset({"KEN", "GHA"})] == "planned"


def test_an_instrument_named_by_a_counterpart_adjective_is_that_act():
    text = _LEAD + "The MoU with Ghana concerns data centres. The Peru MoU was signed in March in Lima."
    statuses = _statuses(text)
    assert statuses[frozenset({"KEN", "PER"})] == "signed"
    assert statuses[frozenset({"KEN", "GHA"})] == "planned"


def test_an_instrument_naming_both_sides_goes_to_their_act_not_the_one_in_focus():
    text = _LEAD + ("The MoU with Ghana concerns data centres. The MoU with Peru was signed in March at the Kenya-Peru "
                    "business forum.")
    statuses = _statuses(text)
    assert statuses[frozenset({"KEN", "PER"})] == "signed"
    assert statuses[frozenset({"KEN", "GHA"})] == "planned"


def test_a_counterpart_of_two_acts_of_the_kind_is_left_as_it_was():
    text = ("Kenya signed a memorandum on data with Ghana on Monday. Togo signed a memorandum on solar energy with "
            "Ghana on Tuesday. The memorandum with Ghana was hailed by officials.")
    assert len(acts_of(text)) == 2
