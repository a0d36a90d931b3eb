"""A bloc told as formed by a count of states named just before (extraction rules, ours): "Britain, the US and
Australia ... . AUKUS, formed by the three countries in 2021, ...", "The Quad, founded by the four nations, ...". The
counted states are the one list of that many states in the sentence before (or the states named just before, if
exactly that many); "formed by the two leaders" or a count no list matches states nothing."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention, Span
from techpact.extract.gates import Hinted
from techpact.extract.membership_ahead import previous_sentence
from techpact.extract.membership_skeleton import LISTABLE, sentence_skeleton
from techpact.ontology.reference import is_bloc

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FORMED_BY = Hinted(re.compile(
    r"§B(?P<b>\d+)§(?:[’']s?)?\s*(?:[\w-]+\s+){0,2}?,?\s*(?:which\s+(?:was|is)\s+|(?:was|is)\s+)?(?:(?:first|originally|jointly)\s+)?"
    r"(?:formed|founded|co-founded|created|established|set\s+up|launched)\s+by\s+(?:the|all|these|those)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:countries|nations|states|governments|democracies"
    r"|powers|allies|partners)\b", re.IGNORECASE), "formed by", "founded by", "created by", "established by", "set up by",
    "launched by")


def may_be_formed_by(text: str) -> bool:
    """A cheap look: whether the sentence may tell a bloc formed by counted states."""
    return _FORMED_BY.may_hold(text)


def formed_by_members(span: Span, mentions: list[Mention], document_mentions: list[Mention], text: str,
                      default_bloc: str | None) -> list[tuple[str, str]]:
    """(state, bloc) for "BLOC, formed by the three countries", the three being the ones named just before."""
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    found = []
    for match in _FORMED_BY.finditer(skeleton.text):
        count = _COUNTS[match.group("n").lower()]
        previous = previous_sentence(text, span.start)
        before = [m for m in document_mentions if span.start - len(previous) <= m.start < span.start]
        lists = sentence_skeleton(Span(span.start - len(previous), span.start, previous), before, default_bloc).lists
        runs = [states for run in lists if len(states := list(dict.fromkeys(m.code for m in run if not is_bloc(m.code)))) == count]
        named = list(dict.fromkeys(m.code for m in before if not is_bloc(m.code) and m.how in LISTABLE))
        states = runs[0] if len(runs) == 1 else named if len(named) == count else []
        found += [(state, skeleton.blocs[int(match.group("b"))]) for state in states]
    return found
