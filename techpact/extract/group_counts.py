"""Counted groups that fix a party set: "the three countries" as the subject of a clause that names a bloc stands for
the three states last named together, not for the one state the clause names as the object of their help nor for
the bloc (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.ontology.reference import is_bloc

_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# A name joined to the group ("A and the three countries", "A, along with the two nations"); a name further before,
# in a fronted phrase ("After talks hosted by A's minister, the four nations ..."), leaves the group the subject.
_JOINED = re.compile(r"\W{0,3}(?:'s?\s+)?(?:\w+\s+){0,2}?(?:and|as well as|with|along with|together with)\s+$", re.IGNORECASE)


def counted_group(clause, parties: list[str], pair: list[str] | None) -> list[str]:
    """The parties of a clause whose subject is a counted group of as many states as were last named together, when
    the clause names a bloc and some of those states: "(The leaders of A, B and C ...) The three countries have made progress in
    helping A acquire submarines through AUKUS" is an act of A, B and C (the bloc stays, as their framework)."""
    if not pair or not parties or not clause.actors:
        return parties
    match = cues.GROUP_PHRASE.search(clause.text)
    if not match:
        return parties
    size = next((_SIZES[word] for word in match.group().lower().split() if word in _SIZES), 0)
    states = [code for code in parties if not is_bloc(code)]
    if (len(pair) != size or not states or not set(states) < set(pair) or any(is_bloc(code) for code in pair)
            or len(states) == len(parties)):
        return parties  # only where a bloc stands beside the state it names, the framework the group acts under
    base = clause.span.start + max(0, clause.span.text.find(clause.text))
    if any(_JOINED.match(clause.text[m.end - base:match.start()]) for m in clause.actors
           if m.code in parties and m.end - base <= match.start()):
        return parties  # "A and the three countries ...": the group is not the subject alone
    return list(pair) + [code for code in parties if is_bloc(code)]
