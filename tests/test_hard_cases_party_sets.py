"""Who the parties are in hard cases: a clause opening "Under the agreement, ..." tells the told act's content, not a
second act (act_contents); a bloc inside the name of a programme or meeting is no party beside two others
(bloc_name_modifiers); "the two countries" never stands for two blocs (country_groups)."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_contents import content_of_told_act
from techpact.extract.country_groups import countries_meant
from techpact.loaders.document import Document


def facts_of(text: str):
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                  media_type="text/plain"))


def party_sets(text: str) -> list[frozenset]:
    return [frozenset(a.parties) for a in facts_of(text).agreements if len(a.parties) >= 2]


@pytest.mark.parametrize("text", [
    "Chile and Korea signed an agreement on lithium on Monday. Under the agreement, which takes effect next year, "
    "Chile and Korea agreed to partner in building refineries.",
    "Peru and Japan signed a deal on copper. Under the terms of the deal, Peru and Japan will partner on smelting.",
])
def test_act_contents_under_the_agreement_is_the_same_act(text):
    assert party_sets(text).count(party_sets(text)[0]) == 1
    assert len(party_sets(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("Under the agreement, the sides will build a plant.", True),
    ("Under the terms of the deal, Peru will export copper.", True),
    ("Under pressure from Washington, Chile signed a deal.", False),
    ("Chile and Peru signed a deal under which they will partner.", False),
])
def test_act_contents_opening_found(text, expected):
    assert bool(content_of_told_act(text)) == expected


@pytest.mark.parametrize("text, parties", [
    ("Canada and the EU agreed to advance the G7 AI Adoption Roadmap and to cooperate on quantum research.", {"CAN", "EU"}),
    ("Japan and Italy signed a memorandum on chips on the sidelines of the G7 Industry, Digital and Technology "
     "Ministers' Meeting in Rome.", {"ITA", "JPN"}),
])
def test_bloc_name_modifiers_a_bloc_naming_a_programme_is_no_party(text, parties):
    assert frozenset(parties) in party_sets(text)
    assert not any("G7" in found for found in party_sets(text))


def test_bloc_name_modifiers_a_state_joining_the_blocs_programme_keeps_the_bloc():
    from techpact.extract.bloc_name_modifiers import name_modifiers
    from techpact.extract.parties import Clause
    text = "Australia joined the G7 Critical Minerals Production Alliance on Friday."
    facts = facts_of(text)
    from techpact.extract.facts import Span
    clause = Clause(span=Span(0, len(text), text), text=text, actors=facts.mentions, sectors=[])
    assert name_modifiers(clause, ["AUS", "G7"]) == ["AUS", "G7"]


@pytest.mark.parametrize("pair, text, expected", [
    (["G7", "G20"], "This is the latest step in the two countries' efforts to collaborate on AI.", []),
    (["EU", "JPN"], "The two countries agreed to work on chips.", ["EU", "JPN"]),
    (["G7", "G20"], "The two blocs agreed to work on chips.", ["G7", "G20"]),
])
def test_country_groups_countries_are_no_two_blocs(pair, text, expected):
    assert countries_meant(text, pair) == expected


def test_country_groups_no_act_of_two_forums():
    text = ("Britain and Canada signed an MoU on science, helping to inform discussions in forums such as the G7 and "
            "G20. This is the latest step in the two countries' efforts to collaborate on AI research.")
    assert frozenset({"G7", "G20"}) not in party_sets(text)
