"""A small count of instruments whose topics the sentence then tells one by one makes as many acts as the count
("signed two memoranda of understanding, one on energy and the other on cybersecurity"; "three agreements: on trade,
on health and on space"). Sentences written for these tests; a count whose topics are not told one by one, or do not
match it, stays one act (unless they are told as some of it: "four agreements, including one on X and another on Y" is
two), but a count of two is two acts whatever its topics; "on Monday" is a time, not a topic. Each act told by a topic of its own has that topic's sectors."""

from __future__ import annotations

import pytest

from techpact.extract.counted_instruments import counted_instruments

from .extraction import acts_of


def _acts_between(text: str, parties: set[str]) -> list[tuple[str, str]]:
    return sorted((a.kind, a.status) for a in acts_of(text) if set(a.parties) == parties)


@pytest.mark.parametrize("text, parties, kind, number", [
    ("Ghana and Togo signed two memoranda of understanding on Tuesday, one on power trade and the other on digital "
     "payments.", {"GHA", "TGO"}, "mou", 2),
    ("Chile inked three agreements with Peru: one on lithium, one on ports and one on satellite data.",
     {"CHL", "PER"}, "agreement", 3),
    ("Vietnamese and Lao ministers met in Vientiane. They concluded two deals, on hydropower and on rail links.",
     {"LAO", "VNM"}, "agreement", 2),
    ("Two MoUs were exchanged by Nepal and India on Friday -- on border trade and on cross-border payments.",
     {"IND", "NPL"}, "mou", 2),
    ("Oman and Japan also agreed two memorandums of understanding on green hydrogen, and on marine research.",
     {"JPN", "OMN"}, "mou", 2),
])
def test_a_count_with_its_topics_told_one_by_one_makes_that_many_acts(text, parties, kind, number):
    found = _acts_between(text, parties)
    assert len(found) == number and {k for k, _ in found} == {kind} and {s for _, s in found} == {"signed"}


@pytest.mark.parametrize("text, parties, sectors", [
    ("Peru and Bolivia inked five agreements, including one on lithium extraction and another on satellite imagery.",
     {"BOL", "PER"}, [["critical-minerals"], ["space"]]),
    ("Morocco and Senegal signed two memoranda: one on artificial intelligence and the other on submarine cables.",
     {"MAR", "SEN"}, [["ai"], ["telecom"]]),
    ("Egypt and Jordan signed two digital economy agreements, one on data centres and another on e-government.",
     {"EGY", "JOR"}, [["data", "digital-economy"], ["digital-economy", "egov"]]),
])
def test_each_act_told_by_its_own_topic_has_that_topics_sectors(text, parties, sectors):
    found = sorted(sorted(a.sectors) for a in acts_of(text) if set(a.parties) == parties)
    assert found == sorted(sectors)


@pytest.mark.parametrize("text, parties", [
    ("Peru and Bolivia inked five agreements, including one on lithium extraction.", {"BOL", "PER"}),
    ("Chile and Peru signed 14 documents on Monday in Lima.", {"CHL", "PER"}),
    ("Vietnam and Laos signed three agreements on Monday, on hydropower and on rail links.", {"LAO", "VNM"}),
    ("Brazil and Chile signed an agreement on trade, which joins two other agreements on energy.", {"BRA", "CHL"}),
    ("Kenya and Japan signed the two agreements in Nairobi.", {"JPN", "KEN"}),
    ("Chile and Peru met in Lima, where the two countries signed an agreement on trade.", {"CHL", "PER"}),
])
def test_a_count_whose_topics_are_not_told_one_by_one_stays_one_act(text, parties):
    assert len(_acts_between(text, parties)) == 1


@pytest.mark.parametrize("text, parties, expected", [
    ("Kenya and Japan signed two memoranda of understanding on Monday.", {"JPN", "KEN"}, [("mou", "signed")] * 2),
    ("Ghana and Togo signed two memoranda of understanding on power trade and digital payments.", {"GHA", "TGO"},
     [("mou", "signed")] * 2),
    ("Two cooperation agreements were signed by Ghana and Togo in Accra on Friday.", {"GHA", "TGO"},
     [("agreement", "signed")] * 2),
    ("Uruguay and Paraguay will sign two agreements on energy next month.", {"PRY", "URY"},
     [("agreement", "planned")] * 2),
    ("Nepal and India signed two deals on Monday and on Tuesday.", {"IND", "NPL"}, [("agreement", "signed")] * 2),
])
def test_a_count_of_two_instruments_is_two_acts_even_with_no_topics_told(text, parties, expected):
    assert _acts_between(text, parties) == expected


def test_a_count_of_two_then_told_one_by_one_keeps_the_acts_told():
    text = ("Chile and Peru signed two agreements on Friday. Chile's mining ministry and Peru's energy ministry signed a "
            "memorandum of understanding on lithium. In a separate agreement, the two ministries agreed to cooperate on "
            "biotechnology.")
    assert _acts_between(text, {"CHL", "PER"}) == [("agreement", "signed"), ("mou", "signed")]


@pytest.mark.parametrize("text, expected", [
    ("signed two agreements on Monday, one on trade and another on health", (2, "agreements")),
    ("inked 3 MoUs: on energy, on water and on space", (3, "MoUs")),
    ("signed two agreements on Monday in Nairobi", None),
    ("signed an agreement on trade and on investment", None),
    ("inked four agreements, including one on energy and another on chips", (2, "agreements")),
    ("inked four agreements, one on energy and another on chips", None),
])
def test_the_count_and_its_noun_are_read_only_when_the_topics_match(text, expected):
    assert counted_instruments(text) == expected
