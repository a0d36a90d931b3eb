""""The country" as the subject of an act with one side named is the state the story is about
(extract/country_subject.py); a bloc named only after "with" makes no act alone (agreements: its other side is
unnamed). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {(frozenset(a.parties), a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text, expected", [
    ("Chile is a leader in lithium. The country signed a refining memorandum with Peru on Monday.",
     {(frozenset({"CHL", "PER"}), "signed")}),
    ("Chilean miners are worried after the country announced it would not ratify a lithium treaty with the EU.",
     {(frozenset({"CHL", "EU"}), "rejected")}),
    ("Chile has debated its ties to Europe for years. The country's cabinet signed a data pact with Peru.",
     {(frozenset({"CHL", "PER"}), "signed")}),
])
def test_the_country_as_subject_is_the_state_the_story_is_about(text, expected):
    assert acts(text) == expected


@pytest.mark.parametrize("text", [
    "Chile and Peru met in Lima. The country of origin of the chips was not named.",
    "Ministers met on Monday. The country will sign a treaty with the EU next year.",
])
def test_the_country_names_no_side_without_a_state_named_before(text):
    assert acts(text) == set()


def test_a_bloc_acting_alone_still_makes_its_act():
    assert acts("The SCO adopted a declaration on AI.") == {(frozenset({"SCO"}), "signed")}


def test_the_country_among_several_states_named_is_no_side():
    text = "Ghana signed a pact with Kenya. Nigeria, however, refused. The country signed a deal with Togo instead."
    assert not any("TGO" in a.parties for a in acts_of(text))


@pytest.mark.parametrize("text", [
    "Chile has a new space policy. In Beijing, an adviser said the country would not be joining China's lunar programme.",
    "Chile has a new space policy. On Monday in Beijing, its minister said the country would sign a space pact with China.",
])
def test_a_capital_named_as_the_speakers_place_leaves_the_country_the_story_s_state(text):
    assert any(set(a.parties) == {"CHL", "CHN"} for a in acts_of(text))
