"""What a material is used for is no sector of the act (sector_usages): the words after "products ranging from",
"including the production of", "are essential for ... such as" name the material's uses. Sectors told as the act's
own stay."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.sector_usages import usage_stretches
from techpact.loaders.document import Document


def sectors(text: str) -> set[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {s for a in facts.agreements for s in a.sectors}


@pytest.mark.parametrize("text, absent", [
    ("Chile and Korea signed a deal on processing rare earths. These materials are vital components in products "
     "ranging from smartphones and electric vehicle batteries to semiconductors and military equipment.",
     {"semiconductors", "defense"}),
    ("Peru and Japan agreed to cooperate on rare earths, which are necessary for modern devices, including the "
     "production of military sensors and missile systems.", {"defense"}),
    ("Chile signed a deal with Korea on the processing of critical minerals, key resources essential for modern "
     "technology and defense industries.", {"defense"}),
])
def test_sector_usages_a_materials_uses_are_no_sectors_of_the_act(text, absent):
    found = sectors(text)
    assert "critical-minerals" in found
    assert not found & absent


@pytest.mark.parametrize("text, present", [
    ("Chile and Korea signed a deal on semiconductors and rare earths.", {"semiconductors", "critical-minerals"}),
    ("Peru and Japan agreed to cooperate on satellites and cyber security.", {"space", "cybersecurity"}),
])
def test_sector_usages_the_acts_own_sectors_stay(text, present):
    assert present <= sectors(text)
    assert not usage_stretches(text)
