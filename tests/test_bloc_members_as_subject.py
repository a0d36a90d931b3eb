"""A bloc's act told of its members, its leaders, its ministers or its heads of state, with the bloc named only as the
setting ("At the G7 summit, the leaders adopted a declaration", "participating ministers stressed", "member states
adopted"), is the bloc's act: the bloc is the party. Named states stay the parties when the clause names them, and a
bloc's leaders only talking make no act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, bloc, kind", [
    ("At the G7 summit, the leaders adopted a declaration on artificial intelligence.", "G7", "declaration"),
    ("At the SCO summit, member states adopted a roadmap on digital payments.", "SCO", "initiative"),
    ("In a joint statement issued at the APEC ministerial meeting, participating ministers pledged to cooperate on the "
     "digital economy.", "APEC", "joint-statement"),
    ("At the BRICS summit, the heads of state approved a plan on satellite data.", "BRICS", "initiative"),
])
def test_a_blocs_members_as_subject_make_the_blocs_act(text, bloc, kind):
    assert acts(text) == [([bloc], kind, "signed")]


def test_named_states_stay_the_parties():
    text = "On the sidelines of the G20 summit, the leaders of India and Japan signed a memorandum on AI."
    assert acts(text) == [(["IND", "JPN"], "mou", "signed")]


def test_leaders_only_talking_make_no_act():
    assert acts("At the SCO summit, the leaders discussed regional security.") == []
