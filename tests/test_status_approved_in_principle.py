"""An act approved in principle is not concluded: planned (extract/status.py, the "approved" cue), as "agreed in
principle" already was; an act approved outright by both sides stays signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Officials said Kenya and Japan were finalising a memorandum on ICT that both cabinets had approved in principle.",
    "Kenya and Japan approved in principle a memorandum on ICT.",
])
def test_an_act_approved_in_principle_is_planned(text):
    assert statuses(text) == ["planned"]


def test_an_act_approved_by_both_sides_is_signed():
    assert statuses("The cabinets of Kenya and Japan approved the memorandum on ICT on Monday.") == ["signed"]
