""""The country" as the subject of an act with one other side named: the state the story is about (extraction rule,
ours).

News names its subject state once and then says "the country": "Kenya is a leader in mobile money. The country signed
a fintech memorandum with Ghana on Monday", "Swiss scientists are worried after the country announced it would not
ratify a treaty with the EU". When a clause names one side only, after "the country" as its subject, the other side
is the one state the story has named besides that side; when it names two or more, "the country" could be any of them
and the clause makes no act of it. A side named before "the country" only as the speaker's place ("In Beijing, an
adviser said the country would not join China's initiative") is no subject of its own.
"""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# "the country" (or its possessive) as a subject: at the clause's start or after a word that opens a clause, then a
# verb-like word, not a preposition ("the country of origin", "in the country").
_THE_COUNTRY = re.compile(r"(?:^\W*|\b(?:that|after|when|as|said|and|but|while)\s+)(?:[Tt]he)\s+country(?:['’]s\s+(?:[\w-]+\s+){0,3}?)?"
                          r"\s*(?!of\b|in\b|on\b|to\b|for\b|with\b|and\b|or\b|is\s+a\b|was\s+a\b)(?=[a-z])")


def country_subject(clause: Clause, candidates: list[str], seen: dict[str, int]) -> list[str]:
    """The clause's candidate parties, with the story's main state first when "the country" is the subject beside one
    side named after it; else the candidates as they are."""
    if len(candidates) != 1 or "country" not in clause.text:
        return candidates
    subject = _THE_COUNTRY.search(clause.text)
    base = clause_base(clause)
    if subject is None or any(m.start - base < subject.end() for m in clause.actors
                              if m.code == candidates[0] and not _venue(clause.text, m, base)):
        return candidates
    states = [code for code in seen if code != candidates[0] and not is_bloc(code)]
    return [states[0]] + candidates if len(states) == 1 else candidates  # which country, when the story names two or more?


def _venue(text: str, mention, base: int) -> bool:
    """Whether a mention names where the clause's speaker is, not who acts: a dateline, or a capital after "in" ("In
    Beijing, an adviser said the country would not join ...")."""
    local = mention.start - base
    return mention.how == "dateline" or (mention.how == "capital" and text[max(0, local - 3):local].lower() == "in ")
