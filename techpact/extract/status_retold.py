"""One act retold: an instrument of the same parties, told again with nothing of an identity of its own.

News tells a stalled or concluded act in several sentences, each naming it afresh with an indefinite article: "A and B
push to reach an accord on critical minerals. The draft falls short of a deal. They still hope to reach an agreement
later this year." The guide lists each of several acts between the same parties, but one act retold is one act. A
second instrument of the same kind is another act only when the clause gives it an identity of its own:

- words of its own in its name or topic, that the act in focus was never told with ("a memorandum on data" after
  "a memorandum on trade", "a Memorandum ... between the central banks");
- a year, or a word that counts it apart ("another", "a second", "a separate", "a new", "two agreements");
- a fate of its own in time (another status: read before this, in act_separation.retold).

A bare instrument ("a deal", "an agreement later this year", "an agreement for many months now") retells the act.
So does a clause pointing back to the act ("The cooperation agreement was signed by the ministers on the sidelines of
the LEAP 2024 conference") that dates it apart only by the event around it: the time is its own only as a year of the
act ("in 2016", "the 2016 agreement"), not a year in another name.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.clause_reading import actor_words
from techpact.extract.facts import Agreement

_I = re.IGNORECASE

# Words that count an instrument apart from the one told, a few words before its noun.
_COUNTED_APART = re.compile(
    r"\b(?:another|second|third|separate|new|other|additional|further|fresh|first|latest|two|three|four|five|several"
    r"|more|series|number|dozen|both|each|twin)\b", _I)

# A year told as the act's time ("in 2019", "since March 2021") or in its name ("the 2016 agreement"); not a year in
# another name ("on the sidelines of LEAP 2024").
_YEAR_OF_ACT = re.compile(r"\b(?:in|since|of|until|by|from|back\s+in|the|an?|its|their)\s+(?:(?:early|late|mid-?)\s*)?"
                          r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b", _I)

# The words that may stand before the noun: up to four, after an article or a possessive.
_MODIFIERS = re.compile(r"(?:\b(?:an?|the|its|their|this|that)\s+)((?:[\w-]+\s+){0,4}?)$", _I)

# The complement after the noun that tells what the instrument is about or who its makers are.
_COMPLEMENT = re.compile(
    r"[\w-]+(?:\s+of\s+(?:understanding|cooperation|intent))?\s+(?:on|in|for|to|between|with|covering|regarding"
    r"|concerning|about|related\s+to)\s+(?P<topic>(?:[\w'’“”\"-]+\s*){1,8})", _I)
_CLAUSE_END = re.compile(r"\b(?:but|and|which|that|who|while|as|after|before|since|because|so|or)\b|[,.;:()]", _I)

# Words of time, quantity and reporting, no identity of an instrument: "for many months now", "later this year".
_NO_IDENTITY = frozenset(
    "days weeks months years decade decades year month week today tomorrow soon later now many several long past last"
    " next this time times hoping hope still soon".split())


def _stem(word: str) -> str:
    """A word without its plural ending ("minerals" and "mineral", "technologies" and "technology" are one word)."""
    if len(word) > 5 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _noun_at(text: str, kind: str) -> int | None:
    """Where the clause names an instrument of this kind first (its noun), or None."""
    start = 0
    while start < len(text):
        found, where = cues.find_kind(text[start:])
        if found is None:
            return None
        if found == kind:
            return start + where
        start += where + 1
    return None


def own_words(agreement: Agreement, others: list[Agreement], text: str) -> set[str]:
    """The words the act was told with in earlier sentences of its own: a sentence that told several acts ("The
    documents include a memorandum on science, a memorandum on copyright and ...") gives none of them an identity,
    and the sentence being read (text is one of its clauses) is no earlier telling."""
    shared = {span for other in others if other is not agreement for span in other.evidence}
    clause = text.strip()
    return set().union(*(cues.content_words(span.text) for span in agreement.evidence
                         if span not in shared and clause not in span.text))


def own_identity(text: str, kind: str, agreement: Agreement, others: list[Agreement]) -> bool:
    """Whether the clause gives its instrument of this kind an identity apart from the act told: a year, a word that
    counts it apart, or words of its name or topic the act was never told with in a sentence of its own (time words
    and actors' names aside)."""
    where = _noun_at(text, kind)
    if where is None or _YEAR_OF_ACT.search(text):
        return True
    before = _MODIFIERS.search(text, max(0, where - 60), where)
    modifiers = before.group(1) if before else ""
    if _COUNTED_APART.search(text, max(0, where - 40), where):
        return True
    complement = _COMPLEMENT.match(text, where)
    topic = complement.group("topic") if complement else ""
    topic = topic[:end.start()] if (end := _CLAUSE_END.search(topic)) else topic
    words = {_stem(w) for w in cues.content_words(modifiers + " " + topic)}
    known = {_stem(w) for w in own_words(agreement, others, text) | actor_words(text) | _NO_IDENTITY}
    return bool(words - known)


def retells(text: str, kind: str | None, status: str | None, agreement: Agreement, others: list[Agreement]) -> bool:
    """Whether a clause introducing an instrument of the act's own kind, with no other status, retells that act (others: the
    recent acts of the same parties):
    it names nothing of an identity of its own."""
    return bool(kind and kind == agreement.kind and status in (None, agreement.status)
                and not own_identity(text, kind, agreement, others))
