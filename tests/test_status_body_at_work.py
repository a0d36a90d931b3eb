"""A body named by its two sides' compound, the subject of a verb of its work, stands: in force, whatever its work
decided (body_subjects). A body told being set up, or still to meet, is not told working. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("The Brazil-China Joint Working Group on Space has identified new areas of cooperation. "
     "It was decided that both countries would exchange satellite data.", ["BRA", "CHN"]),
    ("The Egypt-Russia Intergovernmental Commission on nuclear energy discussed new projects in Cairo.", ["EGY", "RUS"]),
    ("Kenya-India Joint Committee (JC) on Digital Cooperation reviewed plans to link payment systems.", ["IND", "KEN"]),
])
def test_a_body_at_work_is_in_force(text, parties):
    assert statuses(text)[0] == (parties, "working-group", "in-force")


@pytest.mark.parametrize("text, status", [
    ("The Brazil-China Joint Committee on Space will meet in May.", "planned"),
    ("The Brazil-China Joint Committee on Space was established on Monday.", "signed"),
])
def test_a_body_being_made_or_still_to_meet_is_not_at_work(text, status):
    assert [s for _, _, s in statuses(text)] == [status]
