"""Publication dates known only to their month or year, and the news date at that precision.

A passage dated "DATE: 2023-08" tells no day: "on Friday", "today" or "yesterday" in it name a day of that month
the text does not give, so they resolve to the month ("2023-08"), never to a day counted back from the 1st (which
would land in the month before). The loaders keep such a date as an IssuedMonth (or IssuedYear, loaders/issued.py).
"""

from __future__ import annotations

import datetime as dt

from techpact.extract.facts import PartialDate
from techpact.loaders.issued import IssuedMonth, IssuedYear


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
