"""A call made in the sides' own joint statement is what the statement says, not an offer of one side to the other:
the statement was issued, signed (extract/statement_sources.py framed_by_joint_statement). A statement one side
proposes to the other stays a proposal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, parties", [
    ("In a joint statement, Egypt and Jordan called for closer cooperation on water desalination technology.", {"EGY", "JOR"}),
    ("In their joint declaration, Chile and Peru urged deeper cooperation on lithium research.", {"CHL", "PER"}),
    ("Ghana and Togo, in a joint statement, called for a regional data centre.", {"GHA", "TGO"}),
    ("In a joint communique released after the talks, Kenya and Rwanda called for shared satellite services.", {"KEN", "RWA"}),
])
def test_a_call_in_the_sides_joint_statement_leaves_the_statement_issued(text, parties):
    assert {a.status for a in acts_of(text) if set(a.parties) == parties} == {"signed"}


@pytest.mark.parametrize("text, parties", [
    ("Egypt proposed a joint statement on desalination technology to Jordan.", {"EGY", "JOR"}),
    ("Chile called on Peru to adopt a joint declaration on lithium research.", {"CHL", "PER"}),
])
def test_a_joint_statement_one_side_proposes_stays_proposed(text, parties):
    assert {a.status for a in acts_of(text) if set(a.parties) == parties} == {"proposed"}
