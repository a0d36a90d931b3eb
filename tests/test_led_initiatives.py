"""States signing or joining an arrangement another state leads (ontology/led_initiatives.json) make an act each with
the leader, not a pact among themselves; a clause retelling those acts adds to them. Sentences written for these
tests."""

from __future__ import annotations

import pycountry
import pytest

from techpact.ontology.reference import is_bloc, led_initiatives
from tests.extraction import acts_of, party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru signed the Artemis Accords on Monday.", ("CHL+USA", "PER+USA")),
    ("Ghana and Togo became the first West African nations to sign the Artemis Accords.", ("GHA+USA", "TGO+USA")),
    ("Kenya, Ghana and Togo are now members of the Clean Network, the State Department said.",
     ("KEN+USA", "GHA+USA", "TGO+USA")),
    ("Jordan signed the Artemis Accords with the United States on Tuesday.", ("JOR+USA",)),
])
def test_each_state_joining_a_led_initiative_acts_with_its_leader(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize(("text", "status", "kind"), [
    ("Oman became the 60th country to sign the Artemis Accords.", "signed", "agreement"),
    ("Oman will sign the Artemis Accords next month.", "planned", "agreement"),
    ("Oman has applied to join the Clean Network.", "proposed", "proposal"),
])
def test_a_joining_takes_the_status_the_clause_tells(text, status, kind):
    assert [(set(a.parties), a.status, a.kind) for a in acts_of(text)] == [({"OMN", "USA"}, status, kind)]


def test_a_retelling_of_the_joinings_adds_to_them_and_makes_no_pact_of_the_joiners():
    text = ("Chile and Peru signed the Artemis Accords on Monday. The Artemis Accords are a set of principles agreed "
            "between the United States and other governments on the exploration of space.")
    acts = acts_of(text)
    assert sorted(sorted(a.parties) for a in acts) == [["CHL", "USA"], ["PER", "USA"]]
    assert all(len(a.evidence) == 2 for a in acts)


def test_each_curated_initiative_names_a_known_leader_and_an_act_kind():
    assert led_initiatives()
    for led in led_initiatives():
        assert is_bloc(led.leader) or pycountry.countries.get(alpha_3=led.leader) is not None, led.name
        assert led.kind in {"agreement", "initiative", "partnership"}, led.name
