"""A participle clause of concluding after the main clause ("..., inking a deal to ...", "..., sealing an accord on
...") tells the act concluded, as "..., signing five agreements" does (extract/status_variants.py). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "The two ministers met in Hanoi on Monday, inking a deal to expand chip supply chains.",
    "Officials met in Nairobi on Friday, sealing an accord on mobile payments.",
    "The leaders gathered in Astana, concluding a pact on cybersecurity.",
    "The presidents held talks in Lima, finally clinching a long-awaited agreement on lithium.",
    "Egypt and Jordan wrapped up the forum in Amman, penning three memoranda on digital health.",
    "The delegations met in Rabat, striking a new framework on green hydrogen.",
])
def test_a_participle_of_concluding_with_an_instrument_is_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize(("text", "status"), [
    ("The two sides met on Friday, discussing ways of inking a deal on chips.", "planned"),
    ("The ministers met in Accra, hoping to seal a deal on fintech.", "planned"),
    ("The ministers met in Accra, sealing their friendship.", None),
    ("The ministers met in Accra, striking a conciliatory tone.", None),
])
def test_a_participle_with_no_instrument_or_one_ahead_is_not_signed(text, status):
    assert find_status(text) == status


def test_a_participle_of_concluding_makes_the_act_signed_in_a_passage():
    text = ("HANOI, March 3 -- Vietnam and Japan are set to work together on rare earths, the ministry said. "
            "The two ministers met in Hanoi on Thursday, inking a memorandum to expand rare earth supply chains.")
    assert [a.status for a in acts_of(text) if a.kind == "mou"] == ["signed"]
