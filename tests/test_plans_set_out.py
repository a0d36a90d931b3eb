"""After an act the pair concluded, the pair (named again, or "They", "The two sides", "The leaders") setting out,
unveiling or announcing plans to make or grow something of its own ("The EU and Japan set out plans to develop an
Arctic connectivity route", "..., setting out plans to build a data cable") is one more act, planned. Plans of one
side, plans reported by others, plans the instrument sets out, and plans to grow cooperation in general stay with
the act told. Passages written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_SIGNED = "Norway and South Korea signed a memorandum of understanding on quantum computing on Monday. "


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"NOR", "KOR"})


@pytest.mark.parametrize("second", [
    "Norway and South Korea also set out plans to develop an Arctic shipping route.",
    "The two sides laid out plans to build a joint satellite ground station.",
    "They announced plans for a joint research vessel.",
    "The leaders also reinforced their cooperation on submarine cables, setting out plans to develop a new data link.",
])
def test_plans_the_pair_sets_out_are_one_more_planned_act(second):
    found = _acts(_SIGNED + second)
    assert found[("mou", "signed")] == 1 and sum(found.values()) == 2
    assert sum(n for (_, status), n in found.items() if status == "planned") == 1


@pytest.mark.parametrize("second", [
    "South Korea unveiled plans to build a new chip plant.",
    "Officials said the two sides unveiled plans to build a joint satellite ground station.",
    "The memorandum sets out plans to develop joint projects in quantum sensing.",
    "The two sides unveiled plans to deepen their cooperation.",
])
def test_one_sides_reported_the_instruments_or_general_plans_stay_one_act(second):
    assert sum(_acts(_SIGNED + second).values()) == 1


def test_plans_after_a_plan_retell_it():
    text = ("Norway and South Korea agreed to sign an agreement on quantum computing. "
            "The two sides laid out plans to build a joint research vessel.")
    assert sum(_acts(text).values()) == 1


def test_a_plan_told_well_after_a_headline_is_not_the_headlines_instrument():
    text = ("Norway, South Korea sign quantum agreement\n\n"
            "Norway and South Korea have formalised their partnership with a letter of intent on quantum science. "
            "The partnership is part of a broader technology collaboration. "
            "The two countries also reinforced their cooperation on submarine cables, setting out plans to develop an "
            "Arctic data route.")
    found = _acts(text)
    assert sum(n for (_, status), n in found.items() if status == "planned") == 1


def test_the_lead_that_retells_the_headline_stays_its_act():
    text = ("Norway, South Korea sign MOUs on critical minerals\n\n"
            "Norway and South Korea have agreed to strengthen cooperation on critical minerals for batteries.")
    assert sum(_acts(text).values()) == 1
