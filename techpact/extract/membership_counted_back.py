"""The states a counted noun points back to when they were listed some sentences before it: "Leaders of Brazil,
Argentina, Paraguay, Uruguay and Venezuela meet ... [three sentences] ... the five countries which currently make up
Mercosur have a combined population of ..." (memberships.antecedent_memberships asks for these lists only when the
states just before and the sentence before hold no set of that size)."""

from __future__ import annotations

from techpact.extract.facts import Mention, Span
from techpact.extract.membership_ahead import previous_sentence
from techpact.extract.membership_skeleton import sentence_skeleton
from techpact.ontology.reference import is_bloc

_BACK = 1500  # about a page of wire copy: a count points no further back
_SENTENCES = 8


def farther_lists(text: str, start: int, document_mentions: list[Mention], default_bloc: str | None) -> list[tuple[str, ...]]:
    """The lists of states of the sentences before the one before `start`, nearest sentence first (each list's
    states once, in their order)."""
    found: list[tuple[str, ...]] = []
    end = start - len(previous_sentence(text, start))  # the sentence before is read by the caller
    for _ in range(_SENTENCES):
        if end <= 0 or start - end > _BACK:
            break
        sentence = previous_sentence(text, end)
        if not sentence:
            break
        span = Span(end - len(sentence), end, sentence)
        mentions = [m for m in document_mentions if span.start <= m.start < span.end]
        for run in reversed(sentence_skeleton(span, mentions, default_bloc).lists):  # the nearest list first
            states = tuple(dict.fromkeys(m.code for m in run if not is_bloc(m.code)))
            if states:
                found.append(states)
        end = span.start
    return found
