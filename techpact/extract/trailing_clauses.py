"""A clause of its own that trails the act told, with its own subject: "A and B signed a memorandum as C and the US
vie for influence", "..., while C has stepped up its own investments", or that comes before it: "As C watches, A and
B signed ...". Whoever that clause names is its subject, not a side of the act."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE

# The subordinator, then a name (a capital letter) as the new subject: not "such as", "as well as", "as part of",
# "as a partner", nor "as did Laos" (a side told after the act).
_TRAILING = Hinted(re.compile(
    r"(?<![Ss]uch )(?<![Ww]ell )(?<![Jj]ust )(?<![Ss]o )\b(?:as|while|whereas|even\s+as)\s+(?=(?:the\s+)?(?-i:[A-Z]))",
    _I), "as ", "while", "whereas")
# What the act was told with before the subordinator: a verb of concluding or an instrument's noun.
_ACT_BEFORE = re.compile(
    r"\b(?:signed|inked|sealed|concluded|agreed|launched|memorand(?:um|a)|MoUs?|agreements?|deals?|pacts?|accords?"
    r"|treat(?:y|ies)|partnerships?|declarations?)\b", _I)


def trailing_clause(text: str) -> tuple[int, int]:
    """Where a trailing clause with its own subject runs ("... on AI as France and the US vie for influence"): from
    its subordinator to the end of the clause or the next comma; or a fronted one, up to its comma, when it tells no
    act and the act follows; (0, 0) when there is none."""
    if " as " not in text and "hile " not in text and "hereas " not in text and text[:3] not in ("As ", "as "):
        return 0, 0  # (a plain test first: this runs for every clause that names an actor)
    for match in _TRAILING.finditer(text):
        end = text.find(",", match.end())
        if _ACT_BEFORE.search(text, 0, match.start()):
            return match.start(), len(text) if end < 0 else end
        if (end > 0 and not text[:match.start()].strip(" \"'“(") and not _ACT_BEFORE.search(text, match.end(), end)
                and _ACT_BEFORE.search(text, end)):
            return match.start(), end  # fronted, the act told after it: "As France watches, A and B signed ..."
    return 0, 0
