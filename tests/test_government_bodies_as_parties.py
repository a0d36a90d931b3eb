"""Agencies and ministries count as their state (eval guide): a body written in lower case after a state's name
("China's national development commission") is the state's, not a company; the field of a lower-case office
("the ministries of A and B", "the minister of electronics and IT, signed ...") ends before the clause's verb, so the
act's sectors after it are kept."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.offices import office_spans
from techpact.loaders.document import Document


def acts(text: str) -> dict[frozenset, set[str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties): set(a.sectors) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text, parties, sector", [
    ("Tajikistan's communications agency and China's national development commission signed an MoU on 5G.",
     {"TJK", "CHN"}, "telecom"),
    ("Ghana's digital ministry signed a memorandum on data centres with Nigeria's national information technology "
     "agency.", {"GHA", "NGA"}, "data"),
    ("Kenya's national treasury and China's finance ministry signed an agreement on cross-border payments.",
     {"KEN", "CHN"}, "fintech"),
])
def test_a_lower_case_body_after_national_is_the_state(text, parties, sector):
    found = acts(text)
    assert frozenset(parties) in found and sector in found[frozenset(parties)]


@pytest.mark.parametrize("text, parties, sector", [
    ("The ministries of Iran and Oman signed an MoU on cybersecurity.", {"IRN", "OMN"}, "cybersecurity"),
    ("Officials from the communications ministries of Kenya and Uganda signed a deal on fibre optic cables.",
     {"KEN", "UGA"}, "telecom"),
    ("Kenya's ministry of ICT and India's ministry of electronics signed an MoU on artificial intelligence.",
     {"KEN", "IND"}, "ai"),
    ("The foreign ministries of Chile and Peru agreed to cooperate on satellite data.", {"CHL", "PER"}, "space"),
])
def test_sectors_after_a_lower_case_office_belong_to_the_act(text, parties, sector):
    found = acts(text)
    assert frozenset(parties) in found and sector in found[frozenset(parties)]


@pytest.mark.parametrize("text, office", [
    ("The minister of electronics and information technology, signed a memorandum on Thursday.",
     "minister of electronics and information technology"),
    ("The deputy minister for telecom and mass communications Ivan Petrov met his counterpart.",
     "minister for telecom and mass communications"),
    ("He is minister of digital development, communications and mass media.",
     "minister of digital development, communications and mass media"),
    ("The ministry of science and higher education will sign the deal.", "ministry of science and higher education"),
])
def test_a_lower_case_office_ends_before_the_clause(text, office):
    assert office in [text[start:end] for start, end in office_spans(text)]


@pytest.mark.parametrize("text", [
    "Kenya signed a deal with China's national oil company on hydrogen.",
    "Kenya signed a deal with China's largest telecom company on 5G networks.",
])
def test_a_company_of_a_state_is_still_no_party(text):
    assert not acts(text)


@pytest.mark.parametrize("text", [
    "The minister of communications and information technology of Egypt signed the deal with Jordan.",
    "Egypt's minister of communications and information technology signed the agreement with Jordan.",
])
def test_the_field_of_an_office_gives_no_sector(text):
    found = acts(text)
    assert frozenset({"EGY", "JOR"}) in found and not found[frozenset({"EGY", "JOR"})]


@pytest.mark.parametrize("text, parties", [
    ("The Egyptian space agency and the Indian Space Research Organisation signed an MoU on satellites.", {"EGY", "IND"}),
    ("The Chinese Satellite Navigation System Commission and Russia's Roscosmos signed a roadmap on navigation.",
     {"CHN", "RUS"}),
    ("The Israeli Cyber Directorate signed a memorandum on cybersecurity with the Moroccan defence department.",
     {"ISR", "MAR"}),
    ("The Indian Atomic Energy Commission and the French atomic agency signed an agreement on reactors.", {"FRA", "IND"}),
])
def test_a_demonym_before_a_commission_directorate_or_department_is_the_state(text, parties):
    assert frozenset(parties) in acts(text)


@pytest.mark.parametrize("text", [
    "The Egyptian space agency and the Indian trade organisation signed an MoU on satellites.",
    "The Kenyan ICT ministry and the Chinese Semiconductor Industry Association signed an MoU on chips.",
])
def test_a_demonym_before_a_private_body_is_no_state(text):
    assert not acts(text)
