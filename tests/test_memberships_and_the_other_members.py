"""A list joined to "the other members" of the passage's bloc (membership_variant_rules: list-and-the-other-members):
"Germany and the 26 other member states", "Hungary, Slovakia and the other members", "China and its fellow members
Russia and India". Never "other countries", "the other permanent members", members "of" another body, a wider circle
("OPEC+"), or a list named as observers or partners. Passages written for these tests (a sample of a passage generator
over eighteen blocs)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU summit opened in Brussels. Germany and the 26 other member states backed the plan.", each("EU", "DEU")),
    ("The EU summit opened. Germany, France and the other 25 members backed the plan.", each("EU", "DEU", "FRA")),
    ("The SCO summit opened in Astana. China and its fellow members Russia and India backed the plan.",
     each("SCO", "CHN", "RUS", "IND")),
    ("ASEAN leaders met in Jakarta. Vietnam, like other members, backed the plan.", each("ASEAN", "VNM")),
    ("The GCC summit opened in Riyadh. Oman, along with the five other member states, backed the plan.", each("GCC", "OMN")),
])
def test_list_and_the_other_members_of_the_passages_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The SCO met. China and other countries agreed.",
    "The UN Security Council met. China, Russia and the other permanent members agreed.",
    "The SCO met. China and other members of the council agreed.",
    "OPEC+ met in Vienna. Saudi Arabia, Russia and other members agreed to cut output.",
    "The SCO met. Turkey, a dialogue partner, and other members agreed.",
    "The SCO met. Observers Mongolia and other members agreed.",
    "The SCO met. Iran, which wants to join, and other members agreed.",
    "China and other members agreed.",
])
def test_other_members_that_name_no_member(text):
    assert members(text) == set()
