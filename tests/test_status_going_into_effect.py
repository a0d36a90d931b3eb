"""An act still to be made, then told to "go into effect" or "go into force" later, stays planned, as it does when told
to "enter into force" (extract/status_terms.py, effect_ahead): the entry into force ahead says nothing of its signing.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The Brazilian government approved draft memoranda with Chile and Peru on lithium mining. "
    "The memoranda will go into effect once all domestic procedures are completed.",
    "Ghana and Togo agreed to sign an accord on digital identity. The accord will go into force next year.",
])
def test_an_act_ahead_stays_planned_when_told_to_go_into_effect(text):
    assert set(statuses(text)) == {"planned"}


def test_a_signed_act_told_to_go_into_force_stays_signed():
    text = "Ghana and Togo signed an accord on digital identity on Monday. The accord will go into force next year."
    assert statuses(text) == ["signed"]
