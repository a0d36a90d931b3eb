"""Publication dates known only to their month or year, and the news date at that precision.

A passage dated "DATE: 2023-08" tells no day: "on Friday", "today" or "yesterday" in it name a day of that month
the text does not give, so they resolve to the month ("2023-08"), never to a day counted back from the 1st (which
would land in the month before). The loaders keep such a date as an IssuedMonth (or IssuedYear): a datetime.date
on the first day of the span, marked with what is known, so every caller that only needs a date keeps working.
"""

from __future__ import annotations

import datetime as dt
import re

from techpact.extract.facts import PartialDate


class IssuedMonth(dt.date):
    """A publication date known to its month only (stored as the month's first day)."""

    known = "month"


class IssuedYear(dt.date):
    """A publication date known to its year only (stored as the year's first day)."""

    known = "year"


_PARTIAL = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?\s*")


def partial_issued(text: str) -> dt.date | None:
    """ "2023-08" -> IssuedMonth(2023, 8, 1); "2023" -> IssuedYear(2023, 1, 1); anything else (a full date) -> None."""
    match = _PARTIAL.fullmatch(text)
    if not match:
        return None
    year, month = int(match.group(1)), match.group(2)
    try:
        return IssuedMonth(year, int(month), 1) if month else IssuedYear(year, 1, 1)
    except ValueError:
        return None


def day_unknown(issued: dt.date | None) -> bool:
    """Whether the publication date tells no day (a month or a year only)."""
    return isinstance(issued, (IssuedMonth, IssuedYear))


def news_date(issued: dt.date) -> PartialDate:
    """The publication date at the precision it is known: a day, a month or a year."""
    if isinstance(issued, IssuedYear):
        return PartialDate(issued.year)
    if isinstance(issued, IssuedMonth):
        return PartialDate(issued.year, issued.month)
    return PartialDate(issued.year, issued.month, issued.day)
