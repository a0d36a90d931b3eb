"""A deal between two named institutions (conservatories, institutes, academies) is theirs, not their states', and
does not tell the act in focus again; a state body on one side still acts for its state. Sentences written for the
test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text", [
    "A memorandum was signed between the Almaty National Conservatory and the Shanghai Conservatory of Music in China.",
    "Kazakhstan and China signed an agreement on rail transit. An MoU was also signed between the Kazakh National "
    "Academy of Arts and the Beijing Film Academy.",
])
def test_a_deal_between_two_institutions_makes_no_act_of_states(text):
    assert Counter(("+".join(sorted(a.parties)), a.kind) for a in acts_of(text)) == (
        Counter({("CHN+KAZ", "agreement"): 1}) if "rail" in text else Counter())


def test_a_state_body_on_one_side_still_acts_for_its_state():
    text = "An MoU was signed between the Vietnam Academy of Science and the Ministry of Technology of Laos."
    assert party_sets(text) == sets("LAO+VNM")
