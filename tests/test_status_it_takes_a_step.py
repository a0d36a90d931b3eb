"""The act told next by "It", as the subject of a later step of its course ("It took effect last September", "It was
suspended"), has taken that step, as when told by its name; "It" telling no such step, or another actor, changes
nothing (extract/status_terms.act_step). Passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document

_SIGNED_2019 = "Ghana and Morocco signed a memorandum on digital payments in 2019. "


def statuses(text: str) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"})


@pytest.mark.parametrize("follow, expected", [
    ("It took effect last September.", "in-force"),
    ("It entered into force in March.", "in-force"),
    ("It was ratified by both parliaments in 2020.", "in-force"),
    ("It has since come into force.", "in-force"),
    ("It was suspended in 2022.", "ended"),
    ("It expired in 2023.", "ended"),
    ("It was formally terminated in 2024.", "ended"),
])
def test_it_told_taking_a_step_of_the_acts_course(follow, expected):
    assert statuses(_SIGNED_2019 + follow) == [expected]


@pytest.mark.parametrize("follow", [
    "It was the first such deal between the two countries.",
    "It did not say when the memorandum would take effect.",
    "It is not legally binding.",
    "It will take effect in January.",
    "It was signed by the two central bank governors.",
])
def test_it_telling_no_later_step_leaves_the_act_signed(follow):
    assert statuses(_SIGNED_2019 + follow) == ["signed"]


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Morocco signed a memorandum on digital payments in 2019; it entered into force in 2020.", ["in-force"]),
    ("Ghana and Morocco signed a memorandum on digital payments in 2019; it was suspended in 2022.", ["ended"]),
    ("Ghana and Morocco signed a memorandum on digital payments; it covers mobile money.", ["signed"]),
])
def test_it_after_a_semicolon_takes_the_step_as_a_sentence_opening_it_does(text, expected):
    assert statuses(text) == expected
