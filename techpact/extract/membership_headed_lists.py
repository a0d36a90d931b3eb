"""Members listed under a heading that names them (extraction rules, ours): the fact-sheet layout of press releases,
where a line "[G7 countries and regions]" or "SCO member states:" stands alone and the next line lists the states
("Canada, France, Germany, Italy, Japan (Chair), United Kingdom, United States, and EU"). Each state of such a list is
a member the passage states; a non-state in it (the EU beside the G7) is no member of anything."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention, Span
from techpact.extract.membership_ahead import previous_sentence
from techpact.extract.spelt_gates import Spelt
from techpact.ontology.reference import is_bloc

# The heading line: the bloc's name and a noun of its members, alone (brackets or a colon allowed).
_HEADING = re.compile(r"^\W*\[?\s*(?:the\s+)?(?P<bloc>[A-Z][\w-]*)\s+(?:member\s+)?(?:countries|states|nations|members"
                      r"|member\s+states|economies)(?:\s+and\s+(?:regions|organi[sz]ations|the\s+EU|EU))?\s*\]?\s*:?\s*$",
                      re.IGNORECASE)
_HEADING = Spelt(_HEADING)  # a heading line, stripped (a text of its own): its words looked for first
# What a listed line may hold besides the names: commas, "and", "the", a parenthetical note ("(Chair)").
_LIST_REST = re.compile(r"^(?:[\s,.;]|\band\b|\bthe\b|\([^()]{0,20}\))*$", re.IGNORECASE)


def headed_list_members(span: Span, mentions: list[Mention], document_mentions: list[Mention],
                        text: str) -> list[tuple[str, str]]:
    """(state, bloc) for each state the sentence lists when the line before it is a heading of the bloc's members."""
    if "\n" not in text[max(0, span.start - 2):span.start + 1] and not text[:span.start].rstrip().endswith(("]", ":")):
        return []
    heading = previous_sentence(text, span.start)
    if not _HEADING.match(heading.strip()):
        return []
    start = span.start - len(heading)
    blocs = {m.code for m in document_mentions if start <= m.start < span.start and is_bloc(m.code)}
    if len(blocs) != 1:
        return []
    listed = [m for m in mentions if span.start <= m.start < span.end]
    if len(listed) < 2:
        return []
    rest, at = [], span.start
    for mention in listed:
        rest.append(text[at:mention.start])
        at = mention.end
    rest.append(text[at:span.end])
    if not all(_LIST_REST.match(piece) for piece in rest):
        return []
    bloc = blocs.pop()
    return [(m.code, bloc) for m in listed if not is_bloc(m.code)]
