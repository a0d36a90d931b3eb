"""What a map shows: the agreements read from the store with their actors, sectors, people and
sources, and the filters that narrow them. views.py arranges them as one of the map's views.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from techpact.errors import MapError
from techpact.extract.facts import PartialDate
from techpact.graph.store import Store
from techpact.ontology.lookup import resolve_actor, resolve_bloc, resolve_sector
from techpact.ontology.namespace import REFERENCE_BLOCS_GRAPH
from techpact.queries import internal_query
from techpact.review.decisions import ACTIONS
from techpact.ontology.vocabulary import STATUSES_BY_STRENGTH as STATUS_STRENGTH




@dataclass
class Source:
    """A document that reports an agreement."""

    iri: str
    title: str | None
    link: str | None
    location: str


@dataclass
class AgreementRecord:
    """Everything a map says about one agreement."""

    iri: str
    label: str
    kind: str
    statuses: set[str] = field(default_factory=set)
    date: str | None = None
    issued: str | None = None
    confidence: float | None = None  # the highest any report states (each states a running combination)
    parties: dict[str, str] = field(default_factory=dict)      # actor IRI -> code
    frameworks: dict[str, str] = field(default_factory=dict)
    sectors: set[str] = field(default_factory=set)
    signatories: dict[str, str] = field(default_factory=dict)  # person IRI -> "name (role)"
    evidence: list[tuple[str, str, str]] = field(default_factory=list)  # (evidence IRI, sentence, document IRI)
    sources: dict[str, Source] = field(default_factory=dict)
    reviews: list[dict] = field(default_factory=list)  # live review decisions: {action, by, when, why}, oldest first

    @property
    def status(self) -> str:
        """The strongest status any report gives (a signed report outranks an earlier proposal)."""
        return min(self.statuses, key=status_strength)

    @property
    def when(self) -> str | None:
        """The agreement's date, or else the earliest report's publication date."""
        return self.date or self.issued


@dataclass
class Actor:
    """A state or bloc."""

    iri: str
    code: str
    name: str
    group: str  # "State" or "Bloc"


@dataclass
class MapData:
    """Agreements with their actors and sectors, and the curated bloc memberships."""

    agreements: dict[str, AgreementRecord]
    actors: dict[str, Actor]
    sector_names: dict[str, str]
    members: dict[str, set[str]]  # bloc IRI -> member state IRIs

    def actor_by_code(self, code: str) -> Actor:
        """The state or bloc with this code (ISO alpha-3 or bloc code), or a clear error."""
        wanted = resolve_actor(code)
        for actor in self.actors.values():
            if actor.code.upper() == wanted:
                return actor
        raise MapError(f"{wanted} is not in the store (no agreement or membership names it)")


@dataclass
class MapFilter:
    """Which agreements a map shows. Empty fields do not filter."""

    sectors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    blocs: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        self.sectors = tuple(dict.fromkeys(resolve_sector(code) for code in self.sectors))
        self.blocs = tuple(dict.fromkeys(resolve_bloc(code) for code in self.blocs))
        self._since = period_bound(self.since, start=True) if self.since else None
        self._until = period_bound(self.until, start=False) if self.until else None
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise MapError(f"minimum confidence must be between 0 and 1, not {self.min_confidence}")

    @property
    def active(self) -> bool:
        return bool(self.sectors or self.statuses or self.blocs or self.since or self.until
                    or self.min_confidence is not None)


@dataclass
class MapGraph:
    """Nodes and edges ready to draw. Every string in them may come from a document."""

    view: str
    nodes: dict[str, dict]
    edges: list[dict]
    sectors: dict[str, str]  # sectors present: code -> name
    statuses: list[str]
    caption: str = ""
    agreements: dict[str, dict] = field(default_factory=dict)  # IRI -> details, once for every node and edge
    members: dict[str, list[str]] = field(default_factory=dict)  # bloc node -> member state codes (reference data)

    def agreements_of(self, item: dict) -> list[dict]:
        """The details of the agreements a node or an edge stands for."""
        return [self.agreements[iri] for iri in (item.get("details") or {}).get("agreements", [])]


def period_bound(text: str, *, start: bool) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first (start) or last day of that period."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
    if not match:
        raise MapError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            return date(year, int(month), int(day))
        if month:
            first = date(year, int(month), 1)
            if start:
                return first
            following = date(year + (first.month == 12), first.month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, 1, 1) if start else date(year, 12, 31)
    except ValueError as err:
        raise MapError(f"not a date: {text!r} ({err})") from err


def read_map_data(store: Store) -> MapData:
    """Every agreement in the store with what the map shows about it."""
    agreements: dict[str, AgreementRecord] = {}
    for iri, label, kind, status, when, confidence, doc, title, url, source, issued in store.query(
            internal_query("map-agreements")).rows:
        record = agreements.setdefault(iri, AgreementRecord(iri, label, kind))
        record.statuses.add(status)
        if confidence is not None and (record.confidence is None or confidence > record.confidence):
            record.confidence = confidence
        if when and (record.date is None or str(when) < record.date):
            record.date = str(when)
        if issued and (record.issued is None or str(issued) < record.issued):
            record.issued = str(issued)
        record.sources.setdefault(doc, Source(doc, title, url or _file_link(source), source or doc))
    actors: dict[str, Actor] = {}
    for iri, code, group, name in store.query(internal_query("map-actors")).rows:
        actors[iri] = Actor(iri, code, name or code, group.rsplit("#", 1)[-1])
    sector_names: dict[str, str] = {}
    for agreement, rel, actor, code, _, _ in store.query(internal_query("map-parties")).rows:
        if agreement in agreements:
            target = agreements[agreement].parties if rel.endswith("party") else agreements[agreement].frameworks
            target[actor] = code
    for agreement, code, name in store.query(internal_query("map-sectors")).rows:
        if agreement in agreements:
            agreements[agreement].sectors.add(code)
            sector_names[code] = name or code
    for agreement, person, name, role in store.query(internal_query("map-signatories")).rows:
        if agreement in agreements:
            agreements[agreement].signatories[person] = f"{name} ({role})" if role else name
    for agreement, evidence, text, doc, _ in sorted(store.query(internal_query("map-evidence")).rows, key=lambda r: (r[0], r[3], r[4])):
        if agreement in agreements:
            agreements[agreement].evidence.append((evidence, text, doc))
    _read_reviews(store, agreements)
    members: dict[str, set[str]] = defaultdict(set)
    for state, bloc in store.query(internal_query("map-members"), {"blocs": REFERENCE_BLOCS_GRAPH}).rows:
        members[bloc].add(state)
    return MapData(agreements, actors, sector_names, dict(members))


def _read_reviews(store: Store, agreements: dict[str, AgreementRecord]) -> None:
    """The decisions in force behind each agreement (the curated view links them; the raw store has none)."""
    action_of = {str(cls): name for name, cls in ACTIONS.items()}
    found: dict[str, dict[str, dict]] = defaultdict(dict)
    for agreement, decision, cls, by, when, why in store.query(internal_query("map-reviews")).rows:
        if agreement in agreements and cls in action_of:
            found[agreement][decision] = {"action": action_of[cls], "by": by, "when": str(when), "why": why}
    for agreement, decisions in found.items():
        agreements[agreement].reviews = sorted(decisions.values(), key=lambda r: (r["when"], r["action"]))


def _file_link(source: str | None) -> str | None:
    """A file:// link for an absolute local path (relative paths have no meaning elsewhere)."""
    if not source:
        return None
    path = Path(source.split("#", 1)[0])
    return path.as_uri() if path.is_absolute() else None


