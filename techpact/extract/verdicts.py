"""A state's verdict on someone else's pact is no act of its own (extraction rules, ours; eval guide: accusations and
opinions are not agreements): "China has called the AUKUS pact dangerous", "Beijing branded the deal a threat",
"Moscow warned the alliance could spur an arms race". The pact, told elsewhere, keeps its own parties."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_INSTRUMENT = (r"(?:pact|deal|agreement|accord|alliance|partnership|treaty|arrangement|initiative|grouping|bloc"
               r"|[A-Z]{3,}(?:\s+(?:security\s+)?(?:pact|deal|alliance|partnership))?)")
_BAD = (r"(?:dangerous|destabili[sz]\w+|provocative|irresponsible|hostile|unacceptable|illegal|aggressive"
        r"|(?:an?\s+)?(?:serious\s+)?(?:threat|danger|provocation|mistake|(?:cold[- ]war|zero-sum)\s+\w+))")

# "called the AUKUS pact dangerous", "branded the deal a threat", "described the alliance as destabilising"
_CALLED = re.compile(
    rf"\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|term(?:s|ed|ing)?|describ(?:es|ed|ing)"
    rf"|denounc\w*|decr(?:y|ies|ied))\s+(?:the|this|that|such\s+an?)\s+(?:[\w-]+\s+){{0,2}}?{_INSTRUMENT}\s+(?:as\s+)?{_BAD}",
    re.IGNORECASE)
# "warned it could spur an arms race", "warned that the pact would fuel tensions"
_WARNED = re.compile(r"\bwarn(?:s|ed|ing)?\s+(?:that\s+)?(?:it|the\s+(?:[\w-]+\s+){0,2}?" + _INSTRUMENT
                     + r")\s+(?:could|would|might|may|will)\b", re.IGNORECASE)

VERDICT = Hinted(re.compile(f"{_CALLED.pattern}|{_WARNED.pattern}", re.IGNORECASE),
                 "call", "brand", "label", "term", "describ", "denounc", "decr", "warn")


def verdict_on_act(text: str) -> re.Match | None:
    """Where a clause gives a state's hostile verdict on an instrument ("has called the pact dangerous"), if it does."""
    return VERDICT.search(text)
