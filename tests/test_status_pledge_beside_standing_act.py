"""A joint pledge told in the clause of an act named by its sides (their compound in its title, or "between A and B")
is a pledge made within that act; the act itself is not made there but stands (in force). The pledge alone, with no
named act beside it, is still the declaration made (signed). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("Reaffirming their dedication to the Chile-Peru Strategic Partnership, the two presidents committed to advancing "
     "talks on a trade deal.", ["CHL", "PER"]),
    ("In the Comprehensive Strategic Partnership between Kenya and Ghana, the two sides pledged to build a data centre.",
     ["GHA", "KEN"]),
    ("Under the Egypt-Jordan Digital Partnership, Egypt and Jordan vowed to train ten thousand engineers.", ["EGY", "JOR"]),
])
def test_a_pledge_inside_a_named_standing_act_leaves_the_act_in_force(text, parties):
    assert (parties, "partnership", "in-force") in acts(text)


@pytest.mark.parametrize("text", [
    "Chile and Peru pledged to expand cooperation in lithium.",
    "Kenya and Ghana committed to advancing talks on a digital partnership.",
])
def test_a_pledge_with_no_named_act_beside_it_is_still_made(text):
    assert all(status == "signed" for _, _, status in acts(text)) and acts(text)
