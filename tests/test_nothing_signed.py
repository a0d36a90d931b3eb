"""Talks that end with nothing signed report no act (eval guide: an agreement is an act the passage reports, not
talk of one): "..., but no agreement was signed", "did not sign any agreement", "failed to reach a deal", "without
signing any documents". An act told beside it stays, and a named instrument refused stays a rejection."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(frozenset(a.parties), a.status) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text", [
    "Ghana and Nigeria discussed cooperation in digital payments, but no agreement was signed.",
    "Officials from Chile and Peru discussed lithium, but no documents were signed, a spokesman said.",
    "Kenya and Ethiopia discussed cooperation on data centres but did not sign any agreement.",
    "Ghana and Nigeria held talks on digital payments but failed to reach an agreement.",
    "Ghana and Nigeria held talks on digital payments; no deal was reached.",
    "Mongolia and Kazakhstan held talks on rare earths without signing any documents.",
    # no verb of concluding: the deadline or the talks end without one
    "The June deadline passed without an agreement between Chile and Peru on lithium.",
    "Talks between Ghana and Nigeria on payments ended without a deal.",
    "The talks between Ghana and Nigeria on payments broke down without agreement.",
])
def test_talks_with_nothing_signed_are_no_act(text):
    assert not acts(text)


@pytest.mark.parametrize("text", [
    "Ghana's foreign minister said no proposal had been made to Nigeria on a joint payments system.",
    "No offers have been made to Peru to join the Chilean lithium consortium, officials in Santiago said.",
    "Kenya has made no proposal to Ethiopia on sharing its data centres.",
])
def test_an_offer_told_as_never_made_is_no_act(text):
    assert not acts(text)


@pytest.mark.parametrize("text", [
    "Talks between Ghana and Nigeria ended without agreement on the anticipated minerals contract.",
    "Talks between Ghana and Nigeria ended without an agreement on the terms of the payments treaty.",
])
def test_an_instrument_still_sought_after_talks_without_agreement_stays_planned(text):
    assert {status for (_, status) in acts(text)} == {"planned"}


@pytest.mark.parametrize("text, parties, status", [
    ("Ghana and Nigeria signed an MoU on AI, but no agreement on payments was signed.", {"GHA", "NGA"}, "signed"),
    ("The talks ended without a deal, but Ghana and Nigeria later signed an MoU on AI.", {"GHA", "NGA"}, "signed"),
    ("India did not sign the SCO declaration on AI.", {"IND", "SCO"}, "rejected"),
    ("Ghana and Nigeria signed an MoU on AI without any agreement on data.", {"GHA", "NGA"}, "signed"),
])
def test_an_act_told_beside_or_a_refusal_stays(text, parties, status):
    assert (frozenset(parties), status) in acts(text)
