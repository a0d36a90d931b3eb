"""An act told as replaced by another ("iCET has given way to TRUST", "was replaced by", "which supersedes their 2010
memorandum", "the ratification retires a 1995 deal") is ended, an act of its own beside the one that replaces it
(extract/superseded_acts.py), told once. A replacing told ahead or possible ends nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements)


@pytest.mark.parametrize("text, ended", [
    ("The digital initiative between Kenya and Germany has given way to the Green Tech initiative.", "initiative"),
    ("Chile and Peru launched the Andes Data initiative, which replaces the Pacific Data initiative.", "initiative"),
    ("Chile and Peru signed a new agreement on space. The new agreement supersedes their 2010 memorandum.", "mou"),
])
def test_the_act_replaced_is_ended_beside_the_new_one(text, ended):
    found = acts(text)
    assert (ended, "ended") in found and len(found) == 2


@pytest.mark.parametrize("text", [
    "The digital initiative between Kenya and Germany could give way to a broader partnership next year.",
    "Chile and Peru plan a new agreement on space that will replace their 2010 memorandum.",
])
def test_a_replacing_ahead_or_possible_ends_nothing(text):
    assert "ended" not in [status for _, status in acts(text)]


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a space agreement on Monday. The ratification retires a 1995 deal which was more favourable to Togo.",
    "Ghana and Togo signed a space agreement on Monday. Its entry into force supersedes a 2001 accord that favoured the Togolese.",
])
def test_a_step_of_the_act_retiring_an_older_one_ends_it_once(text):
    assert acts(text) == [("agreement", "ended"), ("agreement", "signed")]
