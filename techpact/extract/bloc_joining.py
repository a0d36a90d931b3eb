"""A state joining a bloc is a membership, not an act of cooperation: "Egypt, the UAE and Ethiopia joined the BRICS
alliance", "... as five states will join the alliance" told of BRICS. The membership rules read it; the acts reader
leaves it (a named initiative, coalition or platform joined stays an act: "joined the Semicon Coalition") (extraction
rules, ours)."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.onlookers import onlookers_opine
from techpact.extract.bloc_initiatives import blocs_programme
from techpact.extract.initiative_members import member_of_initiative, owners
from techpact.extract.joining_ahead import asked_or_ahead
from techpact.extract.led_initiatives import read_led
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# The joined thing is the bloc itself: named in the phrase ("the BRICS alliance"), or "the alliance", "the bloc", "the
# grouping" standing for a bloc the text has named.
_BLOC_WORD = re.compile(r"\bthe\s+(?:(?:[\w-]+\s+){0,2})?(?:alliance|bloc|grouping|group|organi[sz]ation|union)\s*$", re.IGNORECASE)


def joins_a_bloc(clause: Clause, joined: re.Match, seen: dict[str, int]) -> bool:
    """Whether what the JOINED match of the clause joins is a bloc: one named in the phrase, or a bloc word after "the"
    when the text has named a bloc (seen: the actors named so far)."""
    base = clause_base(clause)
    if any(is_bloc(m.code) and joined.start() <= m.start - base < joined.end() for m in clause.actors):
        return not blocs_programme(clause, joined)  # not "joined the G7 Critical Minerals Production Alliance"
    return bool(_BLOC_WORD.search(joined.group()) and any(is_bloc(code) for code in seen))


def read_joining(reader, clause: Clause, parties: list[str], kind: str | None, where: int) -> bool:
    """Read a clause of states joining something (cues.JOINED) into the reader: an initiative joined makes them its
    participants (a joining asked for or ahead is one side's request, or a plan, of the joiner and the initiative's
    state); a bloc joined makes no act, unless the clause names an instrument of its own outside the joining.
    Whether the clause was read so (nothing more to do with it)."""
    if read_led(reader, clause, parties):
        return True  # "Nigeria and Rwanda signed the Artemis Accords": each with the US
    joined = cues.JOINED.search(clause.text) or member_of_initiative(clause.text)  # "is a partner in China's initiative"
    if joined is None or onlookers_opine(clause.text):
        return False
    if not joins_a_bloc(clause, joined, reader.seen):  # the bloc whose programme is joined is the other side
        sides = list(dict.fromkeys(parties + owners(clause, joined) + blocs_programme(clause, joined)))
        joiners = {m.code for m in clause.actors if m.start - clause_base(clause) < joined.start()}
        retold = reader.multilateral is not None and bool(joiners & set(reader.multilateral.parties))  # told joined before
        if not retold and (status := asked_or_ahead(clause.text, joined)):  # "Iran has applied to join"
            if len(sides) >= 2:
                reader._record(sides, "proposal" if status == "proposed" else "initiative", status, clause, back=False)
            return True
        reader.joiners.update(joiners)
        reader.join_arrangement(sides, clause)
        return True
    return kind is None or joined.start() <= where < joined.end()
