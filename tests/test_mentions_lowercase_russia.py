"""Russia written in lower case, as Ukrainian outlets write it on purpose ("agreements with russia", "the russian
federation", "signed in moscow"), is still Russia. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.gazetteer import gazetteer

from .extraction import acts_of


@pytest.mark.parametrize(("text", "expected"), [
    ("The cabinet proposes to denounce two agreements with russia in the space sphere.", {"RUS"}),
    ("The war that the russian federation is waging against Ukraine goes on.", {"RUS", "UKR"}),
    ("The protocol was made in moscow in 2009.", {"RUS"}),
    ("Kyiv said russian drones struck the port.", {"RUS", "UKR"}),
])
def test_russia_in_lower_case_is_russia(text, expected):
    assert {m.code for m in gazetteer().find_actors(text)} == expected


def test_an_agreement_with_russia_in_lower_case_has_its_parties():
    acts = acts_of("Ukraine and russia signed an agreement on satellite navigation in moscow in 2009.")
    assert {frozenset(act.parties) for act in acts} == {frozenset({"RUS", "UKR"})}
