"""An act signed in a past year and then told as the subject of a perfect from that event on ("Since then, the agreement
has allowed ...", "The pact has since funded ...", "It has since helped ...") is running: in force. Praise or criticism
since, or what it has not done, tells no such thing (status_shapes._SINCE_THEN, status_terms.act_step). Sentences and
passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document

_SIGNED_2015 = "Ghana and Morocco signed an agreement on digital payments in 2015. "


def statuses(text: str) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"})


@pytest.mark.parametrize("text", [
    "Since then, the agreement has allowed millions of transfers.",
    "Ever since, the pact has funded forty projects.",
    "The memorandum has since enabled joint research in three universities.",
    "Since then, the agreement has been in force.",
])
def test_an_act_told_going_on_since_an_event_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text", [
    "The agreement has since been welcomed by businesses.",
    "The pact has since drawn criticism from opposition parties.",
    "Since then, talks on the agreement have stalled.",
    "The two sides have since signed three more agreements.",
])
def test_praise_criticism_talks_or_new_signings_since_are_not_an_act_running(text):
    assert find_status(text) != "in-force"


@pytest.mark.parametrize("follow, expected", [
    ("Since then, the agreement has allowed millions of transfers.", ["in-force"]),
    ("It has since helped double trade in mobile money.", ["in-force"]),
    ("The agreement has since been praised by businesses.", ["signed"]),
])
def test_in_a_passage_the_act_signed_in_a_past_year_runs(follow, expected):
    assert statuses(_SIGNED_2015 + follow) == expected
