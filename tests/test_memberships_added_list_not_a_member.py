"""A list added to a bloc's members that says of itself it is no member (membership_matches: _NON_MEMBER_TAIL): "along with
Turkey as an observer", "alongside Mongolia, an observer", "together with Laos, which is a dialogue partner" give no
membership, while the members beside them still do. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("China is a member of the SCO, along with Turkey as an observer.", each("SCO", "CHN")),
    ("China joined the SCO in 2001, alongside Mongolia, an observer.", each("SCO", "CHN")),
    ("China is a member of the SCO, along with Turkey, which is a dialogue partner.", each("SCO", "CHN")),
    ("The SCO includes China, along with Turkey as a dialogue partner.", each("SCO", "CHN")),
    ("Kazakhstan became a member of the EAEU in 2015, together with Uzbekistan as an observer.", each("EAEU", "KAZ")),
    ("Brazil joined BRICS in 2009, alongside Bolivia, a partner country.", each("BRICS", "BRA")),
    ("Indonesia is a member of ASEAN, along with Timor-Leste, which is still an observer.", each("ASEAN", "IDN")),
])
def test_added_list_that_is_no_member_is_left_out(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO includes China, along with Russia, a founding member.", each("SCO", "CHN", "RUS")),
    ("China is a member of the SCO, along with Russia, a founder.", each("SCO", "CHN", "RUS")),
    ("China joined the SCO in 2001, alongside Russia and Kazakhstan.", each("SCO", "CHN", "RUS", "KAZ")),
    ("SCO members Kazakhstan and Uzbekistan, a key partner for China, signed the deal.", each("SCO", "KAZ", "UZB")),
    ("SCO members include China and Russia, which is a partner of Iran.", each("SCO", "CHN", "RUS")),
])
def test_added_members_are_still_read(text, expected):
    assert members(text) == expected
