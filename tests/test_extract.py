from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.gazetteer import gazetteer
from techpact.extract.sentences import split_sentences
from techpact.loaders import load_file
from techpact.loaders.document import Document


@pytest.fixture(scope="module")
def seed_facts(seed_file):
    [document] = load_file(seed_file)
    return document, extract_facts(document)


def find(facts, parties):
    return [a for a in facts.agreements if set(a.parties) == set(parties)]


def test_extract_seed_mentions_russia_iran_india_and_sco(seed_facts):
    _, facts = seed_facts
    assert {"RUS", "IRN", "IND", "SCO"} <= set(facts.mentioned_codes)


def test_extract_seed_signed_mou_between_russia_and_iran_with_its_sectors(seed_facts):
    document, facts = seed_facts
    [mou] = find(facts, ["RUS", "IRN"])
    assert (mou.kind, mou.status) == ("mou", "signed")
    assert {"ai", "blockchain", "cybersecurity", "fintech", "data", "egov", "smart-cities"} <= set(mou.sectors)
    assert any("memorandum of understanding" in e.text for e in mou.evidence)
    assert all(document.text[e.start:e.end] == e.text for e in mou.evidence)
    assert {p.name for p in mou.signatories} == {"Meysam Abedi", "Alexander Shoitov"}
    assert {p.name: p.acts_for for p in mou.signatories} == {"Meysam Abedi": "IRN", "Alexander Shoitov": "RUS"}


def test_extract_seed_russia_proposes_ai_partnership_to_india(seed_facts):
    _, facts = seed_facts
    [partnership] = find(facts, ["RUS", "IND"])
    assert partnership.status == "proposed"
    assert {"ai", "robotics", "biotech"} <= set(partnership.sectors)
    assert partnership.proposer == "RUS" and partnership.addressee == "IND"
    assert any("readiness to cooperate with New Delhi" in e.text for e in partnership.evidence)


def test_extract_seed_iran_proposes_common_cryptocurrency_to_sco(seed_facts):
    _, facts = seed_facts
    [proposal] = find(facts, ["IRN", "SCO"])
    assert (proposal.status, proposal.proposer, proposal.addressee) == ("proposed", "IRN", "SCO")
    assert "crypto" in proposal.sectors
    assert "common cryptocurrency" in proposal.evidence[0].text


def test_extract_seed_memberships_as_the_text_states(seed_facts):
    _, facts = seed_facts
    assert {(m.state, m.bloc) for m in facts.memberships} == {("IRN", "SCO"), ("RUS", "SCO"), ("IND", "SCO")}


def test_extract_no_pair_between_iran_and_india(seed_facts):
    _, facts = seed_facts
    assert not any({"IRN", "IND"} <= set(a.parties) for a in facts.agreements)


def test_gazetteer_finds_demonyms_capitals_and_official_names():
    found = {(m.surface, m.code, m.how) for m in gazetteer().find_actors(
        "Beijing said the Chinese side and the Islamic Republic of Iran and the U.S. met in the Indian Ocean.")}
    assert ("Beijing", "CHN", "capital") in found
    assert ("Chinese", "CHN", "demonym") in found
    assert ("Islamic Republic of Iran", "IRN", "official") in found
    assert ("U.S.", "USA", "name") in found
    assert not any(code == "IND" for _, code, _ in found), "the Indian Ocean is not India"


def test_gazetteer_finds_the_peoples_plural_of_a_demonym():
    text = "The Saudis and the Emiratis met the Americans, the Israelis and the Pakistanis; the Chinese stayed away."
    found = {(m.surface, m.code) for m in gazetteer().find_actors(text)}
    assert found == {("Saudis", "SAU"), ("Emiratis", "ARE"), ("Americans", "USA"), ("Israelis", "ISR"),
                     ("Pakistanis", "PAK"), ("Chinese", "CHN")}


def test_negated_and_hedged_cooperation_is_not_a_signed_agreement():
    text = "Kazakhstan did not sign the agreement with Russia on AI. South Korea may consider a chip deal with Japan."
    facts = extract_facts(Document(text=text, source="t"))
    assert all(a.status == "rejected" for a in facts.agreements)
    assert not any("KOR" in a.parties for a in facts.agreements)


def test_sentences_keep_offsets_and_abbreviations():
    text = "The U.S. and Japan met. Mr. Smith signed it!\nNew line here"
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["The U.S. and Japan met.", "Mr. Smith signed it!", "New line here"]
    assert all(text[s.start:s.end] == s.text for s in spans)


def agreements_of(text):
    return extract_facts(Document(text=text, source="t")).agreements


def test_list_acting_with_one_partner_makes_bilateral_pairs():
    found = agreements_of("Chile, Peru and Kenya have partnered with Japan on digital payments.")
    assert sorted(tuple(sorted(a.parties)) for a in found) == [("CHL", "JPN"), ("JPN", "KEN"), ("JPN", "PER")]
    assert all(a.sectors == ["fintech"] for a in found)


def test_joining_an_initiative_and_its_listed_participants_are_parties():
    found = agreements_of(
        "Norway has joined the Nordic quantum computing initiative. "
        "The founding members are Sweden, Finland and Denmark.")
    [initiative] = found
    assert set(initiative.parties) == {"NOR", "SWE", "FIN", "DNK"} and "quantum" in initiative.sectors


def test_named_instruments_and_offices_are_not_parties_or_sectors():
    [agreement] = agreements_of(
        "Egypt and Kenya signed a memorandum, citing the Paris Agreement, in the presence of the Kenyan defence minister "
        "and the Egyptian Ministry of Communications and Information Technology, on cybersecurity.")
    assert set(agreement.parties) == {"EGY", "KEN"}
    assert agreement.sectors == ["cybersecurity"]


@pytest.mark.parametrize("text", [
    "The Ghana-Kenya Agreement on Nuclear Energy entered into force on Monday.",
    "Officials announced that the U.S.-Peru Accord on Satellite Data had entered into force.",
])
def test_an_instrument_named_for_two_states_joined_by_a_hyphen_names_its_sides(text):
    [agreement] = agreements_of(text)
    assert len(set(agreement.parties)) == 2 and agreement.status == "in-force"


def test_people_with_roles_and_states_and_leaders_by_surname():
    text = ("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Moscow. "
            "Putin and Modi signed a treaty on nuclear energy.")
    facts = extract_facts(Document(text=text, source="t"))
    people = {p.name: (p.role, p.acts_for) for p in facts.people}
    assert people == {"Vladimir Putin": ("President", "RUS"), "Narendra Modi": ("Prime Minister", "IND")}
    [treaty] = facts.agreements
    assert set(treaty.parties) == {"RUS", "IND"} and treaty.kind == "treaty"
    assert facts.mentioned_codes == ["RUS", "IND"]


def test_relative_dates_resolve_against_publication_date():
    import datetime as dt

    document = Document(text="Japan and India will sign an agreement on semiconductors next year.", source="t",
                        issued=dt.date(2025, 6, 10))
    [agreement] = extract_facts(document).agreements
    assert agreement.status == "planned" and agreement.date.year == 2026


@pytest.mark.parametrize("text, codes", [
    ("SA and Russia signed a nuclear cooperation agreement.", {"ZAF", "RUS"}),
    ("In SA, the deal with Russia was criticised.", {"ZAF", "RUS"}),
    # a company's legal form after its name is no state
    ("Vale SA signed a supply deal with Brazil.", {"BRA"}),
])
def test_gazetteer_reads_sa_as_south_africa_but_not_a_companys_legal_form(text, codes):
    assert {m.code for m in gazetteer().find_actors(text)} == codes
