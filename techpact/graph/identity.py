"""Same agreement, many reports: find the stored agreement a new report speaks of.

Two reports describe one agreement only when nothing they say differs:
- the same parties;
- kinds of one family (tp:kindFamily in the ontology: an MoU may be reported as an agreement,
  never as a joint statement or a working group);
- the same status (a plan and its signing are two moments, kept as two nodes);
- dates that can name the same day, when both have one: the same year at least, and equal
  at the finest precision both give (2024-03 fits 2024-03-09; 2024-03-09 does not fit 2024-03-12);
- sectors in common, or no sectors on one side.

A merged node never carries two kinds, statuses or dates: a report that joins a stored
agreement states the stored kind and date in its own graph (it named the same act, perhaps
less precisely), and adds a date only when the node had none. Its confidence is combined
with the stored one as 1 − (1 − stored)(1 − own). Two agreements of one document never merge.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from rdflib import URIRef

from techpact.extract.facts import Agreement, PartialDate
from techpact.graph.store import Store
from techpact.ontology.namespace import ONTOLOGY_IRI as _TP
from techpact.ontology.vocabulary import kind_families
from techpact.queries import internal_query

_CANDIDATES = internal_query("identity-candidates")


@dataclass(frozen=True)
class StoredAgreement:
    """What the store already says about an agreement."""

    iri: str
    kinds: frozenset[str]
    parties: frozenset[str]
    sectors: frozenset[str]
    dates: frozenset[PartialDate]
    statuses: frozenset[str] = frozenset()
    confidence: float | None = None


def stored_agreements_between(store: Store, key: str, leave_out: Set[str] = frozenset()) -> list[StoredAgreement]:
    """Stored agreements whose tp:partyKey is key (exactly these parties), with their kinds, dates, sectors.

    The key finds the candidates through the store's index; each candidate's statements
    are then read directly, so many reports of one agreement cost linear time, not more.
    What the named graphs in leave_out say is not read (graphs a planned ingest will remove).
    """
    found = []
    for (iri,) in store.query(_CANDIDATES, {"key": key}).rows:
        kinds, statuses, sectors, dates, confidences = set(), set(), set(), set(), []
        quads = [q for q in store.quads_about(iri) if q.graph_name.value not in leave_out] if leave_out else \
            store.quads_about(iri)
        if leave_out and not any(q.predicate.value == _TP + "partyKey" and q.object.value == key for q in quads):
            continue
        for quad in quads:
            predicate, value = quad.predicate.value, quad.object.value
            if predicate == _TP + "kind":
                kinds.add(value)
            elif predicate == _TP + "status":
                statuses.add(value)
            elif predicate == _TP + "sector":
                sectors.add(value.rsplit("/", 1)[-1])
            elif predicate == _TP + "date":
                try:
                    dates.add(PartialDate.parse(value))
                except ValueError:
                    pass
            elif predicate == _TP + "confidence":
                confidences.append(float(value))
        found.append(StoredAgreement(iri, frozenset(kinds), frozenset(key.split()), frozenset(sectors),
                                     frozenset(dates), frozenset(statuses), max(confidences, default=None)))
    return found


def same_family(kind: str, other: str) -> bool:
    """True when two kinds can name one act (same tp:kindFamily)."""
    families = kind_families()
    return families.get(kind, kind) == families.get(other, other)


def same_agreement(new: Agreement, stored: StoredAgreement) -> bool:
    """True when a new report and a stored agreement are one act: nothing they say differs."""
    if frozenset(new.parties) != stored.parties:
        return False
    if not all(same_family(new.kind, kind) for kind in stored.kinds):
        return False
    if stored.statuses and stored.statuses != {new.status}:
        return False
    if new.date and not all(new.date.compatible(date) for date in stored.dates):
        return False
    if new.sectors and stored.sectors and not set(new.sectors) & stored.sectors:
        return False
    return True


def combine_confidence(*values: float | None) -> float | None:
    """1 − Π(1 − c) over the known values: reports that agree raise the confidence."""
    known = [value for value in values if value is not None]
    if not known:
        return None
    remaining = 1.0
    for value in known:
        remaining *= 1.0 - value
    return round(1.0 - remaining, 3)


def adopt(agreement: Agreement, stored: StoredAgreement) -> None:
    """Make a report that joins a stored agreement state what the node already says (kind, date)."""
    if len(stored.kinds) == 1:
        agreement.kind = next(iter(stored.kinds))
    if len(stored.dates) == 1:
        agreement.date = next(iter(stored.dates))
    agreement.confidence = combine_confidence(stored.confidence, agreement.confidence)


class AgreementIndex:
    """Stored agreements by party key, read from the store once per key and kept up to date
    while one ingest adds documents (so many reports of one agreement stay linear).

    Under each key they are kept by (status, kind family): a report is only compared with the
    agreements that state its status and family, or none of either, since no other can be the
    same act (same_agreement). One with two statuses or two families matches no report.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_key: dict[str, _Entries] = {}
        self.leave_out: set[str] = set()  # graphs not read from the store (removed, for a planned ingest)

    def _entries(self, key: str) -> _Entries:
        entries = self.by_key.get(key)
        if entries is None:
            entries = self.by_key[key] = _Entries()
            for stored in stored_agreements_between(self.store, key, self.leave_out):
                entries.put(stored)
        return entries

    def candidates(self, key: str) -> list[StoredAgreement]:
        """Stored agreements with exactly these parties."""
        return list(self._entries(key).by_iri.values())

    def match(self, agreements: list[Agreement]) -> dict[int, URIRef]:
        """Index of each new agreement -> the stored agreement it reports again (one-to-one).

        Each matched agreement adopts the stored kind and date (see the module docstring).
        An undated report attaches to a stored agreement only when exactly one candidate fits;
        a dated one prefers a candidate with the very same date.
        """
        matches: dict[int, URIRef] = {}
        taken: set[str] = set()
        families = kind_families()
        for index, agreement in enumerate(agreements):
            if not agreement.parties:
                continue
            family = families.get(agreement.kind, agreement.kind)
            fitting = [c for c in self._entries(agreement.party_key).comparable(agreement.status, family)
                       if c.iri not in taken and same_agreement(agreement, c)]
            if len(fitting) == 1 or (fitting and agreement.date):
                chosen = sorted(fitting, key=lambda c: (agreement.date not in c.dates, c.iri))[0]
                adopt(agreement, chosen)
                matches[index] = URIRef(chosen.iri)
                taken.add(chosen.iri)
        return matches

    def remember(self, agreements: list[Agreement], iris: list[str]) -> None:
        """Take in what a document just stored: agreement i now lives at iris[i]."""
        for agreement, iri in zip(agreements, iris):
            entries = self._entries(agreement.party_key)
            old = entries.by_iri.get(iri)
            entries.put(StoredAgreement(
                iri,
                (old.kinds if old else frozenset()) | {agreement.kind},
                frozenset(agreement.parties),
                (old.sectors if old else frozenset()) | set(agreement.sectors),
                (old.dates if old else frozenset()) | ({agreement.date} if agreement.date else set()),
                (old.statuses if old else frozenset()) | {agreement.status},
                max((c for c in (old.confidence if old else None, agreement.confidence) if c is not None), default=None),
            ))


