"""A state joining one other state's programme makes an act with it: signed (extraction rule, ours).

"Bahrain joined the Artemis Accords", "Georgia became the latest to join the US Clean Network program": the arrangement
stands, and the reader keeps it as one act of all the states told taking part, in force. When the states told are only
the one joining and the one whose programme it is, the act between them is the joining itself, made in the news:
signed. An arrangement told with several members ("has joined the mBridge project with China, Thailand and the UAE")
stays in force, and so do two states joining a third's programme ("Kenya and Ghana joined the Digital Silk Road": their
tie to each other is the arrangement they share) and a joining told as history ("in 2019 became the first to join").
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement

# The joining told as done, also by the joiner's rank: "became the latest country to join", "the first US ally to join".
_JOINED = re.compile(r"\b(?:joined|(?:has|have)\s+(?:\w+ly\s+)?joined|signed\s+on\s+to|acceded\s+to"
                     r"|bec(?:o|a)me\s+(?:the|a)\s+(?:latest|newest|first|second|third|fourth|fifth|\w+th|last)\s+(?:[\w-]+\s+){0,3}?to\s+join)\b",
                     re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def joining_status(arrangement: Agreement | None, joiners: set[str], news_year: int | None) -> None:
    """Make the act signed when the arrangement states joined has two parties, one told joining it (joiners) and the
    other whose programme it is, told in force, and its first sentence tells the joining with no year before the news
    (news_year, when known). Two states joining a third's programme ("Kenya and Ghana joined the Digital Silk Road")
    stay in force."""
    if arrangement is None or len(arrangement.parties) != 2 or arrangement.status != "in-force" or not arrangement.evidence:
        return
    if len(joiners & set(arrangement.parties)) != 1:
        return
    first = arrangement.evidence[0].text
    if not _JOINED.search(first):
        return
    if any(news_year is None or int(year) < news_year for year in _YEAR.findall(first)):
        return  # "Italy in 2019 became the first to join": its history
    arrangement.status = "signed"
