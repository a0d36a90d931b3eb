"""A passage's bloc called "the club" or a described "body" ("the continental body", "the pan-African body", "the regional
body", "the 55-member body") is pointed back to as "the bloc" is; never "the body" alone or with a region ("the East African body"), "the club of creditors", or a referent a name follows
("the regional body IGAD" names another). Found by varying the word that points back to the bloc in a referent generator
(/tmp-side). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("African Union leaders met in Addis Ababa. Ghana, a member of the continental body, signed a deal with Chile.", each("AU", "GHA")),
    ("African Union leaders met. Ghana, which joined the pan-African body in 1963, signed a deal.", each("AU", "GHA")),
    ("G7 finance ministers met in Stresa. Japan, a member of the club, signed a deal with Chile.", each("G7", "JPN")),
    ("G7 ministers met. Canada, one of the club's members, backed the plan.", each("G7", "CAN")),
])
def test_the_club_or_a_described_body_points_back_to_the_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "African Union leaders met. Ghana, a member of the body, signed a deal.",
    "The AU met in Addis Ababa. Kenya, a member of the regional body IGAD, signed a deal.",
    "The G7 met in Stresa. Japan, a member of the club of creditors, signed a deal.",
    "The AU met. Kenya, a member of the UN human rights body, signed a deal.",
    "The AU met in Addis Ababa. Kenya and Uganda founded the East African body.",
])
def test_a_bare_body_a_club_of_others_or_a_named_body_is_no_bloc(text):
    assert members(text) == set()
