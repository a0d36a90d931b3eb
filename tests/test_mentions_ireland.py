"""The state Ireland by its bare name (news writes "Ireland" far more than "the Republic of Ireland"), and a member list
that holds it; never Northern Ireland, which is part of the United Kingdom. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.gazetteer import gazetteer

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Ireland signed the memorandum in Dublin.", {"IRL"}),
    ("Ireland's government welcomed the pact with Japan.", {"IRL", "JPN"}),
    ("Estonia, Ireland and Malta backed the plan.", {"EST", "IRL", "MLT"}),
    ("Northern Ireland's first minister visited Canada.", {"CAN"}),
    ("Trade across the Northern Irish border resumed.", set()),
    ("Northern Ireland and Scotland hosted the talks.", set()),
])
def test_ireland_by_its_bare_name_never_northern_ireland(text, expected):
    assert {m.code for m in gazetteer().find_actors(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Five EU member states, Austria, Ireland, Malta, Poland and Latvia, wrote to the Commission.",
     each("EU", "AUT", "IRL", "MLT", "POL", "LVA")),
    ("EU members Ireland and Northern Ireland's neighbour Britain disagreed.", each("EU", "IRL")),
])
def test_ireland_in_a_member_list(text, expected):
    assert members(text) == expected
