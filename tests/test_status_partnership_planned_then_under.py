"""A partnership told as planned ("unveiled plans to have a strategic defence partnership") stays planned when a later
clause tells what the sides will do under it ("Under the defence partnership, they are eyeing ..."); "under" a
partnership told standing ("reaffirmed their strategic partnership") still tells it in force. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("plan", [
    "Chile and Peru on Monday unveiled plans to have a strategic lithium partnership.",
    "Chile and Peru plan to build a strategic lithium partnership.",
])
def test_a_planned_partnership_stays_planned_under_its_content(plan):
    assert statuses(f"{plan} Under the lithium partnership, Chile and Peru are eyeing joint refining.") == ["planned"]


def test_a_standing_partnership_under_which_work_goes_on_is_in_force():
    text = "Chile and Peru reaffirmed their strategic partnership. Under the partnership, they run a joint refinery."
    assert statuses(text) == ["in-force"]
