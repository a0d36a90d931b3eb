"""Distributive counterparts: one party's acts "with" several others are bilateral acts, one per counterpart
(extraction rules, ours, after the guide's reading of parties).

When ONE party (the subject, or the possessor of what is held) makes or holds acts with a list of counterparts, each
counterpart has an act of its own with that party, if the clause tells so by any of: the instruments are plural or
called similar, separate, respective or each ("similar deals on minerals, including nickel, with Peru and Chile",
"strategic partnerships with A and B"); each counterpart carries a detail of its own ("with China in 2008, Russia in
2012"); the counterparts come as examples of several ("with other countries in the region, such as A and B", "with a
number of countries, including A, B and C"); or one instrument, told as "a"/"an" one, is made with three or more
states named only as a list right after "with" ("signed a memorandum with A, B, C and D on ...").

Guards, each a principle: a joint instrument stays one act (a joint statement or declaration, a trilateral or
multilateral one, one "among" them or made "together"); an instrument named as "the ..." (a named treaty several join)
is one act; a singular instrument with two counterparts stays one act; only one party before "with" (a coordinated
subject, "A, B and C signed a memorandum", is one act, and "A and B ... with C" is read elsewhere); a bloc among the
counterparts, or the one party being a bloc with a bare list, keeps the guide's member-list reading.

This module extends parties.one_with_each (the plural "instruments with A, B and C"), read through
clause_reading.pairs_of; it answers only where that reading found no pairs. Each pair's act is recorded by
record_pair, at the year told with its own counterpart when each has one ("with A in 2022 and with B in 2023").
The same holds when the counterparts come as a list after the act they each made with the one side ("Nations that have
signed nuclear deals with India include A, B and C": included_after), each act then held now, in force.
"""

from __future__ import annotations

import re
from typing import Any

from techpact.extract import cues
from techpact.extract.parties import Clause, Span, clause_base, named_after_with
from techpact.ontology.reference import is_bloc

# Several instruments, or one of each kind said to be several: plural kind nouns and distributive words.
_PLURAL = (r"agreements|deals|memorand(?:a|ums)|MoUs|MOUs|pacts|accords|treaties|contracts|protocols|partnerships"
           r"|alliances|arrangements|frameworks|roadmaps|road maps|understandings")
_SEVERAL = re.compile(rf"\b(?:{_PLURAL})\b|\b(?:similar|separate|respective|individual|parallel|each)\b", re.IGNORECASE)

# One act of them all: a joint, trilateral or multilateral instrument, one "among" them, made "together".
_JOINT = re.compile(r"\b(?:joint(?:ly)?|trilateral|quadrilateral|multilateral|plurilateral|regional|collective(?:ly)?"
                    r"|among|amongst|together|all)\b", re.IGNORECASE)

# A list told as a group's members: "with fellow members A, B and C", "with A, B and C, the members of the bloc".
_MEMBERS = re.compile(r"\bmembers?\b|\bmember states\b", re.IGNORECASE)

