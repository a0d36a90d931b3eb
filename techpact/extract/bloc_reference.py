"""A bloc told again by a common noun: after "The SCO summit opened in Astana", "The member states adopted a roadmap",
"The grouping launched an initiative" and "In a joint statement, the bloc's leaders pledged ..." are the bloc's acts
(the guide: when only the bloc is named, the bloc is the party). The noun stands for the one bloc the passage has
named; with two blocs named, only for the bloc whose meeting the clause before named (extraction rules, ours)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from techpact.extract import cues
from techpact.extract.gates import Hinted, Opened
from techpact.extract.parties import Clause
from techpact.ontology.reference import is_bloc

if TYPE_CHECKING:
    from techpact.extract.agreements import AgreementReader

_I = re.IGNORECASE
# An opening phrase may come first ("In a joint statement, ", "On Tuesday, ", "At the end of the summit, ").
_OPENING = r"^(?:(?:in|under|through|at|on|after|during|with)\s+[^,;]{1,60},\s+)?"

# The bloc's own nouns: "the member states", "its members", "the bloc", "the grouping's leaders", "member countries".
BLOC_NOUN = Hinted(re.compile(
    _OPENING + r"(?:the\s+|its\s+|all\s+(?:the\s+)?)?(?:(?:bloc|grouping|organi[sz]ation)['’]s\s+)?"
    r"(?:(?:\w+\s+)?member[\s-]+(?:states|countries|nations|governments)|(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{1,2}|full|current)\s+){0,2}members|bloc|grouping|organi[sz]ation"
    r"|(?<=['’]s )(?:leaders|ministers|heads of state))\b"
    r"(?!\s+(?:of|with|from|and|or|that|which|who)\b)", _I),
    "member", "bloc", "grouping", "organis", "organiz")

# The people at the bloc's meeting just named: "The leaders", "The ministers", "The participants".
MEETING_NOUN = Hinted(re.compile(
    _OPENING + r"the\s+(?:\w+\s+)?(?:leaders|ministers|participants|heads\s+of\s+(?:state|government)|delegations)\b"
    r"(?!\s+(?:of|with|from|and|or)\b)", _I),
    "leaders", "ministers", "participants", "heads", "delegations")

# A bloc's purpose told in the present is what it is for, not a decision.
AIMS = re.compile(r"(?:aims?|intends?)\s+to$", _I)

# A clause that tells a meeting: "Ministers of the CSTO met on Monday", "The G7 held a summit".
MEETING = re.compile(r"\b(?:met|meet|meets|meeting|summit|session|gathered|convened|conference|ministerial)\b", _I)
MEETING = Opened(MEETING)  # the same matches, tried only where one may start


def referred_bloc(reader: AgreementReader, clause: Clause, summit: tuple[str, int] | None) -> tuple[str, int] | None:
    """The bloc a clause naming no actor tells of: "..., where leaders adopted" after its meeting, or a common noun of
    the bloc ("The member states adopted"); the people of a meeting ("The leaders adopted") right after a clause that
    told the bloc's meeting. A clause naming actors notes the one bloc it names with a meeting word."""
    if clause.actors:
        blocs = {mention.code for mention in clause.actors if is_bloc(mention.code)}
        reader.bloc_met = (blocs.pop(), reader._clauses) if len(blocs) == 1 and MEETING.search(clause.text) else None
        return None
    text = clause.text
    if summit and cues.WHERE_DONE.match(text):
        return summit
    subject = BLOC_NOUN.match(text)
    if subject is None and (meeting := MEETING_NOUN.match(text)) is None:
        return None  # most clauses: no noun of a bloc or of its meeting opens them
    blocs = [code for code in reader.seen if is_bloc(code)]
    bloc = summit[0] if summit else (blocs[0] if len(blocs) == 1 else None)
    focus = reader.focus.parties if reader.focus else None
    if bloc is None or (focus and focus != [bloc]):
        return None
    met = summit or (reader.bloc_met if reader.bloc_met and reader.bloc_met[1] == reader._clauses - 1 else None)
    subject = subject or (meeting if met and met[0] == bloc else None)
    # what the bloc does: a decision or an instrument ("The alliance has 32 members" is none), not what it is for
    # ("The organisation aims to promote peace")
    decision = cues.DECISION.search(text, subject.end()) if subject else None
    if subject and ((decision and not AIMS.match(decision.group())) or cues.find_kind(text)[0]):
        return bloc, reader._clauses
    return None
