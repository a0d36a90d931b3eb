"""A committee, commission or council the sides create is a working group, whatever its name holds
(extract/kind_bodies.py), on sentences written for the test (never taken from the eval passages); a body only met in,
or an instrument named before the body, keeps the reading of the rules before."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> set[tuple[frozenset, str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text, parties, status", [
    ("Chile, Peru and Bolivia launched the Andean Ministerial Committee on Lithium Value Chains on Monday.",
     {"BOL", "CHL", "PER"}, "signed"),
    ("Kenya and Ethiopia agreed to form a council on digital trade.", {"ETH", "KEN"}, "planned"),
    ("The Polish government instructed its space agency to create a subcommission with Romania on satellite data.",
     {"POL", "ROU"}, "planned"),
    ("Oman and Japan concluded agreements encompassing the establishment of a Strategic Partnership Council, the "
     "Desert Solar Initiative, and a memorandum of understanding on health.", {"JPN", "OMN"}, "signed"),
])
def test_a_body_the_sides_create_is_a_working_group(text, parties, status):
    assert (frozenset(parties), "working-group", status) in kinds(text)


# A body named by its function rather than a group noun: consultative, coordinating, intergovernmental (one body, not
# "the intergovernmental bodies of the bloc" that attend a meeting).
@pytest.mark.parametrize("text, parties, status", [
    ("Ghana and Togo met in Lome on Monday. The two countries will establish a consultative body on solar grids.",
     {"GHA", "TGO"}, "planned"),
    ("Chile and Peru created a coordination mechanism for lithium exports.", {"CHL", "PER"}, "signed"),
    ("Kenya and Oman agreed to set up an intergovernmental council on fisheries data.", {"KEN", "OMN"}, "planned"),
    ("Chile and Peru decided to set up a regular monitoring group to review their lithium partnership.", {"CHL", "PER"},
     "planned"),
    ("Ghana and Togo set up a joint steering committee on solar grids.", {"GHA", "TGO"}, "signed"),
])
def test_a_body_named_by_its_function_is_a_working_group(text, parties, status):
    assert (frozenset(parties), "working-group", status) in kinds(text)


@pytest.mark.parametrize("text, parties, kind", [
    ("Ghana and Kenya held the second meeting of their Digital Partnership Council in Accra.", {"GHA", "KEN"},
     "partnership"),
    ("India and France signed an agreement to set up a joint committee on space.", {"FRA", "IND"}, "agreement"),
    ("The European Commission launched a digital partnership with India.", {"EU", "IND"}, "partnership"),
])
def test_a_body_met_in_or_an_instrument_named_first_keeps_its_kind(text, parties, kind):
    assert any(found == (frozenset(parties), kind) for found in {(p, k) for p, k, _ in kinds(text)})
