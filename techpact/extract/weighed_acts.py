"""An act still being weighed is hedged talk, no act (eval guide: hedged talk is at most optional): "Britain, the US
and Australia are considering cooperation with Japan", "Seoul is weighing a chip pact with Tokyo", "the two sides
are mulling a joint fund". Having considered and then agreed ("after considering the offer, they agreed to ...")
tells an act, as does an act signed "after weighing the risks"."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_WEIGHING = Hinted(re.compile(
    r"\b(?:am|are|is|were|was|be|been)\s+(?:still\s+|now\s+|also\s+|currently\s+|seriously\s+)?"
    r"(?:considering|weighing|mulling|contemplating|pondering|mulling\s+over|studying\s+whether|thinking\s+about)\b", re.IGNORECASE),
    "considering", "weighing", "mulling", "contemplating", "pondering", "studying whether", "thinking about")
_NOUN = re.compile(r"[\w-]+")
_DECIDED = re.compile(r"\b(?:agreed|signed|decided|launched|concluded|inked|adopted)\b", re.IGNORECASE)


def weighed(text: str, where: int) -> bool:
    """Whether a clause tells an act its sides are still weighing, and no act decided after that: the kind noun found
    at where (past the end when none) comes after the weighing verb ("AUKUS, the partnership between A, B and C, is
    weighing whether D should join" still names the partnership), unless it is a plural of ties in general ("its close
    partnerships with all three countries, we are considering ...")."""
    match = _WEIGHING.search(text)
    if match is None or _DECIDED.search(text, match.end()):
        return False
    noun = _NOUN.match(text, where)
    return where >= match.start() or bool(noun and noun.group().lower().endswith("s"))  # "its partnerships with all three"
