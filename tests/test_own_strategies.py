"""Strategies each state draws up for itself, told of several states at once, are domestic policy, not an act between
them; a strategy made or aligned together still is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> list[tuple[list[str], str]]:
    return [(sorted(a.parties), a.kind) for a in extract_facts(Document(text=text, source="t.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The governments of Chile, Peru and Colombia have developed digital strategies to accelerate growth.",
    "Several Andean states, including Peru and Bolivia, have drawn up digital economy strategies.",
    "Since Chile launched its AI strategy in 2021, every Andean state from Peru to Bolivia has articulated a national strategy.",
    "Ghana and Kenya unveiled AI strategies last year.",
])
def test_strategies_of_each_states_own_make_no_act(text):
    assert _acts(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Kenya and Ghana adopted a joint AI strategy.", ["GHA", "KEN"]),
    ("Chile and Peru agreed on common strategies for lithium.", ["CHL", "PER"]),
    ("China and Pakistan agreed to align their development strategies.", ["CHN", "PAK"]),
    ("Russia and Iran will coordinate their strategies in cyberspace.", ["IRN", "RUS"]),
    ("Morocco and Spain presented their strategy on green hydrogen at the summit.", ["ESP", "MAR"]),
    ("Kenya and Ghana will draw up a strategy for digital payments.", ["GHA", "KEN"]),
])
def test_a_strategy_made_or_aligned_together_is_still_an_act(text, parties):
    assert [found for found, _ in _acts(text)] == [parties]


def test_a_blocs_strategies_may_be_its_members_common_ones():
    assert [kind for _, kind in _acts("ASEAN is rapidly developing more robust cybersecurity strategies.")] == ["initiative"]


@pytest.mark.parametrize("text, parties", [
    ("The G20 digital ministers decided to set up a permanent task force to study ways to raise domestic chip output.",
     ["G20"]),
    ("Mercosur leaders agreed to create a fund to support homegrown start-ups.", ["MERCOSUR"]),
])
def test_a_blocs_act_for_its_members_domestic_ends_is_still_an_act(text, parties):
    assert [found for found, _ in _acts(text)] == [parties]


@pytest.mark.parametrize("text", [
    "Vietnam adopted a plan to boost domestic chip production.",
    "Brazil launched its own programme for homegrown start-ups.",
])
def test_one_states_plan_for_its_domestic_ends_is_no_act(text):
    assert _acts(text) == []
