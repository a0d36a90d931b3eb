"""A second clause with a subject of its own after ", and", ", while", ", whereas" or ", but" tells its subject's act,
not the first clause's; sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import party_sets, sets


@pytest.mark.parametrize("text, expected", [
    ("Ghana hosted the forum in 2019, and Togo signed a fintech memorandum with Benin in 2021.", ["BEN+TGO"]),
    ("Oman and Kuwait hosted the talks in 2018, while in 2023 Qatar signed a memorandum on data centres with Jordan.",
     ["JOR+QAT"]),
    ("Chile ratified the convention last year, whereas Peru has signed a lithium pact with Bolivia.", ["BOL+PER"]),
    ("Kenya hosted the forum in 2019, and the United States signed a data deal with Ghana.", ["GHA+USA"]),
    # must not fire: a list of names with an Oxford comma, a person as the subject, a state joining the act just told
    ("Iran has sold drones to Russia, and Pezeshkian signed a cooperation treaty with Putin in January.",
     ["IRN+RUS"]),
    ("Russia, Iran, and China signed a pact on artificial intelligence.", ["CHN+IRN+RUS"]),
    ("Russia signed a pact on AI with Iran, and China joined it later.", ["CHN+IRN+RUS"]),
    ("Kenya signed a data deal with Ethiopia, and Uganda will join it next year.", ["ETH+KEN+UGA"]),
])
def test_a_second_clause_with_its_own_subject_tells_its_own_act(text, expected):
    assert party_sets(text) == sets(*expected)
