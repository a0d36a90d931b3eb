"""A body the act told before provides for, or sets the stage for, is a planned working group of its own ("The
memorandum provides for a joint committee", "The agreement, announced on Monday, paves the way for a task force");
what the act provides for that is no body ("the exchange of experts") adds no act. Sentences written for the test."""

from __future__ import annotations

import pytest

from .extraction import acts_of


@pytest.mark.parametrize("second", [
    "The memorandum provides for a joint committee on battery research.",
    "The agreement paves the way for a bilateral task force on electric vehicles.",
    "The memorandum, published on Tuesday, sets the stage for the formation of a joint working group on ports.",
])
def test_a_body_the_act_provides_for_is_a_planned_working_group(second):
    acts = acts_of("Ghana and Togo signed a memorandum of understanding on Monday. " + second)
    assert sorted((a.kind, a.status) for a in acts) == [("mou", "signed"), ("working-group", "planned")]


def test_what_the_act_provides_for_that_is_no_body_adds_no_act():
    acts = acts_of("Ghana and Togo signed a memorandum of understanding on Monday. "
                   "The memorandum provides for the exchange of experts in solar energy.")
    assert [(a.kind, a.status) for a in acts] == [("mou", "signed")]
