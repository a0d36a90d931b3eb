"""An instrument told only through its course stands (in force): "reviewed progress under their 2019 agreement",
"discussed the implementation of the memorandum", "marked the anniversary of the treaty", "hailed the results of their
partnership", "called for the full implementation of the accord". A new instrument made in the clause, one still
negotiated, a body named after an instrument, a declaration (issued) and progress "on" a deal keep their status."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "Egypt and Japan reviewed progress under their 2019 agreement on satellite data.",
    "Kenya and Rwanda discussed the implementation of the memorandum of understanding on AI.",
    "The presidents of Chile and Peru marked the anniversary of the treaty on nuclear energy.",
    # the anniversary of its making: a making long past, not one told now
    "Chile and Peru marked the 30th anniversary of the signing of their treaty on space cooperation.",
    "This year marks the fifth anniversary of the establishment of the Kenya-Rwanda Digital Partnership.",
    "Egypt and Japan hailed the results of their partnership on cybersecurity.",
    "Kenya and Rwanda called for the full implementation of the 2019 accord on fintech.",
    "Egypt and Japan agreed to speed up the implementation of their agreement on satellite data.",
    "Vietnam and Laos welcomed progress in implementing their roadmap on digital payments.",
    "Egypt and Japan will further implement their agreement on satellite data.",
    "Kenya and Rwanda agreed to expand the scope of their memorandum on e-government.",
    "Chile and Peru pledged to deepen cooperation under the framework of their 2019 agreement on lithium.",
    # what the instrument set out, the work now done in it
    "Egypt and Japan reaffirmed their commitment to work in the areas identified by the Framework Arrangement on Cyber Cooperation.",
    "Kenya and Rwanda will cooperate in the fields set out in their agreement on satellite data.",
    # talks as the setting of the review, no instrument their matter
    "In talks on Tuesday, Egypt and Japan reviewed progress in the implementation of their 2019 agreement on satellite data.",
    ("The topic came up in wide-ranging talks between Kenya and Rwanda during which both sides discussed the implementation"
     " of the memorandum of understanding on AI."),
])
def test_an_instrument_told_through_its_course_is_in_force(text):
    assert statuses(text) == {"in-force"}


@pytest.mark.parametrize("text", [
    "Egypt and Japan signed a new arrangement on cyber cooperation, which sets out the areas identified by the arrangement.",
    "Egypt and Japan signed a memorandum on the implementation of their 2019 agreement on satellite data.",
    "Egypt and Japan reviewed the agreement on satellite data the two countries have been negotiating since 2011.",
    "Egypt and Japan welcomed progress on the agreement on satellite data.",
    "Egypt and Japan marked the anniversary of their joint declaration on space.",
    "Egypt and Japan will sign and implement an agreement on satellite data.",
    "Egypt and Japan agreed to implement a new agreement on satellite data.",
    ("Egypt and Japan agreed to develop an MoU on satellite data. Topics within the scope of the MoU include weather"
     " monitoring."),
    "In talks on a new treaty, Egypt and Japan reviewed the implementation of their agreement on satellite data.",
])
def test_a_new_or_unfinished_instrument_is_not_made_in_force(text):
    assert "in-force" not in statuses(text)


@pytest.mark.parametrize("text", [
    "The leaders of Brazil and Chile reviewed the progress of the Brazil-Chile Space Industrial Roadmap.",
    "Kenya and Japan assessed the progress of their joint digital agreement.",
])
def test_progress_of_a_named_instrument_tells_it_in_force(text):
    assert statuses(text) == {"in-force"}


def test_progress_of_talks_on_an_instrument_leaves_it_ahead():
    assert statuses("Brazil and Chile reviewed progress in the negotiations on the space agreement.") == {"planned"}


@pytest.mark.parametrize("text", [
    "The EU has already established digital trade agreements with countries like Chile, Peru and Ghana.",
    "Japan has signed data pacts with other economies such as Kenya and Morocco.",
])
def test_instruments_held_with_a_class_of_partners_told_by_examples_are_in_force(text):
    assert statuses(text) == {"in-force"}


@pytest.mark.parametrize("text", [
    "India has signed agreements with Chile and Peru.",
    "India and Japan have already signed the memorandum on chips.",
])
def test_acts_signed_with_named_partners_stay_signed(text):
    assert statuses(text) == {"signed"}
