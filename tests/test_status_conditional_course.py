"""An act's course told under a condition ("if the agreement is implemented", "if it is ratified") is no course told:
no in force from that clause (extract/status_aspect.py, the condition before an in-force or ongoing cue). The course
told outright, or a condition elsewhere in the sentence, still reads in force. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "If the agreement is implemented, the plant would become the first in the region.",
    "It is not clear if the memorandum is being implemented.",
    "Unless the treaty is ratified, the joint centre cannot open.",
])
def test_a_course_under_a_condition_is_not_in_force(text):
    assert find_status(text) != "in-force"


@pytest.mark.parametrize("text", [
    "The agreement is being implemented, and if all goes well the plant will open in 2030.",
    "The treaty, ratified in 2020, allows joint research.",
])
def test_a_course_told_outright_is_in_force(text):
    assert find_status(text) == "in-force"


def test_a_signed_accord_whose_implementation_is_a_condition_stays_signed():
    text = ("Kazakhstan and Korea have signed an accord for Korea to build a research reactor in Kazakhstan. "
            "If the agreement is implemented, the reactor would become the first of its kind in the region.")
    assert statuses(text) == ["signed"]
