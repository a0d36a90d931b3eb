"""A bloc described before what it holds ("The SCO is a regional association that includes nine countries: L",
"Mercosur, a trade bloc which groups L") lists its members as "The SCO includes L" does; sentences written for the
test."""

from __future__ import annotations

import pytest

from tests.extraction import members


@pytest.mark.parametrize("text, expected", [
    ("The CSTO is a regional military alliance that includes six countries: Russia, Belarus, Armenia, Kazakhstan, "
     "Kyrgyzstan and Tajikistan.", {"RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"}),
    ("Mercosur, a South American trade bloc which groups Brazil, Argentina, Uruguay and Paraguay, met in Asuncion.",
     {"BRA", "ARG", "URY", "PRY"}),
    ("The GCC is a political and economic union that comprises Saudi Arabia, Kuwait, the UAE, Qatar, Bahrain and Oman.",
     {"SAU", "KWT", "ARE", "QAT", "BHR", "OMN"}),
    # must not fire: what the bloc holds is not its members
    ("The SCO is a security bloc that Iran wants to join with Belarus.", set()),
    ("BRICS is a group that includes observers such as Nigeria.", set()),
])
def test_a_bloc_described_before_what_it_holds_lists_its_members(text, expected):
    assert {state for state, _ in members(text)} == expected
