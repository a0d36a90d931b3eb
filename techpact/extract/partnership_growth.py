"""A partnership the sides set out to grow is one they already have (extraction rule, ours; eval guide: in force is
"ongoing, existing").

"The meeting was intended to develop the Russia-UAE partnership in AI", "explored avenues for bolstering the strategic
partnership between the two nations", "pledged to further deepen their partnership": what is planned or pledged is
the partnership's growth; the partnership itself, named with "the", "their", "its" or "our", is in force. Not one
raised to a new level ("agreed to elevate their ties to a strategic partnership": made now, a verb this rule does not
read), one grown into another ("expand their Solar Partnership into a Solar and Grid Partnership"), one named with "a"
("to build a partnership": still to be made), nor one the document already told made (agreements._kind_told).
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

# A verb of growing, then the partnership's determiner and up to five words of its name, right before its noun.
_GROWN = Hinted(re.compile(
    r"\b(?:develop|bolster|strengthen|deepen|enhanc|expand|boost|advanc|reinforc|consolidat|further|broaden|intensif)\w*\s+"
    r"(?:the|their|its|our|this|bilateral)\s+(?:(?!(?:partnership|and|or|new)\b)[\w'’-]+\s+){0,5}?$", re.IGNORECASE),
    "develop", "bolster", "strengthen", "deepen", "enhanc", "expand", "boost", "advanc", "reinforc", "consolidat", "further",
    "broaden", "intensif")

# The partnership grown into another: "expand their existing Solar Partnership to a Solar and Grid Partnership".
_RAISED_INTO = re.compile(r"[\w-]*\s+(?:[\w-]+\s+){0,4}?(?:to|into)\s+(?:a|an)\s+", re.IGNORECASE)
_PLANNED = "planned"
_PROPOSED = "proposed"
_IN_FORCE = "in-force"
_PARTNERSHIP = "partnership"


def grown_status(text: str, kind: str | None, where: int, status: str | None) -> str | None:
    """In force for a partnership (its noun at where) the clause tells being grown when the clause reads it as planned,
    offered or tells no status; else the status as read."""
    if kind != _PARTNERSHIP or status not in (None, _PLANNED, _PROPOSED) or not _GROWN.search(text, max(0, where - 120), where):
        return status
    return status if _RAISED_INTO.match(text, where) else _IN_FORCE  # "expand their Solar Partnership into a ...": a new one
