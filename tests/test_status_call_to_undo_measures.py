"""A call on the other side to undo its measures ("urged the Biden administration to withdraw them", "called on
Washington to lift the restrictions") or to hold a stance ("urged them to resist external interference") is a demand,
no offer of cooperation: no proposal (status_calls.MEASURES_UNDONE).
A call to make something together stays a proposal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The Chinese Foreign Ministry called the U.S. measures economic coercion and urged the Biden administration to "
    "withdraw them immediately.",
    "Beijing called on Washington to lift the restrictions on chip exports.",
    "Moscow urged Tokyo to revoke its sanctions on Russian satellite firms.",
    "Beijing expressed deep regret over the decision and urged Santiago to resist external interference.",
    "India called on Pakistan to exercise restraint.",
])
def test_a_call_to_undo_measures_is_no_proposal(text):
    assert acts(text) == []


@pytest.mark.parametrize("text", [
    "Russia urged Iran to sign a treaty on cyber security.",
    "Brazil called on Argentina to build a joint satellite for climate monitoring.",
])
def test_a_call_to_make_something_stays_a_proposal(text):
    assert [status for _, status in acts(text)] == ["proposed"]
