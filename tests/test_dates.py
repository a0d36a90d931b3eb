"""Dates at the text's precision (extract/dates.py, facts.PartialDate); sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.dates import first_date
from techpact.extract.facts import PartialDate
from techpact.loaders.document import Document

FRIDAY = dt.date(2026, 2, 13)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru and Chile signed the accord in November 2018.", "2018-11"),
    ("The two ministers met on 4 February 2026 and signed a memorandum.", "2026-02-04"),
    ("It was signed on February 4, 2026, in Lima.", "2026-02-04"),
    ("The sides agreed in 2024 to share satellite data.", "2024"),
    ("Officials signed the memorandum on Tuesday.", "2026-02-10"),
    ("Officials signed the memorandum on Friday.", "2026-02-13"),
    ("Ghana and Togo inked the plan yesterday.", "2026-02-12"),
    ("Ghana and Togo will sign the treaty next year.", "2027"),
    ("The agreement was concluded last month.", "2026-01"),
    ("The accord was signed on 9 January.", "2026-01-09"),
    ("The deal was reached in March.", "2025-03"),
    ("Lima and Quito concluded the pact last July.", "2025-07"),
    ("The accord was signed last February, months before the vote.", "2025-02"),
    ("They expect to sign it next March.", "2026-03"),
    ("The road map was adopted this January.", "2026-01"),
])
def test_dates_keep_the_text_precision(sentence, expected):
    found = first_date(sentence, FRIDAY)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Building on the 2009 treaty, Peru and Chile signed a memorandum on Tuesday.", "2026-02-10"),
    ("Partners since 2015, the two states signed a space accord in June 2023.", "2023-06"),
    ("Recalling the agreement signed in 2012, they adopted a declaration on 2 May 2022.", "2022-05-02"),
    ("They plan to finish the cable by 2030 under a pact concluded in April 2025.", "2025-04"),
    ("LIMA, Feb 12 (Wire) — Peru and Chile signed an accord on 10 February.", "2026-02-10"),
])
def test_dates_of_other_acts_and_spans_are_passed_over(sentence, expected):
    found = first_date(sentence, FRIDAY)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize("sentence", [
    "Under the 2001 treaty of friendship, cooperation continues.",
    "The two states have cooperated since 2015.",
    "They may sign something, officials said.",
    "Officials signed the memorandum on Tuesday.",  # no publication date to resolve it against
])
def test_no_date_when_the_sentence_gives_none_for_its_act(sentence):
    assert first_date(sentence, None) is None


def test_partial_dates_compare_at_their_shared_precision():
    month, day, other_day = PartialDate(2024, 3), PartialDate(2024, 3, 9), PartialDate(2024, 3, 12)
    assert month.compatible(day) and day.compatible(month) and PartialDate(2024).compatible(day)
    assert not day.compatible(other_day) and not PartialDate(2023).compatible(month)
    assert (month.first_day(), month.last_day()) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert PartialDate(2024).last_day() == dt.date(2024, 12, 31)
    assert [PartialDate.parse(t).precision for t in ("2024", "2024-03", "2024-03-09")] == ["year", "month", "day"]
    with pytest.raises(ValueError):
        PartialDate.parse("2024-13")


def test_an_agreement_takes_its_date_from_its_own_sentence_not_a_later_one():
    text = ("Peru and Chile signed a memorandum of understanding on satellites in May 2023. "
            "The memorandum builds on earlier work. A separate energy forum met in September 2024.")
    [agreement] = extract_facts(Document(text=text, source="t", issued=dt.date(2024, 10, 1))).agreements
    assert agreement.date == PartialDate(2023, 5)


def test_an_undated_signing_gets_no_date_from_the_publication_date():
    text = "Peru and Chile signed a memorandum of understanding on satellites."
    [agreement] = extract_facts(Document(text=text, source="t", issued=dt.date(2024, 10, 1))).agreements
    assert agreement.date is None


def test_a_month_and_day_take_the_one_year_the_sentence_names_when_publication_is_unknown():
    assert str(first_date("On Friday, March 7, during Lima Tech Week 2031, the two signed.", None)) == "2031-03-07"
    assert first_date("On March 7 the two signed, building on a 2019 pact.", None) is None
    assert first_date("On March 7 the two signed; they have cooperated since 2019.", None) is None


@pytest.mark.parametrize(("text", "older"), [
    ("Peru and Chile signed a memorandum on satellites on Tuesday. The memorandum builds on a 2011 agreement between them.",
     PartialDate(2011)),
    ("Peru and Chile signed a memorandum on satellites on Tuesday, building on their existing partnership.", None),
])
def test_an_older_act_the_new_one_rests_on_keeps_its_own_year_not_the_new_acts_day(text, older):
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    signed = [a for a in acts if a.status == "signed"]
    prior = [a for a in acts if a.status == "in-force"]
    assert [a.date for a in signed] == [PartialDate(2026, 2, 10)]
    assert [a.date for a in prior] == [older]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru and Chile will sign a memorandum on fisheries data on Monday, the ministry said.", "2026-02-16"),
    ("The memorandum is expected to be signed on Friday in Lima.", "2026-02-13"),
    ("Peru and Chile will sign the memorandum, the ministry said on Tuesday.", "2026-02-10"),
    ("The two sides, which will meet again in March, signed the memorandum on Tuesday.", None),
    ("They will implement the memorandum they signed on Tuesday.", "2026-02-10"),
])
def test_a_weekday_an_act_is_still_ahead_of_is_the_coming_one(sentence, expected):
    found = first_date(sentence, FRIDAY)
    if expected is None:
        assert found is None or found.isoformat() != "2026-02-17"
    else:
        assert found is not None and found.isoformat() == expected


def test_an_act_told_as_existing_takes_the_year_its_name_gives():
    text = ("Peru and Chile signed a memorandum on satellites on Tuesday. "
            "Peru and Chile also have a 2019 agreement on fisheries data, which remains in force.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert sorted((a.status, str(a.date)) for a in acts) == [("in-force", "2019"), ("signed", "2026-02-10")]


def test_an_act_told_at_a_dated_occasion_takes_the_occasions_date():
    text = ("The Lima summit was held on 4 February. "
            "At the summit, the leaders of Peru and Chile adopted a joint statement on fisheries data.")
    [act] = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert str(act.date) == "2026-02-04"


def test_one_more_act_told_with_also_takes_the_date_of_the_act_of_its_parties_and_status_before_it():
    text = ("Peru and Chile signed a memorandum on fisheries on Tuesday. "
            "In 2019 Peru and Chile agreed to build a data cable. "
            "The two countries also signed a memorandum on space. \"Today is a good day,\" a minister said.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert [str(a.date) for a in acts if a.status == "signed"] == ["2026-02-10", "2026-02-10"]


@pytest.mark.parametrize("text", [
    "Peru and Chile signed a memorandum on fisheries. The next summit will be held on 20 May.",
    "Peru and Chile have had a fisheries agreement at the heart of their summit since 2010. The summit met on 4 February.",
])
def test_an_occasion_ahead_or_an_act_told_as_existing_takes_no_occasion_date(text):
    for act in extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements:
        assert str(act.date) not in ("2026-05-20", "2025-05-20", "2026-02-04")


def test_a_day_of_the_publications_own_month_is_this_years_even_a_few_days_ahead():
    first_of_july = dt.date(2023, 7, 1)  # a story dated by its month only ("DATE: 2023-07") reads as its first day
    assert str(first_date("The summit was held virtually on 4 July.", first_of_july)) == "2023-07-04"
    assert str(first_date("The accord was signed on 4 August.", first_of_july)) == "2022-08-04"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lima denounced the treaty in January last year.", "2025-01"),
    ("The two signed the accord in March this year.", "2026-03"),
    ("They plan to sign it in June next year.", "2027-06"),
    ("The leaders agreed to strengthen cooperation at a summit in May of last year.", "2025-05"),
    ("They plan to sign it in June of next year.", "2027-06"),
])
def test_a_month_with_last_this_or_next_year_takes_that_year(sentence, expected):
    found = first_date(sentence, FRIDAY)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru and Chile have cooperated on fisheries data since 2015.", "2015"),
    ("Peru and Chile have been strategic partners since December 2020.", "2020-12"),
])
def test_an_act_going_on_is_dated_from_when_it_began(text, expected):
    [act] = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert act.status == "in-force" and str(act.date) == expected


def test_an_act_told_at_an_undated_occasion_takes_the_date_the_story_leads_with():
    text = ("Peru, Chile and Ecuador failed on Sunday to agree on a timetable for a fisheries pact. "
            "The three ministers met in Lima for the first time in years. "
            "A joint statement issued after the meeting said the three would continue discussions.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert [str(a.date) for a in acts if a.kind == "joint-statement"] == ["2026-02-08"]


def test_one_more_act_told_with_also_and_none_dated_before_takes_the_occasion_told_as_held():
    text = ("The ministers decided to work on fisheries data in areas identified at the 3rd Andean Summit held on 2 January. "
            "The 5th Meeting of Andean Fisheries Ministers was held in Lima yesterday under the chair of Peru. "
            "The ministers of Peru, Chile and Ecuador also adopted a declaration of the meeting.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert [str(a.date) for a in acts if a.kind == "declaration"] == ["2026-02-12"]


@pytest.mark.parametrize("text", [
    # also, but nothing tells an occasion as held: no date
    "Peru and Chile signed a memorandum on fisheries. The two countries also signed a memorandum on space.",
    # the occasion is only ahead
    "Peru and Chile also signed a memorandum on space. The next summit will be held on 20 May.",
])
def test_one_more_act_takes_no_occasion_date_when_no_occasion_is_told_as_held(text):
    for act in extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements:
        assert act.date is None


@pytest.mark.parametrize(("sentence", "expected"), [
    # a month or day with no year, told as still ahead: the coming one (publication Friday 2026-02-13)
    ("The cable accord will be signed in November.", "2026-11"),
    ("The pact is likely to be signed in September, the agency said.", "2026-09"),
    ("The memorandum is expected to be signed on 3 January.", "2027-01-03"),
    ("The reactor deal will be signed in February.", "2026-02"),
    # an initialism's dots end no clause: "with the U.S. on Monday"
    ("Peru will sign an agreement with the U.S. on Monday to build a reactor.", "2026-02-16"),
    # what was done keeps the latest past one
    ("Peru and Chile signed the cable accord in November.", "2025-11"),
    ("They will implement the accord they signed in November.", "2025-11"),
    ("Peru told the U.S. on Monday that it had signed.", "2026-02-09"),
])
def test_a_month_an_act_is_still_ahead_of_is_the_coming_one(sentence, expected):
    found = first_date(sentence, FRIDAY)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize("text", [
    ("The Andean summit was held in Lima on 4 January. "
     "Peru and Chile signed a fisheries data memorandum, fulfilling a commitment made at the Lima summit."),
    ("The Andean summit was held in Lima on 4 January. "
     "Peru and Chile set up a joint cable office, as agreed at the summit."),
])
def test_an_act_carrying_out_a_decision_of_an_occasion_is_not_dated_by_that_occasion(text):
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert acts and all(str(act.date) != "2026-01-04" for act in acts)


def test_an_act_planned_in_the_same_breath_as_a_dated_one_takes_its_date():
    text = ("Peru and Chile signed five documents on Wednesday during talks in Lima. "
            "The two sides also signed a memorandum on fisheries data and agreed to consider building a joint cable.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    planned = [a for a in acts if a.status == "planned"]
    assert planned and all(str(a.date) == "2026-02-11" for a in planned)


def test_an_act_told_in_a_sentence_of_its_own_takes_no_date_from_an_act_before_it():
    text = ("Peru and Chile signed a memorandum on fisheries data on Wednesday during talks in Lima. "
            "Separately, Peru and Chile plan to build a joint cable.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert [str(a.date) for a in acts if a.status == "planned"] == ["None"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The decree suspends the cable agreement between Peru and Chile, signed by the two governments in 2011, and its annexes.", None),
    ("Peru terminated the data accord with Chile, which was signed in 2015, citing costs.", None),
    ("Peru withdrew on Monday from the cable pact with Chile, signed in 2019.", "2026-02-09"),
    ("The memorandum with Chile, signed in October, covers fisheries data.", "2025-10"),
])
def test_the_signing_told_aside_in_a_clause_that_ends_an_act_does_not_date_the_end(sentence, expected):
    found = first_date(sentence, FRIDAY)
    assert (found.isoformat() if found else None) == expected


def test_a_plan_also_agreed_after_a_dated_signing_takes_the_signings_date():
    text = ("Peru and Chile on Wednesday signed a memorandum on fisheries data during talks in Lima. "
            "The two countries also agreed to set up a working group on cable security.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    planned = [a for a in acts if a.status == "planned"]
    assert planned and [str(a.date) for a in planned] == ["2026-02-11"]


def test_a_plan_also_told_as_still_to_come_takes_no_date_from_a_signing_before_it():
    text = ("Peru and Chile on Wednesday signed a memorandum on fisheries data during talks in Lima. "
            "The two countries will also set up a working group on cable security.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert all(a.date is None for a in acts if a.status == "planned")


def test_acts_listed_in_a_sentence_that_retells_a_dated_signing_take_its_day():
    text = ("Peru and Chile on Tuesday signed a series of agreements to deepen their ties. "
            "During their meeting, both sides concluded agreements encompassing a Digital Partnership Council, "
            "the Andes Solar Initiative and a memorandum of understanding on fisheries data.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert len(acts) >= 3
    assert {str(a.date) for a in acts} == {"2026-02-10"}


def test_an_earlier_visit_is_not_the_occasion_of_the_acts_told():
    text = ("During the meeting, Peru and Chile concluded a memorandum of understanding on fisheries data. "
            "The leaders praised the council set up under the memorandum signed during the president's previous visit in November.")
    acts = extract_facts(Document(text=text, source="t", issued=FRIDAY)).agreements
    assert acts and all(str(a.date) != "2025-11" for a in acts)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The memorandum was signed during the president's previous visit in November.", None),
    ("The ministers met at the last summit in June and signed a deal on Monday.", "2026-02-09"),
    ("The accord was signed during the visit in November.", "2025-11"),
])
def test_the_date_of_an_earlier_visit_or_summit_is_not_the_acts(sentence, expected):
    found = first_date(sentence, FRIDAY)
    assert (found and str(found)) == expected
