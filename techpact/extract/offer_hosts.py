"""The state where one side offers to build or set up something is the one it offers to (extraction rules, ours).

A state told after "in" is a place, not a party ("a plant in Finland"). But in one side's offer, the state where the
offered thing would be built, opened or set up is the offer's addressee: "Russia offered to build a nuclear plant in
Ghana" is Russia's proposal to Ghana, as "offered to build a nuclear plant for Ghana" already read. Guards: the clause
tells an offer (its status is proposed), it names one side only otherwise (with two sides named, "Russia is offering
the US to pool efforts in building the plant in Iran", the place stays a place), and the state follows a verb of
building within the clause's own stretch (no comma or semicolon between)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# A verb or noun of building, then a few words of what is built, then "in" right before the state.
_BUILT_IN = Hinted(re.compile(
    r"\b(?:build(?:s|ing)?|construct(?:s|ing)?|construction|set(?:ting)?\s+up|establish(?:es|ing)?|establishment|open(?:s|ing)?"
    r"|install(?:s|ing)?|deploy(?:s|ing)?)\b[^,;:()]{0,60}?\bin\s+(?:the\s+)?$", re.IGNORECASE),
    "build", "construct", "set", "establish", "open", "install", "deploy")
_REACH = 90  # how far before the state the verb may stand
_PLACES = frozenset({"name", "official", "capital"})  # a state told as a place: by its name or its capital


def with_host(clause: Clause, parties: list[str], status: str | None) -> list[str]:
    """The parties of a one-sided offer with the state it would build in added ("offered to build a plant in Ghana"),
    else the parties as they are."""
    if status != "proposed" or len(parties) != 1:
        return parties
    base = clause_base(clause)
    for mention in clause.actors:
        local = mention.start - base
        if (mention.code in parties or is_bloc(mention.code) or mention.how not in _PLACES or local <= 0
                or clause.span.text[mention.start - clause.span.start - 1:mention.start - clause.span.start] == "-"):
            continue
        if _BUILT_IN.search(clause.text, max(0, local - _REACH), local):
            return parties + [mention.code]
    return parties
