"""A bloc named as the setting of a clause ("within BRICS", "within the framework of the SCO") is no party, except when
one side's offer is made inside it: "Iran proposed the creation of a single payment system within BRICS" is Iran's
proposal to the bloc (the guide: proposer and addressee are both parties), while "Kenya and Ghana signed an agreement
within the AU" and "champion a common position within the African Union" keep the bloc as the setting."""

from __future__ import annotations

import re

from techpact.extract import cues, roles

_I = re.IGNORECASE
_BEFORE = 100

# The setting's opening words that an offer can be made inside: "within (the)", "(within) the framework of (the)".
_INSIDE = re.compile(r"\bwithin\s+(?:the\s+)?$|\bframework\s+of\s+(?:the\s+)?$", _I)
# A verb or noun of offering before the bloc's name, or a call on the others ("considers it necessary to").
_OFFER = re.compile(r"\b(?:propos\w*|suggest\w*|call(?:s|ed|ing)?\s+for|urg\w*|push(?:es|ed|ing)?\s+for|float\w*|advocat\w*"
                    r"|put(?:s|ting)?\s+forward|offer\w*|initiative\s+to"
                    r"|(?:necessary|important|essential|vital|crucial|expedient|advisable)\s+to)\b", _I)  # status_calls


def bloc_as_setting(text: str, local: int, after: int) -> bool:
    """Whether the bloc named at local (its name ending at after) is the clause's setting or a qualifier, not an actor:
    "the SCO summit", "on the sidelines of APEC", "the only G7 nation", "within the framework of the SCO" (but not the
    bloc an offer is made inside)."""
    if roles.BLOC_AS_SETTING_AFTER.match(text, after) and not roles.SUMMIT_DECIDES.match(text, after):
        return True
    setting = roles.BLOC_AS_SETTING_BEFORE.search(text, max(0, local - _BEFORE), local)
    return bool(setting) and not offered_inside(text, setting.start(), local)


def offered_inside(text: str, setting: int, local: int) -> bool:
    """Whether the setting before a bloc's name (starting at setting) is one an offer told before it is made inside."""
    return bool(_INSIDE.search(text, max(0, local - 40), local) and _OFFER.search(text, 0, setting)
                and cues.find_status(text) == "proposed")
