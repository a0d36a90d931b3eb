"""Talks or negotiations held over a stretch of time ("have held five rounds of talks on the agreement since 2021") are
an act still being made: planned, not an activity that has gone on (in force) like "have held joint exercises since
2019" (status._ACTIVITY). Sentences and passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


@pytest.mark.parametrize("text", [
    "The two sides have held five rounds of talks on the agreement since 2021.",
    "Ghana and Morocco have held talks on a digital payments agreement since 2021.",
    "Since 2015, the two sides have held annual negotiations on a fisheries pact.",
])
def test_talks_held_since_a_year_are_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "The two countries have held joint exercises since 2019.",
    "The two countries have held regular consultations on cyber security since 2019.",
])
def test_activities_held_since_a_year_still_go_on(text):
    assert find_status(text) == "in-force"


def test_after_a_planned_lead_years_of_talks_keep_the_act_planned():
    text = ("Ghana and Morocco agreed to sign an agreement on digital payments next month. The two sides have held five "
            "rounds of talks on the agreement since 2021.")
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    assert [a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"}] == ["planned"]
