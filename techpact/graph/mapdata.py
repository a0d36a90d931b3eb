"""What a map shows: the agreements read from the store, filtered, arranged as one of two views.

The alliance view has states and blocs as nodes and one edge per pair of parties, weighted by
the number of agreements between them. The full view has agreements, actors, sectors, people
and documents as nodes. Both can be narrowed by sector, period, bloc and status, and cut to
the ego network of one actor.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

import networkx as nx

from techpact.errors import TechpactError
from techpact.extract.facts import PartialDate
from techpact.graph.store import Store

VIEWS = ("alliances", "full")
STATUS_STRENGTH = ["in-force", "signed", "ended", "proposed", "planned", "rejected"]

_AGREEMENTS = """
SELECT ?agreement ?label ?kind ?status ?date ?confidence ?doc ?title ?url ?source ?issued WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; tp:kind ?kind ; tp:status ?status ; rdfs:label ?label .
               OPTIONAL { ?agreement tp:date ?date } OPTIONAL { ?agreement tp:confidence ?confidence } }
  OPTIONAL { GRAPH ?doc { ?doc dcterms:title ?title } }
  OPTIONAL { GRAPH ?doc { ?doc schema:url ?url } }
  OPTIONAL { GRAPH ?doc { ?doc dcterms:source ?source } }
  OPTIONAL { GRAPH ?doc { ?doc dcterms:issued ?issued } }
}"""
_ACTORS = """
SELECT DISTINCT ?agreement ?rel ?actor ?code ?name ?class WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; ?rel ?actor . FILTER(?rel IN (tp:party, tp:framework)) }
  ?actor tp:iso3|tp:code ?code ; a ?class . FILTER(?class IN (tp:State, tp:Bloc))
  OPTIONAL { ?actor rdfs:label ?name . FILTER(LANG(?name) = "en") }
}"""
_SECTORS = """
SELECT DISTINCT ?agreement ?code ?name WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; tp:sector ?sector }
  ?sector skos:notation ?code . OPTIONAL { ?sector skos:prefLabel ?name . FILTER(LANG(?name) = "en") }
}"""
_SIGNATORIES = """
SELECT DISTINCT ?agreement ?person ?name ?role WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; tp:signatory ?person . ?person rdfs:label ?name .
               OPTIONAL { ?person tp:role ?role } }
}"""
_EVIDENCE = """
SELECT ?agreement ?evidence ?text ?doc ?start WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; tp:evidence ?evidence . ?evidence tp:text ?text ; tp:start ?start }
}"""  # sorted in Python: ORDER BY doubled the query's time
_MEMBERS = """
SELECT ?state ?bloc WHERE {
  GRAPH <https://w3id.org/techpact/id/graph/reference/blocs> { ?state tp:memberOf ?bloc }
}"""
_ACTOR_NAMES = """
SELECT ?actor ?code ?class ?name WHERE {
  ?actor tp:iso3|tp:code ?code ; a ?class . FILTER(?class IN (tp:State, tp:Bloc))
  OPTIONAL { ?actor rdfs:label ?name . FILTER(LANG(?name) = "en") }
}"""


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

    @property
    def status(self) -> str:
        """The strongest status any report gives (a signed report outranks an earlier proposal)."""
        return min(self.statuses, key=_strength)

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
        wanted = code.strip().upper()
        for actor in self.actors.values():
            if actor.code.upper() == wanted:
                return actor
        raise TechpactError(f"unknown state or bloc code: {code!r}")


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
        self._since = period_bound(self.since, start=True) if self.since else None
        self._until = period_bound(self.until, start=False) if self.until else None
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise TechpactError(f"minimum confidence must be between 0 and 1, not {self.min_confidence}")

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

    def agreements_of(self, item: dict) -> list[dict]:
        """The details of the agreements a node or an edge stands for."""
        return [self.agreements[iri] for iri in (item.get("details") or {}).get("agreements", [])]


def period_bound(text: str, *, start: bool) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first (start) or last day of that period."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
    if not match:
        raise TechpactError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
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
        raise TechpactError(f"not a date: {text!r} ({err})") from None


def read_map_data(store: Store) -> MapData:
    """Every agreement in the store with what the map shows about it."""
    agreements: dict[str, AgreementRecord] = {}
    for iri, label, kind, status, when, confidence, doc, title, url, source, issued in store.query(_AGREEMENTS).rows:
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
    for iri, code, group, name in store.query(_ACTOR_NAMES).rows:
        actors[iri] = Actor(iri, code, name or code, group.rsplit("#", 1)[-1])
    sector_names: dict[str, str] = {}
    for agreement, rel, actor, code, _, _ in store.query(_ACTORS).rows:
        if agreement in agreements:
            target = agreements[agreement].parties if rel.endswith("party") else agreements[agreement].frameworks
            target[actor] = code
    for agreement, code, name in store.query(_SECTORS).rows:
        if agreement in agreements:
            agreements[agreement].sectors.add(code)
            sector_names[code] = name or code
    for agreement, person, name, role in store.query(_SIGNATORIES).rows:
        if agreement in agreements:
            agreements[agreement].signatories[person] = f"{name} ({role})" if role else name
    for agreement, evidence, text, doc, _ in sorted(store.query(_EVIDENCE).rows, key=lambda r: (r[0], r[3], r[4])):
        if agreement in agreements:
            agreements[agreement].evidence.append((evidence, text, doc))
    members: dict[str, set[str]] = defaultdict(set)
    for state, bloc in store.query(_MEMBERS).rows:
        members[bloc].add(state)
    return MapData(agreements, actors, sector_names, dict(members))


def _file_link(source: str | None) -> str | None:
    """A file:// link for an absolute local path (relative paths have no meaning elsewhere)."""
    if not source:
        return None
    path = Path(source.split("#", 1)[0])
    return path.as_uri() if path.is_absolute() else None


