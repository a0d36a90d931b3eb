"""An act told in an aside about the parties, beside the act the clause's own verb tells (extraction rule, ours).

"Chile and Peru, which signed a free trade agreement in 2006, agreed on Monday to negotiate a digital economy agreement":
the relative clause set off by commas after the two names tells one act (the trade agreement, signed in 2006), the main
verb another (the digital agreement, planned now). The guide lists each act a passage reports, with its own status and
date; read as one clause, the first noun gave the act its kind and the aside its year, and the act the news is about was
lost. So the aside's act is recorded on its own (the status and year the aside tells; in force when it tells none, as
an act the parties already have), and the clause is read on without it.

Only when both parts name an instrument, the main part's a new one ("a memorandum", not "the agreement": that points
back to the aside's act, "..., which signed an agreement in 2006, agreed to extend the agreement"); when the main verb
names none, the aside's act is the clause's act (status_aside). The same holds of an opening that tells what the
parties did before ("After concluding a cyber treaty in 2019, ...") and of a closing phrase naming, with a clause of its
own, the older act the new one rests on ("..., building on the trade agreement that took effect in 2022": that clause's
status is the older act's, which stands, not the memorandum's).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from techpact.extract import cues
from techpact.extract.facts import PartialDate
from techpact.extract.gazetteer import gazetteer
from techpact.extract.parties import Clause, clause_base
from techpact.extract.status import find_status
from techpact.extract.parties_asides import history_opening, parties_aside, rested_on
from techpact.ontology.vocabulary import STATUS_RANK

if TYPE_CHECKING:
    from techpact.extract.agreements import AgreementReader


@lru_cache(maxsize=256)  # a sentence is asked again for each of its dates (dates._belongs_elsewhere)
def aside_act(text: str) -> tuple[int, int, str] | None:
    """Where an aside about the parties, an opening about what they did before, or a closing phrase naming the older
    act the clause's act rests on tells an act while the rest introduces another: the span of the aside (its commas
    included) and its form ("aside", "opening", "rested on"); None when there is none."""
    aside, form = parties_aside(text), "aside"
    if aside is None:
        aside, form = history_opening(text), "opening"
    if aside is None and (closing := rested_on(text)) is not None:  # "..., building on the pact that took effect in 2022"
        other, where = cues.find_kind(text[:closing.start()])
        return (*closing.span(), "rested on") if other is not None and cues.introduces_instrument(text, where) else None
    if aside is None or cues.find_kind(aside.group())[0] is None:
        return None
    return (*aside.span(), form) if _introduces(text[aside.end():]) else None


@lru_cache(maxsize=256)
def history_apart(text: str) -> tuple[int, int] | None:
    """The span of an aside about the parties or an opening about what they did before, whatever it tells ("Chile
    and Peru, which established ties in 1952, signed ..."), when the rest introduces an instrument: its dates are its
    own, not the rest's act's (dates._belongs_elsewhere)."""
    aside = parties_aside(text) or history_opening(text)
    return aside.span() if aside is not None and _introduces(text[aside.end():]) else None


def _introduces(rest: str) -> bool:
    """Whether the rest of the clause introduces an instrument of its own ("signed a memorandum", not "the memorandum")."""
    other, where = cues.find_kind(rest)
    return other is not None and cues.introduces_instrument(rest, where)


def set_aside(reader: AgreementReader, clause: Clause) -> Clause:
    """The clause to read: when an aside about the parties opening it tells an act and the rest introduces another
    (aside_act), the aside's act is recorded (reader._prior_act) with the aside's year and status (when it tells none:
    in force, an act they have; after an opening, signed: "After concluding a treaty"), its parties those named up to
    the aside's end (for an opening, those the rest names before its instrument); the clause comes back with the
    aside blanked (its offsets kept). Else the clause itself."""
    found = aside_act(clause.text)
    if found is None:
        return clause
    start, end, form = found
    before = form != "opening"
    base = clause_base(clause)
    told, rest = clause.text[start:end].strip(", "), clause.text[end:]
    upto = end if before else end + cues.find_kind(rest)[1]
    parties = list(dict.fromkeys(m.code for m in clause.actors if (before or m.start - base >= end)
                                 and m.start - base < upto and m.how != "dateline"))
    if len(parties) < 2:
        return clause
    year, recorded = cues.YEAR.search(told), len(reader.agreements)
    reader._prior_act(cues.find_kind(told)[0], parties, clause, PartialDate(int(year.group())) if year else None,
                      apart=True, status=_told_status(told, form))
    if len(reader.agreements) > recorded:  # the clause's own act is another (act_separation.retold passes it over)
        reader.apart = reader.agreements[-1]
    named = {code for code, _, _ in gazetteer().find_sectors(clause.text[:start] + rest)}
    return Clause(span=clause.span, text=clause.text[:start] + " " * (end - start) + rest,
                  actors=[m for m in clause.actors if not start <= m.start - base < end],
                  sectors=[code for code in clause.sectors if code in named], continued=clause.continued)


def _told_status(told: str, form: str) -> str:
    """The status of the act an aside tells: the one it tells; when it tells none, in force (an act the parties have),
    after an opening signed ("After concluding a treaty"); an act the new one rests on stands unless told ended."""
    if form == "rested on":  # its own clause tells it: "reviving an arrangement that expired" (not "reviving")
        status = find_status(re.split(r"\b(?:that|which)\b", told, maxsplit=1)[-1])
        return status if status and STATUS_RANK[status] >= STATUS_RANK["ended"] else "in-force"
    status = find_status(told)
    return status or ("signed" if form == "opening" else "in-force")
