"""Counted states "which are known as" a bloc are the states named just before, as "collectively known as" already reads
(membership_antecedents.py): "Leaders of the US, Japan, Australia and India met. The four democracies, which are known
as the Quad, ...". Sentences written for these tests, with look-alikes that must not fire: a count the states before do
not meet, a name the states once had, a negation, and partners of the bloc."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Leaders of the US, Japan, Australia and India met on Friday. The four democracies, which are known as the Quad, "
     "agreed on 5G.", each("QUAD", "USA", "JPN", "AUS", "IND")),
    ("Leaders of the US, Japan, Australia and India met on Friday. Talks among the leaders of the four democracies, which "
     "are collectively known as the Quad, focused on chips.", each("QUAD", "USA", "JPN", "AUS", "IND")),
    ("Ministers from Brazil, Russia, India, China and South Africa met in Cape Town. The five economies, which were "
     "dubbed BRICS, agreed on payments.", each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
])
def test_counted_states_which_are_known_as_a_bloc_are_its_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Leaders of the US, Japan, Australia, India and Indonesia met on Friday. The four democracies, which are known as the "
    "Quad, agreed on 5G.",
    "Leaders of the US, Japan and India met on Friday. The four democracies, which are known as the Quad, agreed on 5G.",
    "Officials of Brazil, Russia, India and China met. The four nations, which were once called BRIC, later added South "
    "Africa.",
    "The US, Japan, Australia and India met. The four nations, which are not known as the Quad, agreed.",
    "Leaders of the US, Japan, Australia and India met. The four countries, which are called the Quad's partners, agreed.",
])
def test_a_count_not_met_a_former_name_a_negation_or_partners_are_not_memberships(text):
    assert members(text) == set()
