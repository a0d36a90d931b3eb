"""A cooperation with no instrument named whose clauses tell no status at all is told as it stands: in force
(extract/status_unmarked.py). Not when any clause looks ahead (a modal, a wish, agreeing, "to" before a verb), nor when
the cooperation is told curbed; an instrument of no status keeps its own reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Nigeria and China enjoy close cooperation in telecommunications.",
    "India and France have robust cooperation in space and cyber security.",
    "Egypt's space chief described his country's cooperation with China in space technology as strategic and fruitful.",
    "Minister Hung appreciated the cooperation in ICT between Vietnam and Cuba in recent years.",
    "Officials in Washington are worried about the growing space cooperation between Russia and Iran.",
    "Cooperation between Saudi Arabia and South Korea in hydrogen is already bearing fruit.",
    "Brazil's cooperation with Argentina in nuclear energy has produced two research reactors.",
])
def test_a_cooperation_described_with_no_status_stands(text):
    assert statuses(text) == ["in-force"]


@pytest.mark.parametrize("text", [
    "Vietnam and Cuba hope for closer cooperation in ICT.",
    "Nigeria and China could deepen cooperation in telecommunications.",
    "The ministers of Mongolia and Russia concurred to further strengthen cooperation in space.",
    "Kenya and Japan want to build a digital partnership in artificial intelligence.",
])
def test_a_cooperation_told_ahead_stays_planned(text):
    assert statuses(text) == ["planned"]


def test_a_cooperation_told_curbed_is_not_read_as_standing():
    assert "in-force" not in statuses("Space cooperation between Russia and Ukraine was curtailed in 2014.")


def test_an_instrument_of_no_status_keeps_its_own_reading():
    assert statuses("The memorandum between Kenya and Japan on cooperation in artificial intelligence.") == ["signed"]
