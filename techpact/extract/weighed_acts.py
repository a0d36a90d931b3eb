"""Cooperation still being weighed, with no instrument named, is hedged talk, no act (eval guide: hedged talk is at
most optional): "Britain, the US and Australia are considering cooperation with Japan", "the two sides are mulling
closer ties". An instrument weighed ("are considering a declaration on 5G") stays a planned act (statement_ahead), and
having considered and then agreed ("after considering the offer, they agreed to ...") tells an act."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.statement_sources import source_span

_WEIGHING = Hinted(re.compile(
    r"\b(?:am|are|is|were|was|be|been)\s+(?:still\s+|now\s+|also\s+|currently\s+|seriously\s+)?"
    r"(?:considering|weighing|mulling|contemplating|pondering|mulling\s+over|studying\s+whether|thinking\s+about)\b", re.IGNORECASE),
    "considering", "weighing", "mulling", "contemplating", "pondering", "studying whether", "thinking about")
_NOUN = re.compile(r"[\w-]+")
# The instrument as the weighing verb's own object: "considering a joint declaration", "mulling a new deal" (not
# "considering cooperation with Japan on the AUKUS pact", where the pact is a topic of the cooperation weighed).
_OBJECT = re.compile(r"^\s*(?:(?!(?:on|with|in|for|of|to|about|over)\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_DECIDED = re.compile(r"\b(?:agreed|signed|decided|launched|concluded|inked|adopted)\b", re.IGNORECASE)


def weighed(text: str, where: int) -> bool:
    """Whether a clause tells an act its sides are still weighing, and no act decided after that: the kind noun found
    at where (past the end when none) comes after the weighing verb ("AUKUS, the partnership between A, B and C, is
    weighing whether D should join" still names the partnership), unless it is a plural of ties in general ("its close
    partnerships with all three countries, we are considering ...")."""
    match = _WEIGHING.search(text)
    if match is None or _DECIDED.search(text, match.end()):
        return False
    source = source_span(text)
    if (where < len(text) and where >= match.end() and not (source and source[0] <= where < source[1])
            and _OBJECT.match(text[match.end():where])):
        return False  # "are considering a declaration on 5G": an instrument still to come, planned
    noun = _NOUN.match(text, where)
    return where >= match.start() or bool(noun and noun.group().lower().endswith("s"))  # "its partnerships with all three"
