"""What a passage goes on to say about an instrument it named, read for the instrument's status: its terms, aims and
benefits ("The cooperation will benefit both nations", "The two countries will exchange experts", "Both sides will work
together on data") are told in the future, but they are what the instrument does once made, not a sign that it is still
to be made. Only a verb of making the act itself ("will sign it next month", "is expected to be concluded", "talks on the
deal continue") tells that it is planned."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.ontology.vocabulary import DEFAULT_STATUS, ISSUED_KINDS, REFINABLE_KINDS, SPECIFIC_KINDS

_I = re.IGNORECASE

# Making, or still working out, the act itself: its signing, conclusion, adoption, approval, launch; talks on it.
_MAKING = Hinted(re.compile(
    r"\b(?:sign\w*|ink\w*|seal\w*|conclu\w+|finali[sz]\w*|ratif\w+|adopt\w*|approv\w+|initial(?:l)?ed|endors\w+"
    r"|negotiat\w+|draft\w*|launch\w*|establish\w*|set\s+up|creat\w+|form(?:ed|ing|s)?|unveil\w*"
    r"|announc\w+|agree\s+on|agreed\s+on|reach\w*|strik\w+|struck|finish\w*|complet\w+|prepar\w+|work(?:ing)?\s+out)\b", _I),
    "sign", "ink", "seal", "conclu", "finali", "ratif", "adopt", "approv", "initial", "endors", "negotiat", "draft",
    "launch", "establish", "set", "creat", "form", "unveil", "announc", "agree", "reach", "strik", "struck",
    "finish", "complet", "prepar", "work")


def documents() -> frozenset[str]:
    """Kinds that name a document the parties make (an MoU, an agreement, a treaty, a statement): one named with no
    status is one made, unless the passage says otherwise."""
    return frozenset(kind for kind in SPECIFIC_KINDS | ISSUED_KINDS | REFINABLE_KINDS if DEFAULT_STATUS[kind] == "signed")


def terms_only(kind: str, status: str | None, text: str) -> bool:
    """Whether a clause about a document act told so far with no status (kind) gives it "planned" only by telling, in
    the future, what it covers or brings, with no verb of making the act: then the status it gives is none."""
    return status == "planned" and kind in documents() and not _MAKING.search(text)
