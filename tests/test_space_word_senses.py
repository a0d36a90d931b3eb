"""'space' names the space sector only as outer space (eval guide: "satellites", "space exploration" -> space): a
common economic, payment, information or digital space of states is an area of integration, not the sector."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def sectors(text: str) -> set[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    assert facts.agreements, text
    return {code for a in facts.agreements for code in a.sectors}


@pytest.mark.parametrize("text", [
    "Armenia and Kazakhstan signed an agreement on a single economic space.",
    "The agreement between Russia and Belarus on a common payment space took effect in 2021.",
    "Russia and China signed an agreement on security in the information space.",
    "Serbia and Hungary signed a deal to create a common digital space.",
    "Kyrgyzstan and Uzbekistan signed a memorandum on a unified financial space.",
    "Russia and Belarus signed an agreement to deepen integration across the post-Soviet space.",
    "Cuba and Vietnam signed a memorandum on a common educational space.",
])
def test_an_area_of_integration_is_not_outer_space(text):
    assert "space" not in sectors(text)


@pytest.mark.parametrize("text", [
    "Armenia and Kazakhstan signed an agreement on space cooperation.",
    "Russia and Belarus signed a memorandum on the peaceful use of outer space.",
    "China and Egypt agreed to cooperate in space exploration and the economic uses of satellites.",
    "Brazil and China signed an agreement to build a space station module.",
])
def test_outer_space_is_still_the_space_sector(text):
    assert "space" in sectors(text)
