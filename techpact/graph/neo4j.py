"""Sync the RDF store into Neo4j, per the mapping in DESIGN.md.

Nodes carry the label of their class and a unique `uri`; literals become properties;
links between our own nodes become relationships in UPPER_SNAKE_CASE, each with the
graphs (documents or reference data) that support it in `docs`. Labels and types come
only from the ontology (checked against a whitelist); values always travel as parameters.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from techpact.errors import Neo4jError
from techpact.graph.mapping import RDF_TYPE, SHAPES, Projection, Shape, project
from techpact.graph.store import Store


@dataclass
class SyncReport:
    """What a sync wrote: nodes and relationships per label/type, graphs sent and removed, time taken."""

    nodes: dict[str, int]
    relationships: dict[str, int]
    seconds: float
    graphs_sent: int = 0
    graphs_removed: int = 0


class Neo4jSync:
    """Writes a store into a Neo4j database in batches."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None, batch_size: int = 5000,
                 allow_insecure: bool = False, shape: str = "techpact") -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        check_transport(uri, allow_insecure)
        if shape not in SHAPES:
            raise Neo4jError(f"unknown mapping shape {shape!r}; choose one of {', '.join(SHAPES)}")
        self.shape: Shape = SHAPES[shape]
        self.database = database
        self.batch_size = batch_size
        try:
            self.driver = GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity()
        except AuthError as err:
            raise Neo4jError(f"Neo4j at {uri} refused the credentials for user '{user}'") from err
        except (ServiceUnavailable, OSError, ValueError) as err:
            raise Neo4jError(f"cannot reach Neo4j at {uri}: {type(err).__name__}") from err

    def close(self) -> None:
        """Close the driver."""
        self.driver.close()

    def __enter__(self) -> Neo4jSync:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ensure_schema(self) -> None:
        """Uniqueness constraints on uri for every key label, and the indexes queries use."""
        ledger = self.shape.ledger_label
        if self.shape.name == "n10s":
            statements = ["CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE"]
        else:
            statements = [f"CREATE CONSTRAINT {label.lower()}_uri IF NOT EXISTS FOR (n:{label}) REQUIRE n.uri IS UNIQUE"
                          for label in self.shape.key_labels]
        statements.append(f"CREATE CONSTRAINT {ledger.lower()} IF NOT EXISTS FOR (l:{ledger}) REQUIRE l.graph IS UNIQUE")
        if self.shape.name == "techpact":
            statements += [
                "CREATE INDEX state_iso3 IF NOT EXISTS FOR (n:State) ON (n.iso3)",
                "CREATE INDEX bloc_code IF NOT EXISTS FOR (n:Bloc) ON (n.code)",
                "CREATE INDEX sector_notation IF NOT EXISTS FOR (n:Sector) ON (n.notation)",
                "CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status)",
            ]
        for statement in statements:
            self.driver.execute_query(statement, database_=self.database)

    def sync(self, store: Store, full: bool = False) -> SyncReport:
        """Bring Neo4j in line with the store, sending only the graphs added, changed or removed.

        The ledger of synced graphs lives in Neo4j itself (one :TechpactSyncLedger node per
        graph, with a fingerprint of its content), so two machines syncing into one database
        agree. A graph is marked synced only after its nodes and relationships are written;
        a sync that dies half way is finished by running it again. full=True resyncs all.
        """
        started = time.perf_counter()
        self.ensure_schema()
        graphs = _graphs_of(store)
        ledger = {} if full else self._ledger()
        changed = sorted(g for g, (fingerprint, _) in graphs.items() if ledger.get(g, (None,))[0] != fingerprint)
        removed = sorted(g for g in ledger if g not in graphs)
        subjects: set[str] = set()
        for graph in changed:
            subjects |= graphs[graph][1]
        for graph in changed + removed:
            subjects |= set(ledger.get(graph, (None, []))[1])
        known = {subject for _, graph_subjects in ledger.values() for subject in graph_subjects}
        projection = project(_quads_about(store, subjects), self.shape)
        self._write(projection, subjects, known)
        if self.shape.name == "n10s":
            self._run_write("MERGE (p:_NsPrefDef) SET p += $prefixes",
                            prefixes={prefix: ns for prefix, ns in self.shape.prefix_definitions().items()})
        ledger_label = self.shape.ledger_label
        for graph in removed:
            self._run_write(f"MATCH (l:{ledger_label} {{graph: $graph}}) DELETE l", graph=graph)
        for start in range(0, len(changed), 200):
            rows = [{"graph": g, "fingerprint": graphs[g][0], "subjects": sorted(graphs[g][1])} for g in changed[start:start + 200]]
            self._run_write(f"UNWIND $rows AS row MERGE (l:{ledger_label} {{graph: row.graph}}) "
                            "SET l.fingerprint = row.fingerprint, l.subjects = row.subjects", rows=rows)
        return SyncReport(
            nodes={label: len(rows) for label, rows in projection.nodes.items()},
            relationships=_count_by_type(projection),
            seconds=time.perf_counter() - started,
            graphs_sent=len(changed),
            graphs_removed=len(removed),
        )

    def _ledger(self) -> dict[str, tuple[str, list[str]]]:
        records, _, _ = self.driver.execute_query(
            f"MATCH (l:{self.shape.ledger_label}) RETURN l.graph AS graph, l.fingerprint AS fingerprint, l.subjects AS subjects",
            database_=self.database)
        return {r["graph"]: (r["fingerprint"], r["subjects"] or []) for r in records}

    def _write(self, projection: Projection, subjects: set[str], known: set[str]) -> None:
        """Write the affected subjects exactly: their properties, labels and outgoing relationships.

        known holds the subjects an earlier sync wrote: only they can have stale relationships
        to delete, and the relationships of subjects new to Neo4j are created, not merged.
        """
        present = {row["uri"] for rows in projection.nodes.values() for row in rows}
        gone = sorted((subjects - present) & known)
        for start in range(0, len(gone), self.batch_size):
            for label in self.shape.key_labels:
                self._run_write(f"UNWIND $uris AS uri MATCH (n:{label} {{uri: uri}}) DETACH DELETE n",
                                uris=gone[start:start + self.batch_size])
        for label, rows in projection.nodes.items():
            self.shape.check_label(label)
            by_extra: dict[tuple, list] = defaultdict(list)
            for row in rows:
                for extra in row["extra"]:
                    self.shape.check_label(extra)
                by_extra[tuple(row["extra"])].append({"uri": row["uri"], "props": row["props"]})
            for extra, group in by_extra.items():
                removable = ", ".join(f"n:{name}" for name in self.shape.extra_labels if name not in extra)
                extra_labels = "".join(f":{name}" for name in extra)
                query = (f"UNWIND $rows AS row MERGE (n:{label} {{uri: row.uri}}) SET n = row.props, n.uri = row.uri"
                         + (f", n{extra_labels}" if extra else "") + (f" REMOVE {removable}" if removable else ""))
                for start in range(0, len(group), self.batch_size):
                    self._run_write(query, rows=group[start:start + self.batch_size])
        keep: dict[str, list[str]] = defaultdict(list)
        for (rel_type, from_label, to_label), rows in projection.relationships.items():
            for row in rows:
                keep[row["s"]].append(f"{rel_type} {row['o']}")
            match = f"UNWIND $rows AS row MATCH (a:{from_label} {{uri: row.s}}) MATCH (b:{to_label} {{uri: row.o}}) "
            old = [row for row in rows if row["s"] in known]
            new = [row for row in rows if row["s"] not in known]
            for query, group in ((match + f"MERGE (a)-[r:{rel_type}]->(b) SET r.docs = row.docs, r.evidence = row.evidence", old),
                                 (match + f"CREATE (a)-[:{rel_type} {{docs: row.docs, evidence: row.evidence}}]->(b)", new)):
                for start in range(0, len(group), self.batch_size):
                    self._run_write(query, rows=group[start:start + self.batch_size])
        by_label: dict[str, list[dict]] = defaultdict(list)
        for label, rows in projection.nodes.items():
            for row in rows:
                if row["uri"] in subjects and row["uri"] in known:
                    by_label[label].append({"uri": row["uri"], "keep": keep.get(row["uri"], [])})
        for label, rows in by_label.items():
            for start in range(0, len(rows), self.batch_size):
                self._run_write(f"UNWIND $rows AS row MATCH (n:{label} {{uri: row.uri}})-[r]->(m) "
                                "WHERE NOT (type(r) + ' ' + m.uri) IN row.keep DELETE r",
                                rows=rows[start:start + self.batch_size])

    def _run_write(self, query: str, **parameters) -> None:
        with self.driver.session(database=self.database) as session:
            session.execute_write(lambda tx: tx.run(query, **parameters).consume())

    def clear(self) -> None:
        """Delete every node and relationship of the database, in batches (for tests and benchmarks)."""
        while True:
            records, _, _ = self.driver.execute_query(
                "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n", database_=self.database)
            if records[0]["n"] == 0:
                return

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Nodes per key label and relationships per type now in the database."""
        nodes = {}
        for label in self.shape.key_labels:
            records, _, _ = self.driver.execute_query(f"MATCH (n:{label}) RETURN count(n) AS n", database_=self.database)
            if records[0]["n"]:
                nodes[label] = records[0]["n"]
        records, _, _ = self.driver.execute_query(
            "MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n", database_=self.database)
        return nodes, {r["t"]: r["n"] for r in records}

    def run(self, cypher: str, parameters: dict | None = None) -> tuple[list[str], list[tuple]]:
        """Run a Cypher query with bound parameters; returns column names and rows."""
        from neo4j.exceptions import CypherSyntaxError, Neo4jError as DriverError

        try:
            records, summary, keys = self.driver.execute_query(cypher, parameters or {}, database_=self.database)
        except CypherSyntaxError as err:
            raise Neo4jError(f"Cypher syntax error: {err.message}") from err
        except DriverError as err:
            raise Neo4jError(f"Cypher query failed: {err.message}") from err
        return list(keys), [tuple(_plain(record[k]) for k in keys) for record in records]


def _graphs_of(store: Store) -> dict[str, tuple[str, set[str]]]:
    """Each named graph of the store -> (fingerprint of its content, its subjects)."""
    lines: dict[str, list[str]] = defaultdict(list)
    subjects: dict[str, set[str]] = defaultdict(set)
    for quad in store.quads():
        graph = quad.graph_name
        if not isinstance(graph, ox.NamedNode) or graph.value.endswith("/graph/meta"):
            continue
        lines[graph.value].append(str(quad.triple))
        subjects[graph.value].add(quad.subject.value)
    return {graph: (hashlib.sha256("\n".join(sorted(found)).encode()).hexdigest()[:32], subjects[graph])
            for graph, found in lines.items()}


def _quads_about(store: Store, subjects: set[str]):
    """Every quad whose subject is one of subjects, plus the types of what they link to."""
    targets: set[str] = set()
    # Many subjects: one pass over the store beats one look-up each.
    source = (q for q in store.quads() if q.subject.value in subjects) if len(subjects) > 2000 else (
        q for subject in subjects for q in store.quads_about(subject))
    for quad in source:
        if quad.graph_name.value.endswith("/graph/meta"):
            continue
        if isinstance(quad.object, ox.NamedNode) and quad.predicate.value != RDF_TYPE:
            targets.add(quad.object.value)
        yield quad
    for target in targets - subjects:
        yield from store.quads_about(target, RDF_TYPE)


def check_transport(uri: str, allow_insecure: bool = False) -> None:
    """Refuse to send credentials in clear text (bolt://, neo4j://) to anything but this machine."""
    from urllib.parse import urlsplit

    parts = urlsplit(uri)
    if parts.scheme not in ("bolt", "neo4j", "bolt+s", "neo4j+s", "bolt+ssc", "neo4j+ssc"):
        raise Neo4jError(f"unsupported Neo4j URI scheme {parts.scheme!r} (use bolt://, neo4j://, bolt+s:// or neo4j+s://)")
    if parts.scheme in ("bolt", "neo4j") and not allow_insecure:
        host = (parts.hostname or "").lower()
        if not (host in ("localhost", "::1") or host.startswith("127.")):
            raise Neo4jError(f"refusing to send credentials unencrypted to {host}: use bolt+s:// or neo4j+s://, "
                             "or pass --allow-insecure")


def _plain(value):
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "element_id") and hasattr(value, "items"):
        return dict(value.items())
    return value


def _count_by_type(projection: Projection) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for (rel_type, _, _), rows in projection.relationships.items():
        counts[rel_type] += len(rows)
    return dict(counts)
