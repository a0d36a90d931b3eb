"""Curated heads of state and government (heads.json) named without their country ("Putin and Mirziyoyev signed")
act for their state when the passage names that state elsewhere; a bare name is never a mention of it
(people.heads_named); sentences written for the test."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.extract.people import heads_named
from techpact.loaders.document import Document
from techpact.ontology.reference import heads


def facts(text: str):
    return extract_facts(Document(text=text, source="t.txt", title=None, url=None, issued=None, media_type="text/plain"))


def test_two_heads_named_without_their_countries_sign_for_the_states_the_passage_names():
    found = facts("Russia and Uzbekistan have long been partners. Vladimir Putin and Shavkat Mirziyoyev signed a "
                  "memorandum on nuclear power in Tashkent.")
    assert {frozenset(a.parties) for a in found.agreements} == {frozenset({"RUS", "UZB"})}


def test_a_head_whose_state_the_passage_never_names_acts_for_nobody():
    found = facts("Presidents Vladimir Putin and Xi Jinping signed a memorandum on lunar research on May 8.")
    assert found.agreements == []
    assert found.mentioned_codes == []


def test_a_head_is_no_mention_of_their_state():
    found = facts("Xi Jinping met Vladimir Putin in Moscow. China and Russia signed a deal on satellites.")
    assert found.mentioned_codes == ["RUS", "CHN"]


def test_a_head_already_named_with_the_country_is_not_read_twice():
    found = facts("Russian President Vladimir Putin visited Uzbekistan.")
    assert [person.name for person in found.people].count("Vladimir Putin") == 1


def test_every_curated_head_has_a_state_code_and_an_office():
    curated = heads()
    assert len(curated) >= 50
    assert all(len(state) == 3 and state.isupper() and office for state, office in curated.values())



def test_a_curated_name_inside_a_longer_name_is_no_head():
    found = facts("Uzbekistan hosted the talks. Shavkat Mirziyoyevich Karimov spoke for the delegation.")
    assert "Shavkat Mirziyoyev" not in [person.name for person in found.people]
    assert heads_named("Uzbekistan hosted the talks.", found.mentions) == []
