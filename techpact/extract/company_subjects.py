"""A company told as the signing side is no state, even when a state's name stands in its description or its name
(extraction rules, ours).

cues.COMPANY_SUBJECT reads "Chinese telecom giant Huawei signed ..."; news also describes the company with the state's
name in the possessive and gives its name in an aside ("South Korea's largest telecom company, Korea Telecom, signed an
agreement with Rwanda") or by the state's adjective ("in which a French company, Thales, would be involved"), or joins
a ministry with a company whose registered name opens on a state's name ("Pakistan's Civil Aviation Authority and the
China Harbour Engineering Corporation signed an MoU"). The guide leaves out a government's deal with a foreign company,
so such a clause makes no interstate act.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE
_COMPANY = (r"(?:company|firm|giant|corporation|carrier|operator|\w*maker|conglomerate|manufacturer|developer|provider"
            r"|start-?up|consortium|miner|utility|contractor|supplier|vendor)")
# "South Korea's largest telecom company, Korea Telecom, signed": possessive, a few words, the company noun, its name.
_POSSESSIVE = (r"^\W*(?:[^,;]{0,40},\s+)?(?:the\s+)?(?:[\w.-]+\s+){0,2}?[\w.-]+['’]s?\s+(?:[\w-]+\s+){0,3}?" + _COMPANY
               + r"\s*,\s+(?-i:[A-Z])[^,;]{0,40},\s+(?:has\s+|have\s+|also\s+)?(?:signed|inked|concluded|sealed|agreed)\b")
# "... and the China Harbour Engineering Corporation (also) signed": a registered company name as a signing side.
_REGISTERED = (r"\band\s+(?:the\s+)?(?-i:(?:[A-Z][\w&.-]*\s+){1,5})(?-i:Corporation|Company|Group|Holdings?|Co\.|Ltd\.?|Limited"
               r"|Inc\.?|PLC|LLC)\s+(?:has\s+|have\s+|also\s+){0,2}(?:signed|inked|concluded|sealed)\b")
# "in which a French company, Thales Alenia Space, would be involved": a company brought in by its state's adjective and
# its name, then told as a side.
_INTRODUCED = (r"\b(?:a|an)\s+(?-i:[A-Z])[\w-]+\s+(?:[\w-]+\s+){0,2}?" + _COMPANY + r"\s*,\s+(?-i:[A-Z])[^,;]{0,50},\s+"
               r"(?:(?:has|have|had|also|would|will|is|was)\s+){0,2}(?:be\s+)?(?:signed|inked|concluded|sealed|agreed|involved)\b")
_COMPANY_SIDE = Hinted(re.compile(_POSSESSIVE + "|" + _REGISTERED + "|" + _INTRODUCED, _I),
                       "company", "firm", "giant", "corporation", "carrier", "operator", "maker", "conglomerate",
                       "manufacturer", "developer", "provider", "start", "consortium", "miner", "utility", "contractor",
                       "supplier", "vendor", "company", "group", "holding", "co.", "ltd", "limited", "inc", "plc", "llc")


def company_signs(text: str) -> bool:
    """Whether a clause tells a company (described by a state's name, or registered under one) as a signing side."""
    return bool(_COMPANY_SIDE.search(text))
