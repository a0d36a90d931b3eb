"""Dates inside a "since ..." phrase date no act; lower-case month names with a day are months; an act told at an
occasion takes the occasion's more precise date (sentences written for the test, never taken from the eval passages)."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_dates_occasions import finer
from techpact.extract.act_dates_spans import inside_since_phrase, lower_case_month
from techpact.extract.dates import first_date
from techpact.extract.facts import PartialDate
from techpact.loaders.document import Document

ISSUED = dt.date(2024, 10, 9)


def dated(text: str) -> set[tuple[str, str | None]]:
    facts = extract_facts(Document(text=text, source="t", issued=ISSUED))
    return {(a.status, str(a.date) if a.date else None) for a in facts.agreements}


def test_act_dates_spans_a_lower_case_month_with_a_day_dates_the_occasion():
    text = ("The ministerial meeting on critical minerals, held on february 4 in Accra, brought together delegations "
            "from 20 countries. One of the main outcomes was the signing of framework agreements between Ghana and Togo.")
    assert dated(text) == {("signed", "2024-02-04")}


@pytest.mark.parametrize("word, with_number, month", [
    ("february", True, True), ("sept.", True, True), ("may", True, False), ("march", True, False), ("june", False, False),
])
def test_act_dates_spans_lower_case_month(word, with_number, month):
    assert lower_case_month(word, with_number) is month


def test_act_dates_spans_they_may_stays_a_word():
    assert first_date("Ghana and Togo may 4 times a year hold talks.", ISSUED) is None


@pytest.mark.parametrize("sentence", [
    "Ghana and Togo signed a memorandum on satellite data, the first since the opening of the joint commission in 1998.",
    "Since its inauguration in 2009, the Ghana-Togo dialogue has agreed on a memorandum each year.",
])
def test_act_dates_spans_a_date_inside_a_since_phrase_dates_no_act(sentence):
    assert first_date(sentence, ISSUED) is None


def test_act_dates_spans_since_phrase_reads_only_the_phrase():
    assert inside_since_phrase("the first visit since the establishment of diplomatic ties in ")
    assert not inside_since_phrase("Since then, Ghana and Togo signed a memorandum in ")
    assert first_date("Since then, Ghana and Togo signed a memorandum in 2021.", ISSUED) == PartialDate(2021)


def test_act_dates_spans_an_act_at_an_occasion_takes_its_more_precise_date():
    text = ("On 20 October 2018, the ninth Ghana-Togo space policy meeting was held in Accra. At the ninth policy meeting "
            "in 2018, participants agreed that Ghana and Togo will set up a joint working group on satellite data.")
    assert dated(text) == {("planned", "2018-10-20")}
    assert finer(PartialDate(2018), PartialDate(2019, 10, 20)) == PartialDate(2018)  # another year: the act's own
    assert finer(None, PartialDate(2019, 10, 20)) == PartialDate(2019, 10, 20)


@pytest.mark.parametrize("sentence, date", [
    ("On 14 January 2014 an intergovernmental agreement was signed by Ghana and Togo.", "2014-01-14"),
    ("In March 2019 the agreement was signed by Ghana and Togo.", "2019-03"),
    ("Ghana and Togo renewed the 2015 agreement in May 2021.", "2021-05"),
])
def test_act_dates_spans_a_date_told_before_the_clause_s_subject_is_the_act_s(sentence, date):
    assert str(first_date(sentence, ISSUED)) == date


def test_act_dates_spans_an_older_act_named_by_its_year_is_still_passed_over():
    assert first_date("Ghana and Togo recalled the 2001 Accra treaty.", ISSUED) is None


def test_act_dates_spans_plural_meetings_are_an_occasion():
    text = ("During 3 October meetings in Accra, Ghana's president met his Togolese counterpart. "
            "The leaders of Ghana and Togo also agreed to set up a joint working group on cyber threats.")
    assert dated(text) == {("planned", "2024-10-03")}


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo, which established diplomatic ties in 1960, signed a memorandum on solar power.", None),
    ("After establishing a joint commission in 2015, Ghana and Togo signed a memorandum on solar power.", None),
    ("Ghana and Togo signed a memorandum on solar power, 60 years after establishing diplomatic ties in 1960.", None),
    ("Ghana and Togo signed a memorandum on solar power in 2023, two years after their first summit.", "2023"),
])
def test_act_dates_spans_a_date_of_the_parties_earlier_history_dates_no_new_act(text, expected):
    facts = extract_facts(Document(text=text, source="t"))
    assert [str(a.date) if a.date else None for a in facts.agreements if a.kind == "mou"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo signed a memorandum on solar power, after Benin and Niger signed one in 2019.", None),
    ("Ghana and Togo signed a memorandum on solar power; Benin and Niger signed a similar one in 2019.", None),
    ("Ghana and Togo signed a memorandum on solar power, after Benin signed one with Niger in 2019.", None),
    ("Ghana and Togo signed a memorandum on solar power in 2023, after Benin and Niger signed one in 2019.", "2023"),
])
def test_act_dates_spans_the_date_of_others_act_of_the_same_kind_dates_no_new_act(text, expected):
    facts = extract_facts(Document(text=text, source="t"))
    assert [str(a.date) if a.date else None for a in facts.agreements if {"GHA", "TGO"} <= set(a.parties)] == [expected]
