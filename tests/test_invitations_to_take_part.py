"""A proposal of one state to another (eval guide): an invitation to take part in a project, a programme or a
station is the inviter's proposal to each invitee, as an invitation to join is; an invitation to a meeting (a forum,
a summit, talks) proposes no act."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(frozenset(a.parties), a.kind) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text, pairs", [
    ("China invited Pakistan to take part in its lunar research station project.", [{"CHN", "PAK"}]),
    ("Russia has invited India to participate in the construction of its orbital station.", [{"IND", "RUS"}]),
    ("Japan invited Vietnam and the Philippines to take part in a joint semiconductor training programme.",
     [{"JPN", "VNM"}, {"JPN", "PHL"}]),
    # any joint undertaking: an effort, a venture, a scheme, a corridor
    ("Egypt has invited Sudan to participate in a joint effort on flood forecasting with satellites.", [{"EGY", "SDN"}]),
    ("Oman invited Kenya to take part in a joint venture on solar panels.", [{"OMN", "KEN"}]),
    ("Peru invited Chile to take part in its scheme for sharing seismic data.", [{"CHL", "PER"}]),
])
def test_an_invitation_to_take_part_in_a_project_is_a_proposal(text, pairs):
    assert acts(text) == {(frozenset(pair), "proposal") for pair in pairs}


@pytest.mark.parametrize("text", [
    "China invited Pakistan to take part in the forum in Beijing.",
    "Russia invited India to participate in the BRICS summit in Kazan.",
    "Kazakhstan invited Uzbekistan to take part in the talks on water.",
    "Egypt invited Sudan to participate in a conference on AI.",
    "Oman invited Kenya to take part in talks on the solar panel project.",
])
def test_an_invitation_to_a_meeting_proposes_no_act(text):
    assert not acts(text)


@pytest.mark.parametrize("text, pairs", [
    ("The SCO decided to invite Laos, Nepal and Bhutan to join the bloc.",
     [{"SCO", "LAO"}, {"SCO", "NPL"}, {"SCO", "BTN"}]),
    ("Peru will invite Chile to take part in its lithium refining project.", [{"PER", "CHL"}]),
])
def test_an_invitation_told_by_the_bare_verb_is_a_proposal_to_each_invitee(text, pairs):
    assert acts(text) == {(frozenset(pair), "proposal") for pair in pairs}


@pytest.mark.parametrize("text, pairs", [
    ("Chile snubbed Peru's invitation to join the lithium alliance.", [{"CHL", "PER"}]),
    ("Chile and Bolivia discussed Peru's invitation to take part in its lithium refining project.",
     [{"CHL", "PER"}, {"BOL", "PER"}]),
])
def test_the_owner_of_an_invitation_is_the_inviter_of_the_others_named_before_it(text, pairs):
    assert acts(text) == {(frozenset(pair), "proposal") for pair in pairs}


@pytest.mark.parametrize("text, pairs", [
    ("Egypt invited Sudan to take part in its flood forecasting project, which will use three satellites.", [{"EGY", "SDN"}]),
    ("Oman has invited Kenya to join a solar research programme that will open labs in both countries.", [{"OMN", "KEN"}]),
])
def test_a_plan_told_of_the_undertaking_after_the_invitation_leaves_the_offer_proposed(text, pairs):
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    assert {(frozenset(a.parties), a.kind, a.status) for a in facts.agreements} == {
        (frozenset(pair), "proposal", "proposed") for pair in pairs}
