"""A participle after a comma that comments on the act just told ("adopted a joint action plan, reaffirming their
strategic partnership", "..., highlighting their alliance") speaks of what already stands between the sides: the act
keeps the status its own verb tells (made), not the standing the comment tells. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Kenya and Ghana adopted a joint action plan, reaffirming their strategic partnership.",
    "Chile and Peru launched a lithium initiative, underlining their long-standing alliance.",
    "Oman and Qatar adopted a digital strategy, highlighting their strategic partnership.",
])
def test_a_comment_on_the_act_made_leaves_it_made(text):
    assert statuses(text) == ["signed"]


def test_a_standing_partnership_reaffirmed_alone_stands():
    assert statuses("Kenya and Ghana reaffirmed their strategic partnership.") == ["in-force"]
