"""'As a member of B' at the end of a clause says the subject is the member, never the object of a preposition before it:
"Iran signed a deal with Pakistan on Monday as a member of the SCO" makes no member of Pakistan. Found by moving the
passing membership to the end of the clause in the passing-membership generator (/tmp-side): the state after "with" was
read as the member. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize("text", [
    "Iran signed a trade deal with Pakistan on Monday as a member of the SCO.",
    "Poland signed a pact with Ukraine as a member of NATO.",
    "Egypt sent aid to Sudan as a member of BRICS.",
    "Japan bought gas from Qatar as a member of the G7.",
    "The pact between the UAE and Kenya was signed as a member of the AU.",
])
def test_a_state_after_a_preposition_is_no_member_by_as_a_member(text):
    assert not any(state in {"PAK", "UKR", "SDN", "QAT", "ARE", "KEN"} for state, _ in members(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, as a member of the SCO, signed a deal with Pakistan.", each("SCO", "IRN")),
    ("Iran joined the talks as a member of the SCO.", each("SCO", "IRN")),
    ("The SCO admitted Iran as a member of the bloc.", each("SCO", "IRN")),
    ("Egypt signed the charter as a BRICS member.", each("BRICS", "EGY")),
])
def test_the_subject_or_the_verbs_object_as_a_member_is_a_member(text, expected):
    assert members(text) == expected
