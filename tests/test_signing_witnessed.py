"""Instruments whose signing or exchange the leaders witness, oversee, attend or preside over are introduced as new
when nothing points back to them ("The leaders also oversaw the exchange of agreements on 5G networks", "witnessed the
signing of memoranda on ..."): one more act of the same parties. "witnessed the signing of the memorandum" points
back to the act told and stays it. Passages written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from techpact.extract import cues

from .extraction import acts_of

_SIGNED = "Angola and Zambia signed an agreement on solar energy on Monday. "


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"AGO", "ZMB"})


@pytest.mark.parametrize("second", [
    "The two presidents also oversaw the exchange of agreements on satellite communications.",
    "The leaders witnessed the signing of memoranda on lithium mining.",
    "They presided over the signing of agreements on railway links.",
])
def test_instruments_whose_signing_is_witnessed_are_one_more_act(second):
    assert sum(_acts(_SIGNED + second).values()) == 2


@pytest.mark.parametrize("second", [
    "The two presidents witnessed the signing of the agreement at the state house.",
    "Senior ministers attended the signing of the agreement in Luanda.",
    "Officials hailed the signing of agreements as a milestone.",
])
def test_the_signing_of_the_act_told_stays_it(second):
    assert sum(_acts(_SIGNED + second).values()) == 1


@pytest.mark.parametrize("text, new", [
    ("The leaders oversaw the exchange of agreements", True),
    ("The leaders witnessed the signing of memoranda", True),
    ("The leaders witnessed the signing of the agreement", False),
])
def test_a_witnessed_signing_introduces_what_follows_unless_pointed_back(text, new):
    assert cues.introduces_instrument(text, text.rfind(" ") + 1) is new  # the last word is the instrument
