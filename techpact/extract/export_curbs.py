"""Export controls agreed between states are no technology cooperation (extraction rules, ours).

The eval guide leaves sanctions and export controls out of the acts: "the United States, Japan and the Netherlands
have reached an agreement to restrict exports of chip technology to China", "a deal with Japan and the Netherlands for
new restrictions on chip-making tool exports", "agreed to limit their exports". An act whose founding sentence tells
such a curb as what was agreed is dropped. Easing controls, or cooperating on export-control rules ("agreed to share
best practices on export control regimes"), is not a curb agreed.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_CURB = r"(?:restrict(?:ing|ions?)?|limit(?:ing)?|curb(?:ing|s)?|ban(?:ning|s)?|block(?:ing)?|tighten(?:ing)?|controls?)"
_EXPORT_CURB_AGREED = Hinted(re.compile(
    # "an agreement to restrict exports of chip technology", "agreed to limit their exports", "a deal for new restrictions
    # on chip-making tool exports", "an agreement over fresh China export restrictions"
    r"\b(?:agree\w*|deal|agreement|accord|pact|understanding)\s+(?:(?!to\b)[\w-]+\s+){0,6}?(?:to|for|on|over)\s+"
    r"(?:(?:new|further|fresh|tighter|stricter|joint)\s+)?(?:" + _CURB + r"\s+(?:on\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?exports?"
    r"|(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?!(?:ease|eas|lift|relax|loosen|remov|scrap|end|review|share)\w*\b)[\w-]+\s+){0,2}?"
    r"exports?\s+(?:controls|restrictions|curbs|bans))\b", re.IGNORECASE), "export")


def curbs_exports(text: str) -> bool:
    """Whether a sentence tells an export curb as what the sides agreed."""
    return _EXPORT_CURB_AGREED.search(text) is not None
