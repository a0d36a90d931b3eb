"""Initiatives states joined are acts, with the state whose initiative it is (eval guide: "initiatives they joined"),
whether it is named in a possessive ("China's lunar research station project") or as the leader ("the China-led ...
project"); a state proposing that another join is a proposal of one to the other, not the other's joining; a joining
asked for ("applied to join") is the joiner's request, one still ahead ("plans to join") a plan."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> dict[frozenset, tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties): (a.kind, a.status) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text, parties", [
    ("Egypt joined China's lunar research station project.", {"CHN", "EGY"}),
    ("Egypt has joined the China-led lunar research station project.", {"CHN", "EGY"}),
    ("Uruguay joined India's global biofuels alliance last year.", {"IND", "URY"}),
    ("Serbia has signed up to Russia's satellite navigation data network.", {"RUS", "SRB"}),
])
def test_joining_a_states_initiative_is_an_act_with_it(text, parties):
    assert acts(text).get(frozenset(parties), ("", ""))[0] == "initiative"


@pytest.mark.parametrize("text, parties", [
    ("Russia suggested that Turkey join a joint satellite programme.", {"RUS", "TUR"}),
    ("India proposed that Sri Lanka join its digital payments network.", {"IND", "LKA"}),
    ("Beijing has proposed that Hanoi join its regional AI cooperation platform.", {"CHN", "VNM"}),
])
def test_proposing_that_another_join_is_a_proposal(text, parties):
    assert acts(text).get(frozenset(parties)) == ("proposal", "proposed")


@pytest.mark.parametrize("text, parties, status", [
    ("Kenya and Ghana joined the Digital Silk Road initiative.", {"GHA", "KEN"}, "in-force"),
    ("India rejected a proposal to join China's Belt and Road Initiative.", {"CHN", "IND"}, "rejected"),
])
def test_joining_and_refusing_to_join_keep_their_status(text, parties, status):
    assert acts(text).get(frozenset(parties), ("", ""))[1] == status


@pytest.mark.parametrize("text, expected", [
    ("Iran has applied to join Russia's satellite navigation network.", ("proposal", "proposed")),
    ("Iran seeks to join Russia's satellite navigation network.", ("proposal", "proposed")),
    ("Iran has submitted a request to join Russia's satellite navigation network.", ("proposal", "proposed")),
    ("Iran plans to join Russia's satellite navigation network.", ("initiative", "planned")),
    ("Iran will join Russia's satellite navigation network next year.", ("initiative", "planned")),
])
def test_a_joining_asked_for_or_ahead_is_no_joining_yet(text, expected):
    assert acts(text)[frozenset({"IRN", "RUS"})] == expected


def test_a_joining_told_done_then_retold_as_a_plan_stays_one_joining():
    found = acts("Iran has joined Russia's satellite navigation network. Iran had announced plans to join Russia's "
                 "satellite navigation network in 2023.")
    assert found[frozenset({"IRN", "RUS"})][1] != "planned"


@pytest.mark.parametrize("text", [
    "Turkey aspires to become a member of the BRICS alliance, a spokesman said.",
    "Algeria hopes to become a member of the BRICS alliance by next year.",
    "Egypt became a member of the BRICS alliance in 2024.",
])
def test_becoming_a_member_of_a_bloc_is_no_act_with_it(text):
    assert not acts(text)


def test_aspiring_to_become_a_partner_of_a_states_initiative_is_a_request():
    found = acts("Kenya aspires to become a partner in China's Digital Silk Road initiative.")
    assert found.get(frozenset({"CHN", "KEN"})) == ("proposal", "proposed")


def test_becoming_a_member_of_a_states_initiative_reads_as_joining_it():
    became = acts("Laos became a member of China's lunar research station project in 2024.")
    assert became.get(frozenset({"CHN", "LAO"}), ("", ""))[0] == "initiative"
    assert became == acts("Laos joined China's lunar research station project in 2024.")
