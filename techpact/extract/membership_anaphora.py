"""A state a sentence speaks of by "it" or "the country" after the sentence before named it: "Indonesia signed the deal
on Monday. It is a full member of ASEAN." / "Kazakhstan hosted the talks. The Central Asian nation joined the EAEU in
2015." The sentence is read again with the state's name in the pronoun's place (memberships.py runs the membership rules
on it), so every construction the rules know holds here too.

The state is taken only when the sentence before (or, through a chain of such pronouns, one of the two before it) opens
with it and names no other state: "It" never stands for a state named in passing, after another, by a possessive
("Indonesia's economy grew. It is ...") or by its demonym; "the country" may stand for the state of "Kazakh officials".

A quote that opens with "we" or "our country" speaks for the state of the official the sentence says said it ("\"We
are a founding member of the SCO,\" Kazakh President Tokayev said"): read again with that state's name for "we", when
the words outside the quote name one state only and give the speaker an office."""

from __future__ import annotations

import re
from dataclasses import replace

from techpact.extract.facts import Mention, Span
from techpact.extract.membership_ahead import previous_sentence
from techpact.extract.pattern_parts import any_of
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
# "It", "The country", "The Central Asian nation", "The oil-rich kingdom" opening the sentence (after "But", "And",
# "Since 2023," or "In 2023,"), never "Its" nor "the country's".
_NOUNS = r"(?:country|nation|kingdom|republic|emirate|archipelago|sultanate)"
_STAND_IN = re.compile(r"^[\s\"“]*(?:(?:but|and|also|meanwhile|moreover|in addition|since|in|by)\b[^,;]{0,20},?\s+)?"
                       r"(?P<pro>it|the\s+(?:[\w-]+\s+){0,3}?" + _NOUNS + r")\b(?!['’])\s+(?!said|says|added|noted|told|stated)"
                       # never the "it" of "It is expected that", "It was unclear whether", "It remains to be seen"
                       r"(?!(?:is|was|has been|will be|would be|remains?|seems?|appears?)\s+(?:not\s+|also\s+|still\s+|now\s+)?"
                       r"(?:[\w-]+\s+)?(?:that|whether|if|to|for|when|how|why|what)\b)", _I)
# What may open the sentence before, ahead of the state: a dateline ("JAKARTA, Jan 6 (Reuters) -") and "The".
_OPENING = re.compile(r"(?:[^.]{0,60}?\s(?:-|--|—|–)\s+)?[\s\"“]*(?:the\s+)?$", _I)
_HOW = ("name", "official", "capital")
_BACK = 3  # sentences looked back through a chain of pronouns


_STAND_IN_WORDS = ("it ", "countr", "nation", "kingdom", "republic", "emirate", "archipelago", "sultanate")
_holds_stand_in_word = any_of(_STAND_IN_WORDS)  # whether a text holds one of them, in one pass
# The words _STAND_IN may open with (after quotes and spaces): most sentences open otherwise and are not read further.
_OPENERS = ("it ", "the ", "but ", "and ", "also ", "meanwhile", "moreover", "in ", "since ", "by ")


def may_stand_for_state(sentence: str) -> bool:
    """Whether a sentence opens with "it" or "the country" that may stand for the state named just before."""
    opening = sentence[:80].lstrip(' \t\n"“').lower()
    return (opening.startswith(_OPENERS) and _holds_stand_in_word(opening)
            and _STAND_IN.match(sentence) is not None)


def stand_in(span: Span, mentions: list[Mention], document_mentions: list[Mention], text: str) -> tuple[Span, list[Mention], str] | None:
    """The sentence read with the state the pronoun stands for in its place, its mentions, and the state's code; None
    when the pronoun stands for no one state the sentences before open with."""
    match = _STAND_IN.match(span.text)
    if match is None:
        return None
    pronoun = match.group("pro").lower()
    at = span.start
    for _ in range(_BACK):
        before = previous_sentence(text, at)
        if not before.strip():
            return None
        start = at - len(before)
        states = [m for m in document_mentions if start <= m.start < at and not is_bloc(m.code) and m.how != "dateline"]
        if not states:
            if not _STAND_IN.match(before.lstrip()):
                return None
            at = start  # "Indonesia is a prize. It is the fourth-most populous nation. It is a member of ASEAN."
            continue
        first = states[0]
        possessive = text.startswith(("'s", "’s", "'", "’"), first.end)
        if first.how != "demonym" and re.match(r"\s+(?-i:[A-Z])", text[first.end:first.end + 3]):
            return None  # "China Telecom signed a deal. It is ...": the state names a company, not the subject
        how = _HOW if pronoun == "it" else (*_HOW, "demonym")  # "Kazakh officials said ... The country joined the EAEU"
        if len({m.code for m in states}) != 1 or first.how not in how or not _OPENING.match(text, start, first.start) \
                or (possessive and pronoun == "it"):
            return None
        return (*_read_as(span, mentions, match, first), first.code)
    return None


