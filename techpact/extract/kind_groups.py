"""A partnership or alliance noun that names the group of the acting states, not the act (extraction rules, ours).

News names a standing group by its kind of tie and then tells what its members did: "The leaders of the AUKUS
partnership agreed to commence cooperation on hypersonics", "The four-member alliance of the US, Australia, Japan and
India pledged to collaborate on critical minerals", "Members of the Quad Alliance revealed initiatives". The noun there
is the group's name, the subject's head; the act is what its members agreed, pledged or revealed, so its kind is told
elsewhere in the clause or left to the act's default. An alliance the sides form, join or are offered ("agreed to form
an alliance", "joining the chip alliance proposed by the US") is the act and keeps its kind.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE

_GROUP_NOUN = r"(?:alliance|partnership|grouping)"
# "leaders of the Australia-UK-US (AUKUS) partnership", "members of the Quad Alliance".
_ROLE_OF = (r"\b(?:leaders?|heads?(?:\s+of\s+(?:state|government))?|members?|member\s+(?:states|countries|nations)"
            r"|(?:foreign|defen[cs]e|trade|digital|science)?\s*ministers?|partners|chiefs)\s+of\s+the\s+"
            r"(?:[\w()'’.-]+\s+){0,5}?(?P<noun>" + _GROUP_NOUN + r")\b")
# "the four-member alliance of the US, ...", "the 10-nation grouping of ...".
_COUNTED_OF = (r"\bthe\s+(?:[\w-]+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:member|nation|country|state)"
               r"\s+(?:[\w-]+\s+){0,2}?(?P<noun2>" + _GROUP_NOUN + r")\s+of\b")
GROUP_NAMED = Hinted(re.compile(_ROLE_OF + "|" + _COUNTED_OF, _I), "alliance", "partnership", "grouping")


def group_noun_spans(text: str) -> list[tuple[int, int]]:
    """Where a partnership or alliance noun of text names the group of the acting states ("the leaders of the AUKUS
    partnership"), not an act."""
    spans = []
    for match in GROUP_NAMED.finditer(text):
        group = "noun" if match.group("noun") else "noun2"
        spans.append(match.span(group))
    return spans


def outside_group_names(text: str, kind: str | None, where: int) -> str | None:
    """text with the group-naming nouns masked when the kind found at where is one of them, else None (nothing to
    mask): the caller reads the kind again from the masked text."""
    if kind != "partnership":
        return None
    spans = group_noun_spans(text)
    if not any(start <= where < end for start, end in spans):
        return None
    for start, end in spans:
        text = text[:start] + "X" * (end - start) + text[end:]
    return text
