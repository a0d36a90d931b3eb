"""A domestic order signed so that someone may negotiate or sign an act ("signed a resolution to allow the agency to
negotiate an agreement with ...") is done; the act it opens the way to is still to be made: planned
(extract/status_aspect.py _ORDER_TO_MAKE_AFTER). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, parties", [
    ("The Peruvian prime minister signed a resolution to allow the space agency to negotiate a satellite agreement with Chile.", {"CHL", "PER"}),
    ("The Kenyan government signed an order instructing the ICT ministry to sign a data agreement with Rwanda.", {"KEN", "RWA"}),
    ("Mongolia's president signed a decree authorizing the energy minister to conclude a nuclear agreement with Kazakhstan.", {"KAZ", "MNG"}),
])
def test_an_act_a_signed_domestic_order_opens_the_way_to_is_planned(text, parties):
    assert {a.status for a in acts_of(text) if set(a.parties) == parties} == {"planned"}


def test_an_agreement_allowing_something_is_itself_signed():
    text = "Peru and Chile signed an agreement allowing Chilean students to train at Peruvian space centres."
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}} == {"signed"}
