"""Statuses told by a verb coordinated under a future, by an accord agreed to on a given day, and by a clause framed
inside a definite act ("In the MoU, ..."), on sentences written for the test (never taken from the eval passages)."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Chile and Peru will negotiate and sign a protocol on lithium processing.",
    "Ghana and Togo are expected to draft and conclude a memorandum on data centres.",
    "Vietnam and Laos will sign a memorandum to deepen and formalize their cooperation on power grids.",
    "The ministers plan to review and finalise the roadmap on quantum research.",
    "Both sides intend to negotiate or conclude an accord on 5G before the summit.",
])
def test_a_verb_of_concluding_coordinated_under_a_future_is_still_ahead(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "The envoys flew to Hanoi and signed the memorandum on satellite data.",
    "Chile and Peru met in Lima and signed a protocol on lithium processing.",
    "The delegations travelled to Accra and concluded the accord on cyber security.",
])
def test_a_past_verb_after_and_is_done_even_after_a_to(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "Egypt and Jordan agreed on Monday to a framework accord on green hydrogen.",
    "Kenya and Rwanda agreed last week to the terms of the data-sharing deal.",
    "Brazil and Chile agreed earlier this month to a new memorandum on space research.",
])
def test_an_accord_agreed_to_on_a_given_day_is_concluded(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "Egypt and Jordan agreed on Monday to cooperate on green hydrogen.",
    "Kenya and Rwanda agreed in principle to a data-sharing deal.",
    "Brazil and Chile agreed last week to study a memorandum on space research.",
])
def test_agreeing_to_act_or_in_principle_stays_a_plan(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "In the memorandum, Kenya and Korea agreed to encourage exchanges between their ministries of ICT.",
    "As part of the agreement, Ghana and Togo will train engineers in satellite operations.",
    "According to the accord, Peru will supply lithium to Chile's battery plants.",
])
def test_a_clause_framed_inside_a_definite_act_tells_its_content_not_a_plan(text):
    assert find_status(text) is None


@pytest.mark.parametrize("text, status", [
    ("In the planned memorandum, Kenya and Korea will encourage exchanges between ministries.", "planned"),
    ("In the draft agreement, Ghana and Togo would train engineers.", "planned"),
    ("In the coming years, Ghana and Togo will train engineers in satellite operations.", "planned"),
])
def test_a_planned_act_or_a_time_frame_keeps_its_plan(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "The deal will come into force after it is signed in Nairobi in May.",
    "The memorandum, still being negotiated, would take effect once signed.",
    "Officials said the charter was being drafted and would be ratified as soon as it is completed.",
    "The accord will take effect upon signature once it is finalised by both ministries.",
])
def test_an_entry_into_force_conditioned_on_a_signing_still_ahead_is_a_plan(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text, status", [
    ("The deal, signed in May, will come into force once ratified.", "signed"),
    ("Ghana and Togo signed a pact that will take effect once it is ratified.", "signed"),
    ("The treaty will be ratified next year.", "signed"),
    ("After it was signed in 2019, the pact took effect in 2020.", "in-force"),
])
def test_an_entry_into_force_ahead_of_a_concluded_act_keeps_it_signed(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, parties", [
    ("The Andean Lithium Initiative of Chile and Peru covers refining and battery research.", {"CHL", "PER"}),
])
def test_an_initiative_named_with_no_status_word_is_launched(text, parties):
    found = {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}
    assert (frozenset(parties), "initiative", "signed") in found


def test_an_initiative_named_by_its_sides_compound_and_no_status_word_stands():
    # named_standing: the title holds the sides' compound and no verb before it makes it (measured on fresh passages)
    found = {(frozenset(a.parties), a.kind, a.status)
             for a in acts_of("Funding for the Kenya-Rwanda Digital Skills Initiative comes from both treasuries.")}
    assert (frozenset({"KEN", "RWA"}), "initiative", "in-force") in found


@pytest.mark.parametrize("text, parties", [
    ("Chile and Peru will cooperate on lithium refining and battery research.", {"CHL", "PER"}),
    ("Chile and Peru plan to launch an initiative on lithium refining.", {"CHL", "PER"}),
])
def test_cooperation_told_ahead_stays_planned(text, parties):
    found = {(frozenset(a.parties), a.status) for a in acts_of(text)}
    assert (frozenset(parties), "planned") in found


@pytest.mark.parametrize("text", [
    "Ghana also has the Digital Trade Agreement with Singapore.",
    "Chile and Peru have the Andean Lithium Pact in place.",
    "Norway has the Arctic Research Partnership with Iceland and Denmark.",
])
def test_a_named_act_held_by_its_parties_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Ghana has signed the Digital Trade Agreement with Singapore.", "signed"),
    ("Ghana has the support of Togo for the treaty.", None),
    ("Ghana has the backing of the African Union for a cyber treaty.", None),
])
def test_having_a_thing_that_is_no_named_act_tells_no_standing_act(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "A new security partnership between Japan, the Philippines and Vietnam will speed up work on coastal radar.",
    "NAIROBI — A new memorandum between Kenya and Rwanda will let start-ups share cloud credits, officials said.",
    "A new data accord with Singapore will open Ghana's fintech market, the minister said.",
])
def test_a_new_act_told_by_what_it_will_do_is_made(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text, status", [
    ("A new deal between Chile and Peru will be signed in May.", "planned"),
    ("A new agreement would be needed between Chile and Peru.", "planned"),
    ("A new agreement between Chile and Peru would allow the sides to share data.", "planned"),
    ("The agreement between Chile and Peru will boost lithium refining.", None),
    ("The planned agreement between Chile and Peru will boost lithium refining.", "planned"),
])
def test_a_new_act_still_to_be_made_or_the_content_of_one_told_is_no_new_act(text, status):
    assert find_status(text) == status
