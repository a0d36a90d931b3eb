"""States listed and then said to be members in a relative clause with a share ("Russia and China, both of which are
members of the SCO, ...", "L, all of which are members of NATO", "L, both of whom are members of ...") are members, as
"L, which are members of B" and "L, both members of B" are. Found by varying the plural connector of the passing-membership
shapes (/tmp-side generator). Sentences written for these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and China, both of which are members of the SCO, signed a deal with Turkey.", each("SCO", "RUS", "CHN")),
    ("Poland, Estonia and Latvia, all of which are members of NATO, raised defence spending.", each("NATO", "POL", "EST", "LVA")),
    ("Brazil and India, both of which are founding members of BRICS, backed the plan.", each("BRICS", "BRA", "IND")),
    ("The SCO met in Astana. Russia and China, both of which are members of the bloc, proposed a fund.", each("SCO", "RUS", "CHN")),
    ("Kenya and Ghana, each of which is a member of the AU, hosted talks.", each("AU", "KEN", "GHA")),
])
def test_a_list_and_both_of_which_are_members_of_a_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Russia and China, both of which are observers of the SCO, signed a deal.",
    "Russia and China, both of which are partners of the SCO, signed a deal.",
    "Russia and China, both of which are former members of the SCO, signed a deal.",
    "Serbia and Albania, both of which want to become members of the EU, signed a deal.",
    "Serbia and Albania, both of which are candidates for membership of the EU, signed a deal.",
    "Japan and Korea, both of which are not members of NATO, signed a deal.",
])
def test_both_of_which_are_observers_partners_or_former_members_is_no_membership(text):
    assert members(text) == set()
