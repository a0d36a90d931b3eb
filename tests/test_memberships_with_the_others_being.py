"""The rest of a bloc's members after a clause on them (membership_variant_rules: bloc-members-with-the-others-being-list):
"It brings the number of BRICS members to ten, with the others being L", "bringing the number of SCO member states to
ten, with the rest being L", "The SCO now has ten members, with the others being L", and a list added "in addition to"
a predicate list. Never partners or observers. Passages written for these tests (a sample of a passage generator over
eighteen blocs, four clauses, four wordings of "the others", with and without "in addition to")."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO summit opened. China joined on Monday. It brings the number of SCO members to ten, with the others being "
     "Russia, India and Pakistan.", each("SCO", "RUS", "IND", "PAK")),
    ("Iran joined on Monday, bringing the number of BRICS member states to ten, with the rest being Brazil, Russia and "
     "India, in addition to Egypt.", each("BRICS", "BRA", "RUS", "IND", "EGY")),
    ("The GCC now has six members, with the others being Qatar, Oman and Kuwait.", each("GCC", "QAT", "OMN", "KWT")),
    ("BRICS includes Brazil and Russia, in addition to Egypt.", each("BRICS", "BRA", "RUS", "EGY")),
])
def test_the_others_being_a_list_of_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO has ten members, with the rest being observers such as Mongolia.", set()),
    ("The number of BRICS partner countries rose to nine, with the others being Cuba and Bolivia.", set()),
    ("The SCO has ten observer states, with the others being Mongolia and Belarus.", set()),
    ("BRICS includes Brazil and Russia, in addition to partner countries Cuba and Bolivia.", each("BRICS", "BRA", "RUS")),
])
def test_the_others_that_are_no_members(text, expected):
    assert members(text) == expected
