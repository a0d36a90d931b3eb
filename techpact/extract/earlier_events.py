"""A clause that tells what happened some time before the news, after "(The visit) comes two years after": "... after
A and B signed a pact on X and discussed cooperation in Y", "..., a week after it concluded a pact with C". Its
instrument is an older act of its own, with the status the clause tells (a pact signed or concluded is signed), and
its talk adds nothing to the act in focus (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.parties import Clause, party_candidates
from techpact.extract.status import find_status

# The end of the clause before, in the same sentence: a span of time, then "after" ("comes roughly a year after").
_SPAN_AFTER = re.compile(r"\b\w+,?\s+(?:(?:roughly|about|nearly|almost|just|some|more than|less than|over)\s+)?"
                         r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+"
                         r"(?:years?|months?|decades?|weeks?|days?)\s+after\s*$", re.IGNORECASE)


# The sides of the act in focus, uncounted, as the subject right after "after": "... after the countries signed a pact".
_THE_SIDES = re.compile(r"\s*the\s+(?:countries|nations|sides|parties|governments|allies|partners|neighbou?rs)\s", re.IGNORECASE)

# The subject of the clause before, as a pronoun: "it" (its first party, "Chile signed ... a week after it concluded
# a pact with Brazil"), "they" (its parties).
_PRONOUN = re.compile(r"\s*(?:(?P<one>it)|they)\s", re.IGNORECASE)


def told_earlier(reader, clause: Clause) -> bool:
    """Whether the clause tells an earlier event right after "<span of time> after" in its sentence, and the reader has
    taken it in: an instrument it names is recorded as an older act of the parties (not a deal with companies); talk
    is left out. Other clauses are
    read as usual (False)."""
    told = reader._told_before[1]
    if not reader.focus or not told.rstrip().endswith("after") or not _SPAN_AFTER.search(told[-80:]) or (
            told + clause.text not in clause.span.text):
        return False
    kind, _ = cues.find_kind(clause.text)
    if not kind and not cues.COOPERATION.search(clause.text):
        return False
    parties = party_candidates(clause)
    if len(parties) < 2 and (cues.GROUP_PHRASE.search(clause.text) or _THE_SIDES.match(clause.text)):
        parties = list(reader.focus.parties)  # "... after the two countries signed a pact", "... after the countries signed"
    elif len(parties) < 2 and (pronoun := _PRONOUN.match(clause.text)):  # "..., a week after it concluded a pact with B"
        parties = list(dict.fromkeys(reader.focus.parties[:1] + parties if pronoun.group("one") else reader.focus.parties))
    if kind and len(parties) >= 2 and not (cues.COMPANY_COUNTERPART.search(clause.text) or cues.COMPANY_SUBJECT.search(clause.text)
                                           or cues.HOSTILE.search(clause.text)):  # not "after A demanded the withdrawal of B's troops"
        reader._prior_act(kind, parties, clause, apart=True, status=find_status(clause.text) or "in-force")
    return True