class _Entries:
    """The stored agreements of one party key: by IRI, and by (status, kind family) for matching."""

    _UNMATCHABLE = ("", "")  # two statuses or two kind families: no report is the same act

    def __init__(self) -> None:
        self.by_iri: dict[str, StoredAgreement] = {}
        self.groups: dict[tuple[str | None, str | None], dict[str, StoredAgreement]] = {}
        self.group_of: dict[str, tuple[str | None, str | None]] = {}

    def put(self, stored: StoredAgreement) -> None:
        """Add an agreement, or replace the one with its IRI."""
        old = self.group_of.get(stored.iri)
        if old is not None:
            del self.groups[old][stored.iri]
        families = kind_families()
        found = {families.get(kind, kind) for kind in stored.kinds}
        group = self._UNMATCHABLE if len(stored.statuses) > 1 or len(found) > 1 else (
            next(iter(stored.statuses), None), next(iter(found), None))
        self.by_iri.pop(stored.iri, None)
        self.by_iri[stored.iri] = stored
        self.groups.setdefault(group, {})[stored.iri] = stored
        self.group_of[stored.iri] = group

    def comparable(self, status: str, family: str) -> list[StoredAgreement]:
        """The agreements a report of this status and kind family may be the same act as."""
        groups = self.groups
        return [stored for group in ((status, family), (status, None), (None, family), (None, None))
                for stored in groups.get(group, {}).values()]
