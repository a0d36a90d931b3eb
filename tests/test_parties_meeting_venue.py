"""A state named only as the place of a meeting ("ahead of the APEC summit in South Korea") is no maker of the acts
a later clause tells with no maker named: they are not given to the venue (meeting_venues). A state named as an
actor before keeps its part. Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_a_meeting_venue_makes_no_act_told_without_its_maker():
    text = ("Last week the trade envoy travelled to Asia ahead of the ASEAN summit in Indonesia. "
            "Over the past week, the envoy has announced three new agreements with Vietnam, Laos, and Cambodia on rare earths.")
    assert not any("IDN" in found for found in parties(text))


def test_a_state_named_as_an_actor_stays_the_maker():
    text = ("Indonesia sent its trade envoy to the ASEAN summit in Jakarta. "
            "The cabinet approved three new agreements with Vietnam, Laos, and Cambodia on rare earths.")
    assert sorted(parties(text)) == [["IDN", "KHM"], ["IDN", "LAO"], ["IDN", "VNM"]]
