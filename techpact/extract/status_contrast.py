"""An act concluded, then nothing more: "signed an MoU on AI but did not sign any agreement on lithium" tells the MoU
signed; the refusal is of instruments not made, not of the one told (extraction rules, ours). And an act not yet
reached while the talks on it go on ("did not reach agreement on a minerals deal but are to continue talks") is still
ahead (planned): nobody refused it."""

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


# Not reached, then the talks told going on: "did not reach agreement on X but are to continue talks", "failed to
# conclude the deal and will keep negotiating".
_UNREACHED_TALKS_ON = Hinted(re.compile(
    r"\b(?:did\s+not|didn[’']t|failed\s+to|could\s+not|couldn[’']t|were\s+unable\s+to|have\s+not\s+yet|has\s+not\s+yet)\s+"
    r"(?:reach|conclude|finali[sz]e|seal|clinch|strike|agree\s+on)\w*\b[^.;]*?\b(?:but|and|while)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:are|is|were|was)\s+to|will|would|agreed\s+to|plan\s+to|intend\s+to|vowed\s+to|pledged\s+to)\s+(?:continue|keep|resume|pursue)"
    r"\w*\s+(?:(?:the|their|its)\s+)?(?:talks|negotiat\w*|discussions|consultations|work)\b", re.IGNORECASE), "but", "and", "while")


def talks_go_on(text: str) -> bool:
    """Whether text tells an act not yet reached and the talks on it going on ("did not reach agreement on a deal but
    are to continue talks"): the act is still ahead, not refused."""
    return bool(_UNREACHED_TALKS_ON.search(text))
