"""A clause that opens on the act told before only to set another beside it ("Besides the agreement, the leaders
launched a dialogue on AI", "In addition to the memorandum, the two sides agreed to set up a working group", "Apart
from the deal, they signed a protocol") tells one more act of the same parties, not the first one again; an opening
followed by no act (talks, trade figures, words about the visit) adds nothing. Passages written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_LEADS = [
    "Peru and Chile signed a memorandum of understanding on lithium processing on Monday. ",
    ("Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric in Santiago on Monday. "
     "The two leaders inked an agreement on satellite data. "),
]


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"PER", "CHL"})


@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize("second, act", [
    ("Besides the {noun}, the leaders launched a dialogue on artificial intelligence.", "signed"),
    ("Besides the {noun}, they launched a dialogue on artificial intelligence.", "signed"),
    ("In addition to the {noun}, the two sides agreed to set up a working group on cybersecurity.", "planned"),
    ("Apart from the {noun}, Peru and Chile signed a protocol on space research.", "signed"),
    ("Aside from the {noun} on {sector}, both countries launched a joint programme on semiconductors.", "signed"),
    ("Besides the {noun}, the two sides pledged to expand cooperation in nuclear medicine.", "planned"),
    ("In addition to the signing of the {noun}, they agreed to launch a joint initiative on 5G networks.", "planned"),
])
def test_an_act_set_beside_the_one_told_is_one_more_act(lead, second, act):
    noun, sector = ("memorandum", "lithium processing") if "memorandum" in lead else ("agreement", "satellite data")
    found = _acts(lead + "Bilateral trade reached $5 billion last year. " + second.format(noun=noun, sector=sector))
    first = _acts(lead)
    assert sum(first.values()) == 1 and sum(found.values()) == 2
    assert [status for _, status in (found - first).elements()] == [act]  # the act set beside the first


@pytest.mark.parametrize("second", [
    "Besides the memorandum, the two sides discussed the situation in the Middle East.",
    "Apart from the memorandum, trade between Peru and Chile grew by 10 percent last year.",
    "In addition to the memorandum, the ministers held talks with business leaders.",
    "Besides the memorandum, they said the visit would open a new chapter in relations.",
    "Besides, the memorandum covers lithium refining.",
    "Under the memorandum, the two sides will share expertise in mining.",
])
def test_an_opening_followed_by_no_act_adds_nothing(second):
    assert sum(_acts(_LEADS[0] + second).values()) == 1


@pytest.mark.parametrize("second, kind", [
    ("Under the memorandum, a new Lithium Partnership will be established.", "partnership"),
    ("As part of the memorandum, a new joint research programme on batteries will be launched.", "initiative"),
    ("Under the memorandum, a new digital dialogue will be set up next year.", "initiative"),
])
def test_a_new_act_the_first_ones_terms_set_up_is_one_more_act(second, kind):
    found = _acts(_LEADS[0] + second)
    assert sum(found.values()) == 2 and (kind, "planned") in found
