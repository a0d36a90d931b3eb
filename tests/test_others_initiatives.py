"""A named initiative of someone else described in passing ("the Global Gateway, an EU initiative launched in 2021")
is no act of the clause's parties: no act, party or date comes from the apposition. The parties' own initiative told
so ("a joint initiative launched in 2019") still is theirs. Sentences written for these tests."""

import pytest

from techpact.extract.others_initiatives import others_initiative

from .extraction import acts_of

_AGREED = "Kenya and Ghana agreed on Monday to strengthen cooperation in artificial intelligence. "


@pytest.mark.parametrize("second", [
    "The two sides also discussed the Global Gateway, an EU initiative launched in 2021.",
    "They also confirmed the need to work through frameworks such as the Digital Silk Road, a Chinese initiative launched in 2015.",
    "They will work through the Smart Africa Alliance, a continental initiative set up in 2013.",
    "They backed the Blue Data Partnership (BDP), a U.S.-led programme unveiled last year involving 14 countries.",
])
def test_someone_elses_initiative_told_in_passing_makes_no_act_of_the_pair(second):
    acts = acts_of(_AGREED + second)
    assert [(sorted(act.parties), act.status, act.date) for act in acts] == [(["GHA", "KEN"], "planned", None)]


def test_the_pairs_own_initiative_told_in_an_apposition_stays_theirs():
    acts = acts_of("Kenya and Ghana will expand the Lake Corridor, a joint initiative launched in 2019.")
    assert [(sorted(act.parties), act.date.year if act.date else None) for act in acts] == [(["GHA", "KEN"], 2019)]


@pytest.mark.parametrize("text, found", [
    ("They discussed the Global Gateway, an EU initiative launched in 2021.", True),
    ("They discussed the Lake Corridor, a joint initiative launched in 2019.", False),
    ("They discussed the corridor, an initiative launched in 2019.", False),  # no name before it
    ("They discussed the Global Gateway, an EU initiative.", False),  # no making told
])
def test_the_apposition_is_found_only_after_a_name_and_with_a_making(text, found):
    assert (others_initiative(text) is not None) is found
