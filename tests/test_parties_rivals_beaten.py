"""States named as rivals beaten to an award ("France has beaten Japan and Germany to win a deal to build submarines
for Australia") take no part in the deal won (outside_roles.RIVALS). A state beaten at something else, then named as a
side of an act, keeps its part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, won", [
    ("Chile has beaten Peru and Argentina to win a contract to build a satellite ground station for Kenya.", ["CHL", "KEN"]),
    ("Korea outbid rivals from Japan and France to secure a deal to supply reactors to Poland.", ["KOR", "POL"]),
])
def test_rivals_beaten_to_an_award_are_no_parties(text, won):
    assert parties(text) == [won]


def test_a_state_beaten_elsewhere_keeps_its_part_in_an_act():
    assert parties("Ghana beat Togo in the final. Ghana and Togo signed an agreement on AI.") == [["GHA", "TGO"]]
