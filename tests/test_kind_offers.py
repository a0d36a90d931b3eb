"""A thing one side offers another, with no instrument named, is a proposal, not an initiative (act_finish), on
sentences written for the test (never taken from the eval passages); an initiative offered by its name stays one, and
what the sides agree on together is no offer."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> set[tuple[frozenset, str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text, parties", [
    ("Kenya proposed setting up a joint satellite data platform with Ethiopia.", {"ETH", "KEN"}),
    ("India offered to build a digital public infrastructure platform for Ghana.", {"GHA", "IND"}),
    ("Chile has proposed creating a lithium data centre with Argentina, the ministry said.", {"ARG", "CHL"}),
])
def test_a_platform_or_centre_one_side_offers_is_a_proposal(text, parties):
    assert (frozenset(parties), "proposal", "proposed") in kinds(text)


@pytest.mark.parametrize("text, parties, kind, status", [
    ("China proposed the Global Development Initiative to the GCC states.", {"CHN", "GCC"}, "initiative", "proposed"),
    ("Kenya and Ethiopia agreed to set up a joint satellite data platform.", {"ETH", "KEN"}, "initiative", "planned"),
])
def test_a_named_initiative_offered_or_a_platform_agreed_keeps_its_kind(text, parties, kind, status):
    assert (frozenset(parties), kind, status) in kinds(text)
