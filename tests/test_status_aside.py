"""An act named only in a relative clause about its parties has the status that clause tells ("Chile and Peru, which
have had a strategic partnership since 2016, discussed AI"); an act the clause's own verb makes keeps that verb's."""

import pytest

from .extraction import acts_of


def _acts(text: str) -> list[tuple[str, str]]:
    return sorted((act.kind, act.status) for act in acts_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru, which have had a strategic partnership since 2016, discussed AI on Monday.",
     [("partnership", "in-force")]),
    ("Ghana and Togo, which enjoy a comprehensive partnership, discussed lithium mining.", [("partnership", "in-force")]),
])
def test_an_act_named_in_an_aside_about_its_parties_has_the_asides_status(text, expected):
    assert _acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru, which have cooperated since 2010, signed a memorandum on AI.", [("mou", "signed")]),
    ("Chile and Peru, which signed a memorandum on AI on Monday, also agreed to set up a working group.",
     [("mou", "signed"), ("working-group", "planned")]),
])
def test_an_act_the_clauses_own_verb_makes_keeps_its_status(text, expected):
    assert _acts(text) == expected


def test_an_aside_about_someone_else_leaves_the_act_as_its_clause_tells():
    text = ("Ghana and Togo signed a memorandum on data; the opposition party in Togo, which opposed the memorandum, "
            "walked out of parliament.")
    assert _acts(text) == [("mou", "signed")]
