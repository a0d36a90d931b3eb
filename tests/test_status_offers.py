"""One side's intent to give to or help another is an offer (extract/status_offers.py): proposed, the undertaking
offered an initiative; and an offer told beside an act the sides agreed is an act of its own. Guards: a joint subject,
a partner named after "with" (a co-agent), the sides agreeing, an intent to conclude with someone, and a clause telling
what the act holds keep their readings. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from techpact.extract.status_offers import offered_to_another
from tests.extraction import acts_of


def acts(text: str) -> set[tuple[frozenset[str], str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}


def statuses(text: str, parties: set[str]) -> set[str]:
    return {a.status for a in acts_of(text) if set(a.parties) == parties}


@pytest.mark.parametrize("text, parties", [
    ("Japan also intends to support Kenya in building a national data centre.", {"JPN", "KEN"}),
    ("Norway plans to help Ghana build a satellite ground station near Accra.", {"NOR", "GHA"}),
    ("Canada aims to provide Peru with training for its lithium regulators.", {"CAN", "PER"}),
    ("Moreover, Brazil is hoping to assist Paraguay with the design of a power grid.", {"BRA", "PRY"}),
    ("Seoul wants to fund Mongolia's first research reactor, an official said.", {"KOR", "MNG"}),
    ("The Finnish government is looking to share its 5G know-how with Estonia.", {"FIN", "EST"}),
])
def test_one_states_intent_to_help_another_is_an_offer(text, parties):
    assert statuses(text, parties) == {"proposed"}


def test_the_undertaking_offered_is_an_initiative():
    assert (frozenset({"NOR", "GHA"}), "initiative", "proposed") in acts(
        "Norway plans to help Ghana build a satellite ground station near Accra.")


@pytest.mark.parametrize("text, parties", [
    ("Japan and Kenya intend to build a national data centre together.", {"JPN", "KEN"}),
    ("India and Nepal plan to help Bhutan develop its hydropower grid.", {"IND", "NPL", "BTN"}),
    ("Japan and Kenya held talks in Nairobi on Monday. The two countries aim to support joint research on quantum "
     "sensors.", {"JPN", "KEN"}),
    ("Norway plans to sign a space cooperation agreement with Ghana next year.", {"NOR", "GHA"}),
    ("Ghana agreed to Norway's offer, and Norway plans to help Ghana build the station.", {"NOR", "GHA"}),
])
def test_a_joint_intent_an_intent_to_conclude_or_an_offer_taken_up_stays_planned(text, parties):
    assert statuses(text, parties) == {"planned"}


@pytest.mark.parametrize("text", [
    "Canada plans to work with Peru to support lithium refining in Bolivia.",
    "The new fund will help Kenya expand its data centres.",
    "Japan will help Kenya build a data centre under the agreement signed on Monday.",
    "Kenya hopes to attract investment from Japan for its data centres.",
])
def test_a_co_agent_an_act_as_subject_a_will_or_an_own_hope_is_no_offer(text):
    assert not offered_to_another(text)


def test_an_offer_told_after_an_agreed_plan_is_an_act_of_its_own():
    text = ("Ghana has agreed to move forward on space cooperation with Norway. A Norwegian diplomat said: \"We have held "
            "early talks with Ghana. We have put an offer on the table to collaborate with them in any form, and we are "
            "awaiting their response.\"")
    found = acts(text)
    assert (frozenset({"GHA", "NOR"}), "proposal", "proposed") in found
    assert any(status == "planned" for parties, _, status in found if parties == frozenset({"GHA", "NOR"}))


def test_what_a_signed_act_holds_is_no_offer_apart():
    text = ("Ghana and Rwanda signed a memorandum on cybersecurity on Monday. "
            "It also entails staff exchanges to build cyber readiness on both ends.")
    assert {status for _, _, status in acts(text)} == {"signed"}


def test_offer_in_the_present_is_proposed():
    assert find_status("Norway is offering $50 million of funding to strengthen Ghana's power grid.") == "proposed"


def test_what_a_plan_calls_for_is_no_offer_apart():
    text = ("Chile and Peru signed a 20-year cooperation plan in Lima on Saturday. "
            "The plan calls for joint research on lithium batteries and the exchange of scientists.")
    assert {status for _, _, status in acts(text)} == {"signed"}


@pytest.mark.parametrize("text", [
    "Kenya proposed to Ghana that the two countries set up a joint fintech sandbox.",
    "Kenya proposed to its neighbour Ghana that the two sides build a joint fintech sandbox.",
    "Chile suggested to the Peruvian president that the countries create a shared cyber lab.",
])
def test_a_proposal_told_to_the_other_side_that_they_do_something_is_an_offer(text):
    assert {a.status for a in acts_of(text)} == {"proposed"}


def test_being_urged_to_see_that_an_act_works_is_no_offer():
    assert statuses("Kenya and Ghana signed an AI memorandum; officials were urged to ensure that it works.",
                    {"KEN", "GHA"}) == {"signed"}


@pytest.mark.parametrize("text", [
    ("Ghana's government revoked its data agreement with Norway on Monday. \"It urges them to pass on to the authorities"
     " any information on suspicious transfers,\" the spokesman added."),
    "Ghana and Norway signed a memorandum on space on Monday. It calls on citizens to report drones to the police.",
])
def test_an_appeal_with_nothing_of_cooperation_in_it_is_no_offer_apart(text):
    assert len(acts(text)) == 1
