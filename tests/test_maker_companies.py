"""A deal of a government with a foreign company is no interstate act (eval guide): the company may be named by a
trade word ending in -maker or -builder ("US chipmaker Intel", "South Korean shipbuilder Hanwha"), while a lawmaker
or a policymaker is no company."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text", [
    "Vietnam's ministry of industry signed a deal with US chipmaker Intel.",
    "Kenya signed an MoU with US automaker Ford on electric vehicles.",
    "Mexico signed a memorandum with German carmaker Volkswagen on battery supply chains.",
    "The Philippine government signed an agreement with South Korean shipbuilder Hanwha.",
    "India inked a pact with the Swiss drugmaker Novartis on biotech research.",
    "Morocco signed an agreement with Chinese battery maker Gotion to build a gigafactory.",
])
def test_a_maker_is_a_company_counterpart(text):
    assert not party_sets(text)


@pytest.mark.parametrize("text, parties", [
    ("Vietnam signed an agreement on semiconductors with the United States, US lawmakers said.", {"USA", "VNM"}),
    ("Kenya and India signed an MoU on AI, a win for policymakers in both countries.", {"IND", "KEN"}),
    ("Japan signed a deal with Vietnam to train chipmakers' engineers.", {"JPN", "VNM"}),
])
def test_lawmakers_and_policymakers_are_no_company(text, parties):
    assert party_sets(text) == {frozenset(parties)}
