"""A state's people named as a side stand for it ("The Saudis signed a deal with China", "the Israelis and the
Emiratis"), as a demonym before a government noun does; bare people ("Americans use the app") and adjectives ("Russian
media", "the Swiss company") do not. Whose allies or partners the parties are, told in apposition ("the Saudis,
long-term US allies, ..."), is no side of their act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import acts_of


def parties(text: str) -> list[list[str]]:
    return [sorted(act.parties) for act in acts_of(text)]


@pytest.mark.parametrize("text, expected", [
    ("The Saudis signed a memorandum on AI with China.", [["CHN", "SAU"]]),
    ("The Israelis and the Emiratis agreed to build a joint satellite.", [["ARE", "ISR"]]),
    ("The Americans signed a data pact with Kenya on Monday.", [["KEN", "USA"]]),
])
def test_a_states_people_named_as_a_side_stand_for_it(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text", [
    "Americans signed up for the app, which Kenya and Ghana agreed to regulate together.",
    "The Swiss company signed a memorandum on AI with Kenya.",
])
def test_people_without_the_article_or_an_adjective_are_no_side(text):
    assert all("USA" not in found and "CHE" not in found for found in parties(text))


@pytest.mark.parametrize("text, expected", [
    ("The Saudis, long-term US allies, signed a memorandum on AI with China.", [["CHN", "SAU"]]),
    ("Kenya and Ghana, close French partners, signed a pact on AI.", [["GHA", "KEN"]]),
])
def test_whose_allies_the_parties_are_is_no_side(text, expected):
    assert parties(text) == expected
