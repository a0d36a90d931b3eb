"""An instrument told again by its counterpart ("The MoU with Tanzania, signed in October, ...", "The Italy MoU was
signed in March") after a lead told one side's instruments with several counterparts is the act with that
counterpart, not the act told last (partner_instruments.py). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of

_LEAD = ("Kenya's cabinet on Tuesday approved three memoranda of understanding on digital technology with Ghana, Peru "
         "and Vietnam. ")


def _statuses(text: str) -> dict[frozenset, str]:
    return {frozenset(act.parties): act.status for act in acts_of(text)}


@pytest.mark.parametrize("told, partner", [
    # by its counterpart after "with"
    ("The MoU with Vietnam, signed in October, deals with digital identity.", "VNM"),
    # by its counterpart as a modifier
    ("The Peru MoU was signed in March in Lima.", "PER"),
    # naming both sides: their act, not the one in focus
    ("The MoU with Peru was signed in March at the Kenya-Peru business forum.", "PER"),
])
def test_an_instrument_named_by_its_counterpart_is_that_act(told, partner):
    statuses = _statuses(_LEAD + "The MoU with Ghana concerns data centres. " + told)
    assert statuses[frozenset({"KEN", partner})] == "signed"
    assert statuses[frozenset({"KEN", "GHA"})] == "planned"


def test_a_counterpart_of_two_acts_of_the_kind_is_left_as_it_was():
    text = ("Kenya signed a memorandum on data with Ghana on Monday. Togo signed a memorandum on solar energy with "
            "Ghana on Tuesday. The memorandum with Ghana was hailed by officials.")
    assert len(acts_of(text)) == 2
