"""A bloc's act whose own later sentence lists, set off, the members among whom it is: those members are its parties and
the bloc its framework; a sample of members, a count that does not fit, or a state that is no stated member leaves the
bloc the party."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[frozenset[str], str | None]]:
    return [(frozenset(a.parties), a.framework) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("The countries of the Andean bloc MERCOSUR signed a customs data agreement on Monday. The agreement links customs "
     "systems among the four members of the bloc—Brazil, Argentina, Uruguay and Paraguay.",
     {"ARG", "BRA", "PRY", "URY"}),
    ("The Gulf Cooperation Council adopted a cyber defence pact. The pact binds the six member states of the GCC: "
     "Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.",
     {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}),
])
def test_a_bloc_act_listing_its_members_set_off_has_them_as_parties(text, parties):
    assert (frozenset(parties), acts(text)[0][1]) in acts(text)


@pytest.mark.parametrize("text, bloc", [
    # the count does not fit the list
    ("MERCOSUR signed a customs data agreement. The agreement links customs systems among the four members of the "
     "bloc—Brazil, Argentina and Uruguay.", "MERCOSUR"),
    # a state listed that the passage does not make a member
    ("MERCOSUR signed a customs data agreement. The agreement links customs systems among the countries of the region—"
     "Brazil, Argentina and Chile.", "MERCOSUR"),
])
def test_a_bloc_act_with_no_fitting_list_of_members_stays_the_blocs(text, bloc):
    assert (frozenset({bloc}), None) in acts(text)
