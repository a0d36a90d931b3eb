"""Plans a joint statement or declaration announces are acts of their own beside it: the statement issued (signed), the
plan (planned). The guide lists each act a passage reports. Sentences written for these tests; cooperation in general
("will work together") is the statement's gist, and the terms of an instrument signed (an MoU) stay the instrument's."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_ISSUED = "Ghana and Togo issued a joint statement after talks in Accra on Friday. "


def _kinds(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"GHA", "TGO"})


@pytest.mark.parametrize("second, plan", [
    ("In the statement, the two countries agreed to launch a joint initiative on artificial intelligence.", "initiative"),
    ("The statement says the two sides will set up a working group on cybersecurity.", "working-group"),
    ("The declaration commits both sides to establish a joint centre for data science.", "initiative"),
    ("Under the joint statement, the two countries will create a task force on digital payments.", "working-group"),
])
def test_a_plan_the_statement_announces_is_an_act_of_its_own(second, plan):
    found = _kinds(_ISSUED + second)
    assert found[("joint-statement", "signed")] == 1 and found[(plan, "planned")] == 1


@pytest.mark.parametrize("text", [
    _ISSUED + "In the statement, the two countries said they will work together on regional security.",
    _ISSUED + "The statement was published on the foreign ministry's website.",
    "Ghana and Togo signed a memorandum of understanding on power trade. Under the memorandum, the two countries will "
    "expand the West African power pool.",
])
def test_the_statements_gist_or_an_instruments_terms_are_no_act_of_their_own(text):
    assert sum(_kinds(text).values()) == 1
