"""Members named through their officials with the state in brackets (membership_named_officials.py): "the foreign
ministers of the Mercosur countries, A (Argentina), B (Brazil) and C (Paraguay)". Sentences written for these tests,
with look-alikes: officials of partner countries, of countries no bloc groups, and a single bracket."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The trade ministers of the Mercosur countries, Ana Lopez (Argentina), Joao Silva (Brazil) and Luis Rojas "
     "(Paraguay), signed the deal.", each("MERCOSUR", "ARG", "BRA", "PRY")),
    ("Two of the three presidents of the countries that make up the Quad: Joe Smith (United States), Taro Sato "
     "(Japan) and Ravi Rao (India, which hosts the talks), met in Tokyo.", each("QUAD", "USA", "JPN", "IND")),
    ("ASEAN met in Jakarta. The leaders of the bloc's member states: Anwar Ibrahim (Malaysia), Lawrence Wong "
     "(Singapore) and Hun Manet (Cambodia), posed for a photo.", each("ASEAN", "MYS", "SGP", "KHM")),
])
def test_officials_of_the_blocs_countries_with_bracketed_states_name_members(text, expected):
    assert expected <= members(text)


@pytest.mark.parametrize("text", [
    "The Mercosur summit opened. The foreign ministers of the partner countries, Ana Lopez (Chile) and Joao Silva "
    "(Peru), watched.",
    "The Mercosur summit opened. The foreign ministers of the countries, Ana Lopez (Chile) and Joao Silva (Peru), "
    "watched.",
    "The foreign ministers of the Mercosur countries welcomed Ana Lopez (Chile) to the talks.",
])
def test_officials_of_partners_of_unnamed_groups_or_a_single_bracket_name_no_members(text):
    assert not {pair for pair in members(text) if pair[0] in ("CHL", "PER")}
