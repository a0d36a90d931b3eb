"""A membership coordinated with another predicate of "is" (membership_variant_rules: list-is-np-and-a-member-of-bloc):
"Indonesia is the world's fourth-most populous nation, a full member of ASEAN and ...", "Egypt is Africa's third-largest
economy and a member of BRICS", "Indonesia is a G20 member and a founding member of ASEAN". Never across a clause of its
own, after a preposition whose second object the member phrase may be, or with words of observers, partners,
candidates, former members or negation. Sentences written for these tests (a sample of a passage generator over
eighteen blocs, five first predicates, six member phrases, seven look-alikes and six ways of joining them)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia is the world's fourth-most populous nation, a full member of ASEAN and has a large economy.",
     each("ASEAN", "IDN")),
    ("Egypt is Africa's third-largest economy and a member of BRICS.", each("BRICS", "EGY")),
    ("Indonesia is a G20 member and a founding member of ASEAN.", {("IDN", "G20"), ("IDN", "ASEAN")}),
    ("Kenya is a young democracy and an AU member.", each("AU", "KEN")),
    ("Kazakhstan has long been a major producer of uranium and one of the founders of the SCO.", each("SCO", "KAZ")),
    ("The GCC summit opened in Riyadh. Oman is the region's largest economy, a founding GCC member, with a growing tech "
     "sector.", each("GCC", "OMN")),
])
def test_member_phrase_coordinated_with_another_predicate(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Turkey is a candidate for the EU and a member of NATO.",
    "Norway is a rich country and not a member of the EU.",
    "Norway is a rich country and a former member of the EU.",
    "Mongolia is a large country and an observer in the SCO.",
    "Thailand is a regional hub and a dialogue partner of the SCO.",
    "Kazakhstan is keen to deepen ties with the SCO and a member of BRICS.",
    "Georgia is a country that wants to join NATO and a member of the OSCE.",
    "Egypt is the largest Arab country, which is a member of BRICS.",
    "Serbia is a young democracy and an aspiring member of the EU.",
])
def test_coordinated_phrase_that_is_no_membership(text):
    assert members(text) == set()
