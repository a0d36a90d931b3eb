"""After an instrument signed, the pair told again without their names ("They", "The two sides", "Both sides", "The
leaders") "also" agreeing or pledging to grow what is between them ("to boost defence ties", "to raise bilateral trade",
"to enhance railway connectivity") is one more act, an initiative still planned (the guide: plans the sides agreed on
are acts; several acts of the same parties are listed each). Sentences written for these tests; a plan of another kind
("also agreed to better support the centre") goes on with the instrument's terms, and so does growth the instrument
itself is said to bring."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_SIGNED = "Ghana and Togo signed a memorandum of understanding on power trade on Monday. "


def _kinds(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"GHA", "TGO"})


@pytest.mark.parametrize("second", [
    "The two sides also agreed to boost defence and security ties.",
    "They also pledged to raise bilateral trade to $2 billion by 2030.",
    "Both sides also committed to enhance road and rail connectivity between the two neighbours.",
    "The leaders also vowed to further deepen cooperation in cybersecurity.",
])
def test_the_pair_also_pledging_growth_is_one_more_planned_act(second):
    found = _kinds(_SIGNED + second)
    assert found[("mou", "signed")] == 1 and found[("initiative", "planned")] == 1


@pytest.mark.parametrize("second", [
    "They also agreed to better support the regional power pool.",
    "The memorandum is expected to boost trade between the two countries.",
    "The two sides agreed that the memorandum would strengthen energy security.",
])
def test_terms_of_the_instrument_are_no_act_of_their_own(second):
    assert sum(_kinds(_SIGNED + second).values()) == 1
