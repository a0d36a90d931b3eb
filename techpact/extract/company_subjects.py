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
from functools import lru_cache

from techpact.extract.gates import Hinted
from techpact.ontology.reference import firms

_I = re.IGNORECASE
_COMPANY = (r"(?:company|firm|giant|corporation|carrier|operator|\w*maker|conglomerate|manufacturer|developer|provider"
            r"|start-?up|consortium|miner|utility|contractor|supplier|vendor)")
# "South Korea's largest telecom company, Korea Telecom, signed": possessive, a few words, the company noun, its name.
_POSSESSIVE = (r"^\W*(?:[^,;]{0,40},\s+)?(?:the\s+)?(?:[\w.-]+\s+){0,2}?[\w.-]+['’]s?\s+(?:[\w-]+\s+){0,3}?" + _COMPANY
               + r"\s*,\s+(?-i:[A-Z])[^,;]{0,40},\s+(?:has\s+|have\s+|also\s+)?(?:signed|inked|concluded|sealed|agreed)\b")
# "... and the China Harbour Engineering Corporation (also) signed": a registered company name as a signing side.
# (its state may own it in the possessive: "and China's Shenzhen T.D.S Electronic Technology Co., Ltd. have signed")
_REGISTERED = (r"\band\s+(?:the\s+)?(?-i:(?:[A-Z][\w.-]*['’]s\s+)?(?:[A-Z][\w&.-]*\s+){1,5})(?-i:Corporation|Company|Group|Holdings?"
               r"|Co\.(?:,?\s+Ltd\.?)?|Ltd\.?|Limited|Inc\.?|PLC|LLC)\s+(?:has\s+|have\s+|also\s+){0,2}(?:signed|inked|concluded|sealed)\b")
# "in which a French company, Thales Alenia Space, would be involved": a company brought in by its state's adjective and
# its name, then told as a side.
_INTRODUCED = (r"\b(?:a|an)\s+(?-i:[A-Z])[\w-]+\s+(?:[\w-]+\s+){0,2}?" + _COMPANY + r"\s*,\s+(?-i:[A-Z])[^,;]{0,50},\s+"
               r"(?:(?:has|have|had|also|would|will|is|was)\s+){0,2}(?:be\s+)?(?:signed|inked|concluded|sealed|agreed|involved)\b")
# "Leading telecom companies of Azerbaijan and Kazakhstan, AzerTelecom and Kazakhtelecom, concluded an agreement": the
# companies of the states as the subject, not the states.
_PLURAL_OF = (r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:companies|firms|operators|corporations|carriers|enterprises)\s+(?:of|from)\s+"
              r"(?:the\s+)?(?-i:[A-Z])[^.;]{0,120}?\b(?:signed|inked|concluded|sealed)\b")
_COMPANY_SIDE = Hinted(re.compile(_POSSESSIVE + "|" + _REGISTERED + "|" + _INTRODUCED + "|" + _PLURAL_OF, _I),
                       "company", "firm", "giant", "corporation", "carrier", "operator", "maker", "conglomerate",
                       "manufacturer", "developer", "provider", "start", "consortium", "miner", "utility", "contractor",
                       "supplier", "vendor", "company", "group", "holding", "co.", "ltd", "limited", "inc", "plc", "llc",
                       "companies", "enterprises")


# A private company named bare (ontology firms.json) as a side: "signed a deal with China's Huawei", "a memorandum with
# US-based Nvidia", "with Huawei of China", "Kenya and Nvidia signed", "China's Huawei signed" (not "under which Huawei
# will build": the firm does the work of the states' act; nor "Amazon countries").
_OWNER = r"(?:(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['’]s\s+|(?-i:[A-Z])[\w-]*(?:-based)?\s+)?"
_FIRM_AFTER = (r"(?![\w-]|['’]s|\s+(?:countries|nations|states|region|basin|rainforest"
               # a longer name that is not the firm's ("the Amazon Cooperation Treaty"), but its registered forms are
               r"|(?!(?:Technologies|Inc|Ltd|Group|Corp|Corporation|Holdings|Systems|Electronics|Motors|Web)\b)(?-i:[A-Z])))")


@lru_cache(maxsize=1)  # compiled on first use (the list of firms is read then)
def _firm_side() -> Hinted:
    firm = r"(?-i:" + "|".join(re.escape(name) for name in sorted(firms(), key=len, reverse=True)) + r")"
    return Hinted(re.compile(
        r"\bwith\s+" + _OWNER + firm + _FIRM_AFTER
        + r"|(?:^\W*|\band\s+)(?:the\s+)?" + _OWNER + firm + _FIRM_AFTER
        + r"(?:\s+(?:of\s+)?(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?\s+(?:has\s+|have\s+|also\s+|on\s+\w+\s+)?(?:signed|inked|sealed|concluded)\b",
        _I))


def company_signs(text: str) -> bool:
    """Whether a clause tells a company (described by a state's name, registered under one, or a firm named bare) as a
    signing side."""
    return bool(_COMPANY_SIDE.search(text) or _firm_side().search(text))
