"""A present-tense verb of working together goes on unless a modal or an infinitive "to" stands before it in its clause;
"to" as a preposition before a noun phrase ("according to the ministry", "a visit to Cairo") puts nothing ahead.
Sentences written for these tests, a sample of a generator that varies the reporting frame of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "According to the ministry, Ghana and Togo cooperate on cybersecurity under their existing memorandum.",
    "During the president's visit to Accra, officials said Ghana and Togo cooperate on data protection.",
    "Thanks to their 2019 accord, Chile and Peru collaborate on lithium research.",
])
def test_to_before_a_noun_phrase_leaves_the_habit_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed to link their payment systems and cooperate on data.",
    "Chile and Peru want to cooperate on lithium research.",
    "Ghana and Togo will share data and cooperate on cybersecurity.",
])
def test_an_infinitive_or_modal_still_puts_the_habit_ahead(text):
    assert find_status(text) == "planned"
