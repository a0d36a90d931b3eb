"""An act told as the standing frame of the cooperation is in force: governed by, based on an older act, an older
act providing in the present, work going on under it, a tally of instruments made with a number of countries, a
cooperation that began years ago. A leaving told without its object is an end. Look-alikes: the same verbs in the
past, acts just made, instruments still ahead, a tally tied to a day."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.status) for a in facts.agreements)


@pytest.mark.parametrize("text, parties", [
    ("Their data cooperation is governed by an agreement that Kenya and Ghana signed in 2011.", {"GHA", "KEN"}),
    ("The link between Nepal and Bhutan remains regulated by the treaty on telecommunications.", {"BTN", "NPL"}),
    ("Kenya and Ghana are already linked by a memorandum on artificial intelligence.", {"GHA", "KEN"}),
    ("Cooperation between Laos and Cambodia on e-government is based on a memorandum signed in 2017.", {"KHM", "LAO"}),
    ("The 2019 MoU between Chile and Peru provides for joint lithium research.", {"CHL", "PER"}),
    ("The agreement between Serbia and Hungary, signed in 2014, allows engineers to share 5G test data.", {"HUN", "SRB"}),
    ("Work on the joint satellite continues under the agreement Egypt and Sudan signed in 2020.", {"EGY", "SDN"}),
    ("Oman's cooperation with Jordan, which began in 2016, covers cybersecurity drills.", {"JOR", "OMN"}),
    ("The framework agreement on data between Kenya and Ghana is in its seventh year.", {"GHA", "KEN"}),
    # the start told as the clause's predicate
    ("Cooperation between Oman and Jordan began in 2016 with a joint cyber drill.", {"JOR", "OMN"}),
    ("Space cooperation between Egypt and Sudan first started in 2014.", {"EGY", "SDN"}),
    ("The cooperation between Oman and Jordan in the sphere of satellite data exchange started in 2014.", {"JOR", "OMN"}),
])
def test_an_act_told_as_the_standing_frame_is_in_force(text, parties):
    assert acts(text)[(frozenset(parties), "in-force")] == 1


@pytest.mark.parametrize("text, parties, status", [
    # a new act, with its provision in the present: signed
    ("Chile and Peru signed an MoU on Monday that provides for joint lithium research.", {"CHL", "PER"}, "signed"),
    ("The agreement between Serbia and Hungary, signed on Monday, allows engineers to share 5G test data.",
     {"HUN", "SRB"}, "signed"),
    # what an older act did, told in the past: no frame standing now ("was bound by" is the past too)
    ("Kenya and Ghana were bound by a memorandum on data until it lapsed in 2020.", {"GHA", "KEN"}, "ended"),
    ("Kenya and Ghana signed a memorandum in 2015 that provided for a joint data centre.", {"GHA", "KEN"}, "signed"),
    # based on an act named with no year: may be the act just made
    ("The new partnership between Laos and Cambodia is based on a memorandum signed on Tuesday.", {"KHM", "LAO"},
     "signed"),
    # a year of something else, not of the act
    ("Kenya and Ghana signed a data agreement as the talks entered their seventh year.", {"GHA", "KEN"}, "signed"),
    # talks going on under a frame that is no instrument of theirs
    ("Talks between Kenya and Ghana on a data agreement continue under the framework of the African Union.",
     {"GHA", "KEN"}, "planned"),
    # work that will go on under an act still to be made
    ("Egypt and Sudan will sign an agreement under which work on the satellite will begin.", {"EGY", "SDN"}, "planned"),
    # a start still ahead; a start told aside, the clause telling the act's end
    ("Cooperation between Oman and Jordan will begin in 2027.", {"JOR", "OMN"}, "planned"),
    ("The partnership between Oman and Jordan, which began in 2016, was suspended on Monday.", {"JOR", "OMN"}, "ended"),
])
def test_look_alikes_of_a_standing_frame_keep_their_status(text, parties, status):
    assert acts(text)[(frozenset(parties), status)] == 1


def test_a_tally_of_instruments_with_listed_countries_is_in_force_with_each():
    found = acts("Russia has already entered into agreements on cooperation in the field of information security with "
                 "three countries: Armenia, Cuba and Nicaragua.")
    for partner in ("ARM", "CUB", "NIC"):
        assert found[(frozenset({"RUS", partner}), "in-force")] == 1
    assert sum(found.values()) == 3


@pytest.mark.parametrize("text, status", [
    ("India has signed space agreements with seven countries so far.", "in-force"),
    ("India has concluded cooperation agreements with more than twenty states.", "in-force"),
    # tied to a day, or ahead: an event, not a tally
    ("India has signed space agreements with three countries on Monday.", "signed"),
    ("India will sign space agreements with three countries next month.", "planned"),
])
def test_a_tally_in_the_perfect_is_in_force_an_event_is_not(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Lithuania was the first to leave last May.",
    "Estonia became the latest country to quit, its ministry said.",
])
def test_a_leaving_told_without_its_object_is_an_end(text):
    assert find_status(text) == "ended"


@pytest.mark.parametrize("text", [
    "Lithuania was the first to join the forum in 2012.",  # joining first
    "Latvia would be the first to leave if the talks fail.",  # a leaving only weighed
])
def test_first_to_join_or_a_leaving_weighed_is_no_end(text):
    assert find_status(text) != "ended"
