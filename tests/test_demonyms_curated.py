"""Adjectives and seats of government news uses that the packages lack name their state: 'Norwegian', 'Slovenian',
'Ecuadorian', 'Icelandic', 'Nepali', 'Maldivian', 'Djiboutian', 'Hellenic', 'Bogota', 'Dar es Salaam'."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


@pytest.mark.parametrize("text, parties", [
    ("Norwegian and Icelandic officials signed a memorandum on undersea cables on Monday.", {"NOR", "ISL"}),
    ("Slovenian and Ecuadorian ministers signed an agreement on e-government.", {"SVN", "ECU"}),
    ("The Nepali and Maldivian governments agreed to set up a working group on digital payments.", {"NPL", "MDV"}),
    ("Djiboutian and Hellenic officials signed an MoU on data centres.", {"DJI", "GRC"}),
    ("Bogota and Dar es Salaam signed an agreement on satellite data.", {"COL", "TZA"}),
])
def test_curated_adjectives_and_seats_name_the_parties(text, parties):
    found = {frozenset(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements}
    assert frozenset(parties) in found


@pytest.mark.parametrize("text, code, how", [
    ("The Organization for Security and Cooperation in Europe adopted a statement on cyber confidence measures.",
     "OSCE", "bloc"),
    ("The European Council approved a plan on semiconductors.", "EU", "institution"),
    ("The Council of the European Union adopted the AI Act.", "EU", "institution"),
])
def test_bloc_names_and_organs_without_hyphen_or_acronym(text, code, how):
    mentions = extract_facts(Document(text=text, source="test.txt")).mentions
    assert (code, how) in {(m.code, m.how) for m in mentions}
