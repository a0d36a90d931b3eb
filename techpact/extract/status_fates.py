"""Two acts of the same parties with different fates: when a clause tells another act rather than a new step of the
act in focus.

The guide lists each act a passage reports, and news often tells two acts of the same parties side by side: one made
now and one still to be made ("signed a cyber accord ... finalised a document on culture, which will be signed
later"), one still to be made and one struck long before ("a civil nuclear accord struck a decade ago"), one decided
and others made with it ("also signed seven more agreements"). Read as one act, the higher status of the two wins and
both come out wrong. A clause tells ANOTHER act when both hold:
- its fate is another: ahead (planned, offered), made now (signed), made before and standing (in force, or concluded
  at a time long past: "a decade ago", "last year", "had signed"), ended (ended, refused);
- its instrument is another: it has a mark of its own that the act was never told with: one more ("seven more
  agreements", "another deal", "a separate accord"), a topic or name of its own ("a document on cultural exchanges",
  "the civil nuclear accord"), a year of its own, or, named anew, a specific kind the act is not (a treaty beside a
  memorandum).
Guards, each a principle: a clause that points back to the act ("the agreement", "the deal", "it") retells it (the
caller reads back references); an instrument with nothing of its own ("signed a deal on Tuesday" after "agreed to
sign an agreement", a quote's "this memorandum") may be the act told at its next step; a topic the act was told with,
in any word form or by one of its sectors ("the railway memorandum", "the chip pact" after "a memorandum on railways",
"... on semiconductors"), is the act reaching that step; a topic cannot tell apart an act told with none ("to sign a
pact", then "signed a memorandum on railways": its topic told at last); a possessive names whose instrument it is, not
its topic ("the other side's memorandum"); acts of other parties are never compared (the caller holds the acts of the
same parties only). Hooked where a clause is joined to an act: act_separation.retold, and the reader's step that
extends the act in focus.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.clause_reading import actor_words, evidence_union, told_words
from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.gazetteer import gazetteer
from techpact.ontology.vocabulary import SPECIFIC_KINDS, STATUS_RANK

_I = re.IGNORECASE

# The fates an act may have in time, by its status's rank (planned → proposed → signed → in force → ended → rejected).
_AHEAD, _NOW, _BEFORE, _ENDED = "ahead", "now", "before", "ended"

# A time long past, or a concluding told before the story's time: "a decade ago", "years ago", "last year", "had
# signed", "previously concluded", "back in 2008".
_LONG_PAST = Hinted(re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|some)\s+)?(?:years?|decades?)\s+ago"
    r"|last\s+year|in\s+the\s+past|previously|back\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
    r"|had\s+(?:\w+ly\s+|already\s+|also\s+)?(?:signed|inked|concluded|struck|sealed|reached|agreed|adopted))\b", _I),
    "ago", "last year", "past", "previously", "back in", "had ")

# An instrument named in a clause: a determiner, a few words, its noun, and what it is on or for.
_NOUN = (r"(?:agreements?|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|pacts?|accords?|treat(?:y|ies)|documents?|protocols?"
         r"|arrangements?|roadmaps?|road\s+maps?|declarations?|charters?|conventions?)")
_ANEW = (r"an?|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|separate|further"
         r"|additional")
_NAMED = Hinted(re.compile(
    r"\b(?:(?P<anew>" + _ANEW + r")|the|their|its)\s+(?P<mods>(?:(?!(?:the|this|that|its|their|and|or|to|of|with|by|at|from"
    r"|was|were|is|are|will|would|has|have|had)\b)[\w’'-]+\s+){0,4}?)(?P<noun>" + _NOUN + r")\b"
    r"(?P<topic>\s+(?:on|for|in|covering|concerning|regarding|related\s+to|of)\s+"
    r"(?!(?:the\s+)?(?:two|both|this|that|these|such|its|their|same)\b)[^,;.()\"“”]{2,70})?", _I),
    *"agreement deal memorand mou moc pact accord treat document protocol arrangement roadmap road declaration charter "
     "convention".split())

# The mark of one more instrument: "seven more agreements", "another deal", "two other memoranda", "a separate accord".
_MORE = re.compile(r"^(?:another|separate|further|additional)$"
                   r"|\b(?:more|other|separate|second|third|additional|further)\b(?!\s+[\w-]+['’]s\b)", _I)  # (not "the other side's")
_POSSESSIVE = re.compile(r"[\w-]+['’]s?\s+")
# Words that qualify any instrument and name no topic, identity or time of its own.
_LOOSE = frozenset("bilateral intergovernmental interstate framework strategic comprehensive joint mutual formal final "
                   "important major landmark historic preliminary initial broad broader wide wider series number range "
                   "package total understanding cooperation collaboration partnership countries nations sides governments "
                   "states government document documents text texts signed finalised finalized drafted relevant related "
                   "general basic long-term long term binding legally fields areas sectors various proposed draft latest "
                   "first existing previous earlier original older same entire full whole".split())


def clause_fate(status: str | None, text: str) -> str | None:
    """The fate in time a status gives an act, read with its clause: ahead, made now, made before (standing), ended."""
    if not status:
        return _BEFORE if _LONG_PAST.search(text) else None
    rank = STATUS_RANK[status]
    if rank < STATUS_RANK["signed"]:
        return _AHEAD
    if rank == STATUS_RANK["signed"]:
        return _BEFORE if _LONG_PAST.search(text) else _NOW
    return _BEFORE if rank < STATUS_RANK["ended"] else _ENDED


def _topic(named: re.Match) -> str:
    """The words of a named instrument's own topic or name: its modifiers after any possessive (which names whose it
    is: "the other side's memorandum"), and what it is on."""
    return _POSSESSIVE.split(named.group("mods"))[-1] + " " + (named.group("topic") or "")


def _stem(word: str) -> str:
    """A word's first letters, which its inflections and derivations share ("railway", "railways"; "culture", "cultural")."""
    return word[:5]


