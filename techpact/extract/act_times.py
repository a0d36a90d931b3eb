"""The times a clause tells an act at (years, weekdays, years back from the story's), and whether a clause dates
itself apart from, or after, every time an act was told with: another act, or what became of it since (extraction
rules, ours)."""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract import cues
from techpact.extract.facts import Agreement

# Years told back from the story's own: "in May of last year", "two years ago".
_YEARS_BACK = re.compile(r"\b(?:last year|(?:a|one|two|three|four|five) years? ago|the previous year|the year before)\b",
                         re.IGNORECASE)


# The day a source spoke on: "said on Tuesday", "said in a statement on Monday", "told reporters on Friday".
_SAID_ON = re.compile(r"\b(?:said|says|stated|announced|reported|added|noted|told\s+(?:reporters|journalists|the\s+press|\w+))"
                      r"(?:\s+(?:in|at)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|briefing|interview|post|conference))?"
                      r"\s+(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def without_telling_day(text: str) -> str | None:
    """The text without the weekday its source spoke on ("..., state media reported late on Monday"), or None when it
    names no such day."""
    said = _SAID_ON.search(text) if "on " in text else None
    return text[:said.start()] + text[said.end():] if said else None


@lru_cache(maxsize=64)  # a clause's times are asked for again by each act its passage compares with it
def when_told(text: str) -> frozenset[str]:
    """The years, weekdays and years back a clause names; not the weekday its source spoke on ("the ministry said in a
    statement on Tuesday"): that is the day of the telling, not of the act."""
    days = cues.WEEKDAY.findall(without_telling_day(text) or text)
    return frozenset(cues.YEAR.findall(text)) | frozenset(days) | frozenset(found.lower() for found in _YEARS_BACK.findall(text))


def later_time(when: dict[int, set[str]], agreement: Agreement, text: str) -> bool:
    """Whether a clause dates itself in a year after every year the act was told with (when: the times told with
    each act, by id): what became of it since."""
    years, known = set(cues.YEAR.findall(text)), set(cues.YEAR.findall(" ".join(when.get(id(agreement), ()))))
    return bool(years and known and min(years) > max(known))


def news_day_after(when: dict[int, set[str]], agreement: Agreement, text: str, news_year: int | None) -> bool:
    """Whether a clause dated by a weekday of the news ("signed it on Monday") tells what became of an act told only
    with years before the news's (news_year): the news comes after them."""
    known = when.get(id(agreement), set())
    years = set(cues.YEAR.findall(" ".join(known)))
    return bool(news_year and cues.WEEKDAY.search(text) and years and not cues.WEEKDAY.search(" ".join(known))
                and max(int(year) for year in years) < news_year)


def another_time(when: dict[int, set[str]], agreement: Agreement, text: str) -> bool:
    """Whether a clause dates itself (a year, a weekday, a year back) apart from every time the act was told with."""
    told, known = when_told(text), when.get(id(agreement))
    return bool(told and known and not told & known)
