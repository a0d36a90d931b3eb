"""Work the sides have done or do together stands: a thing "jointly developed by" both (a joint undertaking, in
force, whatever befalls the thing), and sides told "in close cooperation" or as "were already cooperating". A thing
still to be made together is planned. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_a_thing_jointly_developed_is_a_standing_joint_undertaking():
    text = "In March, a weather satellite jointly developed by Egypt and China was launched from Jiuquan."
    assert acts(text) == [(["CHN", "EGY"], "initiative", "in-force")]


@pytest.mark.parametrize("text, parties", [
    ("Officials said that Chile and Peru were already closely cooperating on lithium research. "
     "A joint laboratory will open in May.", ["CHL", "PER"]),
    ("Kenya and Ghana are also in close cooperation on mobile payments. A payment link built by the two will open this "
     "year.", ["GHA", "KEN"]),
])
def test_sides_told_working_together_stand_beside_what_is_ahead(text, parties):
    assert (parties, "in-force") in [(p, s) for p, _, s in acts(text)]


def test_a_thing_still_to_be_made_together_is_planned():
    assert [s for _, _, s in acts("A new weather satellite will be jointly developed by Egypt and China.")] == ["planned"]
