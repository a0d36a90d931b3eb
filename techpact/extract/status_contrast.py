"""An act concluded, then nothing more: "signed an MoU on AI but did not sign any agreement on lithium" tells the MoU
signed; the refusal is of instruments not made, not of the one told (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_SIGNED_BUT_NO_OTHER = Hinted(re.compile(
    r"\b(?:signed|inked|concluded|sealed|initial(?:l)?ed)\b[^.;]*?,?\s+but\s+(?:(?:the\s+)?[\w-]+\s+){0,2}?"
    r"(?:did\s+not|didn[’']t|failed\s+to|could\s+not|couldn[’']t)\s+(?:yet\s+)?(?:sign|conclude|reach|ink|seal|agree\s+on)\w*\s+"
    r"(?:any|another|a\s+second|further|other|more)\b", re.IGNORECASE), "but")


def signed_but_no_other(text: str) -> bool:
    """Whether text tells an instrument concluded and then that no other one was ("..., but did not sign any ...")."""
    return bool(_SIGNED_BUT_NO_OTHER.search(text))
