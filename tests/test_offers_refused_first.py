"""An offer whose refusal the passage tells first is the one refused (extract/offers_refused.py): rejected, not
proposed. An offer told as new, a refusal naming another actor, or one told by the proposer keep the offer proposed.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def statuses(text: str, parties: set[str]) -> list[str]:
    return [act.status for act in acts_of(text) if set(act.parties) == parties and act.kind == "proposal"]


@pytest.mark.parametrize("text, parties", [
    ("Togo has rejected the proposal, calling it below its expectations. Ghana and Benin had offered Togo a share of "
     "their solar grid on Friday.", {"BEN", "GHA", "TGO"}),
    ("Peru turned down the offer on Monday. Chile had proposed to Peru a joint lithium company last week.",
     {"CHL", "PER"}),
])
def test_an_offer_refused_before_it_is_told_is_rejected(text, parties):
    assert statuses(text, parties) == ["rejected"]


@pytest.mark.parametrize("text, parties", [
    # another offer, made after the refusal
    ("Peru rejected the offer on Monday. On Tuesday, Chile then proposed a new plan to Peru on lithium.", {"CHL", "PER"}),
    # the refusal names another actor: another offer refused
    ("Peru rejected a US offer on Monday. Chile proposed to Peru a joint lithium company on Tuesday.", {"CHL", "PER"}),
    # told by the proposer itself
    ("Chile rejected the plan on Monday. Chile had proposed to Peru a joint lithium company last week.", {"CHL", "PER"}),
])
def test_another_offer_or_the_proposers_own_refusal_keeps_it_proposed(text, parties):
    assert statuses(text, parties) == ["proposed"]
