"""A sentence telling two acts in two years dates each by the year its own clause gives. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _dates(text: str) -> dict[str, str]:
    facts = extract_facts(Document(text=text, source="t.txt", issued=dt.date(2025, 6, 18)))
    return {a.kind: str(a.date) for a in facts.agreements}


def test_each_act_of_one_sentence_takes_the_year_of_its_own_clause():
    dates = _dates("Chile and Peru set up a joint working group on lithium in 2021 and signed a memorandum on "
                   "cybersecurity in 2023.")
    assert dates == {"working-group": "2021", "mou": "2023"}


def test_a_sentence_with_one_year_dates_every_act_by_it():
    dates = _dates("Chile and Peru signed a memorandum on cybersecurity and agreed to set up a joint working group in "
                   "March 2023.")
    assert set(dates.values()) == {"2023-03"}
