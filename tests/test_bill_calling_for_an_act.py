"""A legislature passing a bill that calls for, provides for or outlines an act between two states ratifies it: the
act is in force, as after "a bill on the agreement". A government's resolution calling for an act is no ratification."""

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, pair", [
    ("Iran's Guardian Council has approved a bill that calls for a cooperation agreement between Iran and Russia on "
     "information security.", {"IRN", "RUS"}),
    ("Pakistan's National Assembly passed a bill that calls for a cooperation agreement with Turkey on cybersecurity.",
     {"PAK", "TUR"}),
    ("Kyrgyzstan's parliament passed a law providing for an agreement with China on satellite communications.",
     {"KGZ", "CHN"}),
])
def test_a_bill_calling_for_an_act_passed_by_a_legislature_puts_it_in_force(text, pair):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(pair, "in-force")]


def test_a_government_resolution_calling_for_an_act_does_not_put_it_in_force():
    text = "Kenya's government adopted a resolution calling for an agreement with Egypt on space."
    assert [a.status for a in acts_of(text)] != ["in-force"]
