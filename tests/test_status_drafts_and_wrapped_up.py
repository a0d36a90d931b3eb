"""A draft handed to the other side is an offer whoever stands between verb and draft ("handed Togo a draft
memorandum", "sent to Peru its draft treaty"); an instrument wrapped up is concluded ("wrapped up a memorandum on
data"), talks wrapped up are not. Sentences written for these tests, a sample of a generator that varies the verb slot
of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Ghana handed Togo a draft memorandum on data protection on Monday.",
    "Chile sent to Peru its draft treaty on space research.",
    "Ghana handed over a draft agreement on cybersecurity to Togo.",
])
def test_a_draft_handed_to_the_other_side_is_an_offer(text):
    assert find_status(text) == "proposed"


def test_an_instrument_wrapped_up_is_concluded_even_beside_a_sentence_ahead():
    text = ("Ghana and Togo wrapped up a memorandum of understanding on data protection on Monday. "
            "The memorandum is expected to boost bilateral trade.")
    assert [act.status for act in acts_of(text)] == ["signed"]


@pytest.mark.parametrize("text", [
    "Ghana and Togo wrapped up talks on data protection on Monday.",
    "The Ghanaian president wrapped up a visit to Togo.",
])
def test_wrapping_up_talks_or_a_visit_concludes_no_instrument(text):
    assert find_status(text) != "signed"


@pytest.mark.parametrize("text", [
    "Ghana handed Togo's government a draft memorandum on data protection.",
    "Chile handed the Peruvian side a draft treaty on space research.",
])
def test_a_draft_handed_to_the_other_sides_government_is_an_offer(text):
    assert find_status(text) == "proposed"


@pytest.mark.parametrize("text, parties", [
    ("Peru has prepared a draft agreement with Chile on lithium research and sent it to Santiago.", {"CHL", "PER"}),
    ("China produced a draft framework agreement with Vietnam on offshore wind.", {"CHN", "VNM"}),
    ("Kenya's ministry drew up a draft memorandum with Ghana on data protection.", {"GHA", "KEN"}),
])
def test_a_draft_drawn_up_by_one_side_is_its_offer(text, parties):
    assert [act.status for act in acts_of(text) if set(act.parties) == parties] == ["proposed"]


@pytest.mark.parametrize("text", [
    "Chile and Peru have prepared a draft memorandum on lithium research.",
    "Both Ghana and Togo produced a draft agreement on cybersecurity.",
])
def test_a_draft_drawn_up_by_both_sides_is_their_plan(text):
    assert [act.status for act in acts_of(text)] == ["planned"]
