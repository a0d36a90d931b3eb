"""An act brought into force with its name inside the phrase ("exchanged notes, bringing their agreement on space
research into force", "put the memorandum into effect") is in force, as "brought into force" told whole already was;
told ahead ("will exchange notes to bring their agreement into force") it is only concluded. Sentences written for
these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam exchanged notes on Tuesday, bringing their agreement on space research into force.",
    "Chile and Peru put the memorandum on lithium research into effect last month.",
])
def test_an_act_brought_into_force_with_its_name_inside_is_in_force(text):
    assert find_status(text) == "in-force"


def test_bringing_it_into_force_ahead_is_only_concluded():
    text = "Kenya and Vietnam will exchange notes next month to bring their agreement on space research into force."
    assert find_status(text) == "signed"
