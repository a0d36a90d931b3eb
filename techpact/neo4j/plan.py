"""What a sync must send: the pure part of it, testable without a server.

The ledger in Neo4j says, per graph synced, its fingerprint then and the subjects it held;
the store says each graph's fingerprint now. Their difference is the plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from techpact.graph.iris import SYNC_IN_PROGRESS

Ledger = Mapping[str, tuple[str | None, list[str]]]  # graph -> (fingerprint when synced, subjects it held)


@dataclass(frozen=True)
class SyncPlan:
    """The graphs to send and to remove, and what the last sync left behind."""

    changed: list[str]                # graphs added or changed since they were synced, sorted
    removed: list[str]                # graphs synced once that the store no longer has, sorted
    interrupted: bool                 # the last sync died before it finished
    full: bool                        # every graph is resent
    everything: bool                  # every graph of the store changed: project the whole store
    listed: dict[str, list[str]] = field(default_factory=dict)  # graph -> subjects the ledger lists for it

    @property
    def needed(self) -> bool:
        """True when anything is to be written."""
        return bool(self.changed or self.removed)

    def subjects(self, graph_subjects: Mapping[str, Iterable[str]]) -> set[str]:
        """Every subject to rewrite: those of changed graphs now, and those the ledger lists for
        changed and removed graphs (a subject a graph no longer holds must be rewritten too)."""
        found: set[str] = set()
        for graph in self.changed:
            found |= set(graph_subjects.get(graph, ()))
        for graph in self.changed + self.removed:
            found |= set(self.listed.get(graph, ()))
        return found

    def known(self, subjects: set[str]) -> set[str]:
        """Subjects an earlier sync may have written: only they can have stale relationships.
        After an interrupted sync, or a full one, anything may be there already."""
        known = {subject for listed in self.listed.values() for subject in listed}
        return known | subjects if self.interrupted or self.full else known


def plan_sync(fingerprints: Mapping[str, str], ledger: Ledger, full: bool = False) -> SyncPlan:
    """Compare the store's graph fingerprints with the Neo4j ledger: what to send and remove."""
    entries = dict(ledger)
    interrupted = entries.pop(SYNC_IN_PROGRESS, None) is not None
    synced = {graph: (None if full else fingerprint) for graph, (fingerprint, _) in entries.items()}
    changed = sorted(g for g, fingerprint in fingerprints.items() if synced.get(g) != fingerprint)
    removed = sorted(g for g in entries if g not in fingerprints)
    return SyncPlan(changed, removed, interrupted, full, bool(changed) and len(changed) == len(fingerprints),
                    {graph: list(listed or []) for graph, (_, listed) in entries.items()})
