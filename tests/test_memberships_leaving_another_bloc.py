"""A membership the clause goes on to end is no membership only when the bloc left is the same one: "Hungary, a member of the
EU, left NATO" keeps Hungary in the EU, while "Britain, a member of the EU, left the EU in 2020" and "Armenia, a CSTO member,
left the CIS and the CSTO" end it ("left the EU" with its article is read as "left EU" was). Found by a generator of two
blocs in one sentence, one membership and one look-alike (/tmp-side): leaving the other bloc undid the membership. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary, a member of the EU, left NATO in 2020.", each("EU", "HUN")),
    ("Iran, an SCO member, left BRICS in 2020.", each("SCO", "IRN")),
    ("Saudi Arabia, which joined the GCC in 1981, quit OPEC in 2020.", each("GCC", "SAU")),
    ("Armenia, a CSTO member, left the CIS in 2024.", each("CSTO", "ARM")),
])
def test_leaving_another_bloc_keeps_the_membership(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Britain, a member of the EU, left the EU in 2020.",
    "Britain, which joined the EU in 1973, left the bloc in 2020.",
    "Armenia, a CSTO member, left the CIS and the CSTO in 2024.",
    "Qatar, a member of OPEC, quit the cartel in 2019.",
    "Britain, which joined the EU in 1973, left in 2020.",
])
def test_leaving_the_same_bloc_ends_the_membership(text):
    assert members(text) == set()
