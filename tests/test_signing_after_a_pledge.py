"""A plan with no instrument named, told among a meeting's outcomes after an act the parties concluded ("The two also
agreed to enhance railway connectivity"), is not the act a later signing tells ("They signed documents on railway
planning"): the plan stays planned beside the instruments. A plan told first, before anything was signed, may be
what a later signing concludes, and is left to the rules as before; so is a plan told after a plan. Passages written
for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"LAO", "THA"})


@pytest.mark.parametrize("third", [
    "Laos and Thailand signed documents on railway planning.",
    "They also signed a memorandum on border trade.",
])
def test_the_plan_stays_beside_a_later_signing(third):
    text = ("Laos and Thailand signed 12 agreements on Monday. The two also agreed to enhance railway connectivity. "
            + third)
    assert _acts(text)[("initiative", "planned")] == 1


def test_a_plan_after_a_plan_takes_the_later_signing_as_before():
    text = ("Laos and Thailand agreed to sign 12 agreements. The two also agreed to enhance railway connectivity. "
            "They signed a memorandum on border trade on Monday.")
    assert _acts(text)[("initiative", "planned")] == 0
