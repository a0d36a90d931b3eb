"""A bloc's apposition describes the bloc: its noun ("an alliance of ...") names no partnership, and the members it
lists are not parties beside the bloc; the bloc acts."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(frozenset(a.parties), a.kind) for a in facts.agreements}


@pytest.mark.parametrize("text", [
    "The Gulf Cooperation Council (GCC), a political and economic alliance comprising six member states, has entered "
    "a new era of digital integration.",
    "The African Union, a continental alliance of 55 states, marked its anniversary in Addis Ababa on Monday.",
    "ASEAN, a regional grouping of ten Southeast Asian nations, celebrated its founding day on Friday.",
])
def test_a_blocs_apposition_alone_makes_no_act(text):
    assert acts(text) == set()


@pytest.mark.parametrize("text, parties, kind", [
    ("Mercosur, a customs union of Brazil, Argentina, Paraguay and Uruguay, wrapped up talks on a trade deal with "
     "Singapore in 2023.", {"MERCOSUR", "SGP"}, "agreement"),
    ("Vietnam signed a free trade agreement with the EAEU, a bloc of Russia, Belarus, Kazakhstan, Armenia and "
     "Kyrgyzstan, on Tuesday.", {"EAEU", "VNM"}, "agreement"),
])
def test_the_members_a_blocs_apposition_lists_are_not_parties(text, parties, kind):
    assert acts(text) == {(frozenset(parties), kind)}


@pytest.mark.parametrize("text", [
    # the apposition in brackets: its noun names no partnership
    "The talks come weeks after the AUKUS (a security alliance of Australia, Britain and the United States) leaders "
    "stressed the role of quantum computing.",
    "The GCC (an alliance of six Gulf monarchies) marked its anniversary on Monday.",
])
def test_a_blocs_apposition_in_brackets_names_no_act(text):
    assert acts(text) == set()


@pytest.mark.parametrize("text, parties, kind", [
    # a partnership the clause reports, beside a bloc described
    ("NATO, the Western military alliance, and Japan agreed on Tuesday to launch a new partnership on cyber defence.",
     {"JPN", "NATO"}, "partnership"),
    # a partnership named in the apposition is the act itself
    ("AUKUS, the trilateral security partnership between Australia, Britain and the United States, is weighing "
     "whether Canada should join the pact.", {"AUS", "GBR", "USA"}, "partnership"),
    # members given as participants, not as a description
    ("The Mercosur countries (Argentina, Brazil, Paraguay and Uruguay) signed an e-commerce agreement on Monday.",
     {"ARG", "BRA", "PRY", "URY"}, "agreement"),
])
def test_an_act_told_beside_a_bloc_stays(text, parties, kind):
    assert (frozenset(parties), kind) in acts(text)
