"""The date of an act told with none of its own, from the occasion it was told at: "At the meeting, the member
states adopted ...", "... signed at the end of the SCO summit", "The two sides also signed ...", when another
sentence of the passage dates that occasion ("The summit was held on 4 July") or the act told before it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from techpact.extract.dates import first_date
from techpact.extract.facts import Agreement, PartialDate, Span
from techpact.extract.gates import Opened

_OCCASION_NOUNS = r"(?:summit|meeting|visit|talks|forum|conference|ceremony|session)"
_OCCASION = Opened(re.compile(rf"\b{_OCCASION_NOUNS}s?\b", re.I))  # "during May 23 meetings with President Biden" too
# The act told at an occasion the passage names: "at the summit", "during the visit", "at the end of the SCO summit".
_AT_OCCASION = Opened(re.compile(r"\b(?:at|during|on the sidelines of|after|following)\s+(?:the\s+(?:end|close|conclusion|sidelines)\s+of\s+)?"
                                 rf"(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){{0,3}}?{_OCCASION_NOUNS}\b", re.I))
# One more act of the same occasion: "The two sides also signed a memorandum on ...".
_ALSO = re.compile(r"\balso\b|\bas well\b", re.I)
# A decision the act carries out, taken at the occasion named after it: "fulfilling a commitment made at the summit",
# "as agreed at the meeting", "in line with the decisions of the summit".
_EARLIER_WORD_BEFORE = re.compile(r"\b(?:commitments?|pledges?|decisions?|consensus|understandings?|as agreed|in line with"
                                  r"|fulfil\w*|pursuant to)\b[^.;]*$", re.I)
# A plan told as agreed or decided, on the day the story tells: "also agreed to set up", "also decided to".
_AGREED = re.compile(r"\b(?:agreed|decided|resolved|pledged|committed)\b", re.I)
# An occasion still ahead dates nothing done at the one told: "the next meeting will be held in May".
_AHEAD = Opened(re.compile(r"\b(?:will|shall|next|upcoming|due to|set to|expected to|scheduled)\b", re.I))


# The occasion told as held in a clause of its own ("The meeting was held yesterday"), not in passing ("areas identified
# at the summit held in June").
_HELD = re.compile(r"\b(?:was|were|is|are|has been|had been)\s+(?:\w+\s+)?(?:held|convened|hosted|staged|organi[sz]ed)\b"
                   r"|\b(?:took place|opened|closed|met|gathered|convened)\b", re.I)


# An occasion before the one the story tells: "the memorandum signed during Yoon's previous visit in November".
_EARLIER_OCCASION = re.compile(r"\b(?:previous|prior|earlier|last|past|first)\s+(?:[\w'’-]+\s+){0,2}?$", re.I)


def dated_occasions(sentences: Iterable[Span], issued: dt.date | None) -> list[tuple[int, PartialDate, bool]]:
    """Each sentence that names and dates an occasion not ahead, in order: its index, the date, and whether the
    occasion is told as held there. One pass over a passage, which callers keep for all its acts."""
    return [(index, found, bool(_HELD.search(span.text))) for index, span in enumerate(sentences)
            if _names_occasion(span.text) and not _AHEAD.search(span.text)
            for found in [first_date(span.text, issued)] if found is not None]


def occasion_among(dated: list[tuple[int, PartialDate, bool]], upto: int | None = None) -> PartialDate | None:
    """The date of the occasion (summit, meeting, visit) the passage dates and tells as held, among the dated occasions
    (dated_occasions) of its first upto sentences (all when None): the first one told as held in a clause of its own,
    else the first one dated. An occasion told as an earlier one ("his previous visit") is not it."""
    inside = [entry for entry in dated if upto is None or entry[0] < upto]
    return next((found for _, found, held in inside if held), inside[0][1] if inside else None)


def _names_occasion(text: str) -> bool:
    """Whether text names an occasion other than an earlier one."""
    return any(not _EARLIER_OCCASION.search(text, max(0, m.start() - 40), m.start()) for m in _OCCASION.finditer(text))


def told_at_occasion(agreement: Agreement, earlier: list[Agreement], occasion,
                     retelling: list[Agreement] | None = None) -> PartialDate | None:
    """The date an act with none of its own takes from its occasion: the last act of its parties and status told before
    it when it is told as one more ("also signed"), else the dated occasion its sentence names ("At the meeting, ..."). Acts told as
    existing take none. `occasion` is called only when needed (it reads the passage). retelling: the acts of earlier
    whose evidence holds the act's first sentence, in order, if the caller has them indexed (long documents)."""
    if agreement.status == "in-force" or not agreement.evidence:
        return None
    text = agreement.evidence[0].text
    for act in reversed(earlier if retelling is None else retelling):
        # "The sides also signed a memorandum and agreed to set up a venture": told in one breath; "(A and B on Sunday
        # signed a series of agreements.) During the meeting, both concluded agreements encompassing a council, ...": the
        # acts listed in a sentence that retells a dated act are of its day
        if (act.date is not None and act.status != "in-force" and agreement.evidence[0] in act.evidence
                and len(set(act.parties) & set(agreement.parties)) >= min(2, len(agreement.parties))):
            return act.date
    also = _ALSO.search(text)
    if also:
        for act in reversed(earlier):
            shared = set(act.parties) & set(agreement.parties)
            if act.date is not None and act.status == agreement.status and len(shared) >= min(2, len(agreement.parties)):
                return act.date
    if also and agreement.status == "planned" and _AGREED.search(text):
        for act in reversed(earlier):  # "The two countries also agreed to launch a working group": agreed on the day
            if (act.date is not None and act.status == "signed"
                    and len(set(act.parties) & set(agreement.parties)) >= min(2, len(agreement.parties))):
                return act.date
    if also and agreement.status == "signed" and not any(act.date is not None for act in earlier):
        return occasion()  # "The ministers also adopted a declaration", the first act dated: one more of the occasion held
    at = _AT_OCCASION.search(text)
    if at and _EARLIER_WORD_BEFORE.search(text, max(0, at.start() - 80), at.start()):
        return None  # "fulfilling a commitment made at the summit": the occasion of the commitment, not of this act
    if at:  # the occasion dated where it is named, else the date the story leads with
        return occasion() or next((act.date for act in earlier if act.date is not None and act.status != "in-force"), None)
    return None
