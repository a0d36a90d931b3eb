"""An instrument introduced as new (an indefinite article, a bare plural) and told signed at a relative past time
("an agreement signed between the two nations last month", "In June, they signed agreements on defence", "signed a
memorandum on space last year") is an older act of the same parties: after a plan or an offer, or after an act told
with a time of its own ("on Monday"). The act retold, an act told with that very time, talks and negotiations, and
another state's deal stay apart from it. Passages written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_PLANNED = "Ghana and Senegal agreed on Monday to expand cooperation in nuclear energy. "
_SIGNED = "Ghana and Senegal signed a memorandum of understanding on nuclear energy on Monday. "


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"GHA", "SEN"})


@pytest.mark.parametrize("lead", [_PLANNED, _SIGNED])
@pytest.mark.parametrize("second", [
    '"We are implementing an agreement signed between our two countries last year," the Ghanaian minister said.',
    "In June, they signed agreements on defence cooperation.",
    "The two countries signed a memorandum on space research last year.",
    "Two months ago, Ghana and Senegal concluded a protocol on satellite data.",
    "Earlier this year, the two sides inked a deal on cybersecurity.",
])
def test_an_instrument_signed_at_a_past_time_is_an_older_act(lead, second):
    first = _acts(lead)
    found = _acts(lead + second)
    assert sum(found.values()) == 2 and found[next(iter(first))] >= 1  # the first act stays as it was told


@pytest.mark.parametrize("second", [
    "The memorandum was negotiated over the past year.",
    "Talks on the memorandum began in June.",
    "Ghana signed a similar agreement with Togo last year.",
    "The two sides have been discussing the memorandum since last year.",
    "The memorandum was first proposed last year.",
])
def test_talks_other_deals_and_the_act_retold_stay_apart(second):
    assert sum(_acts(_SIGNED + second).values()) == 1


def test_an_act_told_with_that_past_time_is_retold():
    text = ("Ghana and Senegal agreed last month to cooperate on nuclear energy, officials said on Monday. "
            "The two countries signed a memorandum on reactor safety last month.")
    assert sum(_acts(text).values()) == 1