def _read_as(span: Span, mentions: list[Mention], match: re.Match, state: Mention) -> tuple[Span, list[Mention]]:
    """The sentence with the state's name where the pronoun was, and its mentions moved to match."""
    name = state.surface
    begin, end = span.start + match.start("pro"), span.start + match.end("pro")
    shift = len(name) - (end - begin)
    text = span.text[:match.start("pro")] + name + span.text[match.end("pro"):]
    moved = [replace(m, start=m.start + shift, end=m.end + shift) for m in mentions if m.start >= end]
    own = Mention(state.code, begin, begin + len(name), name, "name")
    return Span(span.start, span.end + shift, text), [own, *moved]


# "We" or "our country" opening a quote, and the office of whoever the words outside the quote say said it.
_WE = re.compile(r"[\"“]\s*(?P<pro>we|our country|my country|our nation)\b(?!['’])", _I)
_OFFICE = re.compile(r"\b(?:president|prime minister|premier|chancellor|(?:foreign|deputy|[\w-]+)\s+minister|ministry|government"
                     r"|spokes(?:man|woman|person)|ambassador|envoy|king|emir|crown prince|sultan|leader)\b", _I)
_SAID = re.compile(r"\b(?:said|says|told|added|stressed|noted|declared|stated|underlined|emphasi[sz]ed)\b", _I)


def may_speak_for_state(sentence: str) -> bool:
    """Whether a sentence may quote a state's official speaking as "we"."""
    return ("we" in sentence.lower() or "our" in sentence.lower()) and _WE.search(sentence) is not None


def speaker_stand_in(span: Span, mentions: list[Mention]) -> tuple[Span, list[Mention], str] | None:
    """The sentence read with the quoted "we" replaced by the name of the state whose official said it; None when the
    words outside the quote name no one state with an office and a verb of saying."""
    match = _WE.search(span.text)
    if match is None:
        return None
    opening = match.start()
    closing = next((at for at in (span.text.find(mark, match.end()) for mark in ('"', "”")) if at >= 0), len(span.text))
    outside = span.text[:opening] + " " + span.text[closing + 1:]
    states = [m for m in mentions if not is_bloc(m.code) and not opening <= m.start - span.start <= closing
              and m.how in ("name", "official", "demonym")]
    if len({m.code for m in states}) != 1 or not _OFFICE.search(outside) or not _SAID.search(outside):
        return None
    spoken = [m for m in mentions if m.start - span.start > match.end("pro") and m.start - span.start < closing]
    name = next((m for m in states if m.how in ("name", "official")), None)
    surface = name.surface if name is not None else states[0].code
    state = Mention(states[0].code, 0, len(surface), surface, "name")
    stood, moved = _read_as(span, spoken, match, state)
    return stood, moved, state.code


# "the APEC forum", "APEC, an inter-governmental forum of 21 economies": the passage calls its one bloc a forum, and
# "the forum" then points back to it ("Russia joined the forum in 1998").
_CALLED_FORUM = re.compile(r"(?:\s*\([A-Z][\w-]*\))?(?:\s+|\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)forum\b", _I)
_THE_FORUM = re.compile(r"\bthe\s+forum\b(?!\s+(?-i:[A-Z]))", _I)


def may_name_forum(sentence: str) -> bool:
    """Whether a sentence speaks of "the forum" (most do not)."""
    return "forum" in sentence.lower() and _THE_FORUM.search(sentence) is not None


def forum_stand_in(span: Span, mentions: list[Mention], document_mentions: list[Mention], text: str) -> tuple[Span, list[Mention]] | None:
    """The sentence read with "the forum" replaced by the passage's one bloc when the passage calls that bloc a forum."""
    blocs = [m for m in document_mentions if is_bloc(m.code)]
    if len({m.code for m in blocs}) != 1 or not any(_CALLED_FORUM.match(text, m.end) for m in blocs):
        return None
    match = _THE_FORUM.search(span.text)
    if any(span.start + match.start() <= m.start < span.start + match.end() for m in mentions):
        return None
    name = blocs[0].surface
    begin, end = span.start + match.start() + 4, span.start + match.end()  # "the " stays
    shift = len(name) - (end - begin)
    stood = span.text[:match.start() + 4] + name + span.text[match.end():]
    moved = [m for m in mentions if m.start < begin] + [Mention(blocs[0].code, begin, begin + len(name), name, blocs[0].how)] \
        + [replace(m, start=m.start + shift, end=m.end + shift) for m in mentions if m.start >= end]
    return Span(span.start, span.end + shift, stood), moved
