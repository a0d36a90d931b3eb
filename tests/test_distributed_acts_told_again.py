"""A sentence that opens on the instrument a sentence before made with each of several counterparts tells of each of
those acts (extract/distributive_acts.read_for_each); one that names a single counterpart tells of that one's act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> dict[tuple[str, ...], tuple[str, list[str]]]:
    return {tuple(sorted(a.parties)): (a.status, sorted(a.sectors))
            for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "Peru's congress ratified an agreement with Chile, Ecuador and Colombia on cybersecurity on Monday. "
    "The agreement is expected to enter into force in March.",
    "Brazil's senate approved an agreement with Argentina, Chile and Uruguay on satellite data. "
    "It will come into force in January.",
])
def test_an_entry_into_force_ahead_told_of_the_instrument_holds_for_every_counterpart(text):
    found = acts(text)
    assert len(found) == 3
    assert {status for status, _ in found.values()} == {"signed"}


def test_what_the_instrument_covers_is_every_counterparts():
    found = acts("Egypt signed a memorandum with Kenya, Ghana and Nigeria on Monday. "
                 "The memorandum covers e-government and cyber security.")
    assert found == {("EGY", "GHA"): ("signed", ["cybersecurity", "egov"]),
                     ("EGY", "KEN"): ("signed", ["cybersecurity", "egov"]),
                     ("EGY", "NGA"): ("signed", ["cybersecurity", "egov"])}


def test_a_sentence_naming_one_counterpart_tells_of_its_act_only():
    found = acts("Japan ratified agreements with Russia and Vietnam on nuclear energy. "
                 "The agreement with Vietnam is expected to take effect next year.")
    assert found[("JPN", "VNM")][0] == "signed"
    assert found[("JPN", "RUS")][0] == "in-force"


def test_a_sentence_about_something_else_changes_none_of_them():
    found = acts("Egypt signed a memorandum with Kenya, Ghana and Nigeria on e-government. The ruling party praised the move.")
    assert {status for status, _ in found.values()} == {"signed"} and len(found) == 3
