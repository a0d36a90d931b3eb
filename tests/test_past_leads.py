"""A signing told in a clause led by a relative past time ("Earlier, a deal was signed ...", "Last year, ...", "Two
years ago, ...") after an offer or a plan of the same parties is an older act of its own, not the offer or plan
retold; without such a lead, or after an act already signed, nothing changes. Short passages written for the test in
the shapes of news wording (never eval passages)."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of


def statuses(text: str) -> Counter:
    """How many acts of each status the text tells."""
    return Counter(a.status for a in acts_of(text))


@pytest.mark.parametrize("text, offer", [
    ("In June, Kazakhstan proposed that China build a solar plant in Turkestan. Earlier, a deal was signed by the two "
     "energy ministers on renewable energy cooperation.", "proposed"),
    ("Ghana proposed to Nigeria to link their instant payment systems. Last year, an agreement on central bank "
     "cooperation was signed by the two governors.", "proposed"),
    ("Chile and Japan plan to sign a lithium accord in Tokyo next month. Two years ago, a memorandum on mining was "
     "signed by the two ministries.", "planned"),
])
def test_a_signing_led_by_a_past_time_after_an_offer_or_plan_is_an_older_act(text, offer):
    found = statuses(text)
    assert found[offer] == 1
    assert found["signed"] == 1


@pytest.mark.parametrize("text", [
    # no past lead: the offer taken up and signed is told as one act
    "Ghana proposed to Nigeria to link their instant payment systems. The agreement was signed by the two governors "
    "on Monday.",
    # the act in focus already signed: the lead changes nothing here
    "Chile and Japan signed a lithium accord in Tokyo. Last month, the accord was signed by the two ministers.",
])
def test_without_a_past_lead_after_an_offer_the_act_stays_one(text):
    assert len(acts_of(text)) == 1
