"""An earlier act told as operating now is in force (extract/status_background.py, read in status_shapes.refine): its
making told only as history (a participle, a relative clause, a leading phrase, its age or year, with a time before the
news) under a present predicate of what it does now; an extension of it in time in any aspect; its staying in place
until a date; its implementation under way. Sentences written for the test (never taken from the eval passages), one
or more for each wording. A making that is the news, a plain past signing, an act not yet running, ended or denied,
and an extension that is an instrument of its own or reaches to new matters keep their own reading."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from techpact.extract.status_background import extended_in_time, history_then_now, operating_now
from tests.extraction import acts_of


def statuses(text: str, parties: set[str]) -> list[str]:
    return [act.status for act in acts_of(text) if set(act.parties) == parties]


@pytest.mark.parametrize("text, parties", [
    # a participle after the act's noun, with a past year, "last year" or an age, then a present
    ("The Ghana-Togo Data Pact, an agreement signed by Ghana, Togo and Benin in 2015, aims to counter cyber crime.",
     {"BEN", "GHA", "TGO"}),
    ("The pact between Ghana and Togo, signed just over a decade ago, remains the basis of their cyber cooperation.",
     {"GHA", "TGO"}),
    ("The solar partnership between India and Kenya, launched in the early 2000s, has trained 4,000 engineers.",
     {"IND", "KEN"}),
    ("The Kenya-Ghana fisheries pact, first signed in 2009, is renewed every five years.", {"GHA", "KEN"}),
    # a relative clause, with a relative word or none
    ("The memorandum between Chile and Peru, which the two ministries had signed a decade ago, still serves as the "
     "basis of their lithium research.", {"CHL", "PER"}),
    ("The lithium treaty between Chile and Bolivia, which was concluded as long ago as 1998, still shapes their mining "
     "research.", {"BOL", "CHL"}),
    ("The data accord Ghana and Togo reached two years ago now covers cloud services too.", {"GHA", "TGO"}),
    # a participle leading the clause, the act its subject
    ("Established in 1987 by Ghana and Togo, the joint fund promotes solar research.", {"GHA", "TGO"}),
    ("Signed in 2016, the memorandum between Ghana and Togo allows their universities to share cyber data.",
     {"GHA", "TGO"}),
    # its age told outright
    ("The fisheries accord between Chile and Peru, dating back to 1992, still governs anchovy research.", {"CHL", "PER"}),
    # the clause's own present told before an apposition of the act's history
    ("Chile sees growing interest from several nations in joining the Lithium Compact, a treaty brokered last year by "
     "Chile, Peru and Bolivia.", {"BOL", "CHL", "PER"}),
])
def test_an_act_made_in_the_past_and_operating_now_is_in_force(text, parties):
    found = statuses(text, parties)
    assert found and all(status == "in-force" for status in found)
    assert history_then_now(text)


@pytest.mark.parametrize("text, parties", [
    ("Kenya's cabinet approved extending the satellite agreement with Ghana until December 2031.", {"GHA", "KEN"}),
    ("Peru's prime minister signed a decree extending the space agreement with Chile for five more years.",
     {"CHL", "PER"}),
    ("Togo's parliament backed the renewal of the cyber pact with Ghana for another five years.", {"GHA", "TGO"}),
    ("The Kenya-Ghana space agreement is extended until 2031 under a decree published on Friday.", {"GHA", "KEN"}),
    ("Ghana's cabinet approved the extension of the space agreement with Kenya.", {"GHA", "KEN"}),
    # told extended in the simple past, its term told
    ("The fisheries memorandum between Chile and Peru was extended until 2034.", {"CHL", "PER"}),
    ("The Ghana-Togo cyber agreement was renewed for another five years in March.", {"GHA", "TGO"}),
])
def test_an_act_one_side_extends_or_told_extended_is_in_force(text, parties):
    found = statuses(text, parties)
    assert found and all(status == "in-force" for status in found)
    assert extended_in_time(text)


@pytest.mark.parametrize("text, parties", [
    ("The satellite accord between Kenya and Ghana will remain in effect until the end of 2032, the ministry said.",
     {"GHA", "KEN"}),
    ("The step by step implementation of the Chile-Peru lithium agreement has begun.", {"CHL", "PER"}),
    ("Implementation of the Ghana-Togo data pact is well under way.", {"GHA", "TGO"}),
])
def test_an_act_in_place_until_a_date_or_being_implemented_is_in_force(text, parties):
    found = statuses(text, parties)
    assert found and all(status == "in-force" for status in found)


@pytest.mark.parametrize("text, status", [
    # a plain past signing, and a making that is the news even with a purpose told after it
    ("In September 2021, Ghana and Togo signed an MoU on solar research.", "signed"),
    ("Ghana and Togo on Monday signed an MoU that aims to promote solar research.", "signed"),
    ("The new accord between Chile and Peru, signed on Monday, aims to boost lithium research.", "signed"),
    # not yet running, ended, or what the act undergoes told in the past
    ("The treaty between Chile and Peru, signed in 2019, is yet to enter into force.", "signed"),
    ("The Ghana-Togo cyber treaty, signed in 2020, has yet to be ratified by Togo.", "signed"),
    ("The Chile-Peru agreement, signed in 2014, expired last year.", "ended"),
    ("The 2019 memorandum between Ghana and Togo is expected to be signed again next year.", "planned"),
    # the clause's own status before the apposition: a plan to join
    ("Ghana will join the Lithium Compact, a treaty brokered last year by Chile, Peru and Bolivia.", "signed"),
])
def test_a_making_that_is_news_or_an_act_not_running_keeps_its_reading(text, status):
    assert find_status(text) == status
    assert not operating_now(text)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a protocol to extend their 1995 fisheries agreement until 2035.",
    "India is in talks with Kenya and Ghana to extend these digital partnerships to Africa.",
    "Ghana's president signed a decree extending the fisheries pact with Togo to cover offshore wind.",
    "The programme between Chile and Peru, launched in 1988, continued until 1998.",
    "The treaty between Chile and Peru was extended to cover offshore wind in 2021.",
    # both sides agreeing to extend it: the extension is an act of their own
    "Chile and Peru agreed to renew their fisheries pact for another five years.",
    "Ghana and Togo agreed in 2019 to prolong their cyber cooperation programme until 2029.",
    # what the act's text holds is no operation
    "The accord that Kenya and Ghana struck in 2012 covers the building of two ground stations.",
    "The Chile-Peru treaty, signed in 2008, provides for joint patrols of their maritime border.",
    # what the clause tells made is other instruments
    "The joint commission of Ghana and Togo, set up in 2011, has produced some forty agreements.",
])
def test_an_extension_of_its_own_or_to_new_matters_a_past_run_and_content_are_not_read(text):
    assert not operating_now(text)


@pytest.mark.parametrize("text, parties", [
    ("The observatory in Atacama is an astronomy cooperation facility between Chile and Japan.", {"CHL", "JPN"}),
    ("The laboratory in Nairobi remains a joint research centre of Kenya and Korea.", {"KEN", "KOR"}),
    ("The plant is a bilateral energy cooperation project between Ghana and Togo.", {"GHA", "TGO"}),
])
def test_a_joint_facility_described_as_it_stands_now_is_in_force(text, parties):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(parties, "in-force")]


def test_a_joint_facility_still_ahead_is_not_in_force():
    assert [a.status for a in acts_of("The observatory will be a joint facility of Chile and Japan.")] == ["planned"]


@pytest.mark.parametrize("text", [
    "Cooperation between Ghana and Korea has advanced from fisheries to space, the ambassador said.",
    "The partnership between Chile and Peru has steadily deepened.",
    "Space cooperation between Kenya and India has grown.",
])
def test_cooperation_as_the_subject_of_a_perfect_of_growth_stands_in_force(text):
    assert find_status(text) == "in-force"


def test_trade_grown_between_two_states_makes_no_act():
    assert acts_of("Trade between Ghana and Korea has advanced from fisheries to cars.") == []
