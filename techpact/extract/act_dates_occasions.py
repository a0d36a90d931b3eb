"""An act told at an occasion takes the occasion's date, whichever of its sentences names that occasion, and an act
made with no date of its own, told after the occasion the passage dates, is of that occasion.

occasions.told_at_occasion dates an act from the occasion named in its first sentence ("At the meeting, ..."). The
occasion is often named in a later sentence of the act ("Ghana and Togo agreed to deepen ties. Several memoranda were
signed during a meeting between the two presidents."), or with an indefinite article ("during a visit"), and the
passage dates it elsewhere ("The presidents met in Accra on 3 October"). Such an act takes the date of the occasion
the passage tells as held (occasions.occasion_among), before any later sentence's date, which would be another thing's.
Not dated so: acts in force (not made at the occasion), an occasion told as an earlier one ("during his previous
visit"), and a decision taken at the occasion that the act carries out ("fulfilling a commitment made at the summit").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from techpact.extract.facts import Agreement, PartialDate
from techpact.extract.gates import Hinted
from techpact.extract.occasions import occasion_among

_IN_FORCE = "in-force"
_SIGNED = "signed"
_PLANNED = "planned"
_RANK = {"year": 1, "month": 2, "day": 3}

_AT_OCCASION = Hinted(re.compile(
    r"\b(?:at|during|on the sidelines of|after|following|in the course of)\s+"
    r"(?:the\s+(?:end|close|conclusion|sidelines|margins?)\s+of\s+)?(?:a|an|the|this|that|their|its|his|her)\s+"
    r"(?P<words>(?:[\w'’-]+\s+){0,3}?)(?:summit|meeting|visit|talks|forum|conference|ceremony|session)s?\b", re.I),
    "summit", "meeting", "visit", "talks", "forum", "conference", "ceremony", "session")
_EARLIER = re.compile(r"\b(?:previous|prior|earlier|last|past|first|next|upcoming|coming|future)\b", re.I)
_CARRIED_OUT_BEFORE = re.compile(r"\b(?:commitments?|pledges?|decisions?|consensus|as agreed|in line with"
                                 r"|fulfil\w*|pursuant to|agreed upon|reached)\b[^.;]*$", re.I)
_OCCASION_NAMED = re.compile(r"\b(?:summit|meeting|visit|talks|forum|conference|ceremony|session)s?\b", re.I)
# A plan told as agreed or decided at the occasion, not merely planned ("plan to build", "will set up").
_AGREED = re.compile(r"\b(?:agreed|decided|resolved|pledged|committed|vowed)\b", re.I)
# Another matter than the occasion's: "Separately, ...", "In other news, ...".
_ANOTHER_MATTER = re.compile(r"\s*(?:separately|in (?:a )?separate \w+|in other news|meanwhile|elsewhere)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|shall|to be|is to|are to|due to|set to|expected to|scheduled)\b", re.I)


def told_at_occasion_held(text: str, status: str | None) -> bool:
    """Whether a sentence tells its act made at an occasion the passage may date ("MoUs were signed during a meeting
    between the two presidents"): not an act in force, an earlier or coming occasion, a decision carried out, or an
    act still ahead ("will be signed at the summit")."""
    if status == _IN_FORCE:
        return False
    for at in _AT_OCCASION.finditer(text):
        if _EARLIER.search(at.group("words")) or _CARRIED_OUT_BEFORE.search(text, max(0, at.start() - 80), at.start()):
            continue
        if _AHEAD.search(text, max(0, at.start() - 60), at.start()):
            continue
        return True
    return False


def occasion_before(agreement: Agreement, starts: list[int],
                    dated: Callable[[], list[tuple[int, PartialDate, bool]]]) -> PartialDate | None:
    """For an act signed, or planned as agreed, with no date of its own, the date of the occasion the passage tells as
    held in or before the act's first sentence ("Biden on September 21 hosted the leaders for the summit. The leaders
    adopted the Wilmington Declaration."): a story of an occasion tells what was made there after it. Not an act told
    as another matter ("Separately, ..."), or as carrying out a decision of an occasion ("as agreed at the summit").
    starts: the passage's sentence offsets; dated: its dated occasions (occasions.dated_occasions), read once on demand."""
    if not agreement.evidence or not (agreement.status == _SIGNED or (agreement.status == _PLANNED
                                                                     and _AGREED.search(agreement.evidence[0].text))):
        return None  # in force, ended, proposed, or a plan told as one ("plan to build", "will also set up")
    text = agreement.evidence[0].text
    if _ANOTHER_MATTER.match(text) or any(_CARRIED_OUT_BEFORE.search(text, max(0, at.start() - 80), at.start())
                                           for at in _OCCASION_NAMED.finditer(text)):
        return None  # "Separately, ...", "fulfilling a commitment made at the summit", "as agreed at the summit"
    upto = bisect_right(starts, agreement.evidence[0].start)
    return occasion_among(dated(), upto) if upto else None


def finer(own: PartialDate | None, occasion: PartialDate | None) -> PartialDate | None:
    """The act's own date, or the occasion's when the act has none or the occasion's is the same time told more
    precisely ("in 2016" and "on 20 October 2016")."""
    if own is None:
        return occasion
    if occasion is not None and occasion.compatible(own) and _RANK[occasion.precision] > _RANK[own.precision]:
        return occasion
    return own
