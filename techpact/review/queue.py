"""The review queue: what an analyst should look at first, read from the extractor's view."""

from __future__ import annotations

from dataclasses import dataclass

from techpact.graph.store import Store
from techpact.queries import internal_query, load_query
from techpact.review.decisions import live_decisions, read_decisions

LOW_CONFIDENCE = 0.5


@dataclass(frozen=True)
class QueueItem:
    """One agreement or stated membership to review, with the reasons it is in the queue."""

    target: str
    what: str
    reasons: tuple[str, ...]
    confidence: float | None
    date: str


def review_queue(store: Store, *, limit: int | None = None, low: float = LOW_CONFIDENCE) -> list[QueueItem]:
    """Unreviewed agreements with low confidence, conflicting reports or a single evidence sentence, and stated
    memberships the reference data contradicts; most reasons first, then newest first, then least confident."""
    decisions = live_decisions(read_decisions(store))
    reviewed = {d.target for d in decisions} | {d.other for d in decisions}
    reviewed_memberships = {(d.member, d.bloc) for d in decisions if d.on_membership}
    rows = store.query(internal_query("review-queue")).rows
    statuses_by_parties: dict[str, set[str]] = {}
    for _, _, _, _, parties, status, _, _ in rows:
        statuses_by_parties.setdefault(parties or "", set()).add(status)
    items = []
    for agreement, confidence, kinds, evidence, parties, status, date, reported in rows:
        if agreement in reviewed:
            continue
        reasons = []
        if confidence is None or confidence < low:
            reasons.append("low confidence" if confidence is not None else "no confidence")
        if kinds > 1 or len(statuses_by_parties.get(parties or "", ())) > 1:
            reasons.append("conflicting reports")
        if evidence <= 1:
            reasons.append("one evidence sentence")
        if reasons:
            items.append(QueueItem(agreement, f"{parties} ({status})", tuple(reasons), confidence, date or reported or ""))
    for state, bloc, source, _ in store.query(load_query("disputed-memberships").text).rows:
        if (state, bloc) not in reviewed_memberships:
            items.append(QueueItem(f"{state} member of {bloc}", source, ("membership not in the reference data",),
                                   None, ""))
    unique = {item.target: item for item in items}
    ordered = sorted(unique.values(), key=lambda i: (i.confidence if i.confidence is not None else -1))
    ordered.sort(key=lambda i: i.date, reverse=True)
    ordered.sort(key=lambda i: len(i.reasons), reverse=True)
    return ordered[:limit] if limit else ordered
