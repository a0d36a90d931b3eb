"""Officials named by their demonyms "whose countries are members of" a bloc (membership_patterns.WHOSE_COUNTRY, plural as
well as singular): "Chinese and Russian officials, whose countries are members of the SCO", "Indian and Pakistani
ministers, whose countries are both SCO members". Never partners, a wish, or a negation. Sentences written for these
tests (from a passage generator over eighteen blocs)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese and Russian officials, whose countries are members of the SCO, backed the plan.", each("SCO", "CHN", "RUS")),
    ("The SCO summit opened. Chinese and Russian officials, whose countries are members of the bloc, backed the plan.",
     each("SCO", "CHN", "RUS")),
    ("Indian and Pakistani ministers, whose countries are both SCO members, met in Astana.", each("SCO", "IND", "PAK")),
    ("Hungarian Prime Minister Viktor Orban, whose country is a member of both the EU and NATO, spoke.",
     {("HUN", "EU"), ("HUN", "NATO")}),
])
def test_whose_countries_are_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Chinese and Turkish officials, whose countries are not both members of the SCO, met.",
    "Chinese and Turkish officials, whose countries are partners of the SCO, met.",
    "Chinese and Russian officials, whose countries want to be members of the SCO, met.",
])
def test_whose_countries_that_are_no_members(text):
    assert members(text) == set()
