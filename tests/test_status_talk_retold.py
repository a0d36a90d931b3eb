"""The topics of a meeting retold with the meeting as subject ("The discussions revolved around exploring areas of
cooperation", "The meeting concluded on the note of continuing discussions") tell no step of the act whose meeting it
was: a working group told meeting stays in force (extract/status_terms.talk_retold). An act named in such a clause is
still read, and so is a clause with another subject. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of

_MET = "The first session of the Chile-Peru joint working group on lithium was held in Lima on Monday."


@pytest.mark.parametrize("after", [
    "The discussions revolved around exploring new areas of cooperation in battery research.",
    "The meeting concluded on the note of continuing discussions on battery research.",
    "The talks focused on exploring joint projects in battery research.",
])
def test_a_meetings_topics_retold_leave_the_body_in_force(after):
    assert [(act.kind, act.status) for act in acts_of(f"{_MET} {after}")] == [("working-group", "in-force")]


@pytest.mark.parametrize("text, expected", [
    # another subject: the sides' own step
    (f"{_MET} The two sides agreed to explore joint projects in battery research.", "planned"),
    # an act of its own named in the retelling keeps its own status
    ("Chile and Peru signed a memorandum on lithium. The talks also covered a planned agreement on data.", "planned"),
])
def test_a_step_of_the_sides_or_an_act_named_in_the_retelling_is_still_read(text, expected):
    assert expected in [act.status for act in acts_of(text)]
