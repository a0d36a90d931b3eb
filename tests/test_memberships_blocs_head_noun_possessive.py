"""A bloc named with its head noun before a possessive or a clause's end ("the BRICS group's newest member", "one of the SCO grouping's ten
members", "the Nato alliance's latest member", "Iran, part of the BRICS group, ...") is read as the bloc's own name. Found by
varying the bloc's form in the passing-membership generators (/tmp-side). Sentences written for these tests, with
look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, the BRICS group's ninth member, signed a deal with Pakistan.", each("BRICS", "IRN")),
    ("Egypt, one of the BRICS group's ten members, will host the talks.", each("BRICS", "EGY")),
    ("Iran became the SCO grouping's ninth member in 2023.", each("SCO", "IRN")),
    ("Sweden, the NATO alliance's newest member, sent troops.", each("NATO", "SWE")),
    ("Indonesia is the BRICS bloc's latest member.", each("BRICS", "IDN")),
])
def test_a_blocs_head_noun_before_its_possessive_names_the_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Iran, a member of the BRICS group's bank, signed a deal.",
    "Malaysia, the BRICS group's newest partner, signed a deal.",
    "Laos, the SCO grouping's latest observer, sent a delegation.",
    "Ukraine, the NATO alliance's closest partner, signed the pact.",
])
def test_a_partner_observer_or_a_member_of_the_groups_body_is_no_member(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, part of the BRICS group, signed a trade deal with Pakistan.", each("BRICS", "IRN")),
    ("Brazil is a member of the BRICS alliance, along with India.", each("BRICS", "BRA", "IND")),
    ("Poland, part of the NATO alliance — and of the EU — sent troops.", each("NATO", "POL")),
])
def test_a_blocs_head_noun_that_closes_a_clause_names_the_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Iran, a partner of the BRICS group, signed a deal.",
    "Ukraine, not part of the NATO alliance, sent troops.",
])
def test_a_partner_or_no_part_of_the_group_is_no_member(text):
    assert members(text) == set()
