"""A thing between two sides told launched in the passive ("UPI connectivity between India and Sri Lanka was
launched") is their joint undertaking, launched: an initiative, signed (joint_launches.launched_between). Not a thing of
theirs launched apart ("satellites of India and Mauritius were launched"), nor talks held between them. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("In March 2024, instant payment connectivity between Nepal and Bhutan was launched.", ["BTN", "NPL"]),
    ("A data link between Chile and Argentina has been inaugurated in Santiago.", ["ARG", "CHL"]),
    ("QR payments between Thailand and Malaysia were rolled out on Monday.", ["MYS", "THA"]),
])
def test_a_thing_between_two_sides_launched_is_their_initiative(text, parties):
    assert acts(text) == [(parties, "initiative", "signed")]


@pytest.mark.parametrize("text", [
    "Satellites of Nepal and Bhutan were launched in 2020.",
    "Talks between Nepal and Bhutan were held in May.",
])
def test_a_launch_of_each_or_talks_between_them_make_no_act(text):
    assert acts(text) == []
