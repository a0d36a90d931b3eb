"""Confidence per agreement (extract/confidence.py); sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.extract.confidence import (
    HEDGED, KIND_EXPLICIT, PARTIES_GRAMMATICAL, agreement_confidence, evidence_cues,
)
from techpact.extract.facts import Agreement, Span
from techpact.graph.identity import combine_confidence
from techpact.loaders.document import Document


def only_agreement(text: str) -> Agreement:
    [agreement] = extract_facts(Document(text=text, source="t")).agreements
    return agreement


def test_confidence_rises_with_an_explicit_kind_a_construction_and_more_evidence():
    plain = only_agreement("Peru and Chile will cooperate on satellites.")
    explicit = only_agreement("A memorandum of understanding on satellites was signed between Peru and Chile.")
    backed = only_agreement("A memorandum of understanding on satellites was signed between Peru and Chile. "
                            "The memorandum covers launch services and ground stations.")
    assert {KIND_EXPLICIT, PARTIES_GRAMMATICAL} <= explicit.cues
    assert 0 < plain.confidence < explicit.confidence < backed.confidence <= 0.95


def test_hedging_and_a_lone_party_lower_confidence():
    sentence = "Peru and Chile signed an agreement on satellites."
    firm = Agreement(kind="agreement", status="signed", parties=["PER", "CHL"], evidence=[Span(0, len(sentence), sentence)])
    hedged_text = "Peru and Chile may consider an agreement on satellites, it is rumoured."
    hedged = Agreement(kind="agreement", status="planned", parties=["PER", "CHL"],
                       evidence=[Span(0, len(hedged_text), hedged_text)])
    lone = Agreement(kind="agreement", status="signed", parties=["ASEAN"], evidence=firm.evidence)
    assert HEDGED in evidence_cues(hedged) and HEDGED not in evidence_cues(firm)
    assert agreement_confidence(hedged) < agreement_confidence(firm)
    assert agreement_confidence(lone) < agreement_confidence(firm)


def test_cues_the_reader_fills_count_even_when_the_evidence_does_not_show_them():
    sentence = "They will work together on satellites."
    bare = Agreement(kind="agreement", status="planned", parties=["PER", "CHL"], evidence=[Span(0, len(sentence), sentence)])
    cued = Agreement(kind="agreement", status="planned", parties=["PER", "CHL"], evidence=bare.evidence,
                     cues={PARTIES_GRAMMATICAL})
    assert agreement_confidence(cued) > agreement_confidence(bare)


def test_reports_combine_as_one_minus_the_product_of_their_doubts():
    assert combine_confidence(0.5, 0.5) == 0.75
    assert combine_confidence(None, 0.4) == 0.4 and combine_confidence(None, None) is None
