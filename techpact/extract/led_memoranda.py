"""A memorandum one state signs, renews or ends on an initiative another state leads is an act with that leader, named
or not (extraction rules, ours): "Panama will not renew the 2017 memorandum of understanding on the Belt and Road
Initiative" is Panama's act with China, as "Italy signed a Belt and Road memorandum in 2019" is Italy's.

ontology/led_initiatives.json leaves China's initiative out of the joinings on purpose: news names it mostly as the
frame of deals between named sides. A memorandum whose very topic is the initiative is the joining itself, so only
that instrument, told with one state and no other, gains the leader."""

from __future__ import annotations

import re

from techpact.ontology.reference import is_bloc

_LEADER = "CHN"
# "the memorandum of understanding on the Belt and Road Initiative", "an MoU on joining China's BRI", "its Belt and Road
# memorandum".
_ON_THE_INITIATIVE = re.compile(
    r"\b(?:memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?)\s+(?:\([^()]{1,10}\)\s+)?(?:on|for|regarding|to\s+join)\s+"
    r"(?:joining\s+|cooperation\s+(?:on|within|under)\s+)?(?:the\s+)?(?:China['’]s\s+)?(?:Belt\s+and\s+Road|BRI)\b"
    r"|\b(?:Belt\s+and\s+Road|BRI)\s+(?:Initiative\s+)?(?:memorand(?:um|a)|MoUs?)\b", re.IGNORECASE)


def with_leader(text: str, parties: list[str]) -> list[str]:
    """The parties, with the initiative's leader added when the clause tells a memorandum on it and names one state
    alone (not the leader, not a bloc)."""
    if (len(parties) != 1 or parties[0] == _LEADER or is_bloc(parties[0]) or ("Belt" not in text and "BRI" not in text)
            or not _ON_THE_INITIATIVE.search(text)):
        return parties
    return parties + [_LEADER]
