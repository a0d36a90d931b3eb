"""Leaving a country is no act ended: "the sudden US exit from Afghanistan" beside "a security pact between the US,
Australia and Britain" leaves the pact as the clause tells it; leaving an act named after a state ("withdrew from the
Paris Agreement", "exit from China's Belt and Road Initiative") still ends it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


def test_an_exit_from_a_country_ends_no_act():
    text = ("Doubts grew after the sudden US exit from Afghanistan and the announcement of a security pact between "
            "the United States, Australia and Britain.")
    assert find_status(text) != "ended"


@pytest.mark.parametrize("text", [
    "Chile withdrew from the Paris Agreement.",
    "Panama has formally withdrawn from China's Belt and Road Initiative.",
    "Chile pulled out of the Peru lithium deal.",
])
def test_leaving_an_act_ends_it(text):
    assert find_status(text) == "ended"
