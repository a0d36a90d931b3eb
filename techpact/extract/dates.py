"""Dates named in a sentence, at the precision the text gives, resolved against the publication date.

"12 March 2025" is a day, "December 2019" a month, "in 2021" a year. Relative dates ("on
Friday", "last month", "yesterday") need the publication date. A date that belongs to
something else is skipped: the start of a span ("since 2015", "until 2030", "by 2030"), an
older act named in passing ("the 2001 treaty", "the treaty of 2001"), or a dateline's date
when the sentence names another one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from techpact.extract.title_dates import titled_act_date
from techpact.extract.act_dates_precision import day_unknown, news_date
from techpact.extract.aside_acts import aside_act, history_apart
from techpact.extract.others_initiatives import others_initiative  # "the Global Gateway, an EU initiative launched in 2021"
from techpact.extract.act_dates_spans import inside_since_phrase, lower_case_month
from techpact.extract.facts import PartialDate
from techpact.extract.gates import folded
from techpact.extract.status import ENDED
from techpact.extract.first_chars import quick_start

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH = (r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_DATE = re.compile(
    r"\b(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH.format('m1')},? (?P<y1>\d{{4}})"
    rf"|{_MONTH.format('m2')} (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|{_MONTH.format('m3')},? (?P<y3>\d{{4}})"
    rf"|(?P<d4>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH.format('m4')}(?!\.?,? \d)"
    rf"|{_MONTH.format('m5')} (?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\.?,? \d)"
    r"|(?P<inyear>(?:(?:in|during|early|late|mid-?|since|until|by|at the (?:end|start|beginning|close|turn) of"
    r"|(?:in|during) (?:the )?(?:(?:first|second|latter) half|(?:first|second|third|fourth|last) quarter|summer|spring|autumn|fall|winter)"
    r"(?: of)?) (?:(?:early|late|mid-?) )?|mid-))(?P<y6>(?:19|20)\d{2})\b(?!-\d)"
    rf"|(?P<inmonth>(?:in|on|during|since|until|by|(?:early|late|mid|end of|beginning of)) (?:(?:early|late|mid-?) )?){_MONTH.format('m7')}(?!\.?,? \d)"
    r"(?P<yearword>,? (?:of )?(?:last|this|next) year\b)?"
    r"|(?P<weekday>(?:last |this |next |on |earlier on |late on )?)"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # the weekday with its date beside it ("on Wednesday (March 13)", "on Friday, Aug. 4,"): the date is read instead
    r"(?!,?\s*\(?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|,?\s*\(?\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    rf"|(?P<which>last|this|next|earlier this) {_MONTH.format('m8')}(?!\.?,? \d)"
    r"|(?P<rel>yesterday|today|(?:last|this|next) (?:week|month|year)|earlier this (?:week|month|year)|a year ago)"
    r")",
    re.I,
)
_DATE = quick_start(_DATE)  # the same matches, tried only where one may start
# A date right after these words starts or ends a span, or is a deadline: not the act's date.
_NOT_THE_ACT_BEFORE = re.compile(r"\b(?:since|until|till|through|by|from|before|after|as of|as early as|dating back to|back in)\s+(?:(?:early|late|mid-?|the end of)\s+)?$"
                                 # an end still ahead: "will expire in 2030", "expires in May", "is valid for five years from"
                                 r"|\b(?:(?:will|would|to)\s+(?:\w+\s+)?(?:expire|lapse|run out|end)|expires|lapses|runs out)\s+$", re.I)
# A date naming an older act: "the 2001 treaty", "the treaty of 2001", "an agreement signed in 2015".
_ACT_NOUN = r"(?:treaty|agreement|accord|pact|memorandum|mou|deal|declaration|statement|charter|protocol|partnership|contract|convention)"
# (not a date told before its clause's subject: "On 14 January 2014 an intergovernmental agreement was signed")
_OLDER_ACT_AFTER = re.compile(rf"^(?:[-\s]+(?:(?!(?:a|an|the|this|that|its|their)\s)[A-Z][a-z]+\s+){{0,3}}{_ACT_NOUN}\b"
                              rf"|\s+{_ACT_NOUN}\b)", re.I)
_OLDER_ACT_BEFORE = re.compile(
    rf"\b(?:the|its|their|earlier|previous|existing)\s+(?:[\w-]+\s+){{0,3}}{_ACT_NOUN}s?\s+(?:of|from|(?:signed|concluded|adopted|reached|struck|agreed)(?:\s+back)?(?:\s+(?:in|on))?)\s+(?:(?:early|late|mid-?)\s+)?$",
    re.I)
# A date of the act a new one rests on, told with any article: "building on a memorandum signed in 2022", "an extension
# of an accord concluded in 2015" (the new act's own date is another).
_RESTS_ON_BEFORE = re.compile(
    rf"\b(?:build(?:s|ing)?\s+(?:up)?on|built\s+(?:up)?on|based\s+on|extension\s+of|renewal\s+of|amendment\s+(?:of|to))\s+"
    rf"(?:an?|the|their|its)\s+(?:[\w.’'-]+\s+){{0,3}}{_ACT_NOUN}s?\s+(?:[\w.’'()-]+\s+){{0,6}}?(?:signed|concluded|adopted|reached|struck|agreed|inked)"
    rf"(?:\s+back)?(?:\s+(?:in|on))?\s+(?:(?:early|late|mid-?)\s+)?$", re.I)
# Every form _DATE reads holds a digit or one of these words (month names begin with their first three
# letters; weekdays, "today" and "yesterday" end in "day"): a sentence with none of them holds no date.
_DIGIT = re.compile(r"\d")
_DATE_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "week", "month", "year")
_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'-]+,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\([^)]{1,40}\)\s*[—–-]+\s*")


@lru_cache(maxsize=4096)
def parse_date(text: str, relative_to: dt.date | None = None) -> dt.date | None:
    """A calendar day from free text (a feed's "Tue, 10 Jun 2025 08:00 GMT"), for publication dates; or None."""
    import dateparser  # imported on use: it is slow to import and most runs need it rarely

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"] if re.search(r"\d{4}", text) else []}
    if relative_to:
        settings["RELATIVE_BASE"] = dt.datetime.combine(relative_to, dt.time())
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _month(name: str) -> int:
    return next(i for i, full in enumerate(_MONTH_NAMES, 1) if full.startswith(name.lower().rstrip(".")[:3]))


def _day_or_none(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _near(month: int, day: int | None, issued: dt.date | None) -> PartialDate | None:
    """A month (and day) with no year: the latest such one on or before publication (news looks back), or in its month."""
    if issued is None:
        return None
    # the publication's own month is this year's, days ahead or not ("4 July" in a July story, dated by its month only)
    year = issued.year if (month, day or 1) <= (issued.month, issued.day) or month == issued.month else issued.year - 1
    return _day_or_none(year, month, day) if day else PartialDate(year, month)


def _month_named(month: int, which: str, issued: dt.date | None) -> PartialDate | None:
    """ "last July" (the latest July before the month of publication), "this March" and "next May"."""
    if issued is None:
        return None
    which = which.lower()
    if which == "next":
        return PartialDate(issued.year + (month <= issued.month), month)
    if which == "last":
        return PartialDate(issued.year - (month >= issued.month), month)
    return PartialDate(issued.year, month)


def _weekday(name: str, which: str, issued: dt.date | None) -> PartialDate | None:
    if issued is None:
        return None
    if day_unknown(issued):  # "on Friday" in a story dated to its month: that month, no day
        return news_date(issued)
    target = _WEEKDAYS.index(name.lower())
    back = (issued.weekday() - target) % 7
    which = which.strip().lower()
    if which == "next":
        return PartialDate.of(issued + dt.timedelta(days=(target - issued.weekday()) % 7 or 7))
    if which == "ahead":  # "will sign on Thursday": the coming one, or the day itself
        return PartialDate.of(issued + dt.timedelta(days=(target - issued.weekday()) % 7))
    if which == "last" and back == 0:
        back = 7
    return PartialDate.of(issued - dt.timedelta(days=back))


def _relative(word: str, issued: dt.date | None) -> PartialDate | None:
    if issued is None:
        return None
    word = " ".join(word.lower().split())
    if day_unknown(issued) and (issued.known == "year" or not word.endswith(("month", "year", "ago"))):
        return news_date(issued)  # "today", "this week" in a story dated to its month: that month
    if word == "today":
        return PartialDate.of(issued)
    if word == "yesterday":
        return PartialDate.of(issued - dt.timedelta(days=1))
    unit = word.rsplit(" ", 1)[-1]
    step = -1 if word.startswith("last") or word == "a year ago" else 1 if word.startswith("next") else 0
    if unit == "year":
        return PartialDate(issued.year + step)
    if unit == "month":
        month = issued.month + step
        year = issued.year + (month > 12) - (month < 1)
        return PartialDate(year, (month - 1) % 12 + 1)
    # a week: its month when the whole week lies in one month, else its year when in one year
    monday = issued - dt.timedelta(days=issued.weekday()) + dt.timedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return PartialDate(monday.year, monday.month)
    return PartialDate(monday.year) if monday.year == sunday.year else None


def _resolve(match: re.Match, issued: dt.date | None) -> PartialDate | None:
    g = match.groupdict()
    month_word = next((g[m] for m in ("m1", "m2", "m3", "m4", "m5", "m7", "m8") if g[m]), None)
    if month_word and month_word[0].islower() and not lower_case_month(  # "may", "march" as words, not months
            month_word, any(g[d] for d in ("d1", "d2", "y3", "d4", "d5"))):
        return None
    if g["iso"]:
        try:
            return PartialDate.parse(g["iso"])
        except ValueError:
            return None
    for d, m, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if g[m]:
            return _day_or_none(int(g[y]), _month(g[m]), int(g[d]))
    if g["m3"]:
        return PartialDate(int(g["y3"]), _month(g["m3"]))
    if g["m4"] or g["m5"]:
        return _near(_month(g["m4"] or g["m5"]), int(g["d4"] or g["d5"]), issued)
    if g["y6"]:
        return PartialDate(int(g["y6"]))
    if g["m7"]:
        if g["yearword"] and issued is not None:  # "in May last year", "in March next year"
            step = {"last": -1, "this": 0, "next": 1}[g["yearword"].split()[-2].lower()]
            return PartialDate(issued.year + step, _month(g["m7"]))
        return _near(_month(g["m7"]), None, issued)
    if g["m8"]:
        return _month_named(_month(g["m8"]), g["which"], issued)
    if g["wd"]:
        return _weekday(g["wd"], g["weekday"] or "", issued)
    return _relative(g["rel"], issued)


def _may_hold_date(sentence: str) -> bool:
    """False when _DATE cannot match anywhere in the sentence (most sentences): a test much faster than the search."""
    if _DIGIT.search(sentence):
        return True
    low = folded(sentence)
    for word in _DATE_WORDS:
        if word in low:
            return True
    return False


# The signing of an act told aside in a clause that ends it: "The law suspends the agreement ..., signed by the parties
# in 2000, and its protocols" (the date is the signing's, not the suspension's).
_SIGNED_ASIDE_BEFORE = re.compile(r",\s*(?:which was\s+|that was\s+)?(?:signed|concluded|inked)\b[^,;]*$", re.I)


# The date of an earlier occasion: "the memorandum signed during Yoon's previous visit in November".
_EARLIER_OCCASION_BEFORE = re.compile(r"\b(?:previous|prior|earlier|last|first)\s+(?:[\w'’-]+\s+){0,2}?(?:visit|trip|meeting|summit|talks"
                                      r"|session|round)\s+(?:(?:in|on|of)\s+)?(?:(?:early|late|mid-?)\s+)?$", re.I)

# A span of time before an earlier event the date dates: "(signed ...), 70 years after establishing ties in 1952".
_SPAN_BEFORE_EVENT = re.compile(r"\b(?:years?|months?|decades?|weeks?|days?)\s+(?:after|since)\s+[^,;()]*$", re.I)


# Others' act of the same kind, told by a pronoun: "(signed a memorandum), after Nigeria and Togo signed one in 2019",
# "; Japan concluded a similar one in 2021".
_OTHERS_ONE_BEFORE = re.compile(r"[,;]\s+[^,;]{0,60}?\b(?-i:[A-Z])[\w.’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w.’'-]*){0,4}\s+"
                                r"(?:had\s+|have\s+|has\s+)?(?:signed|inked|concluded|struck|sealed|adopted)\s+"
                                r"(?:a\s+similar\s+one|one|their\s+own|its\s+own)\s+(?:with\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)?\s+)?"
                                r"(?:(?:back\s+)?(?:in|on)\s+)?(?:(?:early|late|mid-?)\s+)?$")


def _belongs_elsewhere(sentence: str, match: re.Match) -> bool:
    """True when the date starts or ends a span, is a deadline, or dates an older act."""
    before = sentence[: match.start()]
    if _SIGNED_ASIDE_BEFORE.search(before) and ENDED.search(before[: _SIGNED_ASIDE_BEFORE.search(before).start()]):
        return True
    lead = (match.group("inyear") or match.group("inmonth") or "").lower()
    if lead.split(" ")[0] in ("since", "until", "by") or _NOT_THE_ACT_BEFORE.search(before):
        return True
    if inside_since_phrase(before):  # "since its inauguration in 2009", "since the establishment of ties in 1980"
        return True
    if _OLDER_ACT_BEFORE.search(before) or _EARLIER_OCCASION_BEFORE.search(before) or _RESTS_ON_BEFORE.search(before[-120:]) or titled_act_date(before):
        return True
    if ((aside := aside_act(sentence)) or (aside := history_apart(sentence)) or (aside := others_initiative(sentence))) and aside[0] <= match.start() < aside[1]:
        return True  # "A and B, which signed a pact in 2006 (established ties in 1952), signed a memorandum": the aside's
    if _SPAN_BEFORE_EVENT.search(before[-120:]):
        return True  # "..., 70 years after establishing diplomatic ties in 1952": the earlier event's date
    if _OTHERS_ONE_BEFORE.search(before[-160:]):
        return True  # "..., after Nigeria and Togo signed one in 2019": their act's date
    return bool(_OLDER_ACT_AFTER.match(sentence[match.end():])) and not match.group("wd") and not match.group("rel")


# A weekday the act is still ahead of: "will sign the memorandum on Thursday", "is due to be signed Friday" (not "said
# Tuesday", which tells when the news was given).
_AHEAD_BEFORE = re.compile(r"\b(?:will|shall|is to|are to|set to|scheduled to|scheduled for|due to|expected to|plans? to|planned for"
                           r"|likely to|could be)"  # an initialism's dots ("with the U.S. on Monday") end no clause
                           r"\b(?P<rest>(?:[^.;,]|(?<=\b[A-Z])\.){0,160})$", re.I)
_DONE = re.compile(r"(?<!\bbe )\b(?:signed|inked|agreed|concluded|adopted|launched|sealed|met|held)\b", re.I)
_TOLD_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated)\s+(?:on\s+|late\s+|earlier\s+)?$", re.I)


def _told_ahead(sentence: str, match: re.Match) -> bool:
    """Whether a bare weekday ("on Thursday") dates something the sentence tells as still to come."""
    if (match.group("weekday") or "").strip().lower() not in ("", "on"):
        return False
    before = sentence[: match.start()]
    ahead = _AHEAD_BEFORE.search(before)
    return bool(ahead) and not _DONE.search(ahead.group("rest")) and not _TOLD_BEFORE.search(before)


_YEAR_WORD = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def _year_named_beside(sentence: str, match: re.Match) -> dt.date | None:
    """For a month and day with no year and no publication date, the one year the sentence names
    ("On April 23, during AI Week 2025, ..."), as the end of that year."""
    if not (match.group("m4") or match.group("m5") or match.group("m7")):
        return None
    years = {year.group() for year in _YEAR_WORD.finditer(sentence)
             if not _OLDER_ACT_AFTER.match(sentence[year.end():])
             and not _NOT_THE_ACT_BEFORE.search(sentence[:year.start()])}  # not "a 2019 pact", "since 2019"
    return dt.date(int(years.pop()), 12, 31) if len(years) == 1 else None


def dates_in(sentence: str, relative_to: dt.date | None) -> Iterator[PartialDate]:
    """Every date the sentence gives for its own act, in order; a dateline's date last."""
    return iter(_dates_read(sentence, relative_to))


@lru_cache(maxsize=256)  # a sentence is read for each act it tells, for its occasion and for its passage's signings
def _dates_read(sentence: str, relative_to: dt.date | None) -> tuple[PartialDate, ...]:
    """dates_in, read once."""
    return tuple(_dates_of(sentence, relative_to))


def _dates_of(sentence: str, relative_to: dt.date | None) -> Iterator[PartialDate]:
    if not _may_hold_date(sentence):
        return
    dateline = _DATELINE.match(sentence)
    body_start = dateline.end() if dateline else 0
    late = []
    for match in _DATE.finditer(sentence):
        if _belongs_elsewhere(sentence, match):
            continue
        found = _resolve(match, relative_to or _year_named_beside(sentence, match))
        if found is not None and match.group("wd") and relative_to and _told_ahead(sentence, match):
            found = _weekday(match.group("wd"), "ahead", relative_to)
        elif found is not None and (match.group("m4") or match.group("m5") or (match.group("m7") and not match.group("yearword"))) \
                and relative_to and (found.year, found.month) < (relative_to.year, relative_to.month) and _told_ahead(sentence, match):
            # "will be signed in March", told in June: next March
            found = _day_or_none(found.year + 1, found.month, found.day) if found.day else PartialDate(found.year + 1, found.month)
        if found is None:
            continue
        if match.start() < body_start:
            late.append(found)
        else:
            yield found
    yield from late


# "a 2021 agreement", "their 1951 mutual defence assistance agreement", "the treaty of 2001".
_YEAR_OF_ACT = re.compile(rf"(?:\b(?:the|a|an|its|their|this|that)|\w['’]s?)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,3}}{_ACT_NOUN}\b"
                          rf"|\b{_ACT_NOUN}\s+of\s+(?P<of>(?:19|20)\d\d)\b", re.I)


def named_act_date(sentence: str, relative_to: dt.date | None) -> PartialDate | None:
    """The date that names an act told as existing ("a 2021 agreement", "the treaty of 2001"): the one dates_in passes
    over as another act's, for when that act is the one told."""
    if not _may_hold_date(sentence):
        return None
    year = _YEAR_OF_ACT.search(sentence)
    if year:
        return PartialDate(int(year.group("year") or year.group("of")))
    for match in _DATE.finditer(sentence):
        before = sentence[: match.start()]
        older = _OLDER_ACT_BEFORE.search(before) or (
            _OLDER_ACT_AFTER.match(sentence[match.end():]) and not match.group("wd") and not match.group("rel"))
        if older and not _NOT_THE_ACT_BEFORE.search(before):
            found = _resolve(match, relative_to)
            if found is not None:
                return found
    return None


def start_date(sentence: str, relative_to: dt.date | None) -> PartialDate | None:
    """When an act going on began, as "since" tells it: "has been operating since February", "since 2015"."""
    if not _may_hold_date(sentence) or "since" not in sentence.lower():
        return None
    for match in _DATE.finditer(sentence):
        lead = (match.group("inyear") or match.group("inmonth") or "").lower()
        if lead.startswith("since") or sentence[: match.start()].lower().endswith("since "):
            return _resolve(match, relative_to)
    return None


def act_date(sentence: str, relative_to: dt.date | None, years: set[str],
             keep: Callable[[PartialDate], bool] | None = None) -> PartialDate | None:
    """The date of the sentence's act: its first date, or, when the sentence gives dates of more than one year and the
    act was told with one of them ("set up a working group in 2021 and signed a memorandum in 2022": 2022 for the
    memorandum), the first date in that year. The sentence's dates are read once; keep, when given, passes over the
    dates it refuses (a done act's dates after the story)."""
    found = dates_in(sentence, relative_to)
    if keep is not None:
        found = (date for date in found if keep(date))
    if len(years) != 1:
        return next(found, None)
    dates = list(found)
    if len({found.year for found in dates}) >= 2:
        return next((found for found in dates if str(found.year) in years), dates[0])
    return dates[0] if dates else None


def first_date(sentence: str, relative_to: dt.date | None) -> PartialDate | None:
    """The date of the sentence's act, at the text's precision; relative ones need the publication date."""
    return next(dates_in(sentence, relative_to), None)
