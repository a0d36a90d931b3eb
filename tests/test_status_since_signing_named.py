"""A stretch of time opened by the signing or launch of the parties' own act ("Since the signing of their memorandum in
2014, ...", "Since the launch of their joint programme, ...") and a perfect of what they have done under it tells the
act standing: in force, with or without the year, as "Since signing a memorandum in 2014" already did. A stretch
opened by something else ("Since the start of the war") tells nothing of the acts made in it, and a signing celebrated
on the day stays signed. Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> set[str]:
    return {a.status for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "Since the signing of their memorandum in 2014, Ghana and Togo have exchanged more than 200 researchers.",
    "Since the signing of their memorandum, Chile and Peru have trained 300 engineers in lithium processing.",
    "Since the signing of the agreement on space research, Oman and Jordan have built two ground stations.",
    "Since the launch of their joint programme on AI, Kenya and Rwanda have trained 300 engineers.",
    # read signed before this rule (a near miss of status_concluding_ahead), as "Since signing a pact in 2019" was not
    "Since the signing of the fisheries treaty in 2019, Peru and Chile have held five joint patrols.",
    # the stretch told after the perfect, its signing read as a clause of its own
    "Kenya and Vietnam have worked together on nuclear safety since the signing of a memorandum in 2016.",
    "Chile and Peru have trained 300 engineers since the signing of an agreement on lithium research in 2018.",
])
def test_a_stretch_since_the_signing_of_the_parties_act_tells_it_in_force(text):
    assert statuses(text) == {"in-force"}


@pytest.mark.parametrize("text, status", [
    ("Since the start of the war, Ghana and Togo have signed ten agreements on trade.", "signed"),
    ("Chile and Peru celebrated the signing of a memorandum on AI in Lima on Tuesday.", "signed"),
    ("Kenya and Vietnam signed a memorandum on AI, the first since the signing of a treaty in 2016.", "signed"),
])
def test_a_stretch_opened_by_something_else_or_a_signing_today_tells_no_standing(text, status):
    assert statuses(text) == {status}
