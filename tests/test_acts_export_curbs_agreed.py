"""Export controls the states agree on are no technology cooperation (eval guide: export controls are not acts): an act
whose founding sentence tells a curb on exports as what was agreed is dropped (extract/export_curbs.py). Easing
controls, or sharing practice on them, leaves the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.export_curbs import curbs_exports
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Canada, Mexico and Chile have reached an agreement to restrict exports of lithium technology to Bolivia.",
    "Peru and Chile agreed to limit their exports of copper refining equipment to Bolivia.",
    "Canada struck a deal with Mexico and Chile for new restrictions on battery machinery exports to Bolivia.",
])
def test_an_export_curb_agreed_is_no_act(text):
    assert curbs_exports(text)
    assert acts_of(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Peru and Chile agreed to share best practices on export control regimes and to cooperate on AI.", {"CHL", "PER"}),
    ("Peru and Chile signed an AI partnership after agreeing to ease export controls on chips.", {"CHL", "PER"}),
])
def test_cooperation_beside_export_rules_stays_an_act(text, parties):
    assert parties in [set(a.parties) for a in acts_of(text)]
