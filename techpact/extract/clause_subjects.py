"""A second clause with a subject of its own, joined by a comma and "and", "while", "whereas" or "but" ("Brazil joined
the group in 2019, and Chile signed a deal with Peru in 2020", "..., while in 2022 Iran signed a memorandum"): a clause of
its own, whose act is its subject's, not the first clause's. Not a state joining what was just told ("..., and China
joined it later", "and Uganda will join it"): that extends the act (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention

_TIME = r"(?:(?:in|by|on|since|during|later in|earlier in)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)"
_SUBJECT = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_VERB = (r"(?:(?:has|have|had|also|later|then|itself)\s+)?(?:signed|inked|sealed|agreed|launched|pledged|adopted|proposed"
         r"|offered|concluded|set up|established|unveiled|announced|will|would|is|was|are|were)\b(?!\s+(?:\w+\s+)?join)")
NEW_SUBJECT = re.compile(rf",\s+(?:and|while|whereas|but)\s+{_TIME}?(?=(?P<subject>{_SUBJECT})\s+{_VERB})")
# A verb of the first clause: without one, ", and" goes on a list of names ("Russia, Iran, and China signed").
_FIRST_VERB = re.compile(r"\b(?:[a-z]+ed|has|have|had|is|was|are|were|will|would|joins|signs|agrees|became|began|met|won)\b")
# A relative clause set off by a comma that runs to where ", and" starts: "A, which hosted the talks".
_RELATIVE_AT_END = re.compile(r",\s+(?:which|who|whose)\b[^,;()]*$")
_MAY = re.compile(r", (?:and|while|whereas|but) ")  # every break holds one: most sentences are passed over by it


def subject_breaks(text: str, mentions: list[Mention], offset: int) -> list[int]:
    """Where a clause with a subject of its own starts after the first clause's own verb: a state or bloc named (the
    mentions of the text, which starts at offset), not a person ("..., and Pezeshkian signed a pact with Putin" goes on)."""
    if not _MAY.search(text):
        return []
    named_at = {m.start - offset for m in mentions if m.how not in ("leader", "dateline")}
    return [match.end() for match in NEW_SUBJECT.finditer(text)
            if _named(match.start("subject"), text, named_at) and _FIRST_VERB.search(text, 0, _outside_aside(text, match.start()))]


def _outside_aside(text: str, end: int) -> int:
    """Where the text before end stops being a relative clause set off by commas that ends at end: "Kenya, which hosted
    the talks(, and Ethiopia signed)" has no verb of a first clause, only the relative clause's."""
    aside = _RELATIVE_AT_END.search(text, 0, end)
    return aside.start() if aside else end


def _named(subject: int, text: str, named_at: set[int]) -> bool:
    """Whether a state or bloc is named where the subject starts ("Chile", "the United States")."""
    return subject in named_at or (text.startswith(("the ", "The "), subject) and subject + 4 in named_at)
