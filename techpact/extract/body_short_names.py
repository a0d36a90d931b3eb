"""A state body named again by its head noun alone (extraction rules, ours).

News names a body in full once and then by its last word: "The European Commission is planning ... Representatives of
the Commission last week ...", "the Federal Communications Commission ... the Commission voted". Such a short name
refers to the body named last before it whose name ends in that word; another body of the same head named in between
("the Joint Commission", "the Intergovernmental Commission") takes the short name instead, and it then names no
state. A lower-case head ("the commission", "a commission") is a common noun and names nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.facts import BODY, NAMED_BODY, Mention

# "the Commission": "the" and a capitalised head, not itself the start of a longer name ("the Commission on Human
# Rights", "the Commission's President" stay the body: only "of"/"on"/"for" with a capitalised name after end it).
_SHORT = r"(?<![\w-])[Tt]he\s+({head})\b(?!\s+(?:of|on|for)\s+(?:the\s+)?[A-Z])(?![\w-])"
# A capitalised name ending in the head: "Joint Commission", "European Commission" (never "The Commission" itself).
_NAMED_HEAD = r"(?:(?!The\b)[A-Z][\w'’.-]*\s+)+{head}\b"


@lru_cache(maxsize=64)
def _patterns(head: str) -> tuple[re.Pattern, re.Pattern]:
    """The short name of a head ("the Commission") and a full name ending in it, built once per head."""
    return re.compile(_SHORT.format(head=re.escape(head))), re.compile(_NAMED_HEAD.format(head=re.escape(head)))


def short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each later "the Commission" of a body named in full ("European Commission") added as it."""
    bodies = [m for m in mentions if m.how in (BODY, NAMED_BODY) and " " in m.surface]
    if not bodies:
        return mentions
    added = []
    for head in {head for head in (m.surface.rsplit(None, 1)[1] for m in bodies) if head[:1].isupper()}:
        shorts, named = _patterns(head)
        for short in shorts.finditer(text):
            last = None
            for full in named.finditer(text, 0, short.start()):
                last = full
            body = next((m for m in bodies if last and m.end == last.end()), None)
            if body is not None:
                added.append(Mention(body.code, short.start(1), short.end(1), short.group(1), body.how))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
