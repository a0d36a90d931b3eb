"""An act whose ending was called off stands (in force), and an offer told "remains in force" is still an offer
(status_undone). An ending carried out stays ended. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Kenya's president has suspended his decision to scrap a defence cooperation agreement with Britain.",
    "Ghana reversed its decision to withdraw from the space agreement with Nigeria on Monday.",
    "The termination of the nuclear cooperation agreement between Peru and Chile was put on hold in May.",
])
def test_an_ending_called_off_leaves_the_act_in_force(text):
    assert [status for _, _, status in statuses(text)] == ["in-force"]


@pytest.mark.parametrize("text", [
    "Kenya's president has scrapped a defence cooperation agreement with Britain.",
    "Ghana withdrew from the space agreement with Nigeria on Monday.",
])
def test_an_ending_carried_out_stays_ended(text):
    assert [status for _, _, status in statuses(text)] == ["ended"]


def test_an_offer_told_in_force_is_still_proposed():
    text = "Russia's proposal to set up a joint nuclear fuel venture with Iran remains in force, the head of Rosatom said on Monday."
    assert [(kind, status) for _, kind, status in statuses(text)] == [("proposal", "proposed")]
