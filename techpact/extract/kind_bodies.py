"""A joint body the sides create is a working group, whatever its name holds (extraction rules, ours).

News tells a body made for cooperation by the verb or noun that creates it and the body's head noun: "launched the
North American Ministerial Committee on Economic Competitiveness", "the establishment of a Strategic Partnership
Council", "instructed the space agency to create a subcommission with China". The act is the body, a working group,
even when its name holds a looser kind noun ("Partnership") or the clause none. A body only met in ("held the second
meeting of their Digital Partnership Council") is not made here and keeps the reading of the rules before.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.ontology.vocabulary import kind_families

_I = re.IGNORECASE

# A verb or noun of making, its article, a few words of the body's name, and the body's head noun.
BODY_MADE = Hinted(re.compile(
    r"\b(?:establish(?:es|ed|ing|ment)?|creat(?:e|es|ed|ing|ion)|set(?:s|ting)?\s+up|setting-up|form(?:s|ed|ing|ation)?"
    r"|launch(?:es|ed|ing)?|found(?:ed|ing)?|inaugurat\w+)\s+(?:of\s+)?(?:a|an|the)\s+(?:new\s+)?(?:[\w’'()-]+\s+){0,6}?"
    r"(?P<body>(?:sub-?)?(?:committee|commission|council)s?)\b", _I),
    "committee", "commission", "council")
# The looser kinds a made body overrides when they stand in its name or after it: the undertakings that name no
# instrument signed (a partnership, an initiative, a proposal: the kinds of the cooperation and proposal families).
_LOOSE = frozenset(code for code, family in kind_families().items() if family in ("cooperation", "proposal"))


def made_body(text: str, kind: str | None, where: int) -> tuple[str | None, int]:
    """The kind and place of a clause's act once a body it makes is read: a working group when the clause makes a
    committee, commission or council and names no instrument before it (kind, where: what the kind nouns gave)."""
    body = BODY_MADE.search(text)
    if body is None or (kind is not None and (kind not in _LOOSE or where < body.start())):
        return kind, where
    return "working-group", body.start("body")
