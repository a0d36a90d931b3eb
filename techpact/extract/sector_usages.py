"""What a material is used for is no sector of the act (extraction rules, ours): "These materials are vital components
in products ranging from smartphones and electric vehicle batteries to semiconductors and military equipment",
"rare earths, necessary for today's critical technologies, including the production of smartphones, military sensors
and electric cars". The words after such a usage phrase describe the material's uses; the act's own sectors are told
before or elsewhere."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_USAGE = Hinted(re.compile(
    r"\b(?:products|goods|items|devices|applications|uses|things)\s+(?:ranging\s+)?from\b"
    r"|\branging\s+from\b"
    r"|\bincluding\s+(?:the\s+)?(?:production|manufacture|manufacturing|making)\s+of\b"
    # "key resources essential for modern technology and defense industries": what the materials serve
    r"|\b(?:resources|materials|minerals|metals|inputs|elements|components|raw\s+materials)\s+(?:that\s+are\s+|which\s+are\s+)?"
    r"(?:essential|vital|critical|crucial|necessary|indispensable|used|needed|required)\s+(?:for|in|to)\b"
    r"|\b(?:are|is|were|was)\s+(?:also\s+)?(?:vital|essential|necessary|crucial|critical|key|indispensable|used|needed|required)"
    r"\s+(?:components?\s+|inputs?\s+|ingredients?\s+)?(?:in|for|to\s+make)\b(?=[^.;]*\b(?:from|such\s+as|including|like)\b)",
    re.IGNORECASE), "products", "goods", "items", "devices", "applications", "uses", "things", "ranging", "including",
    "resources", "materials", "minerals", "metals", "inputs", "elements", "components")


def usage_stretches(text: str) -> list[tuple[int, int]]:
    """Stretches (offsets in text) from each usage phrase to the end of its sentence part."""
    stretches = []
    for match in _USAGE.finditer(text):
        stop = re.search(r"[.;]\s|$", text[match.end():])
        stretches.append((match.start(), match.end() + (stop.start() if stop else len(text) - match.end())))
    return stretches
