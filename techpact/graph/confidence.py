"""Agreements by confidence: which to leave out of an export or a view below a threshold."""

from __future__ import annotations

from techpact.errors import TechpactError
from techpact.graph.store import Store
from techpact.queries import internal_query


def below_confidence(store: Store, minimum: float) -> frozenset[str]:
    """IRIs to leave out for a minimum confidence: the agreements below it (or with none) and the
    evidence nodes only they cite."""
    if not 0 <= minimum <= 1:
        raise TechpactError(f"minimum confidence must be between 0 and 1, not {minimum}")
    dropped = {iri for (iri,) in store.query(internal_query("confidence-below"), {"minimum": str(minimum)}).rows}
    cited_by_dropped, cited_by_kept = set(), set()
    for subject, evidence in store.query(internal_query("evidence-links")).rows:
        (cited_by_dropped if subject in dropped else cited_by_kept).add(evidence)
    return frozenset(dropped | (cited_by_dropped - cited_by_kept))
