"""A courtesy call on a person ("a Chinese delegation called on Prime Minister Shehbaz Sharif") is a visit, not an
appeal: no proposal (extract/status_calls.py, COURTESY_CALL). An appeal to a person to do something, or to a state, stays
one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "A high-level Chinese delegation called on Prime Minister Shehbaz Sharif of Pakistan in Islamabad on Tuesday.",
    "The Japanese ambassador called on President Ruto of Kenya at State House on Monday.",
])
def test_a_courtesy_call_is_no_proposal(text):
    assert "proposed" not in statuses(text)


@pytest.mark.parametrize("text", [
    "Pakistan called on President Xi of China to fund a new satellite programme.",
    "Kenya called on Japan to invest in its ICT sector.",
])
def test_an_appeal_stays_a_proposal(text):
    assert statuses(text) == ["proposed"]
