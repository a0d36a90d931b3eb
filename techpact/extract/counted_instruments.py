"""A small count of instruments whose topics the sentence then tells one by one: as many acts as the count ("signed
two memoranda of understanding, one on energy and the other on cybersecurity", "inked three agreements: on trade, on
health and on space", "two MoUs on combating drug trafficking, and on financing energy projects"). The guide lists
each act a passage reports; a count whose topics are not told one by one ("signed 14 documents", "two MoUs on energy
and health") stays one act, as does a count that the topics told do not match."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.clause_reading import instruments_beside, listed_instruments
from techpact.extract.counted_purposes import purposes
from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause

_I = re.IGNORECASE
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}

# "two memoranda of understanding", "three new cooperation agreements", "2 MoUs".
_COUNTED = Hinted(re.compile(
    r"\b(?P<n>two|three|four|five|[2-5])\s+(?:[\w-]+\s+){0,2}?(?P<noun>memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|MOUs"
    r"|agreements|deals|accords|pacts|treaties|protocols)\b", _I),
    "two", "three", "four", "five", "2 ", "3 ", "4 ", "5 ")
# Each topic told with its own marker: "one on energy and the other on cyber", "one for X, another for Y".
_ONE_ON = re.compile(r"\b(?:one|the other|another|a second|the second|a third|the third|the last)\s+(?:on|for|in|covering|to)\b", _I)
# "on" opening a topic, not a time ("on Monday", "on March 3", "on 12 May") or a place ("on the sidelines").
_ON = re.compile(r"(?:^|\s|,|:|--|—|–)(?:and\s+)?on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                 r"|January|February|March|April|May|June|July|August|September|October|November|December|the\s+sidelines"
                 r"|the\s+presence|\d)\b)", _I)
# The topics told by repeating the preposition: "on X and on Y", "on X, on Y and on Z".
_REPEATED = re.compile(r"(?:,|\band)\s+(?:and\s+)?on\s", _I)


def counted_instruments(text: str) -> tuple[int, str] | None:
    """How many instruments a clause counts and then tells one topic each of, and the noun it counts them by; None
    when it counts none, or its topics are not told one by one, or their number is not the count."""
    counted = _COUNTED.search(text)
    if counted is None:
        return None
    number = _NUMBER[counted.group("n").lower()]
    rest = re.split(r"[;.](?:\s|$)", text[counted.end():], maxsplit=1)[0]
    topics = len(_ONE_ON.findall(rest))
    if topics < 2 and _REPEATED.search(rest):
        topics = len(_ON.findall(rest))
    if topics < 2:
        topics = purposes(rest)  # "two MoUs to promote X and to link Y" (counted_purposes)
    return (number, counted.group("noun")) if topics == number else None


def instruments_told(clause: Clause, umbrella: Agreement) -> list[str]:
    """The kinds of the acts a clause tells beside the one it made or retold (the umbrella): the instruments it lists
    after an umbrella of several (clause_reading.listed_instruments), or as many more as a count with topics told one
    by one says."""
    if kinds := listed_instruments(clause, umbrella):
        return instruments_beside(umbrella, kinds, clause)
    if counted := counted_instruments(clause.text):
        number, noun = counted
        return [umbrella.kind or cues.find_kind(noun)[0] or "agreement"] * (number - 1)
    return []
