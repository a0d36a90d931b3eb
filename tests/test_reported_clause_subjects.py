"""A verb that opens a reported clause ("The ministry announced on Tuesday that A and B signed ...", "agreed that A and B
will ...") does not make the "and" of the reported subject a second act of its own: the two named states sign together.
Sentences written for these tests, a sample of a generator that varies the reporting frame of each status shape."""

from __future__ import annotations

import pytest

from .extraction import acts_of


def acts(text: str) -> list[tuple[list[str], str]]:
    return [(sorted(act.parties), act.status) for act in acts_of(text)]


@pytest.mark.parametrize(("text", "status"), [
    ("The ministry announced on Tuesday that Ghana and Togo signed a memorandum on data protection.", "signed"),
    ("The government announced that Chile and Peru will sign a pact on lithium next month.", "planned"),
    ("Officials confirmed that Ghana and Togo inked an agreement on cybersecurity.", "signed"),
    ("The foreign ministry said last week that Chile and Peru had concluded a treaty on space research.", "signed"),
])
def test_a_reported_subject_of_two_states_makes_their_act(text, status):
    parties = ["GHA", "TGO"] if "Ghana" in text else ["CHL", "PER"]
    assert acts(text) == [(parties, status)]


def test_a_second_verb_of_the_same_subject_still_tells_a_second_act():
    text = "Ghana announced a partnership with Togo and signed a memorandum on data protection."
    assert len(acts(text)) == 2
