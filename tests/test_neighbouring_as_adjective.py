""""Neighbouring" as an adjective before a partner's name ("signed with neighbouring Ethiopia", "A and neighbouring B",
"its neighbouring ...") leaves the partner a side of the act; as a verb after a noun ("countries neighbouring China")
the state is only the neighbour. Sentences written for these tests (a sample of a generator over adjuncts of the
partner)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya signed a memorandum on artificial intelligence with neighbouring Ethiopia on Monday.", ["ETH+KEN"]),
    ("Vietnam and neighbouring Laos inked an agreement on cross-border data links.", ["LAO+VNM"]),
    ("Uzbekistan sealed a deal on power trade with neighboring Kazakhstan.", ["KAZ+UZB"]),
])
def test_neighbouring_before_the_partner_keeps_it_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Countries neighbouring China signed a pact on artificial intelligence with Japan.", []),
    ("States bordering Russia signed a declaration on cyber defence.", []),
])
def test_neighbouring_as_a_verb_names_no_party(text, expected):
    assert party_sets(text) == sets(*expected)
