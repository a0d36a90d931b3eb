"""An act in force is dated by its signing, told anywhere in the passage.

An act told in force by a later step ("Lukashenko signed a law to ratify an agreement with Russia", "the parliament
completed the ratification of the agreement on Friday") has, for its date, the day it was signed, not the day of the
step (the guide dates the act). _add_details already looks for that signing in the act's own later sentences; it is
often told in a sentence the reader gave to no act or to another one ("The nuclear cooperation agreement with Russia
was signed in Tokyo in May 2009"). Such a sentence dates the act when it tells a signing as done, names an instrument
of the act's kind, and names no state outside the act's parties (one of them at least). It is looked for only when
the act's own sentences and name give no date, or only the story's day or dateline (that of the later step told).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from techpact.extract.act_dates_done import after_story
from techpact.extract.cues import find_kind
from techpact.extract.dates import first_date
from techpact.extract.facts import Agreement, Mention, PartialDate, Span
from techpact.extract.status_discourse import signing_told

_DATELINE = "dateline"


def signing_sentences(sentences: list[Span]) -> list[Span]:
    """The sentences of a passage that tell a signing as done (read once per passage, for all its acts)."""
    return [span for span in sentences if signing_told(span.text)]


def signing_date_apart(agreement: Agreement, signings: list[Span], mentions: list[Mention], starts: list[int],
                       issued: dt.date | None) -> PartialDate | None:
    """The date of the act's signing told in another sentence of the passage (signings: those telling a signing done,
    signing_sentences) than the one that tells the act, or None."""
    own = agreement.evidence[0] if agreement.evidence else None
    parties = set(agreement.parties)
    for span in signings:
        if span == own:
            continue
        named = {m.code for m in mentions[bisect_left(starts, span.start):bisect_left(starts, span.end)] if m.how != _DATELINE}
        if not named or not named <= parties or find_kind(span.text)[0] != agreement.kind:
            continue
        found = first_date(span.text, issued)
        if found is not None and not after_story(found, issued):
            return found
    return None
