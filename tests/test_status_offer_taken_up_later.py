"""An offer (proposed) that both sides then agree, decide or set out to carry out is planned: "A offered B an agreement.
The two sides agreed to sign it next year" (the guide: proposed when one side offers, planned when the sides agreed or
intend to do it). One side's reply, or both sides still weighing the offer, leaves it an offer (extract/status_terms.py).
Passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str, parties: set[str]) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == parties)


@pytest.mark.parametrize("text, parties", [
    ("Ghana has proposed a memorandum on digital payments to Morocco. The two sides agreed to sign the memorandum next "
     "year.", {"GHA", "MAR"}),
    ("Ghana offered Morocco an agreement on satellite data. The presidents indicated that work would begin on the "
     "agreement.", {"GHA", "MAR"}),
    ("Ghana's president expressed readiness to cooperate with Morocco on satellite data. The two presidents agreed to "
     "draft a cooperation agreement.", {"GHA", "MAR"}),
    ("Peru has proposed a pact on lithium to Chile. Both countries will sign the pact in June.", {"PER", "CHL"}),
    ("Norway offered Estonia an accord on cyber defence. They decided to draft the accord by the end of the year.",
     {"NOR", "EST"}),
])
def test_an_offer_both_sides_then_agree_to_carry_out_is_planned(text, parties):
    assert statuses(text, parties) == ["planned"]


@pytest.mark.parametrize("text, parties, expected", [
    ("Ghana has proposed a memorandum on digital payments to Morocco. The two sides will study the proposal.",
     {"GHA", "MAR"}, ["proposed"]),
    ("Ghana has proposed a memorandum on digital payments to Morocco. Morocco said it would consider the offer.",
     {"GHA", "MAR"}, ["proposed"]),
    ("Ghana has proposed a memorandum on digital payments to Morocco. The two sides will discuss the memorandum next "
     "month.", {"GHA", "MAR"}, ["proposed"]),
    # a signed act is not lowered by a later plan of both sides
    ("Ghana and Morocco signed a memorandum on digital payments. The two sides agreed to implement it quickly.",
     {"GHA", "MAR"}, ["signed"]),
])
def test_an_offer_still_weighed_or_an_act_already_signed_keeps_its_status(text, parties, expected):
    assert statuses(text, parties) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana proposed a memorandum on digital payments to Morocco in 2023. After two years of talks, the two sides signed "
     "it on Monday.", ["signed"]),
    ("Ghana proposed a memorandum on digital payments to Morocco in 2023. On Tuesday, Morocco rejected the offer.",
     ["rejected"]),
])
def test_what_became_of_an_offer_of_an_earlier_year_on_a_day_of_the_news_is_told(text, expected):
    facts = extract_facts(Document(text=text, source="test.txt", issued=dt.date(2025, 6, 2)))
    assert sorted(a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"}) == expected


def test_a_day_of_the_news_before_an_act_of_a_later_year_tells_no_step_of_it():
    facts = extract_facts(Document(text="Ghana and Morocco agreed to sign a memorandum on digital payments in 2027. On "
                                        "Monday, officials said the text was ready.", source="test.txt",
                                   issued=dt.date(2025, 6, 2)))
    assert [a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"}] == ["planned"]
