"""One side's cabinet or government approving an act is a domestic step, not its conclusion: planned, unless the
signing is told too (extract/status_approval.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "The Union Cabinet on Wednesday approved a memorandum of understanding between India and Chile on lithium.",
    "The Russian government has approved an intergovernmental agreement with Laos on nuclear research.",
    "Ghana's cabinet has given its nod to a cooperation agreement with Morocco on fintech.",
    "The Council of Ministers cleared two agreements with Qatar on cyber security.",
    "Kenya's Cabinet on Tuesday approved the protocol with Uganda on cross-border data flows.",
    "The government of Vietnam approved an MoU with Laos on digital transformation, the state news agency said.",
    "Armenia's government gave the go-ahead to an accord with Iran on satellite navigation.",
    "The cabinet also approved MoUs between India and Peru and between India and Ghana on space.",
    "After talks in Accra and Lome, Ghana's cabinet approved a memorandum with Togo on fintech.",
])
def test_an_approval_by_one_sides_executive_leaves_the_act_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize(("text", "status"), [
    # the signing told beside the approval
    ("The cabinet approved the MoU with Japan, which was signed in March.", "signed"),
    ("The cabinet approved the memorandum signed by the two ministers in Riyadh last month.", "signed"),
    ("The government approved the agreement and signed it with Chile on Tuesday.", "signed"),
    ("India and Chile signed the agreement after the cabinet approved it.", "signed"),
    # an approval after the fact, a legislature's approval, a ratification approved
    ("The Cabinet gave ex-post facto approval to the agreement with Brazil on space.", None),
    ("Parliament approved the agreement with Turkey on Tuesday.", "in-force"),
    ("Kenya's cabinet approved the ratification of the treaty with Ethiopia.", "in-force"),
    # two governments adopting a text together, and an approval that is no act's
    ("The two governments approved an action plan on digital trade.", "signed"),
    ("The cabinet of Ghana and the cabinet of Togo approved a joint protocol.", "signed"),
    ("Ghana and Togo's governments approved a joint protocol.", "signed"),
    ("The Kenyan government and Rwanda approved an agreement on data.", "signed"),
    ("The cabinet was briefed on the MoU signed with Nepal.", "signed"),
    ("The cabinet approved the national AI strategy on Monday.", "signed"),
])
def test_an_approval_with_the_signing_told_or_by_others_is_not_read_as_ahead(text, status):
    assert find_status(text) == status


def test_a_signing_told_after_the_approval_makes_the_act_signed():
    text = ("The Union Cabinet on Friday approved a memorandum of understanding between India and Peru on critical minerals. "
            "The memorandum was signed in Lima in March by the two mines ministers.")
    assert [a.status for a in acts_of(text)] == ["signed"]


def test_an_approval_told_alone_gives_a_planned_act():
    text = ("NEW DELHI: The Union Cabinet on Wednesday approved a memorandum of understanding between India and Peru "
            "on cooperation in critical minerals. The MoU will help diversify supply chains, an official statement said.")
    assert [(sorted(a.parties), a.status) for a in acts_of(text)] == [(["IND", "PER"], "planned")]
