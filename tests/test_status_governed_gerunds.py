"""A gerund of concluding governed by a word of intent or talk ("committed to launching", "talked about signing")
tells an act ahead, not one made (extract/status_gerunds.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Both sides voiced a shared commitment to deepening research ties, launching joint projects and training engineers.",
    "The parties agreed to focus their efforts on launching joint ventures in fintech.",
    "The two sides agreed to work on launching a joint observation satellite.",
    "Ghana and Togo talked about signing a new agreement on mobile money.",
    "The ministers agreed on setting up a joint fund for chip research.",
    "Chile and Peru pledged to work towards establishing a lithium council.",
    "Officials from Hanoi and Vientiane are exploring ways of creating a shared data centre.",
    "The two governments are moving towards launching a joint data exchange.",
    "The delegations discussed ways of forming a joint working group on AI.",
    # the perfect's auxiliary before the word of intent
    "Kenya, Uganda and Rwanda have agreed on establishing a common satellite data space.",
    "Ghana and Togo have now agreed on setting up a joint fund for chip research.",
])
def test_a_governed_gerund_of_concluding_is_an_act_ahead(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "The presidents met in Cairo, signing five agreements on energy and data.",
    "The two sides held a ceremony of signing documents on cooperation.",
    "Voicing pride on signing the memorandum, the minister called it historic.",
    "They signed an MoU on setting up a joint expert group.",
    "After signing the accord, the two leaders discussed plans for launching a joint fund.",
    "Ghana and Togo signed a memorandum and agreed to work towards establishing a joint fund.",
    "Kenya is committed to launching a satellite with Rwanda, and the two signed a memorandum on Monday.",
    "They agreed a deal on setting up a joint fund.",
    "They have agreed a deal on setting up a joint fund.",
])
def test_a_gerund_of_the_occasion_or_beside_a_signing_leaves_it_signed(text):
    assert find_status(text) == "signed"


def test_a_governed_gerund_gives_no_signed_act_in_a_passage():
    text = ("ACCRA, May 4 -- Ghana and Togo held talks on digital cooperation on Monday. "
            "The two countries agreed to focus their efforts on launching a joint fintech sandbox, the ministry said.")
    assert "signed" not in {a.status for a in acts_of(text)}


# An instrument named only as the object of a making still to be done, with no cue of status of its own: planned, not
# the signed an agreement's kind would give by default.
@pytest.mark.parametrize("text, parties", [
    ("Ghana and Togo need to develop an agreement on mobile money that works for both.", {"GHA", "TGO"}),
    ("Kenya and Oman stressed the importance of concluding a treaty on fisheries data.", {"KEN", "OMN"}),
    ("The envoy said Chile and Peru should invest time to draft a new pact on lithium refining.", {"CHL", "PER"}),
    # under a modal
    ("Ghana and Togo agreed that they should finalize a pact on fishing data at the earliest.", {"GHA", "TGO"}),
    ("Kenya and Oman agreed that the two countries must both finalise an accord on solar grids.", {"KEN", "OMN"}),
])
def test_an_instrument_only_to_be_made_is_planned(text, parties):
    found = [act.status for act in acts_of(text) if set(act.parties) == parties]
    assert found and set(found) == {"planned"}
