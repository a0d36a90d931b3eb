"""Similar instruments told signed, in the passive, with a list of states ("Similar agreements have already been
signed with A, B and C"), after an act of the story's state: one act of that state with each listed state (a list of
three or more, as for the other readings of one maker with each). Sentences written for these tests."""

from .extraction import acts_of


def _pairs(text: str) -> set[frozenset]:
    return {frozenset(a.parties) for a in acts_of(text)}


def test_similar_instruments_signed_with_a_list_are_the_story_states_with_each():
    text = ("Kenya and Ghana on Monday signed an agreement on satellite data. Similar agreements on the use of the "
            "data have already been signed with Peru, Chile and Vietnam.")
    assert _pairs(text) == {frozenset(p) for p in (("KEN", "GHA"), ("KEN", "PER"), ("KEN", "CHL"), ("KEN", "VNM"))}


def test_similar_memoranda_concluded_in_the_past_with_a_list_are_one_act_each():
    text = ("Japan signed a memorandum on chips with India on Tuesday. Similar memoranda were concluded with Brazil, "
            "Mexico and Chile last year.")
    assert {frozenset(("JPN", c)) for c in ("BRA", "MEX", "CHL")} <= _pairs(text)
