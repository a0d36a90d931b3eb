""""The new memorandum" retells the memorandum signed now, not a previous one told after it (new_and_previous.py, read
by act_separation.retold and act_kind_reference.referred_act). Sentences written for the test."""

from __future__ import annotations

from tests.extraction import acts_of


def test_the_new_instrument_is_not_the_previous_one_told_last():
    text = ("Ghana and Togo signed a memorandum on payments on Monday. It builds on a previous memorandum from 2021, "
            "which supported trade in local currencies. The new memorandum aims to link the two countries' "
            "cybersecurity systems. It will establish a joint risk mechanism.")
    acts = acts_of(text)
    assert len(acts) == 2
    new = next(act for act in acts if "Monday" in act.evidence[0].text)
    previous = next(act for act in acts if act is not new)
    assert "cybersecurity" in new.sectors and "cybersecurity" not in previous.sectors
    assert previous.status != "planned"

