"""A state named right after a place set off by a comma ("In Nairobi, ...", "On Monday in Riyadh, ..."): the place's
own state in apposition ("in Luanda, Angola, on Friday") or the subject of the clause that follows the fronted place
("In Nairobi, Kenyan officials and ... signed", "In Riyadh, Saudi Arabia inked ...", "In Hanoi, Vietnam's ministry
...") (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention

# After the state's name, what makes it the subject: its possessive, "and" with another actor, or a verb.
_POSSESSIVE = re.compile(r"[’']s?\s")
_AND = re.compile(r"\s+and\s+")
_NOT_VERBS = r"(?!(?:as|its|this|thus|us|plus|less|across|towards|afterwards|besides|news|press|times|sites)\b)"
_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|now|formally|officially|jointly)\s+)?" + _NOT_VERBS
    + r"(?:[a-z]{2,}ed|[a-z]{2,}[^s\W]s|has|have|had|will|would|shall|is|was|are|were|can|could|may|might|must"
    r"|struck|sought|took|made|won|set|began|became|held|hit|led|met|put|shook|gave|drew|found|threw|upheld)\b")


def subject_after_venue(text: str, mention: Mention, local: int, actors: list[Mention], base: int) -> bool:
    """Whether the state named at offset local of the clause text, right after "in <city>,", starts the clause as its
    subject rather than naming the city's state: named by an adjective, a capital or a leader rather than by its name, or
    followed by its possessive, by "and" with another actor, or by a verb; base is the clause's offset in the
    document."""
    if mention.how not in ("name", "official"):
        return True  # "In Nairobi, Kenyan officials ...": an adjective names no city's country
    after = local + len(mention.surface)
    if _POSSESSIVE.match(text, after) or _VERB_AFTER.match(text, after):
        return True
    joined = _AND.match(text, after)  # "(In Kazan,) Russia and Iran signed", "... Saudi Arabia and the Philippines"
    return bool(joined) and any(m.start - base <= joined.end() + 4 and m.end - base > joined.end() for m in actors
                                if m is not mention)
