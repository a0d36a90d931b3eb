"""An act in force by a later step (ratification) is dated by its signing, told in another sentence of the passage
(sentences written for the test, never taken from the eval passages)."""

from __future__ import annotations

import datetime as dt

from techpact.extract import extract_facts
from techpact.loaders.document import Document

ISSUED = dt.date(2024, 10, 9)


def dated(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_facts(Document(text=text, source="t", issued=ISSUED))
    return {("-".join(sorted(a.parties)), a.status, str(a.date) if a.date else None) for a in facts.agreements}


def test_act_dates_signing_a_ratified_act_takes_the_signing_told_for_its_parties_only():
    text = ("The parliament of Ghana today completed the ratification of agreements with Togo, Benin and Niger on "
            "satellite data. The agreements are expected to enter into force next month. The agreement with Togo was "
            "signed in Lome in May 2021.")
    found = dated(text)  # (ratified, their entry into force still ahead: signed)
    assert ("GHA-TGO", "signed", "2021-05") in found
    assert ("BEN-GHA", "signed", "2021-05") not in found and ("GHA-NER", "signed", "2021-05") not in found


def test_act_dates_signing_the_signing_told_apart_wins_over_the_ratification_s_dateline():
    text = ("ACCRA, Oct 9 (Reuters) - Ghana's president signed a law to ratify an agreement between Ghana and Togo on "
            "satellite data. The law was published on Tuesday. Ghana and Togo signed, in May 2021 in Lome, an agreement "
            "on satellite data and ground stations.")
    assert ("GHA-TGO", "in-force", "2021-05") in dated(text)


def test_act_dates_signing_another_kind_or_other_parties_do_not_date_it():
    text = ("The parliament of Ghana completed the ratification of an agreement with Togo on satellite data on Friday. "
            "The vote came after a long debate. Ghana signed a memorandum with Nigeria on fisheries in May 2021. "
            "Togo signed a memorandum on fisheries in June 2021.")
    assert not any(status == "in-force" and date and date.startswith("2021") for _, status, date in dated(text))


def test_act_dates_signing_an_act_dated_by_its_own_sentence_keeps_that_date():
    text = ("Ghana and Togo today signed an agreement on satellite data. Ghana and Togo signed a trade agreement in "
            "February 2022, which entered into force in May that year.")
    assert ("GHA-TGO", "in-force", "2022-02") in dated(text)
