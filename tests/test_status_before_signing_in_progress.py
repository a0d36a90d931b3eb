"""A signing after "before", told beside a verb in the present progressive ("are aligning their laws before signing the
memorandum", "is in the process of ... before the signing of"), is still ahead: planned, as it was beside a future
("will meet before signing"). Beside a past verb ("held talks before signing") the signing is done. Sentences written
for these tests (extract/status_aspect.py)."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Member states are aligning their laws before signing the memorandum.",
    "The two ministries are drafting the annexes before the signing of the agreement.",
    "Kenya and Ghana are in the process of reviewing the text before finalising the signing of the memorandum.",
])
def test_a_signing_after_work_going_on_now_is_ahead(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "The leaders held talks before signing the memorandum.",
    "The ministers met in Nairobi before the signing of the agreement.",
])
def test_a_signing_after_past_talks_is_done(text):
    assert find_status(text) == "signed"