def select_agreements(data: MapData, chosen: MapFilter) -> list[AgreementRecord]:
    """The agreements that pass every filter."""
    blocs = [data.actor_by_code(code) for code in chosen.blocs]
    known_sectors = set(data.sector_names)
    for code in chosen.sectors:
        if code not in known_sectors and not re.fullmatch(r"[a-z][a-z0-9-]*", code):
            raise TechpactError(f"not a sector code: {code!r}")
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
    }


def _agreement_line(record: AgreementRecord) -> str:
    line = f"{record.kind} · {record.status}" + (f" · {record.when}" if record.when else "")
    if record.evidence:
        line += f"\n  “{record.evidence[0][1]}”"
    return line


def dominant_sector(counts: Counter) -> str | None:
    """The sector named most often (ties: alphabetical), or None."""
    if not counts:
        return None
    return min(counts, key=lambda code: (-counts[code], code))


def alliance_view(data: MapData, agreements: list[AgreementRecord]) -> MapGraph:
    """States and blocs, one edge per pair of parties weighted by their agreements."""
    pairs: dict[tuple[str, str], list[AgreementRecord]] = defaultdict(list)
    nodes: dict[str, dict] = {}
    for record in agreements:
        for iri in list(record.parties) + list(record.frameworks):
            _note_edge(_actor_node(nodes, data.actors[iri]), record.sectors, [record])
        for a, b in combinations(sorted(record.parties), 2):
            pairs[(a, b)].append(record)
    edges = []
    for (a, b), records in sorted(pairs.items()):
        sectors = Counter(code for r in records for code in r.sectors)
        names = f"{data.actors[a].name} – {data.actors[b].name}"
        count = len(records)
        title = "\n".join([f"{names}: {count} agreement{'s' * (count != 1)}"] + [_agreement_line(r) for r in records[:5]]
                          + ([f"… and {count - 5} more (click for all)"] if count > 5 else []))
        edges.append({
            "from": a, "to": b, "kind": "agreements", "weight": count, "sector": dominant_sector(sectors),
            "sectors": sorted(sectors), "statuses": sorted({r.status for r in records}), "title": title,
            "details": {"heading": names, "agreements": [r.iri for r in records]},
        })
    _membership_edges(data, nodes, edges)
    return _finish(data, "alliances", nodes, edges, agreements)


def _actor_node(nodes: dict[str, dict], actor: Actor) -> dict:
    if actor.iri not in nodes:
        nodes[actor.iri] = {"label": actor.code, "group": actor.group, "title": f"{actor.group}: {actor.name}",
                            "sectors": set(), "statuses": set(), "agreements": set(),
                            "details": {"heading": f"{actor.name} ({actor.code})", "agreements": []}}
    return nodes[actor.iri]


def _note_edge(node: dict, sectors, records: list[AgreementRecord]) -> None:
    node["sectors"].update(sectors)
    node["statuses"].update(r.status for r in records)
    node["agreements"].update(r.iri for r in records)


def _membership_edges(data: MapData, nodes: dict[str, dict], edges: list[dict]) -> None:
    """Dashed edges from blocs on the map to their members on the map (curated reference data)."""
    for bloc, states in sorted(data.members.items()):
        if bloc not in nodes:
            continue
        for state in sorted(states & nodes.keys()):
            edges.append({"from": state, "to": bloc, "kind": "member", "weight": 1, "sector": None, "sectors": [],
                          "statuses": [], "title": f"{data.actors[state].name} is a member of {data.actors[bloc].code} (reference data)",
                          "details": None})


