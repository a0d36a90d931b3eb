"""An act told made, then told as once not made ("could not be signed that day"), keeps its making: the failure is its
history, not a refusal (extract/status_terms.failure_retold). A refusal told of it still counts. Sentences written for
the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed the lithium agreement today. Its text had been agreed in March, but the agreement could not"
     " be signed that day because the meeting was held online.", ["signed"]),
    ("Chile and Peru signed a lithium agreement on Monday. The agreement could not be signed last year because of the"
     " elections.", ["signed"]),
    ("Chile and Peru signed a lithium agreement on Monday. The agreement failed to win approval in 2021.", ["signed"]),
    # a refusal told of it, or a failure told with no making before it
    ("Chile and Peru signed a lithium agreement on Monday. The agreement could not pass because Peru's congress"
     " rejected it.", ["rejected"]),
    ("The Chile-Peru lithium agreement could not be signed on Monday.", ["rejected"]),
])
def test_an_act_told_made_keeps_its_making_when_a_failure_is_retold(text, expected):
    assert [act.status for act in acts_of(text)] == expected
