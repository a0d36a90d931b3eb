"""A done act is never dated after the story that tells it; one announced in the lead's perfect is of the story's day.

An act told as signed, in force or ended was made by the time the story was published: a date in its sentence that
lies after the publication ("to extend the project to 50 villages next year", "the satellite will be launched in
2027", "talks are due in March") dates something still ahead of it (a step under the act, a plan, a launch), not the
act. Such dates are passed over and the act takes the next date its sentence gives, or none.
"""

from __future__ import annotations

import datetime as dt
import re

from techpact.extract.act_dates_precision import news_date
from techpact.extract.dates import act_date
from techpact.extract.facts import PartialDate
from techpact.extract.gates import Hinted
from techpact.extract.status_shapes import INSTRUMENT

_PLANNED = "planned"
_PROPOSED = "proposed"


def done(status: str | None) -> bool:
    """Whether an act of this status was made by the time it was told (not planned, not merely proposed)."""
    return status is not None and status != _PLANNED and status != _PROPOSED


def after_story(found: PartialDate, issued: dt.date | None) -> bool:
    """Whether a date lies wholly after the publication date (at the precision the publication is known)."""
    return issued is not None and found.first_day() > news_date(issued).last_day()


def done_act_date(sentence: str, issued: dt.date | None, years: set[str]) -> PartialDate | None:
    """The date of a done act's sentence as dates.act_date reads it, with the dates after the story passed over."""
    return act_date(sentence, issued, years, keep=lambda found: not after_story(found, issued))


# The hot-news perfect of announcing an instrument, which makes it: "Kazakhstan has announced a partnership with
# Tajikistan", "The two have jointly announced a new initiative on chips". In a lead, an act of the story's day (as
# status_discourse.hot_news reads "have signed"); "has announced plans for a pact" announces no instrument made.
_ANNOUNCED_NOW = Hinted(re.compile(
    r"\b(?:has|have)\s+(?:(?:\w+ly|also|now|just)\s+)?(?:announced|unveiled)\s+(?:(?:a|an|the|its|their|new|joint)\s+)+"
    r"(?:(?!(?:plans?|intention|proposals?|talks)\b)[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b", re.I), "has ", "have ")
_PAST_TIME = re.compile(r"\b(?:in the past|previously|earlier|already|before|last (?:year|month|week)|ago)\b", re.I)


def announced_now(text: str) -> bool:
    """Whether a lead clause tells its instrument announced in the hot-news perfect (and no past time)."""
    return bool(_ANNOUNCED_NOW.search(text)) and not _PAST_TIME.search(text)