def full_view(data: MapData, agreements: list[AgreementRecord]) -> MapGraph:
    """Agreements with their parties, frameworks, sectors, signatories and documents as nodes."""
    nodes: dict[str, dict] = {}
    edges: list[dict] = []

    def link(agreement: AgreementRecord, target: str, kind: str) -> None:
        edges.append({"from": agreement.iri, "to": target, "kind": kind, "weight": 1, "sector": None,
                      "sectors": sorted(agreement.sectors), "statuses": [agreement.status],
                      "title": f"{kind}", "details": None})
        _note_edge(nodes[target], agreement.sectors, [agreement])

    for record in agreements:
        nodes[record.iri] = {"label": record.kind, "group": "Agreement", "title": f"{record.label}\n{_agreement_line(record)}",
                             "sectors": set(record.sectors), "statuses": {record.status}, "agreements": {record.iri},
                             "details": {"heading": record.label, "agreements": [record.iri]}}
        for iri in record.parties:
            _actor_node(nodes, data.actors[iri])
            link(record, iri, "party")
        for iri in record.frameworks:
            _actor_node(nodes, data.actors[iri])
            link(record, iri, "framework")
        for code in sorted(record.sectors):
            iri = f"sector:{code}"
            nodes.setdefault(iri, {"label": data.sector_names.get(code, code), "group": "Sector", "sector": code,
                                   "title": f"Sector: {data.sector_names.get(code, code)}", "sectors": set(),
                                   "statuses": set(), "agreements": set(), "details": None})
            link(record, iri, "sector")
        for person, name in sorted(record.signatories.items()):
            nodes.setdefault(person, {"label": name.split(" (")[0], "group": "Person", "title": f"Signatory: {name}",
                                      "sectors": set(), "statuses": set(), "agreements": set(), "details": None})
            link(record, person, "signatory")
        for doc, source in sorted(record.sources.items()):
            nodes.setdefault(doc, {"label": (source.title or Path(source.location).name)[:40], "group": "Document",
                                   "title": f"Document: {source.title or source.location}", "sectors": set(),
                                   "statuses": set(), "agreements": set(), "link": source.link, "details": None})
            link(record, doc, "reported in")
    _membership_edges(data, nodes, edges)
    return _finish(data, "full", nodes, edges, agreements)


def _finish(data: MapData, view: str, nodes: dict[str, dict], edges: list[dict], agreements) -> MapGraph:
    for node in nodes.values():
        if node.get("details") is not None and node["group"] in ("State", "Bloc"):
            node["details"]["agreements"] = sorted(node["agreements"])
        if node["group"] == "Sector":
            node["sectors"] = {node["sector"]}  # a sector node stays only under its own sector filter
        node["sectors"], node["statuses"] = sorted(node["sectors"]), sorted(node["statuses"])
        node.pop("agreements")
    present = sorted({code for r in agreements for code in r.sectors})
    return MapGraph(view, nodes, edges, {code: data.sector_names.get(code, code) for code in present},
                    sorted({r.status for r in agreements}, key=_strength),
                    agreements={r.iri: agreement_details(r) for r in agreements})


def _strength(status: str) -> int:
    return STATUS_STRENGTH.index(status) if status in STATUS_STRENGTH else len(STATUS_STRENGTH)


def ego(graph: MapGraph, center: str, depth: int) -> MapGraph:
    """Only the nodes within depth steps of center, and the edges among them."""
    if center not in graph.nodes:
        raise TechpactError(f"{center.rsplit('/', 1)[-1]} is not on this map (no agreement left after the filters)")
    skeleton = nx.Graph()
    skeleton.add_nodes_from(graph.nodes)
    skeleton.add_edges_from((e["from"], e["to"]) for e in graph.edges)
    kept = set(nx.single_source_shortest_path_length(skeleton, center, cutoff=depth))
    nodes = {iri: node for iri, node in graph.nodes.items() if iri in kept}
    edges = [e for e in graph.edges if e["from"] in kept and e["to"] in kept]
    shown = {iri for item in [*nodes.values(), *edges] for iri in (item.get("details") or {}).get("agreements", [])}
    return MapGraph(graph.view, nodes, edges, graph.sectors, graph.statuses, graph.caption,
                    {iri: details for iri, details in graph.agreements.items() if iri in shown})


def build_map_graph(data: MapData, view: str = "alliances", chosen: MapFilter | None = None,
                    focus: str | None = None, depth: int = 1) -> MapGraph:
    """The graph of one view, filtered and optionally cut to the ego network of focus."""
    if view not in VIEWS:
        raise TechpactError(f"unknown view {view!r} (choose {', '.join(VIEWS)})")
    chosen = chosen or MapFilter()
    agreements = select_agreements(data, chosen)
    graph = (alliance_view if view == "alliances" else full_view)(data, agreements)
    parts = [f"{view} view", f"{len(agreements)} agreements"]
    if focus:
        actor = data.actor_by_code(focus)
        graph = ego(graph, actor.iri, depth)
        parts.append(f"around {actor.code} (depth {depth})")
    if chosen.active:
        parts.append(describe_filter(chosen))
    graph.caption = " · ".join(parts)
    return graph


def describe_filter(chosen: MapFilter) -> str:
    """The filters in words, for the page caption."""
    words = []
    if chosen.sectors:
        words.append("sector " + "/".join(chosen.sectors))
    if chosen.statuses:
        words.append("status " + "/".join(chosen.statuses))
    if chosen.blocs:
        words.append("bloc " + "/".join(chosen.blocs))
    if chosen.since:
        words.append(f"since {chosen.since}")
    if chosen.until:
        words.append(f"until {chosen.until}")
    if chosen.min_confidence is not None:
        words.append(f"confidence at least {chosen.min_confidence:g}")
    return ", ".join(words)
