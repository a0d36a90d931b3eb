"""A deal between two named institutions (conservatories, institutes, academies, colleges, museums) is theirs, not
their states' (extraction rules, ours).

clause_reading.universities_only reads a deal of two universities; the same holds for other institutions that a list of
government instruments may end on: "... through the execution of a Memorandum of Understanding between the T. Sattorov
Tajik National Conservatory and the Tianjin Conservatory of Music in China". The guide leaves out deals between
universities and the like, so the clause makes no act, and does not tell the act in focus again either. Only a clause
whose instrument is "between" two such names counts: a ministry on either side ("between the Academy of Sciences and
the Ministry of ICT") is a state body acting.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_INSTITUTION = r"(?:Conservator(?:y|ies)|Institutes?|Academ(?:y|ies)|Colleges?|Museums?|Librar(?:y|ies)|Theat(?:re|er)s?|Schools?)"
# "between the T. Sattorov Tajik National Conservatory and the Tianjin Conservatory of Music": both sides institutions.
_BETWEEN_TWO = Hinted(re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}" + _INSTITUTION + r"(?:\s+of\s+(?:[A-Z][\w-]*\s*){1,3})?"
    r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}" + _INSTITUTION + r"\b"), "between")
_STATE_BODY = re.compile(r"\b(?:Ministry|Ministries|Government|Agency|Committee|Commission|Authority|Department)\b")


def between_institutions(text: str) -> bool:
    """Whether a clause's instrument is between two named institutions, no state body among them."""
    found = _BETWEEN_TWO.search(text)
    return bool(found) and not _STATE_BODY.search(found.group())
