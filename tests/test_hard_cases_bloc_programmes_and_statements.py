"""A programme named after a bloc is the bloc's initiative: a state joining it makes an act with the bloc
(bloc_initiatives), while joining the bloc itself stays a membership. "In a joint statement, the leaders committed
..." is the statement of the leaders last named (statement_sources.officials_in_statement)."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.statement_sources import officials_in_statement
from techpact.loaders.document import Document


def facts_of(text: str):
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                  media_type="text/plain"))


def acts(text: str) -> dict[frozenset, str]:
    return {frozenset(a.parties): a.kind for a in facts_of(text).agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text, parties", [
    ("Australia joined the G7 Critical Minerals Production Alliance on Friday.", {"AUS", "G7"}),
    ("Egypt has joined the BRICS Grain Exchange initiative.", {"BRICS", "EGY"}),
    ("Laos joined the ASEAN digital payments network last year.", {"ASEAN", "LAO"}),
    # a bloc's centre joined: "Centre of Excellence", "research centre", "cyber defence centre"
    ("Chile joined NATO's Cooperative Cyber Defence Centre of Excellence on Friday.", {"CHL", "NATO"}),
    ("Peru joined the ASEAN research centre on quantum computing.", {"ASEAN", "PER"}),
])
def test_bloc_initiatives_joining_a_blocs_programme_is_an_act_with_the_bloc(text, parties):
    assert acts(text).get(frozenset(parties)) == "initiative"


@pytest.mark.parametrize("text, member", [
    ("Egypt joined the BRICS alliance last year.", ("EGY", "BRICS")),
    ("Indonesia joined the BRICS group in January.", ("IDN", "BRICS")),
])
def test_bloc_initiatives_joining_the_bloc_itself_stays_a_membership(text, member):
    facts = facts_of(text)
    assert member in {(m.state, m.bloc) for m in facts.memberships}
    assert not [a for a in facts.agreements if len(a.parties) >= 2]


def test_officials_in_statement_the_leaders_named_before_issued_it():
    text = ("Chilean President Ana Soto and Peruvian President Luis Rojas met in Lima on Monday. In a joint statement, "
            "the leaders committed to building a lithium supply chain.")
    assert acts(text).get(frozenset({"CHL", "PER"})) == "joint-statement"


@pytest.mark.parametrize("text, expected", [
    ("In a joint statement, the leaders committed to cooperation.", True),
    ("In their joint communique, the two sides agreed to meet again.", True),
    ("In a statement, the ministry said the talks went well.", False),
    ("In a joint statement issued on Friday, the company announced a merger.", False),
])
def test_officials_in_statement_opening_found(text, expected):
    assert officials_in_statement(text) == expected
