"""An instrument named as what already binds the parties ("fulfilling their obligations under the Nuclear
Nonproliferation Treaty", "in keeping with their commitments under the Paris Agreement") is not an act the clause
tells: the clause's act is the one in focus, and no treaty is made of the name. An instrument named in other words
("under the agreement, ...", "signed a treaty") is read as before. Passages written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_LEAD = "Ghana and Morocco have drafted an agreement on cooperation in nuclear energy. "


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"GHA", "MAR"})


@pytest.mark.parametrize("second", [
    "The draft calls for the two countries to exchange equipment while fulfilling their obligations under the Nuclear "
    "Nonproliferation Treaty.",
    "The draft asks both countries to share research in keeping with their commitments under the Paris Agreement.",
])
def test_an_instrument_that_binds_the_parties_already_makes_no_act(second):
    found = _acts(_LEAD + second)
    assert not any(kind == "treaty" for kind, _ in found) and sum(found.values()) == 1


def test_a_treaty_signed_is_still_an_act():
    found = _acts(_LEAD + "In April, the two countries signed a friendship treaty.")
    assert found[("treaty", "signed")] == 1
