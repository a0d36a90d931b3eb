"""Settling the draft of an instrument, or its text when its signing is told ahead, or unveiling plans for one, is not
concluding it: planned. Signing the text signs it, agreeing on the text is read as agreeing the instrument, and
finalising or unveiling the thing itself concludes it."""

import pytest

from techpact.extract.status import find_status
from techpact.extract.status_drafts import text_only


@pytest.mark.parametrize("text", [
    "Kenya and Ghana finalised the text of a cybersecurity agreement, which will be signed in May.",
    "Kenya and Ghana finalised the wording of a memorandum on AI, to be signed during the next visit.",
    "The negotiators completed the draft of a treaty on data protection.",
    "Kenya and Ghana unveiled plans to build a joint satellite ground station.",
    "Kenya and Ghana launched a plan to set up a joint data centre next year.",
    "Kenya and Ghana launched talks on a digital trade agreement.",
    "Kenya and Ghana kicked off negotiations on an AI pact on Monday.",
])
def test_settling_the_text_of_an_instrument_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed the text of a cybersecurity agreement on Monday.",
    "Kenya and Ghana finalised a cybersecurity agreement on Monday.",
    "Kenya and Ghana agreed on the wording of a memorandum on artificial intelligence.",
    "Kenya and Ghana finalised the text of a cybersecurity agreement on Monday.",
    "Kenya and Ghana agreed on a roadmap for cooperation in artificial intelligence.",
    "Kenya and Ghana unveiled a joint satellite ground station on Monday.",
    "Kenya and Ghana launched a dialogue on artificial intelligence.",
])
def test_concluding_the_instrument_itself_is_signed(text):
    assert find_status(text) == "signed"


def test_text_only_reads_the_object_right_after_the_cue():
    text = "They finalised the final text of the accord, which will be signed in May."
    assert text_only(text, text.index("finalised"), text.index("finalised") + len("finalised"))
    assert not text_only(text, 0, len("They"))  # a subject, then a verb: no text right after


@pytest.mark.parametrize("text", [
    "Chile and Peru finalised the draft agreement on lithium refining.",
    "The draft memorandum of understanding on lithium between Chile and Peru was approved by both cabinets.",
    "The draft agreement on data exchange of the Andean states was finalized with the help of experts from Chile and Peru.",
])
def test_a_draft_instrument_settled_is_still_to_be_signed(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "The draft memorandum between Chile and Peru was signed on Monday.",
    "Chile and Peru finalised a lithium agreement, a draft of which was published in May.",
])
def test_a_draft_signed_or_named_aside_leaves_the_act_concluded(text):
    assert find_status(text) == "signed"
