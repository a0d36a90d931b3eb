"""The sides of a war or of fighting told with "between" ("calling for an end to the fighting between Israel and Iran",
"in response to the hostilities between A and B") are the matter of the act, as the sides of tensions or a rivalry
already were: the act is its maker's, not theirs. Sides that sign an act ending their war are its parties.
Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def party_sets(text: str) -> list[set[str]]:
    return [set(a.parties) for a in acts_of(text)]


@pytest.mark.parametrize("text", [
    "The G7 issued a statement calling for an end to the fighting between Armenia and Azerbaijan.",
    "In response to the hostilities between Ethiopia and Eritrea, the EU adopted a joint statement on Monday.",
    "The EU adopted a joint statement on the war between Russia and Ukraine.",
])
def test_the_sides_of_fighting_are_not_the_parties_of_the_act_about_it(text):
    assert all(len(parties) < 2 or not parties <= {"ARM", "AZE", "ETH", "ERI", "RUS", "UKR"} for parties in party_sets(text))


def test_the_act_about_fighting_is_its_makers():
    assert party_sets("The G7 issued a statement calling for an end to the fighting between Armenia and Azerbaijan.") == [{"G7"}]


def test_sides_that_sign_an_act_ending_their_war_are_its_parties():
    assert {"ETH", "ERI"} in party_sets("Ethiopia and Eritrea signed a peace agreement ending the war between the two.")
