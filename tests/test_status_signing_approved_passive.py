"""A signing told approved in the passive ("The signing of a memorandum with Ghana was approved by Kenya's cabinet") is a
signing authorised, still to be made, as "the cabinet approved the signing of" is (status_aspect: the signing's cue
and the approval's). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, parties", [
    ("The signing of a memorandum of understanding with Ghana on data protection was approved by Kenya's cabinet on "
     "Tuesday.", {"GHA", "KEN"}),
    ("The signing of an agreement between Chile and Peru on lithium research has been authorised by both governments.",
     {"CHL", "PER"}),
    ("The signing of two memorandums of understanding with Togo to expand cooperation in the solar energy sector was "
     "formally approved by the Ghanaian cabinet on Monday.", {"GHA", "TGO"}),
])
def test_a_signing_approved_in_the_passive_is_still_ahead(text, parties):
    statuses = [act.status for act in acts_of(text) if set(act.parties) == parties]
    assert statuses and set(statuses) == {"planned"}  # (a count of two is two acts: counted_instruments)


@pytest.mark.parametrize("text", [
    "The signing of the memorandum between Kenya and Ghana was hailed by officials on Monday.",
    "Kenya's cabinet approved the memorandum with Ghana a week after its signing in Accra.",
])
def test_a_signing_hailed_or_an_act_approved_after_its_signing_is_signed(text):
    assert [act.status for act in acts_of(text)] == ["signed"]
