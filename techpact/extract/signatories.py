"""Who signed an act: the people a sentence names after "signed by", with their office and state.

"… was signed by Sergei Kirienko, the head of Russia's state nuclear corporation, and Egypt's
Minister of Electricity and Renewable Energy Mohamed Shaker on 19 November" -> two signatories,
each with the office named beside them and the state that office belongs to.
"""

from __future__ import annotations

import re

from techpact.extract.facts import Mention, Person, Span
from techpact.ontology.reference import is_bloc
from techpact.extract.spelt_gates import Spelt

_CUE = re.compile(r"\b(?:signed|inked|formali[sz]ed|initialled|initialed) by\b|\bsignatories (?:were|are|included)\b")
_CUE = Spelt(_CUE)  # tried only where one of its words stands (a sentence's text: no word test has read it)
# Where the list of signers ends: a date, a place, a source, the next clause.
_CUT = re.compile(r"\s+(?:on|at|in|during|after|before|according|as|while|which|who said)\s+(?=[A-Z0-9]|the\s|a\s)|[;.!?](?:\s|$)|\s+—")
_TOKEN = re.compile(r"[A-Z][a-z’'-]+|[A-Z]\.|(?:bin|bint|al|el|de|da|van|von|der|du|la)(?=\s+[A-Z])")
# Capitalised words that name offices and institutions, never a person's name.
_NOT_NAME = set("""
Minister Ministry Deputy Vice President Prime Premier Secretary Chairman Chairwoman Chair Governor Ambassador Envoy
Director General Head Chief Commissioner Administrator Chancellor King Emir Sheikh Crown Prince Foreign Affairs
Bank Banks Authority Agency Department Office Council Commission Committee Corporation Company Institute University
Centre Center Organization Organisation Union Reserve Monetary Sentral Negara National Federal State Republic
Government Energy Electricity Renewable Economy Economic Finance Trade Industry Industrial Development Technology
Technologies Digital Communications Information Science Research Innovation Education Higher Defence Defense
Internal External Security Health Transport Agriculture Affairs Mass Media Policy Planning Resources Natural Mines
Mining Nuclear Space Atomic Investment Commerce Labour Labor Justice Culture Tourism Environment Water Power
The Of And For On In At By With Minister's
""".split())
_ROLE_WORD = re.compile(
    r"\b(?:minister|ministry|president|premier|secretary|chair\w*|governor|ambassador|envoy|director|head|chief"
    r"|commissioner|administrator|chancellor|king|emir|sheikh|prince|deputy|official|representative|counterpart)\b", re.I)


def signatories(span: Span, actor_mentions: list[Mention]) -> list[Person]:
    """People named after "signed by" in a sentence, each with the office and state named beside them."""
    cue = _CUE.search(span.text)
    if not cue:
        return []
    cut = _CUT.search(span.text, cue.end())
    end = cut.start() if cut else len(span.text)
    names = _names(span.text, cue.end(), end, actor_mentions, span.start)
    # The text between two names holds the office of the first (", the head of X,") and of the second
    # ("and Egypt's Minister of Y"): it is cut at the last "and" that opens an office.
    # "signed by Chinese President Xi Jinping, President of Kyrgyzstan Sadyr Japarov, ...": offices before names
    role_first = bool(names) and bool(_ROLE_WORD.search(span.text, cue.end(), names[0][0]))
    bounds = ([cue.end()] + [_between(span.text, names[i][1], names[i + 1][0], role_first) for i in range(len(names) - 1)]
              + [end])
    people = []
    for index, (start, stop, name) in enumerate(names):
        before = (bounds[index], start)
        after = (stop, bounds[index + 1])
        chosen = before if _ROLE_WORD.search(span.text[before[0]:before[1]]) else after
        role = _clean_role(span.text[chosen[0]:chosen[1]])
        state = (_state_in(actor_mentions, span.start + chosen[0], span.start + chosen[1])
                 or _state_in(actor_mentions, span.start + before[0], span.start + after[1]))
        people.append(Person(name=name, role=role or None, acts_for=state))
    return people


def _between(text: str, start: int, end: int, role_first: bool = False) -> int:
    """Where the office of the next name begins in the text between two names."""
    if role_first and text[start:end].lstrip().startswith(","):
        return start  # in a list of "Office Name, Office Name", the text between names is the next one's office
    for joint in reversed(list(re.finditer(r",?\s+and\s+|;\s*", text[start:end]))):
        if _ROLE_WORD.search(text, start + joint.end(), end):
            return start + joint.end()
    return end if _ROLE_WORD.search(text, start, end) and text[start:end].lstrip().startswith(",") else start


def _names(text: str, start: int, end: int, mentions: list[Mention], base: int) -> list[tuple[int, int, str]]:
    """Runs of two to four capitalised words that are neither offices, institutions nor actors' names."""
    taken = [(m.start - base, m.end - base) for m in mentions if m.how != "leader"]  # a leader's surname is a name
    found: list[tuple[int, int, str]] = []
    run: list[re.Match] = []

    def close() -> None:
        words = [t for t in run]
        while words and words[-1].group() in ("bin", "bint", "al", "el", "de", "da", "van", "von", "der", "du", "la"):
            words.pop()
        if 2 <= len(words) <= 4:
            found.append((words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()]))
        run.clear()

    for token in _TOKEN.finditer(text, start, end):
        inside_actor = any(s <= token.start() < e for s, e in taken)
        if token.group() in _NOT_NAME or inside_actor or (run and text[run[-1].end():token.start()].strip()):
            close()
            if token.group() in _NOT_NAME or inside_actor:
                continue
        run.append(token)
    close()
    return found


def _clean_role(text: str) -> str:
    role = text.strip(" ,;:()").removesuffix(" and").removeprefix("and ").strip(" ,;:")
    return role.removeprefix("the ").removeprefix("The ")


def _state_in(mentions: list[Mention], start: int, end: int) -> str | None:
    return next((m.code for m in mentions if start <= m.start < end and not is_bloc(m.code)), None)
