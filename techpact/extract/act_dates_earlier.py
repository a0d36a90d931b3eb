"""An earlier act told in a sentence of its own takes that sentence's date, never the story's.

The reader keeps an act told as made before the one in focus ("announced that they had signed a memorandum", "the
accord the two signed earlier") undated, since a sentence telling both usually dates the new act ("Building on
their 2019 accord, A and B on Monday signed a memorandum"). When no other act is told in its sentence, the date that
sentence gives is the earlier act's own ("On March 9, A and B announced that they had signed a memorandum"); the
story's dateline or publication day never is (they date the news, not what it recalls).
"""

from __future__ import annotations

import datetime as dt

from techpact.extract.act_dates_done import after_story
from techpact.extract.dates import first_date
from techpact.extract.facts import Agreement, PartialDate

_IN_FORCE = "in-force"


def earlier_act_date(agreement: Agreement, alone: bool, issued: dt.date | None) -> PartialDate | None:
    """The date of an earlier act (one the reader left undated) from its first sentence, when that sentence tells no
    other act (alone) and the date is not after the story; acts in force keep the date their name gives."""
    if not alone or not agreement.evidence or agreement.status == _IN_FORCE:
        return None
    found = first_date(agreement.evidence[0].text, issued)
    return None if found is None or after_story(found, issued) else found
