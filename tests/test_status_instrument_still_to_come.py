"""An instrument named as still to come ("the upcoming memorandum", "a prospective deal", "the forthcoming treaty",
"a possible pact") is planned, whatever its clause says it covers; the words before other nouns tell no status.
Sentences written for these tests, a sample of a generator that varies the modifier of an act told as a subject."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "The upcoming memorandum of understanding between Ghana and Togo covers data protection.",
    "Chile's prospective deal with Peru provides for joint lithium research.",
    "The forthcoming Ghana-Togo treaty focuses on cybersecurity.",
    "The impending accord between Chile and Peru includes provisions on space research.",
    "Ghana and Togo discussed a possible agreement on digital payments.",
    "A future pact between Chile and Peru would cover green hydrogen.",
])
def test_an_instrument_still_to_come_is_planned(text):
    assert find_status(text) == "planned"


def test_the_act_of_an_upcoming_memorandum_is_planned_not_its_kinds_default():
    acts = acts_of("The upcoming memorandum of understanding between Ghana and Togo covers data protection.")
    assert [(sorted(act.parties), act.status) for act in acts] == [(["GHA", "TGO"], "planned")]


@pytest.mark.parametrize(("text", "status"), [
    ("Chile and Peru signed an agreement on the future digital economy.", "signed"),
    ("The upcoming memorandum between Ghana and Togo was signed on Monday.", "signed"),
    ("Chile and Peru discussed future cooperation in lithium.", "planned"),
])
def test_other_words_keep_their_own_status(text, status):
    assert find_status(text) == status


def test_a_future_noun_that_is_no_instrument_tells_nothing_ahead():
    assert find_status("Officials weighed the future of the cocoa market.") is None


def test_the_adjective_must_stand_on_the_instruments_own_phrase():
    assert find_status("Potential partners of the pact include Ghana and Togo.") is None
