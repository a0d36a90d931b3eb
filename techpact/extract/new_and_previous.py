""""The new memorandum" is not the previous one (extraction rules, ours): after "Ghana and Togo signed a memorandum on
payments. It builds on a previous memorandum from 2021", the clause "The new memorandum aims to link the two payment
systems" retells the memorandum signed now, though the previous one was told last. A back reference calling its act
new never points at an act introduced as previous, earlier, former or original."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.facts import Agreement

_I = re.IGNORECASE
_NEW_BACK = re.compile(r"\b(?:the|this)\s+new\s+(?:[\w-]+\s+){0,2}?" + cues.INSTRUMENT_NOUNS + r"\b", _I)
_PREVIOUS = re.compile(r"\b(?:previous|earlier|former|prior|older|original)\s+(?:[\w-]+\s+){0,2}?" + cues.INSTRUMENT_NOUNS + r"\b", _I)
_NEW = re.compile(r"\bnew\s+(?:[\w-]+\s+){0,2}?" + cues.INSTRUMENT_NOUNS + r"\b", _I)


def previous_not_new(text: str, agreement: Agreement) -> bool:
    """Whether the clause calls the act it points back to new while the act was introduced as a previous one."""
    if "new" not in text.lower() or not _NEW_BACK.search(text) or not agreement.evidence:
        return False
    first = agreement.evidence[0].text
    return bool(_PREVIOUS.search(first)) and not _NEW.search(first)
