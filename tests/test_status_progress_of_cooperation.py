"""The progress of a cooperation, programme or project reviewed or welcomed tells that cooperation going on: in force,
as the progress under a named instrument is (extract/status_course.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Chile and Peru took stock of the progress achieved in their lithium partnership.",
    "Chile and Peru reviewed the progress made this year in their digital cooperation.",
    "The ministers of Chile and Peru welcomed the progress in their joint satellite programme.",
])
def test_the_progress_of_a_cooperation_tells_it_going_on(text):
    assert statuses(text) == ["in-force"]


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed a memorandum on lithium and reviewed the progress of their cooperation.", "signed"),
    ("Chile and Peru agreed to set up a lithium working group and reviewed progress in their cooperation.", "planned"),
])
def test_a_making_beside_the_progress_tells_a_new_act(text, expected):
    assert statuses(text) == [expected]
