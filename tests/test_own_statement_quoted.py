"""The sides' own joint statement quoted ("Their joint statement says ...") is the statement they issued, an act of
its own beside what it tells (statement_sources.own_statement_quoted); a statement named only as a source stays none.
Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Chile and Peru launched talks on a digital economy agreement on Monday. Their joint statement says the talks "
    "will end in May.",
    "Ghana and Togo agreed to set up a solar energy fund on Monday. Their joint communique states that the fund will "
    "open in 2026.",
    "Kenya and Tanzania began talks on a fisheries treaty. Their joint declaration, issued in Arusha, says the talks "
    "will take a year.",
])
def test_the_sides_own_statement_quoted_is_an_act_of_its_own(text):
    kinds = {act.kind: act.status for act in acts_of(text)}
    assert kinds.get("joint-statement", kinds.get("declaration")) == "signed"
    assert len(kinds) == 2


def test_a_statement_named_only_as_the_source_adds_no_act():
    text = ("Chile and Peru launched talks on a digital economy agreement on Monday, according to their joint "
            "statement.")
    assert [act.kind for act in acts_of(text)] == ["agreement"]
