"""States named only inside a quotation whose speaker the clause names after it ('"Egypt is also an important partner,"
Ruto said'): the speaker talks about them; they and the speaker are no pair named together that "the two leaders" or
"the two countries" could later stand for (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base

# A quotation, straight or curly, closed before an attribution: '"...," Ruto said', '"...," said the minister'.
_QUOTE = re.compile(r"[\"“](?P<inside>[^\"“”]{3,400}?)[\"”]\s*(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:said|says|added|told)\b"
                    r"|(?:said|says|added)\b)")


def outside_quotes(clause: Clause, codes: list[str]) -> list[str]:
    """The codes, less those the clause names only inside a quotation it attributes to a speaker it also names."""
    if len(codes) < 2 or ('"' not in clause.text and "“" not in clause.text):
        return codes
    quotes = [match.span("inside") for match in _QUOTE.finditer(clause.text)]
    if not quotes:
        return codes
    base = clause_base(clause)
    outside = {m.code for m in clause.actors if not any(start <= m.start - base < end for start, end in quotes)}
    inside = {m.code for m in clause.actors} - outside
    return [code for code in codes if code not in inside] if outside else codes
