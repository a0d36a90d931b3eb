"""A member still to come is no member: "an SCO member-designate", "a BRICS member-to-be", "a future member of BRICS",
"an incoming member of the SCO", "a soon-to-be member of NATO". Found by the look-alikes of the passing-membership
generator (/tmp-side). Sentences written for these tests; members named beside them still count."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize("text", [
    "Iran, an SCO member-designate, signed a deal.",
    "Indonesia, a BRICS member-to-be, signed a deal.",
    "Iran, a future member of BRICS, signed a deal.",
    "Belarus, an incoming member of the SCO, signed a deal.",
    "Sweden, a soon-to-be member of NATO, sent troops.",
    "Finland, a NATO member-elect, sent troops.",
])
def test_a_member_still_to_come_is_no_member(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, an SCO member, and Belarus, an incoming member of the bloc, signed.", each("SCO", "IRN")),
    ("Egypt, a BRICS member since 2024, backed the future of the bank.", each("BRICS", "EGY")),
])
def test_a_member_beside_one_to_come_still_counts(text, expected):
    assert members(text) == expected
