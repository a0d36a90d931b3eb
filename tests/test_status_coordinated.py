"""The second of two verbs under one future is ahead too when the first has its own object between them ("will
relaunch their programme in science and innovation and sign a memorandum"). Not a past verb after "and", not a
second clause of report, not a verb of concluding in the past."""

import pytest

from techpact.extract.status import find_status
from techpact.extract.status_coordinated import coordinated_ahead


@pytest.mark.parametrize("text", [
    "Argentina and Brazil will relaunch their binational programme in science, technology and innovation and sign a "
    "memorandum on ocean research.",
    "Kenya and Ghana plan to set up a joint fund for digital start-ups and conclude a treaty on data.",
    "The ministers are expected to review the roadmap for chip cooperation and then sign an agreement.",
])
def test_a_verb_of_concluding_after_a_future_with_an_object_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text, status", [
    # the second verb is done: past tense
    ("Argentina and Brazil will hold more talks next year and signed a memorandum on Monday.", "signed"),
    # a signing reported in its own clause after a future said by someone
    ("The minister said talks will resume in May, and Brazil and Chile sign a memorandum today.", "signed"),
])
def test_a_signing_not_under_the_future_is_not_planned(text, status):
    assert find_status(text) == status


def test_coordinated_ahead_needs_and_right_before_the_cue():
    text = "They will relaunch the programme in science and sign a memorandum."
    assert coordinated_ahead(text, text.index("sign a"))
    assert not coordinated_ahead(text, text.index("programme"))