def _words(topic: str) -> set[str]:
    """The words of a topic that name it, less loose ones and actors' names."""
    return cues.content_words(topic) - _LOOSE - actor_words(topic)


def _own_topic(topic: str, focus: Agreement, told: set[str]) -> bool:
    """Whether a topic names words the act was never told with, and no sector of the act ("the chip pact" retells "a
    memorandum on semiconductors")."""
    words = _words(topic)
    if not words or {_stem(word) for word in words} & {_stem(word) for word in told}:
        return False  # ("the railway memorandum" retells "a memorandum on railways")
    sectors = {code for code, _, _ in gazetteer().find_sectors(topic)}
    return not sectors & set(focus.sectors)


def _topics(text: str) -> set[str]:
    """The words of the topics or names the instruments a sentence names carry."""
    return set().union(*(_words(_topic(named)) for named in _NAMED.finditer(text)))


def other_instrument(text: str, focus: Agreement) -> bool:
    """Whether a clause names an instrument with a mark of its own that the act in focus was never told with: one more
    ("seven more agreements"), a topic or name of its own (when the act was told with one: "to sign a pact", then
    "signed a memorandum on railways" may give the pact its topic), a year of its own, or (named anew) a specific kind
    the act is not."""
    told = told_words(focus)
    told_years = evidence_union(focus, "years", cues.YEAR.findall)
    topical = bool(focus.sectors) or bool(evidence_union(focus, "topics", _topics))
    for named in _NAMED.finditer(text):
        anew = named.group("anew")
        if _MORE.search((anew or "") + " " + named.group("mods")):
            return True  # "seven more agreements", "another deal", "the other accord"
        if topical and _own_topic(_topic(named), focus, told):
            return True  # "a document on cultural cooperation" beside "an agreement on cyber security"
        kind = cues.find_kind(named.group("noun"))[0]
        if anew and kind and focus.kind and kind != focus.kind and {kind, focus.kind} <= SPECIFIC_KINDS:
            return True  # a treaty beside a memorandum
        years = set(cues.YEAR.findall(text))
        if years and not years & told_years and (anew or named.group("mods").strip()):
            return True  # "a nuclear accord concluded in 2008", "the nuclear accord of 2008", of an act never so dated
    return False


def another_fate(text: str, status: str | None, focus: Agreement) -> bool:
    """Whether a clause that names no act told (no back reference) tells another act of the focus's parties: another
    fate in time and another instrument."""
    told = " ".join(span.text for span in focus.evidence[:1])
    fate, focus_fate = clause_fate(status, text), clause_fate(focus.status or None, told)
    if fate is None or focus_fate is None or fate == focus_fate:
        return False
    return other_instrument(text, focus)
