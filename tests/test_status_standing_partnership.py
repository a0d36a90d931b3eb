"""A partnership told through a verb working on it is a standing one, in force (extract/status_standing.py), on sentences
written for the test (never taken from the eval passages): the planning words around the verb are about the deepening,
not about the partnership. A verb making a partnership, or another instrument in the clause, keeps its own reading."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "The two leaders agreed to keep working to deepen their strategic partnership in trade and energy.",
    "Ghana and Togo will further strengthen their partnership in digital payments, the ministers said.",
    "India and Egypt vowed to expand their comprehensive strategic partnership to artificial intelligence.",
    "Both countries took their partnership to a new level when Astana flew a Kazakh instrument on the mission.",
    "We look forward to further building our partnership together, the embassy said.",
    "Peru and Chile discussed ways to broaden the bilateral strategic partnership on lithium.",
    "Japan and Poland reaffirmed their resolve to consolidate the two countries' strategic partnership.",
    "Nepal and Bangladesh are working to advance their existing partnership in hydropower.",
])
def test_a_partnership_the_sides_deepen_stands_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Vietnam and Laos upgraded their relations to a comprehensive strategic partnership.", "signed"),
    ("Egypt and Kenya agreed to establish a strategic partnership in space.", "planned"),
    ("The two sides agreed to elevate their ties to a comprehensive strategic partnership.", "planned"),
    ("Oman and Korea launched their strategic partnership on hydrogen last year.", "signed"),
    ("Brazil and Chile will sign a memorandum to deepen their partnership in space.", "planned"),
    ("Spain and Morocco agreed to set up a joint fund to strengthen their partnership on solar power.", "planned"),
    ("Kenya and Ethiopia agreed to deepen cooperation in satellite data.", "planned"),
    ("Argentina proposed a partnership with Bolivia on lithium.", "proposed"),
])
def test_a_partnership_made_or_another_instrument_beside_keeps_its_reading(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, parties", [
    ("Seoul, March 3 -- The presidents of South Korea and Poland agreed on Tuesday to continue efforts to deepen their "
     "strategic partnership in nuclear energy and defence.", {"KOR", "POL"}),
    ("India and France agreed to further strengthen their strategic partnership in space, the foreign ministry said.",
     {"FRA", "IND"}),
])
def test_the_act_extracted_is_the_standing_partnership(text, parties):
    acts = [act for act in acts_of(text) if set(act.parties) == parties]
    assert acts and all(act.status == "in-force" for act in acts)
