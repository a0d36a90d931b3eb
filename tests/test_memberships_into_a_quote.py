"""A membership rule's match that runs from the words around a quote into it gives nothing (membership_matches.negated):
'X, speaking alongside Thai officials, said: "As a member of BRICS, we will act."' -- what the quote says is the
speaker's, not the list's named before it. Sentences written for these tests (look-alikes of a quote generator)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ('Brazilian President Ali Hassan, speaking alongside Thai officials, said: "As a member of BRICS, we will act."',
     set()),  # two states outside the quote: whose "we" it is stays unread
    ('German Chancellor Ali Hassan, speaking beside Ukrainian officials, said: "As a member of the EU, we will act."',
     set()),
    ("Thailand, speaking as a member of BRICS, said it would act.", each("BRICS", "THA")),
    ('"As a member of BRICS, Brazil will act," Lula said.', each("BRICS", "BRA")),
])
def test_a_match_never_runs_into_a_quote(text, expected):
    assert members(text) == expected
