"""Acts told in the first person, in a quote: "Today we signed a memorandum on AI," the Kenyan president said. Right
after two sides were named meeting, "we" who signed are those two."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

# "we" as the subject of a verb of concluding or agreeing, with a few words between at most ("we have just signed",
# "we today inked", "we agreed to set up"); not "we hope to sign", "we could sign" (hedged: no act yet).
WE_MADE = Hinted(re.compile(
    r"\bwe\s+(?:have\s+|had\s+|just\s+|today\s+|also\s+|now\s+|finally\s+){0,2}"
    r"(?:signed|inked|sealed|concluded|agreed|adopted|launched|exchanged|established|set\s+up)\b", re.IGNORECASE), "we ")


def we_made(text: str) -> bool:
    """Whether a clause tells, in the first person plural, an act made: "we signed a memorandum", "we agreed to"."""
    return bool(WE_MADE.search(text))
