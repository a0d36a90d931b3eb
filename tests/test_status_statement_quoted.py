"""A joint statement or declaration quoted as saying something ("The joint statement declared that ...") has been
issued: finished as signed, whatever else its sentences tell ("... this cooperation will involve AI", another
meeting that "failed to issue a joint statement"); a statement not quoted keeps the status read (act_finish,
statement_sources.statement_speaks). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.act_finish import finish
from techpact.extract.facts import Agreement, Span
from techpact.extract.statement_sources import statement_speaks


def finished(kind: str, status: str, sentences: list[str]) -> str:
    act = Agreement(kind=kind, status=status, parties=["CHL", "PER"])
    start = 0
    for sentence in sentences:
        act.add_evidence(Span(start, start + len(sentence), sentence))
        start += len(sentence) + 1
    return finish([act], 2024)[0].status


@pytest.mark.parametrize("kind, sentence", [
    ("joint-statement", "The joint statement declared that this cooperation will involve lithium refining."),
    ("declaration", "Their declaration also stressed that the two sides will build a battery plant."),
    ("joint-statement", "The joint statement issued after the talks said both countries would share mining data."),
])
def test_a_statement_quoted_as_saying_is_issued(kind, sentence):
    # (a sentence of another meeting's statement, read with it, tells one not issued)
    assert finished(kind, "planned", [sentence, "The G20 ministerial meeting failed to issue a joint statement."]) == "signed"


@pytest.mark.parametrize("sentence", [
    "Chile and Peru will issue a joint statement on lithium next week.",
    "Chile and Peru will issue a joint statement on lithium next week, the ministry statement said.",
    "The two sides are drafting a joint statement on lithium.",
])
def test_a_statement_not_quoted_keeps_its_status(sentence):
    assert not statement_speaks([sentence])
    assert finished("joint-statement", "planned", [sentence]) == "planned"
