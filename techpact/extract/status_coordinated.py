"""A verb of concluding coordinated under a future told some words back (extraction rules, ours).

"Will sign" is ahead; so is the second of two verbs under one future (or an agreement, decision or pledge to act)
when the first has an object of its own between them: "A and B will relaunch their joint programme in science and
innovation and sign a memorandum", "plan to set up a fund for start-ups and conclude a treaty", "agreed to support
each other's energy missions and establish a task force". status_aspect reads "will negotiate and sign" already; this
reads the longer shape. The cue must be a base form (status_aspect checks it): "will meet ministers and signed" is no such pair.
"""

from __future__ import annotations

import re

# The future or infinitive, a base-form verb (lower case), its object (no stop, no second subject's verb of report),
# then "and" right before the cue.
_AHEAD_AND = re.compile(r"\b(?:will|shall|would|plans?\s+to|planning\s+to|set\s+to|expected\s+to|due\s+to|intends?\s+to"
                        r"|(?:agreed|agree|agrees|decided|pledged|committed|vowed|resolved)\s+to)\s+"
                        r"(?:\w+ly\s+|also\s+|jointly\s+)?(?-i:[a-z])\w+\s+(?!(?:and|or)\b)[^.;:!?\"“”]{3,120}?\s+(?:and|or)\s+"
                        r"(?:then\s+|also\s+|eventually\s+|jointly\s+)?$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|told|added|noted|stated)\b", re.IGNORECASE)


def coordinated_ahead(text: str, start: int) -> bool:
    """Whether the cue at start is the second verb under a future or plan told some words back ("will relaunch the
    programme in science and sign a memorandum")."""
    match = _AHEAD_AND.search(text, max(0, start - 160), start)
    return match is not None and _REPORTED.search(match.group()) is None
