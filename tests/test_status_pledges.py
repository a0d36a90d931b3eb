"""A pledge made is an act made (extract/status_pledges.py): parties who pledged, vowed, committed, declared their
commitment, announced their intent, or agreed to raise their relations, made a declaration or an upgrade, signed,
whatever the pledge holds for later. Guards: a pledge told ahead, negated or as a stance, a pledge to bring a new thing
into being, a pledge beside an instrument just concluded, and one side's promise keep their reading. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


def acts(text: str) -> set[tuple[frozenset[str], str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}


def statuses(text: str, parties: set[str]) -> set[str]:
    return {a.status for a in acts_of(text) if set(a.parties) == parties}


@pytest.mark.parametrize("text, parties", [
    ("At their summit in Lima, the leaders of Peru and Chile pledged to hold annual consultations on lithium policy.",
     {"PER", "CHL"}),
    ("Ghana and Togo vowed on Friday to restore cross-border power supplies for their data centres, the presidency "
     "said.", {"GHA", "TGO"}),
    ("Mongolia and Kazakhstan have committed to modernising their cooperation on satellite data.", {"MNG", "KAZ"}),
    ("Oman and Jordan announced their intent to advance collaboration on cybersecurity research.", {"OMN", "JOR"}),
    ("At the close of the meeting, Egypt and Kenya declared their commitment to secure undersea data cables.",
     {"EGY", "KEN"}),
    ("Laos and Cambodia agreed to elevate their relations to a comprehensive strategic partnership.", {"LAO", "KHM"}),
    ("Namibia, Botswana pledge to coordinate their satellite data policies", {"NAM", "BWA"}),
    ("Uruguay and Paraguay held talks in Asuncion. The two presidents vowed to strengthen cooperation in "
     "cybersecurity.", {"URY", "PRY"}),
])
def test_a_joint_pledge_made_is_signed(text, parties):
    assert statuses(text, parties) == {"signed"}


@pytest.mark.parametrize("text, parties", [
    ("Peru and Chile will pledge to hold annual consultations on lithium policy.", {"PER", "CHL"}),
    ("Peru and Chile are committed to the development of a regional lithium market.", {"PER", "CHL"}),
    ("Peru and Chile remain firmly committed to stabilising lithium prices in their cooperation.", {"PER", "CHL"}),
    ("Ghana and Togo pledged to launch a joint fund for solar projects.", {"GHA", "TGO"}),
    ("Ghana and Togo committed today to commence joint research on batteries.", {"GHA", "TGO"}),
    ("Ghana and Togo vowed to sign a treaty on power trade next year.", {"GHA", "TGO"}),
    ("Ghana and Togo did not commit to restore cooperation on power supplies.", {"GHA", "TGO"}),
    ("Japan pledged to help Vietnam build a semiconductor workforce.", {"JPN", "VNM"}),
])
def test_a_pledge_ahead_a_stance_a_new_thing_or_one_sides_promise_is_no_pledge_made(text, parties):
    assert "signed" not in statuses(text, parties)


def test_a_joint_pledge_with_no_instrument_is_a_signed_declaration():
    text = ("Uruguay and Paraguay held talks in Asuncion on Monday. The two presidents vowed to strengthen "
            "cooperation in cybersecurity and data protection.")
    assert (frozenset({"URY", "PRY"}), "declaration", "signed") in acts(text)


def test_a_state_named_in_what_is_pledged_is_no_side_of_it():
    text = "Ghana and Togo pledged to curb the influence of Nigeria over regional power trade."
    assert not any("NGA" in parties for parties, _, _ in acts(text))


def test_relations_raised_in_a_headline_make_the_partnership():
    assert find_status("Vietnam, Indonesia partnership raised to comprehensive level during state visit") == "signed"


def test_a_pledge_beside_an_instrument_just_concluded_stays_a_plan():
    text = ("Ghana and Togo signed a memorandum of understanding on power trade on Monday. "
            "Both sides pledged to expand cooperation in space research.")
    found = acts(text)
    assert (frozenset({"GHA", "TGO"}), "mou", "signed") in found
    assert not any(kind == "declaration" for _, kind, _ in found)
