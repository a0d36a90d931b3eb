"""A signing told in the past progressive ("agreements were being signed, state media said") took place as the news
was gathered: signed. A making that takes time ("was being finalised") and a signing told in the present progressive
("is being signed next week") are not done. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Agreements worth about $12 billion were being signed in Lima, Peruvian state media said.",
    "Memoranda on hydrogen and artificial intelligence were being signed by Kenya and Ghana on Monday.",
    "Several deals on space cooperation were also being inked as the two presidents met.",
])
def test_a_signing_told_in_progress_is_done(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "The memorandum between Kenya and Ghana was being finalised.",
    "The memorandum between Kenya and Ghana is being signed next week.",
])
def test_a_making_still_going_on_or_dated_ahead_is_not(text):
    assert find_status(text) == "planned"


def test_the_act_of_a_signing_in_progress_is_signed():
    acts = acts_of("Chile and Peru: agreements on lithium and data were being signed in Santiago on Monday, officials said.")
    assert [(sorted(act.parties), act.status) for act in acts] == [(["CHL", "PER"], "signed")]
