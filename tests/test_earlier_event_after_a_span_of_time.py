"""A clause after "(The visit) comes two years after" tells an earlier event: an instrument it names is an older act of
its own, its talk adds no sector to the act the news is about, and a deal with companies there is no act. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .extraction import acts_of

LEAD = "Kenya and Ethiopia signed a memorandum of understanding on artificial intelligence on Monday. "


@pytest.mark.parametrize("later", [
    "The visit comes two years after Kenya and Ethiopia signed a pact on power trade.",
    "The signing came roughly a year after the two countries concluded an agreement on power trade.",
    "It takes place 18 months after the two sides inked a treaty on power trade.",
    "The deal comes a year after the countries inked a pact on power trade.",  # the sides, uncounted
])
def test_an_instrument_told_after_a_span_of_time_is_an_older_act(later):
    acts = acts_of(LEAD + later)
    assert [(a.kind, a.status) for a in acts if a.kind == "mou"] == [("mou", "signed")]
    assert len([a for a in acts if set(a.parties) == {"ETH", "KEN"}]) == 2
    assert next(a for a in acts if a.kind == "mou").sectors == ["ai"]


@pytest.mark.parametrize("later", [
    "The visit comes two years after Kenya's president visited Ethiopia and discussed cooperation in defence.",
    "The talks took place a year after Kenya's president visited Ethiopia, signing deals worth $2 billion with "
    "Ethiopian firms on defence.",
])
def test_talk_or_company_deals_told_after_a_span_of_time_add_nothing(later):
    acts = acts_of(LEAD + later)
    assert [(sorted(a.parties), a.kind, a.sectors) for a in acts] == [(["ETH", "KEN"], "mou", ["ai"])]


def test_a_clause_after_a_plain_after_is_read_as_usual():
    acts = acts_of("Kenya and Ethiopia signed a memorandum on artificial intelligence after talks in Nairobi on Monday.")
    assert [(sorted(a.parties), a.kind) for a in acts] == [(["ETH", "KEN"], "mou")]


@pytest.mark.parametrize("text, older", [
    ("Chile signed a memorandum on AI with Peru on Monday, a week after it concluded a space agreement with Brazil.",
     (["BRA", "CHL"], "agreement", "signed")),
    ("Chile and Peru signed a memorandum on AI on Monday, ten days after they concluded a space treaty.",
     (["CHL", "PER"], "treaty", "signed")),
])
def test_an_act_a_few_weeks_or_days_earlier_told_by_its_subject_pronoun_is_an_older_act(text, older):
    acts = acts_of(text)
    assert [(sorted(a.parties), a.kind, a.status) for a in acts] == [(["CHL", "PER"], "mou", "signed"), older]


@pytest.mark.parametrize("later", [
    "The visit comes a month after Kenya requested the withdrawal of Ethiopia's military personnel from the border, "
    "aligning with its 'Kenya First' campaign platform.",
    "The visit comes two months after Kenya demanded the pull-out of Ethiopia's troops, in line with its campaign platform.",
])
def test_a_demand_that_the_other_sides_forces_leave_told_after_a_span_of_time_is_no_act(later):
    acts = acts_of(LEAD + later)
    assert [(sorted(a.parties), a.kind, a.status) for a in acts] == [(["ETH", "KEN"], "mou", "signed")]
