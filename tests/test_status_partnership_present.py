"""A partnership by its name as the subject of a verb in the simple present ("the Vietnam-US Comprehensive Strategic
Partnership represents a new vision") stands: in force (extract/status_standing.py, STANDING_PRESENT). Not when the verb
looks ahead, nor when it only tells what a proposal holds. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Vietnam called on US firms to invest in chips. He said the Vietnam-US Comprehensive Strategic Partnership "
    "represents a new vision for cooperation in semiconductors.",
    "The Brazil-China Strategic Partnership provides a framework for cooperation in space.",
    "The Kenya-Japan Digital Partnership remains the backbone of their cooperation in ICT.",
])
def test_a_named_partnership_in_the_present_stands(text):
    assert statuses(text) == ["in-force"]


def test_a_named_partnership_that_will_provide_is_ahead():
    assert statuses("The Brazil-China Strategic Partnership will provide a framework for cooperation in space.") == ["planned"]


def test_what_a_proposed_partnership_holds_leaves_it_proposed():
    text = "Brazil proposed a space partnership to China. The Brazil-China Space Partnership covers satellites and launchers."
    assert statuses(text) == ["proposed"]
