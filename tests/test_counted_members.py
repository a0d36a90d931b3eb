"""A bloc's act told of a counted whole of its members takes the members the passage lists, before or after, as its
parties when the count meets the list exactly (counted_members); sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[frozenset, str | None]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return [(frozenset(a.parties), a.framework) for a in facts.agreements]


@pytest.mark.parametrize("text, parties, bloc", [
    ("The leaders of the four states which make up Mercosur approved a declaration on digital trade. Mercosur comprises "
     "Argentina, Brazil, Paraguay and Uruguay.", {"ARG", "BRA", "PRY", "URY"}, "MERCOSUR"),
    ("All six member states of the GCC adopted a statement on cyber security on Monday. The GCC groups Bahrain, Kuwait, "
     "Oman, Qatar, Saudi Arabia and the United Arab Emirates.", {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}, "GCC"),
])
def test_a_counted_whole_of_a_blocs_members_listed_later_are_its_parties(text, parties, bloc):
    assert (frozenset(parties), bloc) in acts(text)


@pytest.mark.parametrize("text, bloc", [
    # the list is shorter than the count: the members named are not all the act's makers
    ("The leaders of the four states which make up Mercosur approved a declaration on digital trade. Mercosur includes "
     "Argentina and Brazil.", "MERCOSUR"),
    # no count: the bloc alone
    ("Mercosur leaders approved a declaration on digital trade. Mercosur comprises Argentina, Brazil, Paraguay and "
     "Uruguay.", "MERCOSUR"),
])
def test_without_a_count_met_exactly_the_bloc_stays_the_party(text, bloc):
    assert (frozenset({bloc}), None) in acts(text)
