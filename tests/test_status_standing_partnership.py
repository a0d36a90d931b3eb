"""A partnership told only through a verb working on it is a standing one, in force (extract/status_standing.py, read
in act_finish), on sentences written for the test (never taken from the eval passages): the planning words around the
verb are about the deepening, not about the partnership. A partnership made in the text, or another instrument in the
clause, keeps its own reading."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction import acts_of


def statuses(text: str, parties: set[str]) -> list[str]:
    return [act.status for act in acts_of(text) if set(act.parties) == parties]


@pytest.mark.parametrize("text, parties", [
    ("Presidents of Ghana and Togo agreed to keep working to deepen their strategic partnership in trade and energy.",
     {"GHA", "TGO"}),
    ("Ghana and Togo will further strengthen their partnership in digital payments, the ministers said.", {"GHA", "TGO"}),
    ("India and Egypt vowed to expand their comprehensive strategic partnership to artificial intelligence.",
     {"EGY", "IND"}),
    ("Both Kazakhstan and China took their partnership to a new level when Astana flew a Kazakh instrument on the "
     "mission.", {"CHN", "KAZ"}),
    ("Peru and Chile discussed ways to broaden the bilateral strategic partnership on lithium.", {"CHL", "PER"}),
    ("Seoul, March 3 -- The presidents of South Korea and Poland agreed on Tuesday to continue efforts to deepen their "
     "strategic partnership in nuclear energy and defence.", {"KOR", "POL"}),
    ("India and France agreed to further strengthen their strategic partnership in space, the foreign ministry said.",
     {"FRA", "IND"}),
    # two verbs on the one object
    ("Qatar and Japan agreed to deepen and further develop the Comprehensive Partnership between the two countries.",
     {"JPN", "QAT"}),
    ("Chile and Peru pledged to strengthen and expand their strategic partnership in mining.", {"CHL", "PER"}),
    # no determiner before the words of a standing tie
    ("Deepening comprehensive partnership remains the shared goal of Ghana and Togo, their ministers said.",
     {"GHA", "TGO"}),
    ("Chile and Peru agreed on steps for enhancing strategic partnership in lithium.", {"CHL", "PER"}),
    # "further" before the verb, with no determiner (a headline)
    ("Ghana, Togo to further deepen partnership", {"GHA", "TGO"}),
    ("Chile and Peru agreed to further strengthen digital partnership in lithium.", {"CHL", "PER"}),
    # a name with dots, or "a" before a capitalised name
    ("Chile and Peru agreed to strengthen the U.N.-backed Chile-Peru Lithium Partnership.", {"CHL", "PER"}),
    ("Ghana and Togo agreed to deepen a Comprehensive Digital Partnership, anchored in trust.", {"GHA", "TGO"}),
    ("Ghana is willing to work with Togo to promote the in-depth development of the comprehensive strategic partnership.",
     {"GHA", "TGO"}),
    ("Peru is ready to push forward the steady development of their strategic partnership in lithium, Chile heard.",
     {"CHL", "PER"}),
    ("The two presidents vowed to deepen Ghana-Togo comprehensive strategic partnership in digital trade.", {"GHA", "TGO"}),
])
def test_a_partnership_the_sides_deepen_stands_in_force(text, parties):
    found = statuses(text, parties)
    assert found and all(status == "in-force" for status in found)


@pytest.mark.parametrize("text, parties, status", [
    ("Vietnam and Laos upgraded their relations to a comprehensive strategic partnership.", {"LAO", "VNM"}, "signed"),
    ("Egypt and Kenya agreed to establish a strategic partnership in space.", {"EGY", "KEN"}, "planned"),
    ("Egypt and Kenya agreed to develop a strategic partnership in space.", {"EGY", "KEN"}, "planned"),
    ("Oman and South Korea launched their strategic partnership on hydrogen last year.", {"KOR", "OMN"}, "signed"),
    ("Brazil and Chile will sign a memorandum to deepen their partnership in space.", {"BRA", "CHL"}, "planned"),
    ("India and Japan launched a digital partnership on Monday. The two leaders agreed to strengthen the partnership "
     "through annual meetings of their ministers.", {"IND", "JPN"}, "signed"),
    ("Kenya and Rwanda agreed to establish a partnership on digital payments. They will further strengthen their "
     "partnership next year.", {"KEN", "RWA"}, "planned"),
    ("Kenya and Ethiopia agreed to deepen cooperation in satellite data.", {"ETH", "KEN"}, "planned"),
    ("Kenya and Ghana agreed to build strategic partnership in fintech.", {"GHA", "KEN"}, "planned"),
    ("Kenya and Ghana agreed to build Kenya-Ghana fintech partnership next year.", {"GHA", "KEN"}, "planned"),
    ("Kenya and Ghana agreed on the development of a strategic partnership in fintech.", {"GHA", "KEN"}, "planned"),
])
def test_a_partnership_made_in_the_text_or_another_instrument_keeps_its_reading(text, parties, status):
    found = statuses(text, parties)
    assert found and all(found_status == status for found_status in found)


@pytest.mark.parametrize("text, parties", [
    ("The new data link is the first project to be built under the Trilateral Partnership for Digital Links between "
     "Ghana, Togo and Benin.", {"BEN", "GHA", "TGO"}),
    ("The summit aims to unlock the full potential of the Ghana-Togo strategic partnership, the ministry said.",
     {"GHA", "TGO"}),
    ("Ghana and Togo discussed how they might enhance the constructive, collaborative essence of the Ghana-Togo "
     "Comprehensive Strategic Partnership.", {"GHA", "TGO"}),
    ("Peru and Chile will build a lithium laboratory in the spirit of their strategic partnership.", {"CHL", "PER"}),
    ("Officials called the new rocket a testament to the comprehensive strategic partnership between Peru and Chile.",
     {"CHL", "PER"}),
    ("As part of their strategic partnership, Peru and Chile will open a joint lithium laboratory.", {"CHL", "PER"}),
])
def test_a_partnership_told_as_the_ground_of_what_is_done_stands(text, parties):
    assert "in-force" in statuses(text, parties)


@pytest.mark.parametrize("text, parties, status", [
    # made in the text, then its ground: made now
    ("Ghana and Togo launched a digital partnership in May. Under the partnership, they will build a data centre.",
     {"GHA", "TGO"}, "signed"),
    # a new partnership as the frame of what is ahead: still ahead
    ("Ghana and Togo will build a data centre under a new partnership.", {"GHA", "TGO"}, "planned"),
])
def test_a_partnership_made_or_new_as_a_ground_keeps_its_reading(text, parties, status):
    assert statuses(text, parties) == [status]


@pytest.mark.parametrize("text, parties, status", [
    ("China proposed to further deepen its strategic partnership with Togo.", {"CHN", "TGO"}, "in-force"),
    # a partnership offered, no more
    ("China proposed a strategic partnership on satellites to Togo.", {"CHN", "TGO"}, "proposed"),
])
def test_an_offer_beside_a_standing_partnership_leaves_it_standing(text, parties, status):
    assert statuses(text, parties) == [status]


def test_an_offer_told_after_a_partnership_named_by_its_sides_is_an_act_of_its_own():
    # the partnership, named by its sides, stands from its own sentence (named_standing); the offer after it is a
    # proposal of one side to the other, an act of its own (eval guide), and leaves the partnership standing
    text = ("Officials hailed the new satellite as a testament to the comprehensive strategic partnership between China "
            "and Togo. China is willing to join forces with Togo to boost innovation.")
    assert sorted(statuses(text, {"CHN", "TGO"})) == ["in-force", "proposed"]


@pytest.mark.parametrize("text, parties, status", [
    # its making told as history: the partnership stands
    ("Based on the nations' strategic partnership, Ghana and Togo agreed to boost trade. Ties have seen milestones, "
     "including the upgrades to a partnership in 2009 and to a strategic partnership in 2019.", {"GHA", "TGO"},
     "in-force"),
    ("Chile and Peru agreed on Monday to deepen their partnership in lithium. They had established a strategic "
     "partnership in 2015.", {"CHL", "PER"}, "in-force"),
    # made in the news's own year, then deepened: made now
    ("Ghana and Togo launched a digital partnership in 2024. The two leaders agreed to strengthen the partnership "
     "through annual meetings.", {"GHA", "TGO"}, "signed"),
])
def test_a_partnership_whose_making_is_history_stands(text, parties, status):
    found = [act.status for act in acts_of(text, issued=dt.date(2024, 6, 3)) if set(act.parties) == parties]
    assert found and found[0] == status


@pytest.mark.parametrize("text, expected", [
    ("The Ghana-Togo Digital Partnership was launched during the visit of the president to Lome in October 2018.",
     ["in-force"]),
    ("Ghana and Togo launched a solar partnership in 2019.", ["in-force"]),
    # the time of a meeting in the past, and the making in its clause of "when"
    ("Ghana and Togo held their first summit in May 2019, when they upgraded ties to a comprehensive partnership.",
     ["in-force"]),
    ("Ghana and Togo held a summit in May 2023, when they elevated ties to a comprehensive partnership.", ["signed"]),
    # made in the news's year, or on a day of its week: made now
    ("Ghana and Togo launched a solar partnership in 2023.", ["signed"]),
    ("Ghana and Togo launched a solar partnership on Monday.", ["signed"]),
    # made long ago and made anew now: the making now
    ("Ghana and Togo set up a solar partnership in 2010 and upgraded it on Monday.", ["signed"]),
])
def test_a_partnership_made_only_before_the_news_stands(text, expected):
    assert [act.status for act in acts_of(text, dt.date(2023, 10, 25)) if set(act.parties) == {"GHA", "TGO"}] == expected


def test_a_partnership_made_in_the_past_with_no_news_date_keeps_its_making():
    assert statuses("Ghana and Togo launched a solar partnership in 2019.", {"GHA", "TGO"}) == ["signed"]
