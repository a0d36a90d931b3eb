"""One side's approval to go on towards an act ("The Cabinet approved, in principle, to negotiate the draft MoU",
"approved to start negotiations on a draft MoU") leaves the act planned: its making is ahead, not done."""

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, pair", [
    ("The Cabinet approved, in principle, to negotiate the draft Memorandum of Understanding on defence cooperation "
     "between the Government of Ghana and the Government of Malaysia.", {"GHA", "MYS"}),
    ("The Cabinet approved, in principle, to start negotiations on a draft MoU between the Ministry of Defence of "
     "Chile and the Ministry of Defence of Peru.", {"CHL", "PER"}),
])
def test_an_approval_to_negotiate_an_act_leaves_it_planned(text, pair):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(pair, "planned")]
