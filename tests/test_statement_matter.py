"""Whom a statement issued by one side speaks of is no co-author of it: "Japan issued a statement condemning Russia's
missile test" tells no act of Japan with Russia (extract/trailing_clauses.statement_matter). A joint statement, one
issued by two sides, and a statement whose matter names an instrument of its own keep their parties. Sentences written
for the test."""

from __future__ import annotations

import pytest

from tests.extraction import party_sets, sets


@pytest.mark.parametrize("text", [
    "Peru's foreign ministry issued a statement on Monday condemning Chile's missile test.",
    "Ghana issued a statement criticising Togo's decision to close the border.",
    "The Peruvian spokesperson issued a statement today stating Bolivian moves to build ties with Chile left Peru no choice.",
    "Ghana released a brief statement, urging Togo to release the detained engineers.",
])
def test_those_a_one_sided_statement_speaks_of_are_no_party(text):
    assert party_sets(text) == sets()


@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile issued a joint statement on lithium research.", "CHL+PER"),
    ("Peru and Chile issued a statement saying they would cooperate on lithium research.", "CHL+PER"),
    ("Peru's ministry issued a statement saying Peru and Chile had signed a memorandum on lithium research.", "CHL+PER"),
])
def test_a_joint_statement_or_one_naming_an_instrument_keeps_its_parties(text, expected):
    assert party_sets(text) == sets(expected)
