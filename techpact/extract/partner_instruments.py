"""An instrument told again by its counterpart alone is the act already told with that counterpart (extraction rules,
ours): after "The cabinet approved four memoranda with Saudi Arabia, the United States, Italy and Tanzania", the
clauses "The MoU with Tanzania, signed in October, deals with ..." and "The Italy MoU was also signed in March" name
one state each, the other side left as the lead told it. Each is the one act of that counterpart and kind told so far
(never when two acts of the kind have that counterpart). A clause naming both sides ("The MoU with the US ... at the
India-US dialogue") tells the act of just them, when it is not the act in focus."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.parties import Clause, clause_base

_I = re.IGNORECASE
# The definite instrument and "with" right before the counterpart: "the MoU with", "The agreement signed with the".
_WITH_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?P<noun>MoUs?|memorand(?:um|a)|agreements?|accords?|deals?|pacts?|treaty"
                          r"|protocols?)\s+(?:(?:signed|concluded|reached)\s+)?with\s+(?:the\s+)?$", _I)
# ... or the counterpart as the instrument's modifier: "The Italy MoU", "the Tanzanian memorandum".
_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?P<noun>MoUs?|memorand(?:um|a)|agreements?|accords?|deals?|pacts?|treaty|protocols?)\b", _I)
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)


def partner_act(reader, clause: Clause, parties: list[str]) -> list[str]:
    """The parties of the act told so far that the clause names again by its instrument and counterpart (that act
    then in focus), or the parties as they were: a lone counterpart stands for the act with it, two or more named
    for the act with just them, when it is not the act in focus ("The MoU with the US ... at the India-US dialogue")."""
    if not parties:
        return parties
    named = [m for m in clause.actors if m.how != "dateline"]
    base = clause_base(clause)
    told = next((found for m in named if (found := _instrument_of(clause.text, m.start - base, m.end - base))), None)
    if told is None:
        return parties
    codes = {m.code for m in named}
    if len(parties) == 1:  # (the other side may be named in passing: "at the Kenya-Peru forum")
        acts = [act for act in reader.agreements if len(act.parties) == 2 and parties[0] in act.parties and codes <= set(act.parties)]
    elif reader.focus is not None and set(reader.focus.parties) != set(parties) and codes <= set(parties):
        acts = [act for act in reader.agreements if set(act.parties) == set(parties)]
    else:
        return parties
    kind = cues.find_kind(told.group("noun"))[0]
    acts = [act for act in acts if act.kind == kind or not kind]
    if len(acts) != 1:
        return parties
    reader.focus = acts[0]  # what the clause tells of "the MoU" is of that act, not of the one told last
    return list(acts[0].parties)


def _instrument_of(text: str, start: int, end: int) -> re.Match | None:
    """The definite instrument the actor named at text[start:end] is the counterpart of: "the MoU with <Tanzania>",
    "the <Italy> MoU"."""
    if start < 0 or end > len(text):
        return None
    before = text[max(0, start - 9):start].lower()  # (the words right before, tested in C first)
    if before.endswith(("with ", "with the ")):
        return _WITH_BEFORE.search(text, max(0, start - 60), start)
    return _NOUN_AFTER.match(text, end) if before.endswith("the ") and _THE_BEFORE.search(before) else None
