""""The two blocs" in a clause that names no actor stands for the two blocs the passage named, not for the host and
the chair named as the meeting's officials; "the two countries" still stands for the states. Short passages written
for the test in the shapes of news wording (never eval passages)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize("text, blocs", [
    ("Leaders of ASEAN and the Gulf Cooperation Council met in Riyadh on Friday. The meeting was co-chaired by Saudi "
     "Arabia's crown prince and the president of Indonesia. In a joint statement issued afterwards, the leaders of the "
     "two blocs pledged to deepen cooperation in renewable energy.", "ASEAN+GCC"),
    ("Ministers of the African Union and the European Union gathered in Brussels. The talks were chaired by Belgium's "
     "foreign minister and Ghana's foreign minister. Both organisations adopted a joint declaration on digital "
     "infrastructure.", "AU+EU"),
    ("The EU and Mercosur held a summit in Montevideo, hosted by Uruguay's president with Brazil's president at his "
     "side. The two blocs signed a memorandum on critical raw materials.", "EU+MERCOSUR"),
])
def test_the_two_blocs_stand_for_the_blocs_named_not_the_officials_states(text, blocs):
    found = party_sets(text)
    assert found[frozenset(blocs.split("+"))] >= 1
    assert not any(len(group) == 2 and not any(c in group for c in blocs.split("+")) for group in found)


@pytest.mark.parametrize("text, expected", [
    # "the two countries" after two states: the states
    ("Brazil and Argentina met on the sidelines of the Mercosur summit. The two countries signed a memorandum on "
     "lithium mining.", "ARG+BRA"),
    # one bloc named only: "both organisations" cannot be two blocs
    ("Kenya's president met the head of the African Union Commission. Both organisations' officials signed a "
     "memorandum with Kenya on digital identity.", ""),
])
def test_without_two_blocs_named_the_phrase_changes_nothing(text, expected):
    found = party_sets(text)
    if expected:
        assert found[frozenset(expected.split("+"))] >= 1
    assert not any({"EU", "MERCOSUR"} <= group or {"AU", "EU"} <= group for group in found)
