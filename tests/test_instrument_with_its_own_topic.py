"""One more instrument of the same parties, introduced as new and told with a topic whose sectors the act before was
never told with ("signed an agreement on AI", then "they signed a memorandum on 5G networks"), is an act of its own,
even when its kind is one a single deal may be called by twice (a deal, then the memorandum it is). A topic sharing a
sector with the act, a topic with no sector, or the instrument pointed back to stays one act. Passages written for
these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_LEAD = "Morocco and Nigeria signed an agreement on cooperation in artificial intelligence on Monday. "


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"MAR", "NGA"})


@pytest.mark.parametrize("second", [
    "Meanwhile, they signed a memorandum on 5G networks.",
    "The two sides also witnessed the signing of a memorandum of understanding on satellite launches.",
    "A memorandum on nuclear energy was signed in their presence.",
    "Morocco and Nigeria inked a memorandum of understanding in the field of cybersecurity.",
])
def test_an_instrument_with_a_topic_of_its_own_is_one_more_act(second):
    found = _acts(_LEAD + "Bilateral trade reached $2 billion last year. " + second)
    assert found[("agreement", "signed")] == 1 and found[("mou", "signed")] == 1


@pytest.mark.parametrize("second", [
    "They signed a memorandum on artificial intelligence research at a ceremony in Rabat.",
    "The memorandum on 5G networks was signed by the two ministers.",
    "The deal was signed by the ministers of digital affairs.",
    "They signed a memorandum of understanding at a ceremony in Abuja.",
])
def test_a_shared_topic_no_topic_or_the_act_pointed_back_to_stays_one_act(second):
    assert sum(_acts(_LEAD + second).values()) == 1


def test_a_deal_told_without_sectors_and_then_named_as_a_memorandum_stays_one_act():
    text = ("Morocco and Nigeria signed a deal on Monday. "
            "They signed a memorandum of understanding on 5G networks at a ceremony in Abuja.")
    assert sum(_acts(text).values()) == 1
