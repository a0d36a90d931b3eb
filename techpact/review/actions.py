"""Recording decisions: each function checks its target, writes one decision graph, refreshes the curated view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from techpact.graph.iris import AGREEMENT_PREFIX, agreement_ref_iri, document_id, is_document_graph
from techpact.graph.store import Store
from techpact.loaders import load_file
from techpact.review.curate import build_plan, document_graphs_of, membership_graphs
from techpact.review.decisions import (
    Decision, ReviewError, check_actor, check_values, find_decision, live_decisions, new_decision, read_decisions, record,
)
from techpact.review.view import refresh_view


@dataclass(frozen=True)
class Listed:
    """A decision as 'review list' shows it: live, undone or stale."""

    decision: Decision
    state: str


def list_decisions(store: Store) -> list[Listed]:
    """Every decision, oldest first, each live, undone, stale (its target is gone) or an undoing."""
    decisions = read_decisions(store)
    live = {d.id for d in live_decisions(decisions)}
    stale = {d.id for d in build_plan(store, decisions).stale}
    return [Listed(d, "undoing" if d.action == "undo" else "stale" if d.id in stale else "live" if d.id in live
                   else "undone") for d in decisions]


def show_decision(store: Store, ref: str) -> Listed:
    """One decision by its id (or a unique start of it)."""
    decision = find_decision(read_decisions(store), ref)
    return next(item for item in list_decisions(store) if item.decision.id == decision.id)


def resolve_agreement(store: Store, ref: str) -> str:
    """The IRI of an agreement the store (or a live decision) holds, from what the analyst typed."""
    iri = str(agreement_ref_iri(ref.strip()))
    if document_graphs_of(store, iri):
        return iri
    decisions = read_decisions(store)
    plan = build_plan(store, decisions)
    stale = {d.id for d in plan.stale}
    if any(d.made == iri and d.id not in stale for d in live_decisions(decisions)):
        return iri
    raise ReviewError(f"no agreement {ref!r} in the store (an agreement IRI, or the part after "
                      f"{AGREEMENT_PREFIX}; 'techpact review queue' lists some)")


def resolve_document(store: Store, ref: str) -> str:
    """A stored document's IRI from its IRI, its id (the part after doc/), or the path it was ingested from."""
    for candidate in (ref, document_id(ref)):
        if is_document_graph(candidate) and store.has_document(URIRef(candidate)):
            return candidate
    found = store.documents_from_source(str(Path(ref).resolve())) if ref else []
    if len(found) == 1:
        return found[0]
    raise ReviewError(f"no stored document {ref!r}: give its IRI, its id, or the file it was ingested from"
                      + (f" ({len(found)} records came from that file: name one by IRI)" if found else ""))


def quote_span(store: Store, document: str, quote: str) -> tuple[int, int]:
    """Where the quote occurs in the stored document's text, read again from its source and checked by hash."""
    quote = quote.strip()
    if len(quote) < 10:
        raise ReviewError("quote the evidence sentence (at least 10 characters) with --evidence")
    sources = _sources(store, document)
    for source in sources:
        for loaded in load_file(Path(source.split("#", 1)[0])):
            if getattr(loaded, "content_hash", None) is not None and document_id(loaded.content_hash) == document:
                start = loaded.text.find(quote)
                if start < 0:
                    raise ReviewError(f"the quote is not in {document} ({source}); copy the sentence exactly")
                return start, start + len(quote)
    raise ReviewError(f"cannot check the quote: {document}'s source ({', '.join(sources) or 'unknown'}) "
                      "no longer holds that document")


def _sources(store: Store, document: str) -> list[str]:
    from rdflib.namespace import DCTERMS

    return sorted({q.object.value for q in store.quads_about(document, str(DCTERMS.source))
                   if q.graph_name.value == document})


def _done(store: Store, decision: Decision) -> Decision:
    record(store, decision)
    refresh_view(store)
    return decision


def reject(store: Store, ref: str, *, by: str, why: str) -> Decision:
    """Hide an agreement from the curated view (its document's graph keeps it)."""
    return _done(store, new_decision("reject", by, why, target=resolve_agreement(store, ref)))


def confirm(store: Store, ref: str, *, by: str, why: str) -> Decision:
    """Mark an agreement as checked and right."""
    return _done(store, new_decision("confirm", by, why, target=resolve_agreement(store, ref)))


