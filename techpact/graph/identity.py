"""Same agreement, many reports: find the stored agreement a new report speaks of.

Two reports describe one agreement when they have the same parties, a kind that fits,
dates no more than a month apart (or one undated), and, when both name sectors, at
least one sector in common. Two MoUs between the same states on different dates stay two.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import URIRef

from techpact.extract.facts import Agreement
from techpact.graph.store import Store
from techpact.queries import internal_query
from techpact.ontology.namespace import ONTOLOGY_IRI as _TP
from techpact.ontology.vocabulary import GENERIC_KINDS as _GENERIC_KINDS
_MAX_DAYS_APART = 31

_CANDIDATES = internal_query("identity-candidates")


@dataclass(frozen=True)
class StoredAgreement:
    """What the store already says about an agreement."""

    iri: str
    kinds: frozenset[str]
    parties: frozenset[str]
    sectors: frozenset[str]
    dates: frozenset[dt.date]


def stored_agreements_between(store: Store, key: str) -> list[StoredAgreement]:
    """Stored agreements whose tp:partyKey is key (exactly these parties), with their kinds, dates, sectors.

    The key finds the candidates through the store's index; each candidate's statements
    are then read directly, so many reports of one agreement cost linear time, not more.
    """
    found = []
    for (iri,) in store.query(_CANDIDATES, {"key": key}).rows:
        kinds, sectors, dates = set(), set(), set()
        for quad in store.quads_about(iri):
            predicate = quad.predicate.value
            if predicate == _TP + "kind":
                kinds.add(quad.object.value)
            elif predicate == _TP + "sector":
                sectors.add(quad.object.value.rsplit("/", 1)[-1])
            elif predicate == _TP + "date":
                try:
                    dates.add(dt.date.fromisoformat(quad.object.value))
                except ValueError:
                    pass
        found.append(StoredAgreement(iri, frozenset(kinds), frozenset(key.split()), frozenset(sectors), frozenset(dates)))
    return found


def same_agreement(new: Agreement, stored: StoredAgreement) -> bool:
    """True when a new report and a stored agreement are one act."""
    if frozenset(new.parties) != stored.parties:
        return False
    if new.kind not in stored.kinds and not ({new.kind} | stored.kinds) <= (_GENERIC_KINDS | {"mou"}):
        return False
    if new.date and stored.dates and min(abs((new.date - d).days) for d in stored.dates) > _MAX_DAYS_APART:
        return False
    if new.sectors and stored.sectors and not set(new.sectors) & stored.sectors:
        return False
    return True


class AgreementIndex:
    """Stored agreements by party key, read from the store once per key and kept up to date
    while one ingest adds documents (so many reports of one agreement stay linear)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_key: dict[str, list[StoredAgreement]] = {}

    def candidates(self, key: str) -> list[StoredAgreement]:
        """Stored agreements with exactly these parties."""
        if key not in self.by_key:
            self.by_key[key] = stored_agreements_between(self.store, key)
        return self.by_key[key]

    def match(self, agreements: list[Agreement]) -> dict[int, URIRef]:
        """Index of each new agreement -> the stored agreement it reports again (one-to-one).

        An undated report attaches to a stored agreement only when exactly one candidate fits.
        """
        matches: dict[int, URIRef] = {}
        taken: set[str] = set()
        for index, agreement in enumerate(agreements):
            if not agreement.parties:
                continue
            fitting = [c for c in self.candidates(agreement.party_key)
                       if c.iri not in taken and same_agreement(agreement, c)]
            if len(fitting) == 1 or (fitting and agreement.date):
                matches[index] = URIRef(fitting[0].iri)
                taken.add(fitting[0].iri)
        return matches

    def remember(self, agreements: list[Agreement], iris: list[str]) -> None:
        """Take in what a document just stored: agreement i now lives at iris[i]."""
        for agreement, iri in zip(agreements, iris):
            entries = self.candidates(agreement.party_key)
            old = next((e for e in entries if e.iri == iri), None)
            new = StoredAgreement(
                iri,
                (old.kinds if old else frozenset()) | {agreement.kind},
                frozenset(agreement.parties),
                (old.sectors if old else frozenset()) | set(agreement.sectors),
                (old.dates if old else frozenset()) | ({agreement.date} if agreement.date else set()),
            )
            self.by_key[agreement.party_key] = [e for e in entries if e.iri != iri] + [new]
