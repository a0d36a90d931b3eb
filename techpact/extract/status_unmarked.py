"""A cooperation whose clauses tell no status at all (extraction rule, ours).

When no clause of an act says it was made, is to be made, was offered, refused or ended, the act is what the passage
describes. A cooperation with no instrument named, told that way, is told as it stands: "Nigeria and China enjoy close
cooperation in telecommunications", "Egypt's space chief described his country's cooperation with China as fruitful",
"cooperation between Saudi Arabia and South Korea in hydrogen is already bearing fruit". The guide's in force is an act
"ongoing, existing", and that is what such a description tells; planned, the reading for an act of no status before,
needs something ahead.

Guards: any clause of the act that looks ahead leaves it planned: a modal ("will", "could"), a plan, wish or offer
("hopes for", "is ready to"), talks, an agreeing or pledging, or an infinitive of what is to be done ("concurred to
further strengthen trilateral cooperation"). So does a clause that tells the cooperation curbed, halted or shrinking
(no standing to read there). Only acts of no kind (a cooperation, read as an initiative) are read so: an instrument of
no status told is signed by its kind, and a partnership keeps its own default (read that way too, partnerships scored
worse on the dev passages: measured, left).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Anything ahead: a modal, a plan or wish, an offer, talks, an agreeing, or "to" before a verb (a lower-case word that
# is no determiner: "to further strengthen", not "dates back to 1988", "relations to the EU").
_AHEAD = re.compile(
    r"\b(?:will|would|shall|should|could|can|may|might|must|going\s+to|plan\w*|intend\w*|aim\w*|want\w*|wish\w*"
    r"|hop(?:e|es|ed|ing)|seek\w*|sought|propos\w*|suggest\w*|expect\w*|envisag\w*|forward|prospects?|potential"
    r"|possib\w*|opportunit\w*|ready|willing\w*|explor\w*|discuss\w*|talks|negotiat\w*|consider\w*|next|upcoming"
    r"|future|soon|need\w*|calls?\s+for|called\s+for|urg\w*|invit\w*|offer\w*|agree\w*|concur\w*|pledg\w*|commit\w*"
    r"|vow\w*|decid\w*|resolv\w*|consensus)\b"
    r"|\bto\s+(?!(?:the|a|an|their|its|his|her|our|this|that|these|those|and|or|be|date)\b)(?-i:[a-z])[a-z]+\b", _I)
# The cooperation told as curbed, halted or shrinking.
_CURBED = re.compile(r"\b(?:curtail\w*|suspend\w*|suspension|halt\w*|froze|frozen|freez\w*|cancel\w*|terminat\w*"
                     r"|withdr[ae]w\w*|collaps\w*|stall\w*|dropped|declin\w*|ended|shr[iu]nk\w*|cut\s+off|scrapp\w*)\b", _I)


def told_as_standing(kind: str | None, texts: list[str]) -> bool:
    """Whether an act of no status told (kind: its kind so far; texts: its clauses) is a cooperation described as it
    stands: no kind named, and none of its clauses looks ahead or tells it curbed."""
    return (not kind and bool(texts)
            and not any(_AHEAD.search(text) or _CURBED.search(text) for text in texts))
