"""A date that closes an instrument's title dates that instrument, not the act the sentence tells (title_dates)."""

import datetime as dt

import pytest

from techpact.extract.dates import first_date
from techpact.extract.facts import PartialDate

ISSUED = dt.date(2024, 4, 30)


@pytest.mark.parametrize("text", [
    "Chile and Peru decided to set up a team of experts to implement the Memorandum of Cooperation on Semiconductors of July 2023.",
    "The two sides will build on the Framework for Digital Trade dated March 2022.",
])
def test_title_dates_a_titled_instruments_date_is_not_the_acts(text):
    assert first_date(text, ISSUED) is None


@pytest.mark.parametrize("text, date", [
    ("Chile and Peru signed a memorandum on AI on 3 July 2023.", PartialDate(2023, 7, 3)),
    ("They signed an agreement of cooperation in July 2023.", PartialDate(2023, 7)),
    ("The Memorandum on Chips was signed in Lima in May 2023.", PartialDate(2023, 5)),
])
def test_title_dates_the_acts_own_date_stays(text, date):
    assert first_date(text, ISSUED) == date