def select_agreements(data: MapData, chosen: MapFilter) -> list[AgreementRecord]:
    """The agreements that pass every filter."""
    blocs = [data.actor_by_code(code) for code in chosen.blocs]
    kept = []
    for record in data.agreements.values():
        if chosen.sectors and not record.sectors & set(chosen.sectors):
            continue
        if chosen.statuses and not record.statuses & set(chosen.statuses):
            continue
        if chosen.min_confidence is not None and (record.confidence is None or record.confidence < chosen.min_confidence):
            continue
        if (chosen.since or chosen.until) and not _within(record.when, chosen):
            continue
        if blocs and not any(_involves(record, bloc, data.members.get(bloc.iri, set())) for bloc in blocs):
            continue
        kept.append(record)
    return sorted(kept, key=lambda r: r.iri)


def _within(when: str | None, chosen: MapFilter) -> bool:
    """True when a date of any precision (2019, 2019-12, 2019-12-03) may fall in the filter's period."""
    if not when:
        return False
    try:
        period = PartialDate.parse(when[:10])
    except ValueError:
        return False
    return not (chosen._since and period.last_day() < chosen._since) and not (chosen._until and period.first_day() > chosen._until)


def _involves(record: AgreementRecord, bloc: Actor, members: set[str]) -> bool:
    return bloc.iri in record.parties or bloc.iri in record.frameworks or bool(members & set(record.parties))


def agreement_details(record: AgreementRecord, sentences_per_source: int = 3) -> dict:
    """What the details panel says about one agreement: each evidence sentence (its IRI, the
    index of its source document), up to sentences_per_source from every report."""
    sources = sorted(record.sources.values(), key=lambda s: s.iri)
    index = {source.iri: number for number, source in enumerate(sources)}
    taken: Counter = Counter()
    evidence = []
    for iri, text, doc in record.evidence:
        if taken[doc] < sentences_per_source:
            taken[doc] += 1
            evidence.append({"text": text, "id": iri, "source": index.get(doc)})
    return {
        "label": record.label, "kind": record.kind, "status": record.status, "date": record.when,
        "confidence": record.confidence,
        "sectors": sorted(record.sectors),
        "signatories": sorted(record.signatories.values()),
        "evidence": evidence,
        "sources": [{"title": s.title or s.location, "link": s.link} for s in sources],
        "review": [dict(review) for review in record.reviews],
    }


def agreement_line(record: AgreementRecord) -> str:
    line = f"{record.kind} · {record.status}" + (f" · {record.when}" if record.when else "")
    if record.evidence:
        line += f"\n  “{record.evidence[0][1]}”"
    return line


def dominant_sector(counts: Counter) -> str | None:
    """The sector named most often (ties: alphabetical), or None."""
    if not counts:
        return None
    return min(counts, key=lambda code: (-counts[code], code))


def status_strength(status: str) -> int:
    return STATUS_STRENGTH.index(status) if status in STATUS_STRENGTH else len(STATUS_STRENGTH)
