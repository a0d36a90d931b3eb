""""The forum" points back to the passage's one bloc when the passage itself calls that bloc a forum ("the APEC forum",
"APEC, an inter-governmental forum of 21 economies"): "Russia joined the forum in 1998", "Peru, a member of the forum"
(membership_anaphora.forum_stand_in). Never when the passage names two blocs or never calls its bloc a forum, never
another forum named ("the St Petersburg forum"), an observer or an application. Passages written for these tests (a
sample of a passage generator over eighteen blocs, five openings and seven sentences)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The Asia-Pacific Economic Cooperation (APEC), an inter-governmental forum for Pacific Rim economies, has 21 members. "
     "Russia joined the forum in 1998.", each("APEC", "RUS")),
    ("The APEC forum met in Lima. Peru, a member of the forum since 1998, hosted the talks.", each("APEC", "PER")),
    ("The G20 forum met in Delhi. The forum's members include India, Brazil and Indonesia.", each("G20", "IND", "BRA", "IDN")),
    ("The SCO, a regional forum, met in Astana. As a member of the forum, Kazakhstan backed the plan.", each("SCO", "KAZ")),
])
def test_the_forum_is_the_bloc_the_passage_calls_a_forum(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The APEC summit opened in Lima. Russia joined the forum in 1998.",
    "The APEC forum met in Lima. Russia attended the St Petersburg forum in June.",
    "The APEC forum met in Lima, a week after the G20 summit. Russia joined the forum in 1998.",
    "The APEC forum met in Lima. Mongolia joined the forum as an observer.",
    "The APEC forum met in Lima. India applied to join the forum last year.",
])
def test_the_forum_that_is_no_bloc_of_the_passage(text):
    assert members(text) == set()
