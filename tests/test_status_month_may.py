"""The month May is no modal: "on May 14 signed", "in May signed" are done and "HANOI, May 14 -- A and B cooperate"
goes on, while the lower-case modal still hedges or puts a verb ahead ("may sign", "may withdraw"). Sentences written
for these tests, a sample of a generator that varies the time slot (value and position) of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo on May 14 signed a memorandum on data centres.", "signed"),
    ("Chile and Peru in May signed an agreement on lithium.", "signed"),
    ("Chile and Peru in May 2024 inked a treaty on space research.", "signed"),
    ("Ghana and Togo on May 3 rejected a proposal for a fisheries pact.", "rejected"),
    ("ACCRA, May 14 -- Ghana and Togo cooperate on cybersecurity under their existing memorandum.", "in-force"),
    ("Chile and Peru in May will sign an agreement on lithium.", "planned"),
])
def test_the_month_may_leaves_the_status_of_the_verb(text, status):
    assert find_status(text) == status


def test_an_act_signed_on_a_day_of_may_is_signed():
    acts = acts_of("Ghana and Togo on May 14 signed a memorandum of understanding on data centres.")
    assert [(sorted(act.parties), act.status) for act in acts] == [(["GHA", "TGO"], "signed")]


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo may sign a memorandum on data centres.", "planned"),
    ("Chile may withdraw from the lithium pact.", "in-force"),
    ("Either party may terminate the agreement.", None),
])
def test_the_modal_may_still_reads_as_a_modal(text, status):
    assert find_status(text) == status
