"""The sides' work told since the making of their act, in the sentence after it ("signed a memorandum in 2015. Since
then, the two have trained 400 nurses"), tells the act standing: in force, as "signed a memorandum in 2015 and have
since trained ..." in one sentence already did. More acts signed since ("Since then, the two have signed three more
agreements") tell no standing of the first. Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> list[str]:
    return [a.status for a in acts_of(text)]


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam signed a memorandum on digital health in 2015. Since then, the two have trained 400 nurses in telemedicine.",
    "Chile and Peru launched a joint programme on lithium research in 2018. Ever since, they have exchanged 60 researchers.",
    "Ghana and Togo signed an agreement on cybersecurity in 2017. Since then, the two countries have trained 200 experts.",
])
def test_the_sides_work_since_their_act_tells_it_in_force(text):
    assert statuses(text) == ["in-force"]


def test_more_acts_signed_since_tell_no_standing_of_the_first():
    text = "Kenya and Vietnam signed a memorandum on digital health in 2015. Since then, the two have signed three more agreements."
    assert "in-force" not in statuses(text)
