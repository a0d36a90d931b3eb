"""The words between an article and a bloc's member noun describe the member ("a founding SCO member", "a key BRICS
member"), never a prepositional phrase that makes the state something else of a member: "Iran, a neighbour of SCO member
Pakistan" makes Pakistan a member, not Iran. Found by the look-alikes of the passing-membership generator (/tmp-side).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, a neighbour of SCO member Pakistan, signed a deal.", each("SCO", "PAK")),
    ("Kenya, a close ally of AU member Ethiopia, hosted talks.", each("AU", "ETH")),
    ("Ukraine, a partner to NATO member Poland, signed the pact.", each("NATO", "POL")),
    ("Mexico, a rival for G20 member Brazil, signed.", each("G20", "BRA")),
])
def test_a_prepositional_phrase_before_a_bloc_member_is_another_state(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan, a founding SCO member, signed a deal.", each("SCO", "KAZ")),
    ("Egypt, a key BRICS member, signed a deal.", each("BRICS", "EGY")),
    ("Poland, a front-line NATO member, sent troops.", each("NATO", "POL")),
])
def test_words_describing_the_member_still_make_it_one(text, expected):
    assert members(text) == expected
