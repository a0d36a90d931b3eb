"""An act told of a bloc and one of its own members is the bloc's: the host, the speaker or the one member named
beside the bloc is not a side of its own bloc's act. Offers, refusals, exits, a member acting towards its bloc and a
state that had not joined by the story's year keep both sides."""

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str, issued: dt.date | None = dt.date(2024, 6, 1)) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=issued,
                                   media_type="text/plain"))
    return {(frozenset(a.parties), a.status) for a in facts.agreements}


@pytest.mark.parametrize("text, bloc", [
    ("The declaration on digital trade was one of the documents signed by the ASEAN heads of government at the "
     "meeting hosted by Thailand in Bangkok.", "ASEAN"),
    ("'This framework is pivotal for our region,' Kenya's trade minister said of the digital trade agreement the African "
     "Union adopted on Sunday.", "AU"),
    ("Foreign ministers of the Quad, including India's, launched a new initiative on undersea cables on Tuesday.", "QUAD"),
])
def test_a_blocs_act_told_beside_one_member_is_the_blocs(text, bloc):
    found = acts(text)
    assert found and all(parties == frozenset({bloc}) for parties, _ in found)


@pytest.mark.parametrize("text, parties", [
    # a member's offer to its bloc
    ("Brazil on Monday proposed that BRICS nations create a shared payment platform.", {"BRA", "BRICS"}),
    # a member acting towards its bloc
    ("India has volunteered to the G20 nations to set up a working group on digital public infrastructure.",
     {"G20", "IND"}),
])
def test_a_member_facing_its_bloc_keeps_both_sides(text, parties):
    assert frozenset(parties) in {found for found, _ in acts(text)}


def test_a_state_that_joined_after_the_storys_year_keeps_both_sides():
    text = "Egypt signed a memorandum on digital cooperation with BRICS on Monday."
    assert frozenset({"BRICS", "EGY"}) in {found for found, _ in acts(text, dt.date(2022, 3, 1))}


@pytest.mark.parametrize("text, bloc", [
    ("The declaration on digital trade was one of the documents signed by the ASEAN heads of government at the "
     "meeting hosted by Thailand in Bangkok.", "ASEAN"),
    ("Foreign ministers of the Quad, including India's, launched a new initiative on undersea cables on Tuesday.", "QUAD"),
    ("Brazil's foreign ministry released the full text of the declaration on digital integration that Mercosur leaders "
     "adopted at their summit on Friday.", "MERCOSUR"),
    ("The Gulf Cooperation Council adopted a unified cybersecurity strategy at a meeting hosted by Qatar in Doha.", "GCC"),
])
def test_with_no_date_of_the_story_a_founding_member_beside_its_bloc_is_the_blocs(text, bloc):
    # a founding member was a member whenever the story was told
    found = acts(text, None)
    assert found and all(parties == frozenset({bloc}) for parties, _ in found)


def test_with_no_date_of_the_story_a_later_member_stays():
    # Vietnam joined ASEAN after its founding: whether it was a member when the story was told is unknown
    text = ("The declaration on digital trade was one of the documents signed by the ASEAN heads of government at the "
            "meeting hosted by Vietnam in Hanoi.")
    assert frozenset({"ASEAN", "VNM"}) in {found for found, _ in acts(text, None)}
    assert frozenset({"ASEAN"}) in {found for found, _ in acts(text)}  # dated 2024: a member then


@pytest.mark.parametrize("text, parties", [
    ("Bahrain's parliament will review an agreement to link the national payment system of Bahrain with the payment "
     "systems of the GCC.", {"BHR", "GCC"}),
    ("Kazakhstan signed a memorandum on digital trade with the Eurasian Economic Union on Monday.", {"EAEU", "KAZ"}),
    ("Kazakhstan signed a memorandum on digital trade with the Eurasian Economic Union's executive body on Monday.",
     {"EAEU", "KAZ"}),
])
@pytest.mark.parametrize("issued", [None, dt.date(2024, 6, 1)])
def test_a_member_dealing_with_its_bloc_keeps_both_sides(text, parties, issued):
    assert frozenset(parties) in {found for found, _ in acts(text, issued)}


def test_a_member_dealing_with_the_blocs_members_is_not_facing_the_bloc():
    # "with the GCC member states": the bloc's members, not the bloc as the other side
    text = "Saudi Arabia signed a cybersecurity memorandum with the GCC member states on Monday."
    assert frozenset({"GCC", "SAU"}) not in {found for found, _ in acts(text)}


@pytest.mark.parametrize("text, pair", [
    ("NATO and Poland signed a memorandum of understanding on cyber defence, NATO announced on Friday.", {"NATO", "POL"}),
    ("Estonia and the EU have signed an agreement on satellite data.", {"EST", "EU"}),
])
def test_a_member_named_with_its_bloc_as_the_two_who_made_the_act_keeps_both_sides(text, pair):
    assert {parties for parties, _ in acts(text)} == {frozenset(pair)}
