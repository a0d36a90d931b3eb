"""A host receiving the leaders it lists for a bloc's summit ("A hosted the leaders of B, C and D for the Quad summit",
"The BRICS summit brought together the leaders of A, B, C, D and E") names the summit's participants, like "attended
by": the bloc's acts told next are theirs, with the bloc as framework. Not when a listed leader has no state named, for
leaders "including" some, nor for a meeting of their own on the sidelines of a bloc's summit. Passages written for
these tests (a sample of a summit passage generator over the participants sentence and the act sentence)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets

HOSTED = ("US President Joe Biden hosted Prime Minister Fumio Kishida of Japan, Prime Minister Narendra Modi of India "
          "and Prime Minister Anthony Albanese of Australia in Wilmington for the Quad leaders' summit on Saturday. ")


@pytest.mark.parametrize(("text", "expected"), [
    (HOSTED + "The Quad announced a partnership on semiconductor supply chains.", ["AUS+IND+JPN+USA"]),
    (HOSTED + "Quad leaders also announced an initiative on quantum technology.", ["AUS+IND+JPN+USA"]),
    ("Australian Prime Minister Anthony Albanese welcomed the leaders of Britain and the United States to Canberra "
     "for an AUKUS summit on Monday. AUKUS launched an initiative on hypersonic research.", ["AUS+GBR+USA"]),
    ("The BRICS summit in Kazan brought together the leaders of Brazil, Russia, India, China and South Africa on "
     "Tuesday. BRICS adopted a declaration on artificial intelligence.", ["BRA+CHN+IND+RUS+ZAF"]),
])
def test_a_blocs_act_after_its_host_names_the_leaders_is_theirs(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a leader listed with no state, and the leaders told fewer than the members: the list is not the whole summit
    # (with as many leaders as members, all of them members, summit_participants completes it)
    ("US President Joe Biden hosted Prime Minister Fumio Kishida of Japan and Prime Minister Narendra Modi in "
     "Wilmington for the Quad summit. The Quad announced a partnership on chips.",
     ["QUAD"]),
    # some of those who came: "leaders including ..."
    ("Chinese President Xi Jinping hosted leaders including those of Russia, Iran and India at the SCO summit in Tianjin "
     "on Monday. The SCO adopted a declaration on artificial intelligence.", ["SCO"]),
    # a meeting of their own beside the bloc's summit
    ("Leaders of the US, Japan and India gathered on the sidelines of the G20 summit in Rio on Monday. The G20 adopted a "
     "declaration on artificial intelligence.", ["G20"]),
])
def test_an_incomplete_list_or_a_side_meeting_leaves_the_bloc_its_act(text, expected):
    assert party_sets(text) == sets(*expected)
