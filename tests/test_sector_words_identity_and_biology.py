"""Sector words added to the ontology's labels: digital identities, digital credentials and trust services are
e-government (eval guide: "digital ID" -> egov); engineering biology and biomedicine are biotechnology."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def sectors(text: str) -> set[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {s for a in facts.agreements for s in a.sectors}


@pytest.mark.parametrize("text, sector", [
    ("Chile and Korea signed a memorandum on digital credentials and trust services.", "egov"),
    ("Chile and Korea signed a memorandum on digital identities.", "egov"),
    ("Chile and Korea agreed to cooperate on engineering biology.", "biotech"),
    ("Chile and Korea agreed to cooperate on biomedicine.", "biotech"),
])
def test_sector_words_name_their_sector(text, sector):
    assert sector in sectors(text)


def test_sector_words_trust_alone_names_no_sector():
    assert "egov" not in sectors("Chile and Korea signed a memorandum on trade, citing mutual trust.")
