"""A bloc's own pact, agreement or dialogue between three or more states names its members, after "the" ("the AUKUS
agreement between Australia, the US and Britain") or set beside the bloc's name ("The Quad, an informal strategic dialogue
between the governments of Japan, India, Australia and the US, ..."). Sentences written for these tests, with look-alikes
that must not fire: two states only, a deal the bloc strikes with others, a dialogue partner, a pact joined to another
bloc, and pacts only proposed."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts turned to the other pillar of the AUKUS agreement between Australia, the United States and Britain.",
     each("AUKUS", "AUS", "USA", "GBR")),
    ("Officials reviewed the AUKUS pact between Australia, the UK and the US on Friday.", each("AUKUS", "AUS", "GBR", "USA")),
    ("The landmark AUKUS submarine deal is part of the AUKUS security pact among Australia, Britain and America.",
     each("AUKUS", "AUS", "GBR", "USA")),
    ("Ministers of the Quad, a strategic dialogue between the governments of Japan, Australia, India and the US, met.",
     each("QUAD", "JPN", "AUS", "IND", "USA")),
    ("The Quad, an informal strategic dialogue between India, Japan, Australia and the United States, is expanding its "
     "work on chips.", each("QUAD", "IND", "JPN", "AUS", "USA")),
    ("AUKUS (Australia, UK, US) grew. AUKUS, a trilateral defence pact linking Australia, Britain and the US, set goals.",
     each("AUKUS", "AUS", "GBR", "USA")),
])
def test_a_blocs_own_pact_between_its_states_names_its_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Officials discussed the EU agreement between Japan and Korea on chips.",
    "The OPEC deal between Saudi Arabia, Russia and Iraq held.",
    "The Quad, a dialogue partner of ASEAN, met in Jakarta.",
    "The SCO, a dialogue between China and Russia, met.",
    "The Quad, a strategic dialogue between Japan, Australia, India and the US, and ASEAN met in Jakarta.",
    "Officials discussed the EU pact between Japan, Korea and the bloc.",
    "The proposed Quad pact between India, Japan, Australia and the US was shelved.",
    "Leaders discussed a possible EU agreement between France, Germany and Italy on chips.",
])
def test_deals_the_bloc_strikes_dialogue_partners_and_pacts_only_proposed_are_not_memberships(text):
    assert members(text) == set()
