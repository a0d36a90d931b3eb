"""A list a word of non-membership stands right before ("Observers Mongolia and Belarus", "dialogue partners Turkey and
Egypt", "guests Qatar and Turkey") is never read as members by a rule whose match opens at the list (membership_matches.
negated). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO met. Observers Mongolia and Belarus, like other SCO members, agreed.", set()),
    ("The SCO met. Dialogue partners Turkey and Egypt joined other SCO members in backing it.", set()),
    ("The SCO met. Guests Turkey and Qatar, like other SCO members, agreed.", set()),
    ("The SCO met. Applicants Laos and Myanmar joined other SCO members in backing it.", set()),
    ("The SCO met. Kazakhstan and Uzbekistan joined other SCO members in backing it.", each("SCO", "KAZ", "UZB")),
])
def test_a_list_named_as_observers_or_partners_is_no_member_list(text, expected):
    assert members(text) == expected
