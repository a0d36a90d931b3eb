"""Two actors who launch or inaugurate something together ("A and B launched a capacity-building centre") make an
act, as they do when they build or set one up; "launched a new chapter" is talk. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="t.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("ASEAN and Japan launched a cybersecurity capacity-building centre.", ["ASEAN", "JPN"]),
    ("Chile and Peru inaugurated an AI innovation hub in Lima.", ["CHL", "PER"]),
    ("Kenya and Ghana created a fund for satellite research.", ["GHA", "KEN"]),
])
def test_something_launched_or_made_together_is_an_act(text, parties):
    assert _acts(text) == [(parties, "initiative", "signed")]


@pytest.mark.parametrize("text", [
    "Kenya and Ghana launched a new chapter in their relations.",
    "Kenya launched a satellite with a rocket built in Ghana.",
])
def test_a_new_chapter_or_one_sides_launch_is_no_joint_act(text):
    assert _acts(text) == []
