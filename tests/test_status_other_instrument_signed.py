"""A body or undertaking still ahead does not take the signing of an instrument told after it: "The two countries will
set up working groups ... The agreement was signed by the ministers" signs the agreement, not the groups
(extract/act_finish.py). Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_working_groups_ahead_stay_planned_beside_a_signed_agreement():
    text = ("Chile and Peru signed an agreement on nuclear energy on Monday. The two countries will set up working groups "
            "to implement projects. The agreement was signed by the two ministers.")
    assert acts(text) == [("agreement", "signed"), ("working-group", "planned")]


def test_an_undertaking_ahead_stays_planned_beside_a_signed_agreement():
    text = "Chile and Peru will launch a joint lithium research programme. The agreement on it was signed on Monday."
    assert acts(text) == [("initiative", "planned")]


def test_a_body_told_signed_in_its_own_clause_is_signed():
    text = "Chile and Peru signed a memorandum setting up a joint lithium working group."
    assert [status for _, status in acts(text)] == ["signed"]
