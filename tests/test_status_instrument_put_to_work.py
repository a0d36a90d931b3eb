"""An instrument in the course of being put to work is in force: "the operationalisation of the agreement", "the
activation of the memorandum", like its implementation, tells one that binds the sides. Its making told after its
name, by whom it was made ("the memorandum of understanding (MoU) signed between Egypt and Kenya"), names the
instrument; it tells no new signing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The first meeting on implementing the memorandum of understanding (MoU) signed between Egypt and Kenya on hydrogen was held in Cairo.",
    "The first meeting to implement the memorandum of understanding signed between Egypt and Kenya on hydrogen was held in Cairo.",
    "Egypt and Kenya discussed the operationalisation of their hydrogen memorandum.",
    "Officials in Nairobi reviewed the activation of the space agreement concluded by Egypt and Kenya.",
])
def test_an_instrument_put_to_work_is_in_force(text):
    assert statuses(text) == ["in-force"]


@pytest.mark.parametrize("text", [
    "Egypt and Kenya signed a memorandum on hydrogen to activate their joint fund.",
    "Egypt and Kenya signed a hydrogen memorandum and discussed the implementation of the memorandum.",
])
def test_an_instrument_signed_now_is_signed(text):
    assert statuses(text) == ["signed"]
