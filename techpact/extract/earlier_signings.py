"""An instrument named by its signing in a year before the story's is an older act, not the act in focus told with
no time (extraction rules, ours).

A story of October 2024 tells "the two countries' coast guards signed a memorandum", then "the leaders agreed to
boost trade by ratifying the bilateral free trade agreement signed in September 2023". The memorandum, told with no
time of its own, is the story's act; the agreement the clause names by its signing a year earlier is another, older
one. (An act in focus told with a time is told apart by that time: act_separation.retold reads another_time.)
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.status_shapes import INSTRUMENT

# "the bilateral free trade agreement signed in September 2023", "the 2019 accord, signed in Lima in March 2019".
_SIGNED_IN_A_YEAR = Hinted(re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,5}?" + INSTRUMENT + r",?\s+(?:signed|inked|concluded)\s+(?:[^.;,]{0,40}?\s)?"
    r"(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)\b"),
    "signed", "inked", "concluded")
# A verb of making told in a sentence (the participle of the named instrument is one).
_MAKING_VERB = re.compile(r"\b(?:signed|inked|concluded)\b", re.IGNORECASE)


def signed_in_an_earlier_year(text: str, news_year: int | None, focus_timed: bool) -> bool:
    """Whether a clause names an instrument by its signing in a year before the story's (news_year), while the act
    in focus was told with no time of its own (focus_timed false)."""
    if news_year is None or focus_timed:
        return False
    found = _SIGNED_IN_A_YEAR.search(text)
    return bool(found) and int(found.group("year")) < news_year


def names_its_signing(text: str, kind: str) -> bool:
    """Whether a sentence names an instrument of this kind by its signing in a year ("the free trade agreement signed
    in September 2023" for an agreement) and tells no other making: the date it gives there is that instrument's own."""
    found = _SIGNED_IN_A_YEAR.search(text)
    return (bool(found) and cues.find_kind(found.group())[0] == kind
            and len(_MAKING_VERB.findall(text)) == 1)  # not "Building on the accord signed in 2019, A and B signed an accord"

