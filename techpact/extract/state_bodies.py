"""A state's body named by its office and then its state ("the Central Bank of Egypt", "the Ministry of Digital
Development of Russia", "the State Bank of Vietnam"): the other side of "between A and ..." is that state acting, not a
company (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.facts import Mention
from techpact.extract.gates import Hinted

# Capitalised words of the office's name (its own "of" too: "the Department of Space of India", "the Ministry of Science
# and Technology of Vietnam"), then "of (the)" right before the state's name.
_OFFICE_OF = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:and|for|of)\s+)?){1,8}of\s+(?:the\s+)?")
# The head of a state body's name (a central bank by its usual names; not a bare "Bank of", which names companies too).
_OFFICE_HEAD = re.compile(r"\b(?:(?:Central|National|Reserve|State|People[’']s)\s+Bank|Ministry|Department|Agency|Authority"
                          r"|Commission|Government|Administration|Directorate)\b")


def office_of_state(text: str, at: int, actors: list[Mention], base: int) -> bool:
    """Whether the capitalised words at offset at of the clause text start a state body's name that ends with the name
    of a state among actors ("... and the National Bank of Ethiopia"); base is the clause's offset in the document."""
    for mention in actors:
        local = mention.start - base
        if at < local <= at + 80:
            words = _OFFICE_OF.fullmatch(text, at, local)
            return bool(words) and bool(_OFFICE_HEAD.search(words.group()))
    return False


def other_side_not_an_actor(text: str, first: Mention, actors: list[Mention], base: int) -> bool:
    """Whether "between <first> and X" has a company or other body as X, not a state: X is no actor's name (the name
    may start with "the": "the Philippines"), no state's government, ministry or republic, and no body of a state
    named by its office ("the Central Bank of Egypt"); base is the clause's offset in the document."""
    other = cues.BETWEEN_ACTOR_AND_OTHER.match(text, first.end - base)
    if not other:
        return False
    at = base + other.start("other")
    return (not any(m.start <= at < m.end for m in actors) and other.group("other") not in ("Government", "Ministry", "Republic")
            and not office_of_state(text, at - base, actors, base))


# "between the government and Huawei": the story's government on one side, a name on the other.
_GOVERNMENT_AND = Hinted(re.compile(r"\bbetween\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?government\s+and\s+(?:the\s+)?"
                                    r"(?P<other>(?-i:[A-Z])[\w&.’'-]*)", re.IGNORECASE), "government")


def government_and_other(text: str, actors: list[Mention], base: int) -> bool:
    """Whether "between the government and X" has no state as X (no actor's name, government, ministry or office of a
    state): a company or other body, so the deal is no interstate act; base is the clause's offset in the document."""
    other = _GOVERNMENT_AND.search(text)
    if not other:
        return False
    at = base + other.start("other")
    return (not any(m.start <= at < m.end for m in actors) and other.group("other") not in ("Government", "Ministry", "Republic")
            and not office_of_state(text, at - base, actors, base))
