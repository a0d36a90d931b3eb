"""A proposal that the sides do something, told with its "that" left out ("will propose the two sides sign an
agreement"), is still an offer: proposed, not the signing it proposes (extract/cues.py PROPOSAL_BARE). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, parties", [
    ("Iran will propose the two sides sign a memorandum on cybersecurity with Armenia.", {"ARM", "IRN"}),
    ("At the talks, Chile proposed both countries conclude an agreement on lithium processing with Peru.", {"CHL", "PER"}),
    ("Ghana suggested the two nations jointly build a solar plant with Togo.", {"GHA", "TGO"}),
    ("Mongolia recommended the two governments set up a joint data centre with Kazakhstan.", {"KAZ", "MNG"}),
])
def test_a_proposal_that_the_sides_act_told_without_that_is_proposed(text, parties):
    assert {a.status for a in acts_of(text) if set(a.parties) == parties} == {"proposed"}


@pytest.mark.parametrize("text", [
    "Iran and Armenia signed a memorandum on cybersecurity, and both sides set up a joint committee.",
    "Chile and Peru concluded an agreement on lithium processing after the two countries proposed changes to the draft.",
])
def test_sides_acting_with_no_proposal_of_it_keep_their_status(text):
    assert {a.status for a in acts_of(text)} == {"signed"}
