"""After an act the pair concluded, a clause that opens on the pair (named again, "A ... with B", or "They", "The two
sides", "Both countries") agreeing or pledging, with no "also", to grow what is between them ("pledged to expand
cooperation in space", "agreed with B to boost defence ties") is one more act, an initiative still planned: news
tells a meeting's outcomes one after another, and the guide lists each act of the same parties. Growth the
instrument is said to bring, its terms ("under the memorandum", "the memorandum will boost"), reported or hedged
words and a plan after a plan stay one act. Passages written for these tests (never taken from the eval texts)."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_SIGNED = "Ghana and Togo signed a memorandum of understanding on power trade on Monday. "
_VISIT = ("Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in Lome on Tuesday. "
          "The two leaders inked an agreement on digital payments. ")


def _kinds(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"GHA", "TGO"})


@pytest.mark.parametrize("lead", [_SIGNED, _VISIT])
@pytest.mark.parametrize("second", [
    "Both sides pledged to expand cooperation in space research.",
    "The two sides agreed to boost defence and security ties.",
    "They vowed to deepen collaboration in cybersecurity.",
    "The leaders committed to strengthen cooperation in renewable energy.",
    "Both countries resolved to further enhance railway connectivity.",
    "Ghana agreed with Togo to boost cooperation in semiconductors.",
    "Ghana and Togo agreed on Tuesday to raise bilateral trade to $2 billion by 2030.",
])
def test_the_pair_pledging_growth_without_also_is_one_more_planned_act(lead, second):
    found = _kinds(lead + "Bilateral trade reached $900 million last year. " + second)
    assert sum(found.values()) == 2 and found[("initiative", "planned")] == 1


@pytest.mark.parametrize("second", [
    "Under the memorandum, the two sides agreed to expand cooperation in space research.",
    "The two sides agreed to expand cooperation in space research under the memorandum.",
    "As part of the memorandum, both countries pledged to boost trade in electricity.",
    "The memorandum is expected to boost cooperation in space research.",
    "Officials said the two sides agreed to boost defence ties.",
    "The ministers, who met in Accra, agreed to boost defence ties.",
    "Analysts said both sides should agree to expand cooperation.",
    "The two sides agreed that the memorandum would strengthen energy security.",
    "Togo agreed to boost its own power generation.",
    "The two sides agreed to boost their cooperation in various strategic fields.",
    "Both sides pledged to deepen bilateral relations.",
])
def test_terms_reports_and_one_sided_plans_stay_one_act(second):
    assert sum(_kinds(_SIGNED + second).values()) == 1


def test_the_growth_the_instrument_was_signed_to_bring_is_the_instrument_retold():
    text = ("Ghana and Togo signed a memorandum to boost cooperation in power trade on Monday. "
            "The two sides agreed to boost cooperation in grid security.")
    assert sum(_kinds(text).values()) == 1


def test_a_plan_told_after_a_plan_retells_it():
    text = ("Ghana and Togo agreed to sign an agreement on power trade on Monday. "
            "The two sides pledged to expand cooperation in energy.")
    assert sum(_kinds(text).values()) == 1
