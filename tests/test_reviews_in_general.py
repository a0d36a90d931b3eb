"""Sides reviewing their instruments in general make no act and give the act in focus no status (reviews): "the two
sides also reviewed ongoing bilateral initiatives" neither adds an initiative nor makes the one just launched ongoing;
an instrument signed beside the review stays."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.reviews import past_review, unreviewed
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return [(a.kind, a.status) for a in facts.agreements if len(a.parties) >= 2]


def test_reviews_a_review_after_a_launch_adds_no_act_and_no_status():
    text = ("Chile and Korea launched a joint initiative on quantum computing on Tuesday. During the meeting, the two "
            "sides also reviewed ongoing bilateral initiatives and shared views on regional developments.")
    assert acts(text) == [("initiative", "signed")]


@pytest.mark.parametrize("text", [
    "Chile and Korea reviewed ongoing projects.",
    "The two countries took stock of existing agreements on Monday.",
])
def test_reviews_a_review_alone_is_no_act(text):
    assert not acts(text)


@pytest.mark.parametrize("text, expected", [
    ("Chile and Korea reviewed the implementation of existing agreements and signed a new memorandum on AI.",
     [("mou", "signed")]),
    ("Chile and Korea signed a memorandum on AI. They also reviewed existing agreements on trade.", [("mou", "signed")]),
])
def test_reviews_an_instrument_signed_beside_the_review_stays(text, expected):
    assert acts(text) == expected


def test_reviews_kind_and_status_outside_the_review():
    text = "They reviewed existing agreements and signed a memorandum."
    kind, where = past_review(text, "agreement", text.index("agreements"))
    assert (kind, text[where:where + 10]) == ("mou", "memorandum")
    assert unreviewed("They reviewed ongoing initiatives.", "in-force") is None
    assert unreviewed(text, "signed") == "signed"
