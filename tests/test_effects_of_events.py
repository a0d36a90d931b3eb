"""What an event or a decision is said to bring ("The decision would promote cooperation between Russia and the EU",
"The visit will deepen cooperation between A and B") is its effect, not an act of its own; told after an act, it
stays that act's. Sentences written for these tests."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> list[tuple[frozenset[str], str, str]]:
    return [(frozenset(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The decision would promote cooperation between Norway and the European Union in science, the ministry said.",
    "The visit will deepen cooperation between Kenya and Rwanda in digital payments.",
    "The summit is expected to further strengthen cooperation between Laos and Vietnam on satellites.",
    "This move could boost cooperation between Chile and Uruguay on data centres.",
])
def test_the_effect_an_event_brings_is_no_act(text):
    assert _acts(text) == []


def test_the_effect_told_after_an_act_stays_with_it():
    text = ("Kenya and Rwanda signed a memorandum on digital payments on Monday. The move will deepen cooperation between "
            "Kenya and Rwanda in fintech.")
    assert _acts(text) == [(frozenset({"KEN", "RWA"}), "mou", "signed")]


@pytest.mark.parametrize("text", [
    "Kenya and Rwanda will deepen cooperation in digital payments.",
    "The two ministers decided to promote cooperation between Kenya and Rwanda in digital payments.",
])
def test_cooperation_the_sides_themselves_undertake_is_still_an_act(text):
    assert len(_acts(text)) == 1
