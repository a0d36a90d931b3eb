"""A head of state or government named in full with a particle ("Abdel Fattah el-Sisi", "Mohammed Shia al-Sudani",
"Mohammed bin Salman") or a generation ("Ferdinand Marcos Jr") is recalled later by the surname news uses ("el-Sisi"
or "Sisi", "Sudani", "Marcos"), and a crown prince or sultan counts as a leader, as does a counterpart named with the
state ("his Ghanaian counterpart John Mahama"). Passages written for these tests (a
sample of a passage generator over how the act sentence names the sides)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("Egyptian President Abdel Fattah el-Sisi met Iraqi Prime Minister Mohammed Shia al-Sudani in Cairo on Monday. "
     "Sisi and Sudani signed a memorandum on artificial intelligence.", ["EGY+IRQ"]),
    ("Egyptian President Abdel Fattah el-Sisi met Iraqi Prime Minister Mohammed Shia al-Sudani in Cairo on Monday. "
     "El-Sisi and al-Sudani witnessed the signing of a roadmap on 5G.", ["EGY+IRQ"]),
    ("Philippine President Ferdinand Marcos Jr met Japanese Prime Minister Shigeru Ishiba in Tokyo. Marcos and Ishiba "
     "signed an agreement on cybersecurity.", ["JPN+PHL"]),
    ("Saudi Crown Prince Mohammed bin Salman met Iraqi Prime Minister Mohammed Shia al-Sudani in Riyadh. Bin Salman and "
     "al-Sudani signed a memorandum on data centres.", ["IRQ+SAU"]),
])
def test_a_leader_is_recalled_by_the_surname_news_uses(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text", [
    # a particle alone is no surname: nothing else in the text may become the leader
    "Egyptian President Abdelfateh El-Sisi arrived in Delhi. Indian dailies and analysts discussed the visit at length.",
    "Marcos Jr, a Manila lawyer, and Japanese analysts discussed an agreement on cybersecurity.",
])
def test_no_leader_is_made_of_a_particle_or_an_unnamed_role(text):
    assert not [s for s in party_sets(text) if len(s) >= 2]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan President William Ruto hosted his Ghanaian counterpart John Mahama in Nairobi. Ruto and Mahama signed a "
     "memorandum on digital payments.", ["GHA+KEN"]),
    ("Chilean President Gabriel Boric received his Peruvian counterpart Dina Boluarte. Boric and Boluarte then signed "
     "a roadmap on lithium.", ["CHL+PER"]),
])
def test_a_counterpart_named_with_the_state_is_recalled_by_surname(text, expected):
    assert party_sets(text) == sets(*expected)
