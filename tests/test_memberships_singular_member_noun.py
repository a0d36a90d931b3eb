"""A state told in passing to be "a member country" or "a member nation" of a bloc is a member, as "a member state" is
("Iran, a member country of the SCO, ...", "Egypt, which is a member nation of BRICS, ..."). Found by varying the member
noun of the passing-membership shapes (/tmp-side generator): the singular "country" and "nation" were missed. Sentences
written for these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, a member country of the SCO, signed a trade deal with Pakistan on Monday.", each("SCO", "IRN")),
    ("Egypt, a member nation of BRICS, will host the next meeting.", each("BRICS", "EGY")),
    ("Iran, which is a member country of the Shanghai Cooperation Organisation, proposed a joint fund.", each("SCO", "IRN")),
    ("Egypt, itself a member nation of Brics, has called for a common currency.", each("BRICS", "EGY")),
    ("The SCO met in Astana. Iran, a member country of the bloc, signed a deal with Turkey.", each("SCO", "IRN")),
    ("Kenya, as a member country of the AU, backed the plan.", each("AU", "KEN")),
    ("Chile, a member economy of APEC, hosted the forum.", each("APEC", "CHL")),
    ("Ghana (a member nation of the AU) signed the pact.", each("AU", "GHA")),
])
def test_a_member_country_or_nation_of_a_bloc_is_a_member(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Iran, a partner country of the SCO, signed a trade deal with Pakistan.",
    "Iran, a former member country of the SCO, signed a trade deal.",
    "Iran, which is not a member country of the SCO, signed a trade deal.",
    "Egypt, a prospective member nation of BRICS, signed a deal.",
    "Egypt, which hopes to become a member country of BRICS, signed a deal.",
    "Turkey, a candidate country of the EU, signed the pact.",
])
def test_a_partner_former_or_would_be_member_country_is_no_member(text):
    assert members(text) == set()
