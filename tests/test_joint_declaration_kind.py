"""Kinds as the text names them (eval guide: joint statements and declarations are two kinds): a "joint
declaration" is a declaration, a joint statement or communique a joint statement."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def kinds(text: str) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return [a.kind for a in facts.agreements if len(a.parties) >= 2]


@pytest.mark.parametrize("text, kind", [
    ("Uruguay and Paraguay signed a joint declaration on artificial intelligence.", "declaration"),
    ("In a joint declaration, Saudi Arabia and Egypt pledged to expand cooperation in cybersecurity.", "declaration"),
    ("Leaders of Brazil and Chile adopted a joint political declaration on digital trade.", "declaration"),
    ("Japan and Vietnam issued a joint statement on cooperation in chips.", "joint-statement"),
    ("Kenya and Ethiopia released a joint communique on power trade.", "joint-statement"),
])
def test_a_joint_declaration_is_a_declaration(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Uruguay and Paraguay exchanged a Shared Vision for the Uruguay-Paraguay Digital Partnership.", "declaration"),
    ("Brazil and Chile signed the Joint Strategic Vision for the South Atlantic.", "declaration"),
])
def test_a_shared_or_joint_vision_set_down_is_a_declaration(text, kind):
    assert kinds(text) == [kind]


def test_a_common_vision_held_is_no_instrument():
    assert kinds("Uruguay and Paraguay share a common vision of digital growth.") == []
