"""People named with their office and the state they act for.

"Russian President Vladimir Putin", "Iran's deputy minister of communications Meysam
Abedi", "Meysam Abedi, Iran's deputy minister of ..." -- and, once a leader (or a counterpart
named with the state: "his Australian counterpart Anthony Albanese") is paired with a
state, later bare mentions of the surname ("Putin said", "Albanese said") refer to that state.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import ahocorasick

from techpact.extract.facts import Mention, Person
from techpact.ontology.reference import is_bloc
from techpact.extract.first_chars import quick_start

_ROLE_WORDS = (r"(?i:(?:(?:deputy|vice|first|foreign|prime|defen[cs]e|finance|digital|trade|economy|economic|interior|energy)\s+)*"
               r"(?:president|prime minister|premier|minister|ministers|chancellor|king|crown prince|emir|sheikh|ambassador|envoy"
               r"|secretary|governor|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|head of state|leader|official|counterpart"
               r"|director general|director))")
_ROLE = _ROLE_WORDS + r"(?:\s+(?:of|for)\s+[a-z][a-z &-]*?(?=\s+[A-Z]))?"
_ROLE_TO_END = re.compile(rf"(?:[’']s)?\s+(?P<role>{_ROLE_WORDS}(?:\s+(?:of|for)\s+[^;.()]*?)?)(?=,\s+(?:and\s+)?[A-Z]|[;.()]|,?\s+and\s+[A-Z]|$)")
_ROLE_TO_END = quick_start(_ROLE_TO_END)  # the same matches, tried only where one may start
_NAME = (r"(?:[A-Z][a-z’'-]+|[A-Z]\.)(?:\s+(?:(?:al|el|Al|El)-[A-Z][a-z’'-]+|(?:bin|al|Al|de|da|van|von)(?![\w’'-])"
         r"|[A-Z][a-z’'-]+|[A-Z]\.)){1,3}")  # "Abdel Fattah el-Sisi", "Mohammed Shia al-Sudani"
# STATE ROLE NAME: "Russian President Vladimir Putin", "Iran's deputy minister of ... Meysam Abedi"
_BEFORE = re.compile(rf"(?:[’']s)?\s+(?P<role>{_ROLE})\s+(?P<name>{_NAME})")
# NAME, STATE ROLE: "Alexander Shoitov, the Russian deputy minister of ..."
_AFTER = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+)?$")
_AFTER = quick_start(_AFTER)  # the same matches, tried only where one may start


def find_people(text: str, mentions: list[Mention]) -> list[Person]:
    """Every official named next to the state they act for, once per name."""
    people: dict[str, Person] = {}
    for mention in mentions:
        if is_bloc(mention.code):
            continue
        match = _BEFORE.match(text, mention.end)
        if match and _is_name(match.group("name")):
            name = match.group("name")
            people.setdefault(name, Person(name=name, role=match.group("role").strip(), acts_for=mention.code))
            continue
        before = _AFTER.search(text, max(0, mention.start - 80), mention.start)
        role = _ROLE_TO_END.match(text[mention.end:mention.end + 200])
        if before and role and _is_name(before.group("name")):
            name = before.group("name")
            people.setdefault(name, Person(name=name, role=role.group("role").strip(), acts_for=mention.code))
    return list(people.values())


_NOT_NAME_WORDS = {"the", "and", "of", "on", "in", "at", "during", "by", "for", "as", "after", "before", "since", "while",
                   "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _is_name(candidate: str) -> bool:
    words = candidate.split()
    return len(words) >= 2 and not any(w.lower() in _NOT_NAME_WORDS for w in words)


def leader_mentions(text: str, people: list[Person], mentions: list[Mention]) -> list[Mention]:
    """Mentions of paired leaders by surname, as mentions of their state (how="leader")."""
    by_surname: dict[str, str] = {}
    for person in people:
        if person.acts_for and _LEADER_ROLE.search(person.role or ""):
            words = [word for word in person.name.split() if word not in _SUFFIXES]  # "Ferdinand Marcos Jr": Marcos
            surname = words[0] if person.acts_for in _FAMILY_NAME_FIRST else words[-1]
            for name in (surname, _PARTICLE.sub("", surname)):  # "el-Sisi", and "Sisi" as news also writes him
                if len(name) > 1 and name[-1].isalpha():
                    by_surname.setdefault(name, person.acts_for)
    if not by_surname:
        return []
    starts = [m.start for m in mentions]  # mentions are sorted and never overlap
    found = []
    for start, end in _whole_names(text, by_surname):  # one pass over the text, whatever the number of leaders
        index = bisect_right(starts, start) - 1
        if index >= 0 and start < mentions[index].end:
            continue
        found.append(Mention(by_surname[text[start:end]], start, end, text[start:end], "leader"))
    return found


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _whole_names(text: str, names) -> list[tuple[int, int]]:
    r"""Where names stand as whole words, as re.finditer finds r"\b(?:N1|N2|...)\b(?![\w-])" with the longest name first
    (one Aho-Corasick pass instead of compiling that pattern for each document): left to right, the longest at a place,
    never overlapping. Each name ends on a letter."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    longest: dict[int, int] = {}  # start -> end of the longest name standing there as a word
    for last, length in automaton.iter(text):
        start, end = last + 1 - length, last + 1
        if _word(text[start]) == (start > 0 and _word(text[start - 1])):
            continue  # no word boundary before it
        if end < len(text) and (_word(text[end]) or text[end] == "-"):
            continue
        longest[start] = max(end, longest.get(start, end))
    spans, resume = [], 0
    for start in sorted(longest):
        if start >= resume:
            spans.append((start, longest[start]))
            resume = longest[start]
    return spans


# States whose leaders' names are written family name first in English news: "Xi Jinping" is "Xi", "Yoon Suk Yeol" "Yoon".
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})

# After a surname, a generation ("Jr", "III"); before it, an article news may leave out ("el-Sisi" is also "Sisi").
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_PARTICLE = re.compile(r"^(?:al|el|Al|El)-")

_LEADER_ROLE = re.compile(r"president|prime minister|premier|chancellor|king|crown prince|emir|sultan|leader|head of state|counterpart", re.IGNORECASE)
