"""States named only inside the quoted title of an instrument are not its parties when the clause names two or more
signing states outside the title. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import party_sets, sets


def test_a_state_named_only_in_the_title_is_no_party():
    text = ('The intergovernmental agreement "On joint use of undersea cables by operators of Georgia and Armenia on the '
            'Georgia-Azerbaijan route" was signed by the Georgian ambassador to Azerbaijan and the Azerbaijani minister.')
    assert party_sets(text) == sets("AZE+GEO")


@pytest.mark.parametrize("text, expected", [
    # nobody named outside the title: the title gives the parties
    ('The Ministry signed the agreement "On cooperation between Kenya and Uganda in digital identity" on Monday.',
     ["KEN+UGA"]),
    # a title that lists its parties keeps them
    ('Ghana, Togo and Benin signed an agreement "between Ghana, Togo and Benin on power interconnection".',
     ["BEN+GHA+TGO"]),
])
def test_a_title_that_is_the_only_or_the_listed_source_of_parties_keeps_them(text, expected):
    assert party_sets(text) == sets(*expected)
