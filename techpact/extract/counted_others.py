"""An act of one named state "and N other countries", whose other makers a later sentence lists (extraction rules, ours).

"China and seven other countries co-launched an initiative on Dec. 3 ... China, Egypt, Laos, Saudi Arabia, Serbia,
Thailand, Turkey and the UAE agreed to extend their cooperation" is one act of the eight listed: the count tells how
many made it, the list (the named state and exactly as many others, a few sentences on) tells who. The listing clause
tells more of that act unless it names an instrument of another kind. With no such list, the act stays unrecorded as
before: one state alone is no interstate act, and the others are not guessed.
"""

from __future__ import annotations

import re
from typing import Any

from techpact.extract.count_words import COUNT_PATTERN, COUNT_WORDS
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# The state named just before: "A and seven other countries", "A, along with 12 other nations".
_OTHERS = re.compile(r"\W{0,3}(?:and|along with|together with|joined by)\s+(?:(?P<digits>\d{1,2})|(?P<word>" + COUNT_PATTERN
                     + r"))\s+other\s+(?:[\w-]+\s+)?(?:countries|nations|states|economies|governments)\b", re.IGNORECASE)
_WITHIN = 4  # how many clauses on the list may come


def note_others(reader: Any, clause: Clause, parties: list[str], kind: str | None, status: str | None) -> None:
    """Remember an act told of one state "and N other countries" (its state, N, kind, status, the clause), when the
    clause tells an act of that state alone."""
    if len(parties) != 1 or is_bloc(parties[0]) or not status:
        return
    base = clause_base(clause)
    for mention in clause.actors:
        if mention.code == parties[0] and (match := _OTHERS.match(clause.text, mention.end - base)):
            count = int(match.group("digits")) if match.group("digits") else COUNT_WORDS[match.group("word").lower()]
            reader.counted_others = (parties[0], count, kind, status, clause, reader._clauses)
            return


def listed_others(reader: Any, clause: Clause, parties: list[str], kind: str | None) -> bool:
    """Record the remembered act with the states this clause lists, when they are its state and exactly N others and
    the clause comes soon after; the clause then tells more of that act (True), unless it names another kind of
    instrument (False: it is read as usual)."""
    noted = reader.counted_others
    if noted is None:
        return False
    code, count, noted_kind, status, noted_clause, at = noted
    if reader._clauses - at > _WITHIN:
        reader.counted_others = None
        return False
    states = [party for party in dict.fromkeys(parties) if not is_bloc(party)]
    if len(states) != count + 1 or code not in states:
        return False
    reader.counted_others = None
    reader._record(states, noted_kind, status, noted_clause, back=False, introduced=True)
    if kind and kind != noted_kind:
        return False
    reader._extend(reader.focus, None, None, clause)
    return True
