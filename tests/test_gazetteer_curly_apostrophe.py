"""A state's name written with a curly apostrophe ("Côte d’Ivoire") is the same name as with a straight one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


@pytest.mark.parametrize("name", ["Côte d’Ivoire", "Côte d'Ivoire", "Cote d’Ivoire"])
def test_both_apostrophes_name_the_state(name):
    text = f"{name} and Ghana signed an agreement on space cooperation."
    assert [sorted(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements] == [["CIV", "GHA"]]
