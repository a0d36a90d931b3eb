"""An act told as the subject of beginning ("A trilateral power-sharing agreement between A, B and C officially began
on Friday") is running: in force. Talks on an act that began, or an act that has not started, are not."""

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, parties", [
    ("A trilateral power-sharing agreement between Chile, Peru and Bolivia officially began on Friday.",
     {"CHL", "PER", "BOL"}),
    ("The data-sharing arrangement between Ghana and Togo started in 2019.", {"GHA", "TGO"}),
])
def test_an_act_that_began_is_in_force(text, parties):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(parties, "in-force")]


@pytest.mark.parametrize("text", [
    "Talks on an agreement between Ghana and Togo started on Monday.",
    "Negotiations on a new trade agreement between Ghana and Togo began in May.",
    "The agreement between Ghana and Togo has not started yet.",
])
def test_talks_that_began_or_an_act_not_started_is_not_in_force(text):
    assert [a.status for a in acts_of(text)] != ["in-force"]


@pytest.mark.parametrize("text", [
    "After talks between the presidents of Peru and Ecuador, the signing ceremony of various agreements began.",
    "The signing of the agreements between Kenya and Uganda began at noon.",
])
def test_a_signing_begun_makes_its_acts_signed_not_running(text):
    assert [a.status for a in acts_of(text)] == ["signed"]
