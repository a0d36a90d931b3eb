"""A bloc's states named by a plural head noun after the bloc ("the Quad governments of L", "the G20 economies of L")
or, for a partnership whose size the sentence gives, its partners ("the trilateral AUKUS partners of L"): sentences
written for these tests, with partners of a bloc that are not its members."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The grant backs a joint effort by the Quad governments of Australia, India, Japan and the United States.",
     each("QUAD", "AUS", "IND", "JPN", "USA")),
    ("Growth in the G20 economies of Brazil, Mexico and Indonesia slowed.", each("G20", "BRA", "MEX", "IDN")),
    ("The EU member governments of Poland and Hungary objected.", each("EU", "POL", "HUN")),
    ("Last week the trilateral AUKUS partners of Australia, Britain and the US issued a statement on hypersonics.",
     each("AUKUS", "AUS", "GBR", "USA")),
    ("The trilateral AUKUS partners -- Australia, the UK and the United States -- met in Canberra.",
     each("AUKUS", "AUS", "GBR", "USA")),
    ("The quadrilateral Quad partners of India, Japan, Australia and the US pledged vaccines.",
     each("QUAD", "IND", "JPN", "AUS", "USA")),
])
def test_a_head_noun_after_the_bloc_names_its_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The BRICS partners Malaysia, Thailand and Cuba attended as guests.",        # partner status is no membership
    "The trilateral AUKUS partners of Australia and Britain met Japan.",         # two states for a partnership of three
    "The SCO partners of Turkey, Egypt and Qatar sent envoys.",
    "The EU partners of Kenya, Ghana and Nigeria signed deals.",
])
def test_partners_of_a_bloc_are_no_members_unless_the_size_says_so(text):
    assert members(text) == set()
