"""A plan the parties "also" agree on, told after an instrument they made, naming them again: one more act
(planned) beside the instrument; the agreeing retold, the plan told as the instrument's content, and one side's
own pledge stay one act. Short passages written for the test in the shapes of news wording (never eval passages)."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of


def kinds(text: str) -> Counter:
    """How many acts of each (parties, status) the text tells."""
    return Counter(("+".join(sorted(a.parties)), a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, pair", [
    ("Chile and Japan signed a memorandum of understanding on lithium supply chains in Tokyo on Tuesday. "
     "Chile and Japan also pledged Tuesday to collaborate on battery recycling.", "CHL+JPN"),
    ("Ghana and Nigeria inked an agreement on cross-border payments. Nigeria and Ghana also agreed to work together "
     "on a regional digital identity scheme.", "GHA+NGA"),
    ("The Philippines and South Korea concluded a nuclear energy accord in Manila. South Korea and the Philippines "
     "have also committed to jointly train reactor engineers.", "KOR+PHL"),
    ("Egypt and India signed three memoranda on Wednesday, covering cybersecurity and broadcasting. India and Egypt "
     "also vowed on Wednesday to deepen cooperation in space research.", "EGY+IND"),
    ("Kazakhstan and Uzbekistan signed a treaty on allied relations. Uzbekistan and Kazakhstan also decided to "
     "launch a joint venture fund for industrial projects.", "KAZ+UZB"),
])
def test_a_plan_also_agreed_by_the_parties_named_again_is_one_more_act(text, pair):
    found = kinds(text)
    assert found[(pair, "signed")] == 1
    assert found[(pair, "planned")] == 1
    assert sum(found.values()) == 2


@pytest.mark.parametrize("text", [
    # the agreeing retold: the verb with an object, no plan
    "Ghana and Nigeria inked an agreement on cross-border payments. Nigeria and Ghana also agreed to the terms of "
    "the agreement after two years of talks.",
    # no "also": the plan told as the act's own content
    "The Philippines and South Korea concluded a nuclear energy accord in Manila. South Korea and the Philippines "
    "agreed in the accord to expand training for reactor engineers.",
    # one side alone
    "Egypt and India signed three memoranda on Wednesday. Egypt also pledged to open a trade office in Mumbai.",
])
def test_the_instrument_retold_or_one_side_pledging_is_no_further_act(text):
    found = kinds(text)
    assert sum(v for (pair, _), v in found.items() if "+" in pair) == 1
