"""A ratification recommended ("the committee recommended that Kenya ratify the agreement", "recommended ratifying
the protocol") tells an instrument signed and on its way to ratification, not an offer of a new one nor one already
ratified. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "A parliamentary committee recommended that Nairobi should ratify the Kenya-Ghana Space Cooperation Agreement.",
    "The committee recommended that Kenya ratify the space agreement with Ghana.",
    "The committee on foreign affairs recommended ratifying the Kenya-Ghana space agreement.",
])
def test_a_recommended_ratification_leaves_the_act_signed(text):
    assert statuses(text) == ["signed"]


def test_a_ratification_done_is_in_force():
    assert find_status("Kenya ratified the space agreement with Ghana.") == "in-force"


def test_a_recommended_new_act_is_still_an_offer():
    assert statuses("Kenya recommended that Ghana sign a space agreement with it.") == ["proposed"]
