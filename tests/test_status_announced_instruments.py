"""An instrument announced, issued or released by name is made (signed), whatever its name ('a memorandum', 'a code
of conduct', 'an action plan', 'a strategy') and whatever a relative clause after it says of its aims or its future
('..., which will run for five years', '..., which aims to promote', '..., which they hope will boost trade'). A
draft, a proposed, possible or upcoming instrument announced is not made, and plans announced stay plans."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "Kenya and Ghana announced a memorandum of understanding on fintech, which will be implemented next year.",
    "The G7 countries announced a voluntary code of conduct for AI developers, which aims to promote safe systems.",
    "Chile and Peru announced an action plan on lithium, which would allow joint research.",
    "Vietnam and Laos released a strategy on digital payments, which they hope will boost trade.",
    "Egypt and Jordan issued a partnership on quantum technology, which is expected to deepen ties.",
    "Oman and Qatar announced a joint statement on cybersecurity, under which the two sides will share data.",
])
def test_an_instrument_announced_by_name_is_made(text):
    assert statuses(text) == {"signed"}


@pytest.mark.parametrize("text, status", [
    ("Kenya and Ghana announced plans to sign a memorandum on fintech.", "planned"),
    ("Kenya and Ghana announced a draft memorandum on fintech.", "planned"),
    ("Kenya and Ghana announced that they will sign a memorandum on fintech next month.", "planned"),
    ("Chile and Peru announced the upcoming accord on lithium.", "planned"),
    ("Chile and Peru announced a possible accord on lithium.", "planned"),
    ("Japan released a draft code of conduct for AI developers with India.", "planned"),
])
def test_plans_and_drafts_announced_are_not_made(text, status):
    assert statuses(text) == {status}
