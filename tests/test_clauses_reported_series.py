"""A series of reported clauses ("reminded that A had signed X, that B is building Y, and that C is ready to ...")
breaks into clauses: each "that" opens a clause of its own, so a status told in one ("are currently working") does
not reach the act of another ("had recently reached agreements"). Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(a.parties), a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_each_reported_clause_keeps_its_own_status():
    text = ("The envoy recalled that Chile had recently signed agreements on lithium with Peru, that Argentine experts "
            "are currently working on a joint smelter, and that Bolivia is also ready to build more plants in Chile.")
    assert (["CHL", "PER"], "signed") in acts(text)
    assert (["CHL", "PER"], "in-force") not in acts(text)


def test_a_single_reported_clause_is_read_whole():
    text = "The envoy recalled that Chile and Peru have cooperated on lithium since 2015."
    assert acts(text) == [(["CHL", "PER"], "in-force")]
