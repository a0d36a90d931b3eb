"""A state said to be a member of something a bloc owns ("a member of the SCO's business council", "a member of BRICS'
New Development Bank", "is a member of the EU's space programme") is a member of that body, not of the bloc. Found by the
look-alikes of the passing-membership generator (/tmp-side). Sentences written for these tests; a member of the bloc itself
still counts."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize("text", [
    "Iran, a member of the SCO's business council, signed a trade deal with Pakistan.",
    "Egypt, a member of BRICS' New Development Bank, will host the meeting.",
    "Norway is a member of the EU's space programme.",
    "Kenya, a founding member of the AU's peer review mechanism, backed the plan.",
    "Chile, which is a member of APEC's business advisory council, hosted the talks.",
])
def test_a_member_of_a_blocs_body_is_no_member_of_the_bloc(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, a member of the SCO, signed a trade deal with Pakistan.", each("SCO", "IRN")),
    ("Egypt, one of BRICS' newest members, will host the meeting.", each("BRICS", "EGY")),
    ("Norway, a member of NATO, is a member of the EU's single market.", each("NATO", "NOR")),
])
def test_a_member_of_the_bloc_itself_still_counts(text, expected):
    assert members(text) == expected
