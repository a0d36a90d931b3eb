"""A state that belongs to a bloc, is part of it, or founded it "along with" others (membership_rules.JOINED_WITH holds
list-make-up-bloc): "Iran belongs to the SCO, along with Pakistan", "Kazakhstan is part of the bloc, together with
Armenia", also when "the bloc" points back to a bloc named earlier in the passage. Sentences and passages written for
these tests (from a passage generator over eighteen blocs), with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran belongs to the SCO, along with Pakistan.", each("SCO", "IRN", "PAK")),
    ("The SCO summit opened in Astana on Tuesday. China belongs to the bloc, along with Russia. Trade was discussed.",
     each("SCO", "CHN", "RUS")),
    ("The EAEU met in Minsk. Kazakhstan is part of the union, together with Armenia and Belarus.",
     each("EAEU", "KAZ", "ARM", "BLR")),
    ("Uruguay has been part of Mercosur since 1991, alongside Paraguay.", each("MERCOSUR", "URY", "PRY")),
    ("China and Russia founded the SCO in 2001, along with Kazakhstan.", each("SCO", "CHN", "RUS", "KAZ")),
    ("The GCC summit opened in Riyadh. Oman is part of the council, along with Kuwait.", each("GCC", "OMN", "KWT")),
])
def test_along_with_after_belongs_to_or_part_of(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("China is part of the SCO, along with Turkey as an observer.", each("SCO", "CHN")),
    ("China is part of the SCO, alongside Mongolia, an observer.", each("SCO", "CHN")),
    ("China belongs to the SCO along with its partner Turkey.", each("SCO", "CHN")),
    ("Kazakhstan is in the EAEU, along with neighbouring Uzbekistan as an observer.", each("EAEU", "KAZ")),
    ("China is part of the SCO, along with Turkey, which is a dialogue partner.", each("SCO", "CHN")),
    ("China belongs to the SCO, along with the BRICS group.", each("SCO", "CHN")),
    ("China wants to be part of the deal, along with Russia.", set()),
])
def test_along_with_a_non_member_adds_nobody(text, expected):
    assert members(text) == expected
