"""Publication dates known only to their month or year ("DATE: 2023-08", a feed's "2024").

Such a date tells no day. The loaders keep it as an IssuedMonth (or IssuedYear): a datetime.date on the first day of the
span, marked with what is known, so every caller that only needs a date keeps working and the extraction can tell that
"on Friday" in the passage names a day of that month it does not give (extract/act_dates_precision).
"""

from __future__ import annotations

import datetime as dt
import re


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
