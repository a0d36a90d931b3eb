"""In a story that tells several instruments one after another, a clause that introduces the next one in turn is an act
of its own (extraction rules, ours).

After "Havana and Moscow signed ten documents", news goes through them: "A second document was a joint declaration on
outer space", "A bilateral memorandum between the ministries of industry of the two countries aims at ...". The first
points past the act in focus by an ordinal ("a second", "the third", "the next"), the second introduces an instrument
with an indefinite article between ministries or agencies of the sides. The guide lists each act, so each is one more
act of the parties in focus, made as that act was, unless its own signing is told still ahead ("A second memorandum,
on space, will be signed in May"). "The document was signed by ..." (definite: the act again) or "a second round of
talks" (no instrument) add nothing.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.act_ahead import signing_told_ahead
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause

_I = re.IGNORECASE
_INSTRUMENT = (r"(?:documents?|instruments?|texts?|agreements?|accords?|memo(?:randum|randa)?s?(?:\s+of\s+understanding)?"
               r"|MoUs?|protocols?|treat(?:y|ies)|declarations?|deals?|pacts?)")
# "A second document was a joint declaration", "The third agreement concerns ...", "The next memorandum covers ...".
_ORDINAL = (r"^\W*(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|final)\s+"
            + _INSTRUMENT + r"\b")
# "A bilateral memo of understanding between the ministries of industries of the two countries ...".
_BETWEEN_BODIES = (r"^\W*(?:a|an)\s+(?:bilateral\s+|new\s+|separate\s+|similar\s+)?" + _INSTRUMENT
                   + r"\s+(?:[\w-]+\s+){0,4}?between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministr|agenc|department|authorit|bod)")
_IN_TURN = Hinted(re.compile(_ORDINAL + "|" + _BETWEEN_BODIES, _I),
                  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "last",
                  "final", "between")


# What the instrument is said to be, right after it: "(A second document) was a joint declaration on ...", "(The
# third instrument), a protocol on customs," (not the kind of what it does: "aims to establish the framework for").
_WHAT_IT_WAS = re.compile(r"(?:\s*,?\s*(?:(?:is|was|were|are)\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3})?", _I)


def next_in_turn(clause: Clause) -> str | None:
    """The kind of the instrument a clause introduces in turn (the kind named after the opening noun, else that
    noun's), or None when it introduces none."""
    found = _IN_TURN.search(clause.text)
    if found is None:
        return None
    after, _ = cues.find_kind(_WHAT_IT_WAS.match(clause.text, found.end()).group())  # "was a joint declaration"
    named, _ = cues.find_kind(found.group())
    return after if after and after != "agreement" or not named else named


# "The first agreement defines ...": the first of the instruments of that kind just told, which a count told beside
# an instrument of another kind may have left out of focus ("signed two agreements and a memorandum").
_FIRST = Hinted(re.compile(r"^\W*the\s+first\s+(?:[\w-]+\s+){0,2}?" + _INSTRUMENT + r"\b", _I), "first")


# A bare item of a list of signed instruments, told after a lead such as "the two leaders oversaw the signing of
# bilateral documents": "Memorandum on cooperation in smart cities,", "Intergovernmental Agreement in the field of
# health care," (a capitalised title, no determiner, no verb of its own, short).
_LISTED_ITEM = re.compile(r"^\W*(?!(?:The|This|That|These|Those|A|An|Its|Their|Under|In|On|As|By)\b)(?:(?-i:[A-Z])[\w-]*\s+){0,2}?"
                          r"(?-i:Agreement|Memorandum|Memorandums|MoU|MoC|Protocol|Programme|Program|Treaty|Declaration|Roadmap"
                          r"|Accord|Convention|Plan|Statement|Joint\s+statement)\s+(?:on|in|of|for|between|with|regarding|concerning|about)\b[^.;:]{0,160}[,;.]?\s*$")
# The lead names the documents as such, uncounted ("oversaw the signing of bilateral documents", "signed the
# following"): a lead naming the instruments ("signed two MoUs: MoU between ...") is retold by its items.
_LIST_LEAD = re.compile(r"\b(?:documents|instruments|the\s+following|a\s+(?:number|series|package|raft|set)\s+of)\b", _I)


def listed_item(clause: Clause, lead: str) -> str | None:
    """The kind of the instrument a bare list item names (a programme: an agreement) after a lead that tells several
    documents made, or after an item of the same list (lead: the clause read before), or None."""
    if len(clause.text) > 220 or not _LISTED_ITEM.match(clause.text) or cues.find_status(clause.text):
        return None
    if not _LIST_LEAD.search(lead) and not _LISTED_ITEM.match(lead):
        return None
    return cues.find_kind(clause.text)[0] or "agreement"


def record_in_turn(reader, clause: Clause) -> bool:
    """Record the instrument a clause introduces in turn as one more act of the parties in focus; True when done.
    A clause on the first instrument of a kind puts the act of that kind told first in focus (False: read on)."""
    focus = reader.focus
    if focus is None or len(focus.parties) < 2 or not focus.status:
        return False
    if {m.code for m in clause.actors} - set(focus.parties):
        return False  # names someone else: the usual rules read it
    if first := _FIRST.search(clause.text):
        kind = cues.find_kind(first.group())[0]
        reader.focus = next((act for act in reader.agreements if set(act.parties) == set(focus.parties) and act.kind == kind), focus)
        return False
    lead = reader._told_before[1]
    if (kind := next_in_turn(clause)) is None and (kind := listed_item(clause, lead)) is not None:
        reader._clauses += 1  # "Memorandum on smart cities," after "they oversaw the signing of bilateral documents"
        reader._record(list(focus.parties), kind, cues.find_status(lead) or focus.status, clause, back=False, separate=True)
        return True
    if kind is None:
        return False
    reader._clauses += 1
    status = "planned" if signing_told_ahead(clause.text) else focus.status  # "A second memorandum will be signed in May"
    reader._record(list(focus.parties), kind, status, clause, back=False, separate=True)
    return True
