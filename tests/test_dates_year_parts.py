"""A year told with the part of it the act fell in ('at the end of 2017', 'in mid-2019', 'in the summer of 2019', 'in
autumn 2019', 'in the first half of 2019', 'in the third quarter of 2023', 'at the start of 2019') dates the act to
that year; a deadline ("by the end of 2025") stays no date of the act. A weekday with its date beside it ("on
Wednesday (March 13)") is dated by that date, not by the weekday before publication."""

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def dates(text: str) -> set[str]:
    facts = extract_facts(Document(text=text, source="test.txt", issued=dt.date(2024, 5, 1)))
    return {str(a.date) for a in facts.agreements}


@pytest.mark.parametrize("text, year", [
    ("At the end of 2017, an agreement was signed between Uzbekistan and Russia on nuclear power.", "2017"),
    ("A bilateral agreement between Chile and Peru was signed at the end of 2018 covering lithium.", "2018"),
    ("In mid-2019, Egypt and Kenya signed a memorandum on fintech.", "2019"),
    ("In the summer of 2020, Oman and Jordan signed an accord on cybersecurity.", "2020"),
    ("Vietnam and Laos signed an agreement on digital payments in autumn 2021.", "2021"),
    ("Ghana and Togo signed a memorandum on e-government in the first half of 2022.", "2022"),
    ("Serbia and Hungary signed a deal on data centres in the third quarter of 2023.", "2023"),
    ("Peru and Chile launched a joint fund for space research at the start of 2016.", "2016"),
])
def test_a_year_with_its_part_dates_the_act(text, year):
    assert dates(text) == {year}


def test_a_deadline_at_a_years_end_is_no_date_of_the_act():
    assert dates("Uzbekistan and Russia will sign an agreement on nuclear power by the end of 2025.") == {"None"}


@pytest.mark.parametrize("text, date", [
    ("Egypt and Kenya on Wednesday (March 13) signed a memorandum on fintech.", "2024-03-13"),
    ("Egypt and Kenya on Wednesday (13 March) signed a memorandum on fintech.", "2024-03-13"),
    ("Egypt and Kenya on Friday, Aug. 4, signed a memorandum on fintech.", "2023-08-04"),
    ("Egypt and Kenya signed a memorandum on fintech on Wednesday.", "2024-05-01"),  # published on a Wednesday
])
def test_a_weekday_with_its_date_beside_it_takes_the_date(text, date):
    assert dates(text) == {date}
