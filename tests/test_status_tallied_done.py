"""What an act has done told as a tally up to a time ("So far, the joint laboratory has trained 300 engineers", "As of
June 2025, the centre had trained 300 officials") tells the act running: in force (extract/status_variants.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "So far, the Chile-Peru joint laboratory has trained 300 engineers.",
    "To date, the Chile-Peru lithium programme has funded 40 projects.",
    "As of March 2024, the Chile-Peru joint research centre had trained more than 200 officials.",
    "The Chile-Peru lithium programme has supported 40 projects to date.",
])
def test_a_tally_of_what_the_act_has_done_is_in_force(text):
    assert statuses(text) == ["in-force"]


@pytest.mark.parametrize("text, expected", [
    ("So far, Chile and Peru have signed twelve agreements on lithium.", "signed"),
    ("So far, the Chile-Peru joint laboratory will train 300 engineers.", "planned"),
])
def test_a_making_or_a_time_ahead_is_no_tally(text, expected):
    assert statuses(text) == [expected]
