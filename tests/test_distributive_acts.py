"""Distributive counterparts (distributive_acts): one party's acts "with" several others are bilateral acts, one per
counterpart, when the instruments are several or similar, each counterpart has a detail or an instrument of its own,
the counterparts come as examples of several, or one instrument is made with three or more states named only as a
list; a joint instrument, a named one, one made with two, a coordinated subject or a bloc's members stay one act.
Short passages written for the test in the shapes of news wording (never taken from the eval passages)."""

from __future__ import annotations

import pytest

from .extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text, expected", [
    # one instrument with a bare list of three or more states
    ("In May, Kenya signed a memorandum of understanding with Ghana, Peru, Nepal and Fiji on sharing its payment "
     "platform.", ("GHA+KEN", "KEN+PER", "KEN+NPL", "FJI+KEN")),
    ("The Kenyan parliament completed ratification of an agreement with Ghana, Peru, Nepal and Fiji on civil nuclear "
     "use.", ("GHA+KEN", "KEN+PER", "KEN+NPL", "FJI+KEN")),
    ("Kenya's memorandum with Ghana, Peru and Fiji on fisheries entered into force on Monday.",
     ("GHA+KEN", "KEN+PER", "FJI+KEN")),
    # similar instruments, the counterparts as examples of several
    ("Canada has already signed similar deals on the supply of metals, including lithium and copper, with other "
     "countries in the region, such as Peru and Chile.", ("CAN+PER", "CAN+CHL")),
    ("Kenya is in talks with several neighbours, including Uganda, Tanzania and Rwanda, on a power-sharing pact.",
     ("KEN+UGA", "KEN+TZA", "KEN+RWA")),
    # each counterpart with a date or an instrument of its own
    ("Kenya established strategic partnerships with China in 2008, Russia in 2012 and Brazil in 2015.",
     ("CHN+KEN", "KEN+RUS", "BRA+KEN")),
    ("Kenya signed a memorandum with Ghana, and another with Peru.", ("GHA+KEN", "KEN+PER")),
    ("Kenya signed a memorandum with Ghana on Monday and with Peru on Tuesday.", ("GHA+KEN", "KEN+PER")),
])
def test_distributive_one_act_per_counterpart(text: str, expected: tuple[str, ...]) -> None:
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Kenya signed a joint statement with Ghana, Peru and Fiji.", "FJI+GHA+KEN+PER"),  # a joint instrument
    ("Kenya signed a trilateral agreement with Ghana, Peru and Fiji.", "FJI+GHA+KEN+PER"),
    ("Kenya signed an agreement with Ghana, Peru and Fiji to set up a joint research centre.", "FJI+GHA+KEN+PER"),
    ("Kenya signed a memorandum with Ghana and Peru.", "GHA+KEN+PER"),  # one instrument, two counterparts
    ("Kenya, Ghana and Peru signed a memorandum on trade.", "GHA+KEN+PER"),  # a coordinated subject
    ("Kenya signed the Digital Economy Partnership Agreement with Chile, Singapore and New Zealand.",  # a named treaty
     "CHL+KEN+NZL+SGP"),
    ("Chile signed a trade agreement with Brazil, Uruguay and Paraguay, fellow members of Mercosur.",  # a bloc's members
     "BRA+CHL+PRY+URY"),
])
def test_distributive_one_act_stays_one(text: str, expected: str) -> None:
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text, dates", [
    ("Kenya established strategic partnerships with China in 2008, Russia in 2012 and Brazil in 2015.",
     {"CHN": "2008", "RUS": "2012", "BRA": "2015"}),
    ("Kenya signed a similar memorandum with Ghana in March 2021 and with Peru in May 2023.",
     {"GHA": "2021-03", "PER": "2023-05"}),
    ("Kenya signed agreements with Ghana and Peru in 2019.", {"GHA": "2019", "PER": "2019"}),  # one time for both
])
def test_distributive_each_act_at_its_own_time(text: str, dates: dict[str, str]) -> None:
    told = {next(code for code in act.parties if code != "KEN"): str(act.date) for act in acts_of(text)}
    assert told == dates


@pytest.mark.parametrize("text, expected", [
    ("Other countries that have signed fisheries deals with Kenya include Ghana, Peru and Fiji.", ("GHA+KEN", "KEN+PER", "FJI+KEN")),
    ("Among the nations that have concluded such accords with Chile are Peru and Nepal.", ("CHL+PER", "CHL+NPL")),
])
def test_states_listed_as_those_that_made_an_act_with_one_side_each_hold_one_with_it(text, expected):
    acts = acts_of(text)
    assert sorted("+".join(sorted(act.parties)) for act in acts) == sorted("+".join(sorted(p.split("+"))) for p in expected)
    assert {act.status for act in acts} == {"in-force"}  # held now, told as background


def test_a_side_that_is_a_bloc_keeps_the_list_as_one_act():
    assert len(acts_of("Members that have signed trade deals with the EU include Ghana and Peru.")) <= 1
