"""The sides' own act opening the clause as its frame is in force, whichever words set it up: "Under their 2018
agreement", "As part of their 2018 agreement", "Under the terms of their 2015 agreement". A new act as frame ("As part
of their new partnership") is not. Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def acts(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.status) for a in acts_of(text)]


@pytest.mark.parametrize("text, kind", [
    ("As part of their 2018 agreement, Kenya and Vietnam train 20 engineers a year.", "agreement"),
    ("Under the terms of their 2015 agreement, Chile and Peru share satellite data.", "agreement"),
    ("As part of their strategic partnership, Ghana and Togo will build a joint data centre.", "partnership"),
])
def test_the_sides_own_act_as_frame_is_in_force(text, kind):
    assert (kind, "in-force") in acts(text)


def test_a_new_act_as_frame_is_not_in_force():
    assert not any(status == "in-force" for _, status in acts("As part of their new partnership, Kenya and Vietnam will build a data centre."))
