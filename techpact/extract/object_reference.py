"""A clause that does something to the act in focus, naming it by a pronoun or as the offer it was (extraction rule,
ours).

News tells what became of an act in the sentence after it, the act the object of the verb: "Kenya proposed a
memorandum to Ghana. Ghana declined the offer", "The two sides signed it on Friday", "Ghana terminated it last month".
The pronoun (or "the offer", "the proposal", "the invitation" after an offer) points back to the act as "the
memorandum" would: the verb tells its status, and the one side named is a side of it, not the maker of a new act of
its own. (An invitation to one state stays in focus for its answer: invitations.invite.)
A clause may also open with the act named again by its own words, which cues.BACK_REFERENCE's few modifiers miss:
"Maldives will terminate the hydrographic survey agreement with India. The hydrographic survey agreement, inked in 2019,
permitted ...": the same act, its making retold, not a second one (with another plain noun of one instrument too:
"a civil nuclear deal ... The civil nuclear agreement was signed last November"). And after a written instrument, a
clause opening "It" with a verb of what a document holds ("It also calls for a joint data centre") speaks of that
instrument (instrument_as_it): its content, not an offer of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.ontology.vocabulary import DOCUMENT_KINDS, SPECIFIC_KINDS

# A verb of what happens to an act (made, approved, refused, ended), then "it", "them", or the offer told before.
_DONE_TO_IT = Hinted(re.compile(
    r"\b(?:sign(?:s|ed)?|ink(?:s|ed)?|ratif(?:y|ies|ied)|approv(?:e|es|ed)|endors(?:e|es|ed)|accept(?:s|ed)?|adopt(?:s|ed)?"
    r"|reject(?:s|ed)?|declin(?:e|es|ed)|refus(?:e|es|ed)|rebuff(?:s|ed)?|turn(?:s|ed)\s+down|terminat(?:e|es|ed)"
    r"|suspend(?:s|ed)?|cancel(?:s|led|ed)?|scrap(?:s|ped)?|revok(?:e|es|ed)|abandon(?:s|ed)?|renew(?:s|ed)?)"
    r"\s+(?P<object>it|them|the\s+(?:offer|proposal|bid|idea|invitation|request|plea|appeal|overture))\b(?!\s+(?:to|that|as)\b)", re.IGNORECASE),
    "sign", "ink", "ratif", "approv", "endors", "accept", "adopt", "reject", "declin", "refus", "rebuff", "turn",
    "terminat", "suspend", "cancel", "scrap", "revok", "abandon", "renew")
# The refusal with its object inside: "Ghana turned the offer down", "turned it down".
_TURNED_IT_DOWN = Hinted(re.compile(r"\bturn(?:s|ed)\s+(?P<object>it|them|the\s+(?:offer|proposal|bid|idea|invitation|request|plea|appeal|overture))\s+down\b",
                                    re.IGNORECASE), "turn")
# A step only possible, wished or ahead: "either party could terminate it", "wants Peru to reject it".
_NOT_DONE = re.compile(r"\b(?:could|can|may|might|would|should|will|shall|must|to|not|never|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def done_to_focus(text: str, focus: Agreement | None) -> bool:
    """Whether the clause's verb acts on the act in focus named by a pronoun ("signed it", "terminated them") or,
    when the act was offered, as the offer ("declined the offer", "accepted the proposal"); not a step only possible,
    wished or ahead ("could terminate it", "wants Peru to reject it")."""
    if focus is None:
        return False
    found = _DONE_TO_IT.search(text) or _TURNED_IT_DOWN.search(text)
    if found is None or _NOT_DONE.search(text, 0, found.start()):
        return False
    return found.group("object").lower() in ("it", "them") or focus.status == "proposed"


# A clause opening on a definite act named by one to three words before its noun: "The hydrographic survey agreement, ...".
_NAMED_OPENING = re.compile(r"^\W*the\s+(?P<words>(?:[a-z][\w-]*\s+){1,3})(?P<noun>agreement|accord|treaty|pact|deal|memorandum"
                            r"|partnership|protocol|programme|program|initiative|project|framework|roadmap|declaration|charter)\b",
                            re.IGNORECASE)
# The plain nouns of one instrument, which news varies when it names the same act again.
_DEAL_NOUNS = "agreement|accord|pact|deal|treaty"
# Words that set one act apart from another of its kind: never the same act's name.
_APART = frozenset("new other another second third first earlier previous original old older latest former last next "
                   "proposed planned draft future upcoming separate additional".split())


# Anywhere in the clause, a definite act of "the two countries" named by words before its noun: "the start of the
# implementation of the comprehensive agreement between the two countries".
_NAMED_OF_THE_TWO = Hinted(re.compile(
    r"\bthe\s+(?P<words>(?:[a-z][\w-]*\s+){1,3})(?P<noun>agreement|accord|treaty|pact|deal|memorandum|partnership|protocol"
    r"|programme|program|initiative|framework|roadmap|declaration|charter)\s+(?:between|of)\s+the\s+two\s+(?:countries|sides"
    r"|nations|states|governments)\b", re.IGNORECASE), "two")

# An act's proper name: "the Simla Agreement", "the Abraham Accords", "the Treaty of Amity" (capitalised words, with
# "of" between; not a sentence's opening "The Agreement").
_PROPER_NAME = Hinted(re.compile(
    r"\b(?!(?:The|This|That|These|Those|Its|Their|A|An|Under|In|On|By|With)\s)(?:[A-Z][\w'’-]+\s+(?:of\s+(?:the\s+)?)?){1,4}"
    r"(?:Agreement|Treaty|Accords?|Pact|Declaration|Convention|Charter|Protocol)(?:\s+of\s+[A-Z][\w'’-]+)?\b"),
    "agreement", "treaty", "accord", "pact", "declaration", "convention", "charter", "protocol")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")  # the word right before a name, looked at for "new", "another", ...


@lru_cache(maxsize=256)  # the focus's first sentence, asked about by each clause after it
def _proper_names(sentence: str) -> tuple[str, ...]:
    """The proper act names a sentence gives ("the Simla Agreement": "Simla Agreement")."""
    return tuple(dict.fromkeys(found.group() for found in _PROPER_NAME.finditer(sentence)))


def named_again(text: str, focus: Agreement | None) -> bool:
    """Whether the clause opens with the act in focus named again by the words the clause that first told it used
    ("The hydrographic survey agreement, inked in 2019, ..." after "terminate the hydrographic survey agreement"), or
    names it anywhere by its own words as the act of the two ("the comprehensive agreement between the two countries"
    after "a comprehensive cooperation agreement signed between Iran and China"), or by the proper name that clause
    gave it ("Pakistan's suspension of the Simla Agreement" after "signed the Simla Agreement in 1972")."""
    if focus is None or not focus.evidence:
        return False
    first = focus.evidence[0].text.lower()
    opening = _NAMED_OPENING.match(text)
    if opening is not None:
        words = opening.group("words").lower().split()
        noun = opening.group("noun").lower()
        nouns = _DEAL_NOUNS if noun in _DEAL_NOUNS.split("|") else re.escape(noun)  # "the civil nuclear agreement" of "... deal"
        if (not _APART.intersection(words) and re.search(
                r"\b" + r"\s+".join(map(re.escape, words)) + r"\s+(?:" + nouns + r")\b", first) is not None):
            return True
    for name in _proper_names(focus.evidence[0].text):  # "Pakistan's suspension of the Simla Agreement", after its signing
        at = text.find(name)
        while at != -1:
            before = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if before is None or before.group(1).lower() not in _APART:
                return True
            at = text.find(name, at + 1)
    told: set[str] | None = None  # the words of the clause that first told the act, read once when needed
    for named in _NAMED_OF_THE_TWO.finditer(text):
        told = told if told is not None else set(re.findall(r"[\w-]+", first))
        words = named.group("words").lower().split()
        if not _APART.intersection(words) and set(words) <= told and named.group("noun").lower() in told:
            return True
    return False


# A clause opening "It" with a verb of what a document holds, in the present: "It also calls for a joint data centre",
# "It provides for a working group". After an instrument told, "it" is the instrument (a state's doing is told in the
# past, "It also proposed ...", and its parties, two or more, are "they"): its content, not a new act of its own.
_IT_HOLDS = Hinted(re.compile(
    r"^\W{0,3}It\s+(?:also\s+|further\s+|additionally\s+)?(?:provides\s+for|envisages|foresees|calls\s+for|proposes|includes"
    r"|covers|sets\s+out|outlines|stipulates|commits\s+(?:both|the|them)\b|aims\s+to|seeks\s+to)\b"), "it")


def instrument_as_it(text: str, focus: Agreement | None) -> bool:
    """Whether the clause opens on "It" holding or calling for something ("It also proposes a joint fund") right
    after a written instrument was told (a memorandum, an agreement, a treaty, a declaration or statement)."""
    return bool(focus is not None and (focus.kind in DOCUMENT_KINDS or focus.kind in SPECIFIC_KINDS or focus.kind == "agreement")
                and _IT_HOLDS.match(text))
