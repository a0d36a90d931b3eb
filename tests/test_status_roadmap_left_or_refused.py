"""A roadmap is an act like an agreement to the verbs of leaving and refusing: quitting, scrapping or rejecting a
roadmap ends or refuses it, as it does a pact. Sentences written for these tests, a sample of a generator that varies
the instrument slot of the ended and rejected shapes."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana quit its roadmap on 5G networks with Togo on Monday.", "ended"),
    ("Chile stopped the road map on lithium it had agreed with Peru.", "ended"),
    ("Ghana vetoed a roadmap on digital payments with Togo.", "rejected"),
    ("Chile said no to a roadmap on space research with Peru.", "rejected"),
])
def test_leaving_or_refusing_a_roadmap_is_ended_or_rejected(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo signed a roadmap on 5G networks.", "signed"),
    ("Chile and Peru will adopt a road map on lithium next month.", "planned"),
])
def test_a_roadmap_made_or_ahead_keeps_its_status(text, status):
    assert find_status(text) == status
