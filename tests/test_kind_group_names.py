"""A partnership or alliance noun that names the group of the acting states gives no kind to what they did
(extract/kind_groups.py), on sentences written for the test (never taken from the eval passages); an alliance or
partnership the sides form, launch, join or are offered keeps its kind."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> set[tuple[frozenset, str]]:
    return {(frozenset(a.parties), a.kind) for a in acts_of(text)}


@pytest.mark.parametrize("text, parties, kind", [
    ("The leaders of the Mekong-Lancang partnership of Laos, Cambodia and Vietnam agreed to cooperate on satellite data.",
     {"KHM", "LAO", "VNM"}, "initiative"),
    ("The three-member alliance of Chile, Peru and Bolivia has pledged to collaborate on lithium processing.",
     {"BOL", "CHL", "PER"}, "initiative"),
    ("Foreign ministers of the Baltic alliance, Estonia, Latvia and Lithuania, agreed to work together on cyber defence.",
     {"EST", "LTU", "LVA"}, "initiative"),
    ("Members of the Andean partnership, Colombia, Ecuador and Peru, signed a memorandum on digital identity.",
     {"COL", "ECU", "PER"}, "mou"),
])
def test_a_group_named_by_its_tie_gives_no_kind_to_what_its_members_did(text, parties, kind):
    assert (frozenset(parties), kind) in kinds(text)


@pytest.mark.parametrize("text, parties", [
    ("Japan and India agreed to form an alliance on semiconductors.", {"IND", "JPN"}),
    ("Ghana and Togo launched a partnership on artificial intelligence.", {"GHA", "TGO"}),
    ("Kenya is considering joining the chip alliance proposed by Japan to Kenya, Rwanda and Ghana.", {"GHA", "JPN", "KEN", "RWA"}),
    ("A new partnership between Chile and Peru will speed up lithium research, the ministers said.", {"CHL", "PER"}),
])
def test_an_alliance_or_partnership_made_joined_or_offered_keeps_its_kind(text, parties):
    assert (frozenset(parties), "partnership") in kinds(text)
