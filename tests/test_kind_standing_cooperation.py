"""Cooperation that stands with no instrument named ("have cooperated on space for two decades") is a partnership;
offered with none, a proposal; still to come or just launched with none, an initiative (act_finish). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("Chile and Peru have cooperated on satellite imagery for two decades.", ["CHL", "PER"]),
    ("Kenya and Ghana have maintained close cooperation in cybersecurity since 2015.", ["GHA", "KEN"]),
])
def test_standing_cooperation_with_no_instrument_is_a_partnership(text, parties):
    assert acts(text) == [(parties, "partnership", "in-force")]


@pytest.mark.parametrize("text, kind, status", [
    ("Chile and Peru agreed to cooperate on satellite imagery.", "initiative", "planned"),
    ("Chile offered to help Peru build a satellite ground station.", "proposal", "proposed"),
])
def test_cooperation_ahead_or_offered_keeps_its_kind(text, kind, status):
    assert [(k, s) for _, k, s in acts(text)] == [(kind, status)]
