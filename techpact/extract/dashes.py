"""Compounds joined by a dash other than the hyphen are read as hyphenated (extraction rule, ours).

Press releases and agency copy often join the two sides of a name with an en dash or a non-breaking hyphen
("GCC–ASEAN Summit", "a future EU‑Japan agreement"). The rules spell compounds with the hyphen, so the text is read
with such a dash between two word characters made a hyphen: one character for one, every offset unchanged. A lowercase
phrase set in quotes ('Armenia has “frozen” its participation') is read bare the same way, its quote marks made spaces.
What the facts quote (evidence sentences, the words a state was named by) is then taken back from the document's own
text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techpact.extract.facts import Facts, Span

_JOINING_DASH = re.compile(r"(?<=\w)[\u2010\u2011\u2013](?=\w)")  # hyphen, non-breaking hyphen, en dash
_DASHES = ("\u2010", "\u2011", "\u2013")


# A few lowercase words in quotes, as a writer sets a verb or a phrase apart ('Armenia has “frozen” its participation',
# 'the talks were “put on hold”'): read as the words themselves, each quote mark a space.
_SCARE_QUOTED = re.compile(r"(?<!\S)[“\"‘](?P<words>[a-z]{2,}(?: [a-z]+){0,3})[”\"’](?!\w)")


def hyphenated(text: str) -> str:
    """The text with every dash that joins two word characters made a hyphen, and the quote marks around a few
    lowercase words made spaces (the same text when it has neither)."""
    if any(dash in text for dash in _DASHES):
        text = _JOINING_DASH.sub("-", text)
    if not any(mark in text for mark in "“\"‘"):
        return text
    return _SCARE_QUOTED.sub(lambda quoted: f" {quoted.group('words')} ", text)


def quoting(facts: Facts, text: str) -> Facts:
    """The facts read from the hyphenated text, quoting the document's own text (text) again."""
    for agreement in facts.agreements:
        spans = [_quoted(span, text) for span in agreement.evidence]
        agreement.evidence.clear()
        for span in spans:
            agreement.add_evidence(span)
    facts.memberships[:] = [replace(m, evidence=_quoted(m.evidence, text)) for m in facts.memberships]
    facts.mentions[:] = [replace(m, surface=text[m.start:m.end]) for m in facts.mentions]
    return facts


def _quoted(span: Span, text: str) -> Span:
    return Span(span.start, span.end, text[span.start:span.end])
