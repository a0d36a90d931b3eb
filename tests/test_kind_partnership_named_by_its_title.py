"""An act told first as "an agreement" and then named by a title that ends in Partnership ("the Just Energy Transition
Partnership") is that partnership (act_finish.extend_act). An untitled "partnership" later leaves the agreement an
agreement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def kinds(text: str) -> list[str]:
    return [a.kind for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Germany has withdrawn from a climate funding agreement with Vietnam, officials said. The statement said Germany "
    "decided to withdraw from the Just Energy Transition Partnership with Vietnam.",
    "Britain has withdrawn from a clean energy agreement with Indonesia, according to officials. The statement said "
    "Britain decided to withdraw from the Clean Energy Transition Partnership with Indonesia.",
])
def test_a_partnership_named_by_its_title_names_the_agreement(text):
    assert kinds(text) == ["partnership"]


def test_an_untitled_partnership_leaves_the_agreement_as_it_was():
    assert kinds("Japan and India signed an agreement on digital cooperation in 2018. Japan and India value the "
                 "partnership.") == ["agreement"]