# Counterparts given as examples of several: "..., such as A and B", "a number of countries, including A, B and C".
_EXAMPLES = re.compile(r"(?:,\s*|\s+)(?:such as|including|like|notably|namely|among them|for example|for instance)\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)

# Between two counterparts of a list: a comma or "and", after a detail of the one before ("China in 2008, Russia").
_DETAIL = r"(?:\s+(?:in|on|at|since|from)\s+[^,;()]{1,30}?|\s*\([^()]{1,30}\))"
_DETAIL_TOLD = re.compile(_DETAIL + r"(?=\s+and\b|\s*[,;.]|\s*$)", re.IGNORECASE)  # the whole detail, to the list's next step
_GAP = re.compile(rf"(?P<detail>{_DETAIL})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                  r"(?P<another>(?:also\s+)?(?:(?:another|one more|a second|a third|a further|a similar|one)(?:\s+[\w-]+){0,3}?\s+)?"
                  r"with\s+)?"
                  r"(?:the\s+)?", re.IGNORECASE)

# Or the several instruments told after the list, as what the talks with each are for: "in discussions with A, B and C to
# secure mining collaborations and access agreements", "in talks with A, B and C on minerals pacts".
_SEVERAL_AFTER = re.compile(rf"\s+(?:to\s+(?:secure|sign|conclude|negotiate|seal|strike|reach|ink)|on|for|over|about|regarding)\b"
                            rf"[^.;]{{0,60}}?\b(?:{_PLURAL})\b", re.IGNORECASE)

# One instrument told as "a"/"an" one or as the maker's own right before "with" ("signed a Memorandum of
# Understanding (MoU) with", "Kenya's memorandum with"), not as a named one ("the Digital Economy Partnership Agreement").
_ONE_INSTRUMENT = re.compile(r"(?:\b(?:an?|one|its|their)|[’']s)\s+(?:[\w-]+\s+){0,5}?(?:agreement|deal|memorandum|MoU|MOU|pact|accord|treaty"
                             r"|contract|protocol|partnership|arrangement|framework)\b(?:\s+of\s+[\w\s]{1,25}?)?"
                             r"(?:\s*\([^()]{1,12}\))?\s+$", re.IGNORECASE)


def one_with_many(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """Bilateral pairs [[maker, counterpart], ...] when one party makes or holds acts with each of a list of
    counterparts (see the module's docstring), else None."""
    text = clause.text
    base = clause_base(clause)
    mentions = [m for m in clause.actors if m.code in parties]
    bloc_named = any(is_bloc(m.code) for m in clause.actors) or bool(_MEMBERS.search(text))
    for found in cues.WITH.finditer(text):
        pairs = _distributed(text, base, mentions, found, bloc_named)
        if pairs is not None:
            return pairs
    return None


def _distributed(text: str, base: int, mentions: list, found: re.Match, bloc_named: bool) -> list[list[str]] | None:
    """The pairs one "with" tells: its one maker before it and the list of counterparts after it (for one
    instrument, none when the clause names a bloc: its members listed make one act)."""
    before = [m for m in mentions if m.end - base <= found.start()]
    after = [m for m in mentions if m.start - base >= found.end()]
    makers = list(dict.fromkeys(m.code for m in before))
    if len(makers) != 1 or not after:
        return None
    listed, details, examples = _listed(text, base, after, found.end())
    others = list(dict.fromkeys(m.code for m in listed if m.code != makers[0]))
    if len(others) < 2 or any(is_bloc(code) for code in others) or _JOINT.search(text, 0, found.start()):
        return None
    lead = text[:found.start()]
    several = bool(_SEVERAL.search(lead)) or bool(_SEVERAL_AFTER.match(text, listed[-1].end - base))
    one = bool(_ONE_INSTRUMENT.search(lead))
    single = one and len(others) >= 3 and not bloc_named and not _JOINT.search(text, found.end())
    if not (several or details or examples or single):
        return None
    return [[makers[0], other] for other in others]


def _listed(text: str, base: int, after: list, start: int) -> tuple[list, bool, bool]:
    """The counterparts named as one list from start on, whether each carries a detail or an instrument of its own
    ("with China in 2008, Russia in 2012", "a memorandum with A, and another with B"), and whether they come as
    examples of several ("..., such as A and B")."""
    after = [m for i, m in enumerate(after) if not (i and m.code == after[i - 1].code  # "the Congo (DRC)": one name
                                                   and re.fullmatch(r"\s*\(", text[after[i - 1].end - base:m.start - base]))]
    first = after[0]
    gap = text[start:first.start - base]
    examples = bool(_EXAMPLES.search(gap)) and not re.search(r"[;.]", gap)
    if not examples and not re.fullmatch(r"\s+(?:the\s+)?", gap):
        return [], False, False
    listed, details, apart = [first], 0, False
    for previous, mention in zip(after, after[1:]):
        between = _GAP.fullmatch(text, previous.end - base, mention.start - base)
        if not between:
            break
        details += bool(between.group("detail"))
        apart = apart or bool(between.group("another"))
        listed.append(mention)
    tail = re.match(_DETAIL, text[listed[-1].end - base:])
    each_told = apart or (len(listed) >= 2 and details == len(listed) - 1 and bool(tail))
    return listed, each_told, examples


# One side ranked among those that made the act with the same counterpart: "Japan has become the second Quad partner
# after the US to sign an agreement with India" (Japan's with India, and the US's before it).
_RANKED_AFTER = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|latest|last|newest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}?"
                           r"after\s+(?P<others>[^.;]{1,60}?)\s+to\s+(?:sign|ink|conclude|seal|strike|join)\b[^.;]{0,80}?\bwith\s+",
                           re.IGNORECASE)


def ranked_after(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """The acts of a side ranked after others in making an act with one counterpart: one pair each, the side's and each
    other's, with the one counterpart named after "with"."""
    found = _RANKED_AFTER.search(clause.text) if " after " in clause.text else None
    if found is None:
        return None
    base = clause_base(clause)
    ranked = [m.code for m in clause.actors if m.start - base < found.start() and m.code in parties]
    others = [m.code for m in clause.actors if found.start("others") <= m.start - base < found.end("others") and m.code in parties]
    counterparts = list(dict.fromkeys(m.code for m in clause.actors if m.start - base >= found.end() and m.code in parties))
    if len(ranked) != 1 or not others or len(counterparts) != 1:
        return None
    return [[side, counterparts[0]] for side in dict.fromkeys(ranked + others) if side != counterparts[0]]


# The counterparts listed after the act they each made with one side: "Other nations who have signed civil nuclear deals
# with India include the US, Russia and France", "Among the countries that have concluded such accords with Japan are A and B".
_INCLUDED_AFTER = re.compile(
    r"\b(?:countries|nations|states|governments|partners)\s+(?:who|that|which)\s+(?:have\s+|had\s+)?(?:already\s+)?"
    r"(?:signed|concluded|inked|struck|sealed)\b[^.;]{0,80}?\bwith\s+(?P<one>[^.;]{1,40}?)\s+(?:include[sd]?|are|were)\s+",
    re.IGNORECASE)


def included_after(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """The acts of each state listed as having made an act with one side (see _INCLUDED_AFTER): one pair each, with
    the one side named after "with"; None when that side is not one state or the list names a bloc."""
    found = _INCLUDED_AFTER.search(clause.text) if " with " in clause.text else None
    if found is None:
        return None
    base = clause_base(clause)
    one = {m.code for m in clause.actors if found.start("one") <= m.start - base < found.end("one") and m.code in parties}
    listed = list(dict.fromkeys(m.code for m in clause.actors if m.start - base >= found.end() and m.code in parties))
    if len(one) != 1 or len(listed) < 2 or any(is_bloc(code) for code in one | set(listed)):
        return None
    side = one.pop()
    return [[side, code] for code in listed if code != side]


def ranked_or_included(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """ranked_after's pairs, else included_after's."""
    return ranked_after(clause, parties) or included_after(clause, parties)


def record_pair(reader: Any, pair: list[str], kind: str | None, status: str | None, clause: Clause) -> Any:
    """Records the act of one pair the clause distributes, dated by the year told right after its counterpart when
    each counterpart has a year of its own ("with Australia in January 2022 and with Britain in January 2023"). The
    acts of states listed as those that have made one with a side ("Nations that have signed deals with India include
    A and B") are held by them now: in force. Returns the act."""
    if status == "signed" and " with " in clause.text and _INCLUDED_AFTER.search(clause.text):
        status = "in-force"
    reader._record(pair, kind, status, clause, back=False)
    years = own_years(clause, pair[-1])
    if years and reader.focus is not None:
        reader.when[id(reader.focus)] = years
    return reader.focus


def own_years(clause: Clause, counterpart: str) -> set[str]:
    """The year in the detail right after the counterpart's name, when the counterparts named with details of their
    own are told in different years; else none."""
    base = clause_base(clause)
    told: dict[str, set[str]] = {}
    for mention in clause.actors:
        detail = _DETAIL_TOLD.match(clause.text, mention.end - base)
        if detail and (years := set(cues.YEAR.findall(detail.group()))):
            told.setdefault(mention.code, set()).update(years)
    mine = told.get(counterpart, set())
    others = set().union(*(years for code, years in told.items() if code != counterpart))
    return mine if len(mine) == 1 and others - mine else set()


def one_party(pairs: list[list[str]], clause: Clause, acts: list, told: int) -> tuple | None:
    """The one party every distributed pair shares (the subject of "has deals with B and C"), with the clause's sentence,
    the acts recorded and the number of the clause that told them."""
    shared = set.intersection(*(set(pair) for pair in pairs))
    return (clause.span, shared.pop(), acts, told) if len(pairs) > 1 and len(shared) == 1 else None


# A clause that opens on the instrument(s) just distributed: "The agreement is expected to enter into force next month",
# "The memoranda cover ...", "It was signed in May".
_OPENS_ON_THEM = re.compile(r"^\W*(?:(?:the|these|this|such|both|all)\s+(?:[\w-]+\s+){0,3}?(?:memorand(?:um|a|ums)|MoUs?|MOUs?"
                            r"|agreements?|deals?|treat(?:y|ies)|accords?|pacts?|documents?|arrangements?|contracts?)\b"
                            r"|(?:it|they)\s+(?:is|are|was|were|will|would|has|have|had|should|must|entered|enters|came|comes|took|takes)\b)",
                            re.IGNORECASE)


def read_for_each(reader: Any, clause: Clause, read_one: Any) -> None:
    """Reads the clause (read_one); one that names no actor and opens on the instrument a sentence just made with each
    of several counterparts ("Japan ratified an agreement with Russia, Vietnam, Jordan and South Korea. The agreement is
    expected to enter into force next month") tells of each of those acts: what it makes of the first, it makes of all.
    One that names a single counterpart of those acts ("The agreement with Russia was signed in 2009") tells of its act."""
    told = reader.distributed
    if not (told and reader.focus is None and reader._clauses - told[3] <= 1 and _OPENS_ON_THEM.match(clause.text)):
        return read_one(clause)
    named = {m.code for m in clause.actors if m.how != "dateline"}
    if named:  # "The agreement with Russia was signed in Tokyo in May 2009": the act of that counterpart
        own = [act for act in told[2] if named - {told[1]} == set(act.parties) - {told[1]}]
        reader.focus = own[0] if len(own) == 1 else None
        return read_one(clause)
    first, *others = told[2]
    kind, status, count = first.kind, first.status, len(first.evidence)
    reader.focus = first
    read_one(clause)
    if reader.focus is not first or len(first.evidence) == count:
        return None  # the clause made another act, or told nothing of this one
    for act in others:
        act.kind, act.status = (first.kind if first.kind != kind else act.kind), (first.status if first.status != status else act.status)
        act.add_sectors(clause.sectors)
        act.add_evidence(clause.span)
    reader.focus, reader.distributed = None, (*told[:3], reader._clauses)
    return None


def subject_goes_on(reader: Any, clause: Clause, parties: list[str]) -> list[str]:
    """A second act of the subject whose acts the clause before distributed, with the one state named after "with"
    in a clause that goes on from it ("has trade deals with Britain and Chile, | and has a deal on data with Japan"):
    the subject's with that state; else the parties as read."""
    told = reader.distributed
    if (clause.continued and len(parties) == 1 and reader.focus is None and told and told[0] == clause.span
            and parties[0] != told[1] and named_after_with(clause, parties[0])):
        return [told[1], *parties]
    return subject_before(reader, clause, parties)


def subject_before(reader: Any, clause: Clause, parties: list[str]) -> list[str]:
    """The one state the clause before, in the same sentence, named as the subject of a verb whose second act this
    clause tells with counterparts named after "with" ("Iran launched a satellite | and signed an agreement with
    France"): that subject's act with them; else the parties as read."""
    before = reader._told_before[2]
    if not (clause.continued and parties and reader.focus is None and before is not None and before.span is clause.span
            and all(named_after_with(clause, code) for code in parties)):
        return parties
    named = {m.code for m in before.actors if m.how != "dateline"}
    if len(named) != 1 or (subject := next(iter(named))) in parties or is_bloc(subject):
        return parties
    opening = before.actors[0].start - clause_base(before)
    return [subject, *parties] if _SUBJECT_OPENING.match(before.text[:opening]) else parties


# What may stand before a sentence's subject: nothing, "The", "On Monday,", "Separately, the government of".
_SUBJECT_OPENING = re.compile(r"^\W*(?:(?:on|in|last|this|earlier|separately|meanwhile|also|moreover)\b[^,]{0,30},\s*)?"
                              r"(?:the\s+)?(?:(?:government|president|prime minister|ministry|authorities)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