def correct(store: Store, ref: str, *, by: str, why: str, kind: str | None = None, status: str | None = None,
            date: str | None = None, sectors: tuple[str, ...] = (), parties: tuple[str, ...] = (),
            clear_sectors: bool = False) -> Decision:
    """Correct an agreement's kind, status, date, sectors (replaced) or parties (replaced)."""
    check_values(kind, status, date, sectors, parties)
    if not (kind or status or date or sectors or parties or clear_sectors):
        raise ReviewError("nothing to correct: give --kind, --status, --date, --sector, --no-sectors or --party")
    if parties and len(set(parties)) < 2:
        raise ReviewError("an agreement needs at least two parties (--party, repeated)")
    if sectors and clear_sectors:
        raise ReviewError("--sector and --no-sectors contradict each other")
    return _done(store, new_decision("set", by, why, target=resolve_agreement(store, ref), kind=kind, status=status,
                                     date=date, sectors=tuple(sorted(set(sectors))),
                                     parties=tuple(sorted(set(parties))), clears_sectors=clear_sectors))


def merge(store: Store, keep: str, absorb: str, *, by: str, why: str) -> Decision:
    """Make two agreement nodes one: absorb's statements join keep's node (keep's kind, status and date win)."""
    kept, gone = resolve_agreement(store, keep), resolve_agreement(store, absorb)
    if kept == gone:
        raise ReviewError("an agreement cannot be merged with itself")
    return _done(store, new_decision("merge", by, why, target=kept, other=gone))


def split(store: Store, ref: str, documents: tuple[str, ...], *, by: str, why: str) -> Decision:
    """Move what some documents report of an agreement to a new node (the act they really speak of)."""
    target = resolve_agreement(store, ref)
    moved = tuple(sorted({resolve_document(store, d) for d in documents}))
    reporting = document_graphs_of(store, target)
    if not moved or not set(moved) < reporting:
        raise ReviewError(f"split needs --document for some, not all, of the documents reporting {target} "
                          f"({len(reporting)} do: {', '.join(sorted(reporting))})")
    return _done(store, new_decision("split", by, why, target=target, documents=moved))


def add_agreement(store: Store, document: str, quote: str, *, kind: str, status: str, parties: tuple[str, ...],
                  by: str, why: str, sectors: tuple[str, ...] = (), date: str | None = None) -> Decision:
    """Add an agreement the extractor missed, with its evidence sentence quoted from a stored document."""
    check_values(kind, status, date, sectors, parties)
    if len(set(parties)) < 2:
        raise ReviewError("an agreement needs at least two parties (--party, repeated)")
    doc = resolve_document(store, document)
    start, end = quote_span(store, doc, quote)
    return _done(store, new_decision("add", by, why, documents=(doc,), kind=kind, status=status, date=date,
                                     sectors=tuple(sorted(set(sectors))), parties=tuple(sorted(set(parties))),
                                     quote=quote.strip(), start=start, end=end))


def reject_membership(store: Store, state: str, bloc: str, *, by: str, why: str) -> Decision:
    """Hide a membership the documents state (the reference data is never touched)."""
    check_actor(state, bloc=False)
    check_actor(bloc, bloc=True)
    if not membership_graphs(store, state, bloc):
        raise ReviewError(f"no document states that {state} is a member of {bloc}")
    return _done(store, new_decision("reject", by, why, member=state, bloc=bloc))


def add_membership(store: Store, state: str, bloc: str, document: str, quote: str, *, by: str, why: str) -> Decision:
    """State a membership the extractor missed, with its evidence sentence quoted from a stored document."""
    check_actor(state, bloc=False)
    check_actor(bloc, bloc=True)
    doc = resolve_document(store, document)
    start, end = quote_span(store, doc, quote)
    return _done(store, new_decision("add", by, why, member=state, bloc=bloc, documents=(doc,), quote=quote.strip(),
                                     start=start, end=end))


def undo(store: Store, ref: str, *, by: str, why: str) -> Decision:
    """Withdraw a live decision (recorded as a decision of its own)."""
    decisions = read_decisions(store)
    target = find_decision(decisions, ref)
    if target.action == "undo":
        raise ReviewError(f"{target.id} is an undoing; record the decision again instead of undoing an undo")
    if target.id not in {d.id for d in live_decisions(decisions)}:
        raise ReviewError(f"decision {target.id} is already undone")
    return _done(store, new_decision("undo", by, why, undoes=str(target.iri)))
