"""Sync the RDF store into Neo4j, per the mapping in DESIGN.md.

Nodes carry the label of their class and a unique `uri`; literals become properties;
links between our own nodes become relationships in UPPER_SNAKE_CASE, each with the
graphs (documents or reference data) that support it in `docs`. Labels and types come
only from the ontology (checked against a whitelist); values always travel as parameters.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox

from techpact.errors import Neo4jError
from techpact.graph.iris import META_GRAPH, SYNC_IN_PROGRESS
from techpact.graph.store import Store
from techpact.neo4j.mapping import RDF_TYPE, SHAPES, Projection, Shape, project
from techpact.neo4j.plan import SyncPlan, plan_sync


DEADLOCK_RETRIES = 5
log = logging.getLogger(__name__)


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

    def __init__(self, uri: str, user: str, password: str, database: str | None = None, batch_size: int = 2500,
                 allow_insecure: bool = False, shape: str = "techpact", workers: int = 2) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        check_transport(uri, allow_insecure)
        if shape not in SHAPES:
            raise Neo4jError(f"unknown mapping shape {shape!r}; choose one of {', '.join(SHAPES)}")
        self.shape: Shape = SHAPES[shape]
        self.database = database
        self.batch_size = batch_size
        self.workers = max(1, workers)
        try:
            # The server's notifications (e.g. a property key no node has yet, as on a first sync) are advice
            # for query authors, not for analysts: asked not to be sent, so the driver never logs them.
            self.driver = GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF",
                                               warn_notification_severity="OFF")
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
            self._create_schema_rule(statement)

    def _create_schema_rule(self, statement: str) -> None:
        """Create one constraint or index; an index left by a server killed while it built a constraint of
        the same name (IndexWithNameAlreadyExists) is dropped and the constraint made again."""
        from neo4j.exceptions import ClientError

        try:
            self.driver.execute_query(statement, database_=self.database)
        except ClientError as err:
            if "IndexWithNameAlreadyExists" not in (err.code or "") or " CONSTRAINT " not in statement:
                raise
            name = statement.split()[2]  # our own rule names (CREATE CONSTRAINT <name> IF NOT EXISTS ...)
            self.driver.execute_query(f"DROP INDEX {name} IF EXISTS", database_=self.database)
            self.driver.execute_query(statement, database_=self.database)

    def sync(self, store: Store, full: bool = False) -> SyncReport:
        """Bring Neo4j in line with the store, sending only the graphs added, changed or removed.

        The ledger of synced graphs lives in Neo4j itself (one :TechpactSyncLedger node per
        graph, with a fingerprint of its content), so two machines syncing into one database
        agree. A graph is marked synced only after its nodes and relationships are written;
        a sync that dies half way is finished by running it again. full=True resyncs all.

        Relationships of subjects new to the ledger are CREATEd (fast); when the last sync died
        before finishing (its in-progress mark is still there) or full=True, whatever it wrote
        may already exist, so every relationship is MERGEd and stale ones are deleted.
        """
        started = time.perf_counter()
        self.ensure_schema()
        fingerprints = store.graph_fingerprints()
        plan: SyncPlan = plan_sync(fingerprints, self._ledger(), full)
        changed, removed = plan.changed, plan.removed
        graph_subjects = store.subjects_by_graph(changed)
        subjects = plan.subjects(graph_subjects)
        known = plan.known(subjects)
        if plan.needed:
            self._mark_in_progress(True)
        log.debug("sync: %d graphs changed, %d removed, %d subjects (%.1f s)", len(changed), len(removed),
                  len(subjects), time.perf_counter() - started)
        projection = project(store.graph_quads() if plan.everything else _quads_about(store, subjects), self.shape)
        log.debug("sync: projected (%.1f s)", time.perf_counter() - started)
        self._write(projection, subjects, known)
        log.debug("sync: nodes and relationships written (%.1f s)", time.perf_counter() - started)
        if self.shape.name == "n10s":
            self._run_write("MERGE (p:_NsPrefDef) SET p += $prefixes",
                            prefixes={prefix: ns for prefix, ns in self.shape.prefix_definitions().items()})
        ledger_label = self.shape.ledger_label
        for graph in removed:
            self._run_write(f"MATCH (l:{ledger_label} {{graph: $graph}}) DELETE l", graph=graph)
        for start in range(0, len(changed), 200):
            rows = [{"graph": g, "fingerprint": fingerprints[g], "subjects": sorted(graph_subjects.get(g, ()))}
                    for g in changed[start:start + 200]]
            self._run_write(f"UNWIND $rows AS row MERGE (l:{ledger_label} {{graph: row.graph}}) "
                            "SET l.fingerprint = row.fingerprint, l.subjects = row.subjects", rows=rows)
        self._mark_in_progress(False)
        return SyncReport(
            nodes={label: len(rows) for label, rows in projection.nodes.items()},
            relationships=_count_by_type(projection),
            seconds=time.perf_counter() - started,
            graphs_sent=len(changed),
            graphs_removed=len(removed),
        )

    def _mark_in_progress(self, on: bool) -> None:
        label = self.shape.ledger_label
        self._run_write(f"MERGE (l:{label} {{graph: $graph}})" if on else f"MATCH (l:{label} {{graph: $graph}}) DELETE l",
                        graph=SYNC_IN_PROGRESS)

    def _ledger(self) -> dict[str, tuple[str, list[str]]]:
        records, _, _ = self.driver.execute_query(
            f"MATCH (l:{self.shape.ledger_label}) RETURN l.graph AS graph, l.fingerprint AS fingerprint, l.subjects AS subjects",
            database_=self.database)
        return {r["graph"]: (r["fingerprint"], r["subjects"] or []) for r in records}

    def _write(self, projection: Projection, subjects: set[str], known: set[str]) -> None:
        """Write the affected subjects exactly: their properties, labels and outgoing relationships.

        known holds the subjects an earlier sync wrote: only they can have stale relationships
        to delete, and the relationships of subjects new to Neo4j are created, not merged.
        Phases follow each other: deletions, nodes, relationships, stale relationships. Nodes
        and relationships are written on `workers` concurrent transactions; deletions on one.
        """
        present = {row["uri"] for rows in projection.nodes.values() for row in rows}
        gone = sorted((subjects - present) & known)
        self._run_batches([(f"UNWIND $rows AS uri MATCH (n:{label} {{uri: uri}}) DETACH DELETE n", gone)
                           for label in self.shape.key_labels], workers=1)
        node_jobs = []
        for label, rows in projection.nodes.items():
            self.shape.check_label(label)
            by_extra: dict[tuple, list] = defaultdict(list)
            # A node only linked to (a party of a new agreement) is projected from its type alone:
            # its graph wrote its properties, which must not be replaced by none. It is only made sure of.
            linked_only = [{"uri": row["uri"]} for row in rows if row["uri"] not in subjects]
            node_jobs.append((f"UNWIND $rows AS row MERGE (n:{label} {{uri: row.uri}})", linked_only))
            for row in rows:
                if row["uri"] not in subjects:
                    continue
                for extra in row["extra"]:
                    self.shape.check_label(extra)
                by_extra[tuple(row["extra"])].append({"uri": row["uri"], "props": row["props"]})
            for extra, group in by_extra.items():
                removable = ", ".join(f"n:{name}" for name in self.shape.extra_labels if name not in extra)
                extra_labels = "".join(f":{name}" for name in extra)
                node_jobs.append((f"UNWIND $rows AS row MERGE (n:{label} {{uri: row.uri}}) SET n = row.props, n.uri = row.uri"
                                  + (f", n{extra_labels}" if extra else "") + (f" REMOVE {removable}" if removable else ""),
                                  group))
        self._run_batches(node_jobs)
        keep: dict[str, list[str]] = defaultdict(list)
        relationship_jobs = []
        for (rel_type, from_label, to_label), rows in projection.relationships.items():
            for row in rows:
                keep[row["s"]].append(f"{rel_type} {row['o']}")
            match = f"UNWIND $rows AS row MATCH (a:{from_label} {{uri: row.s}}) MATCH (b:{to_label} {{uri: row.o}}) "
            relationship_jobs.append((match + f"MERGE (a)-[r:{rel_type}]->(b) SET r.docs = row.docs, r.evidence = row.evidence",
                                      [row for row in rows if row["s"] in known]))
            relationship_jobs.append((match + f"CREATE (a)-[:{rel_type} {{docs: row.docs, evidence: row.evidence}}]->(b)",
                                      [row for row in rows if row["s"] not in known]))
        self._run_batches(relationship_jobs)
        by_label: dict[str, list[dict]] = defaultdict(list)
        for label, rows in projection.nodes.items():
            for row in rows:
                if row["uri"] in subjects and row["uri"] in known:
                    by_label[label].append({"uri": row["uri"], "keep": keep.get(row["uri"], [])})
        self._run_batches([(f"UNWIND $rows AS row MATCH (n:{label} {{uri: row.uri}})-[r]->(m) "
                            "WHERE NOT (type(r) + ' ' + m.uri) IN row.keep DELETE r", rows)
                           for label, rows in by_label.items()], workers=1)

    def _run_batches(self, jobs: list[tuple[str, list]], workers: int | None = None) -> None:
        """Run every (query, rows) job in batches of batch_size, on concurrent transactions."""
        batches = [(query, rows[start:start + self.batch_size])
                   for query, rows in jobs for start in range(0, len(rows), self.batch_size)]
        workers = workers or self.workers
        if workers == 1 or len(batches) < 2:
            for query, rows in batches:
                self._run_write(query, rows=rows)
            return
        with ThreadPoolExecutor(workers) as pool:
            for _ in pool.map(lambda batch: self._run_write(batch[0], rows=batch[1]), batches):
                pass

    def _run_write(self, query: str, **parameters) -> None:
        """One managed write transaction (the driver retries transient errors). Concurrent
        batches can deadlock on shared nodes; Neo4j aborts one, reported as a deadlock, and
        that batch is run again (a batch is one transaction: it was rolled back whole)."""
        from neo4j.exceptions import Neo4jError as DriverError

        for attempt in range(DEADLOCK_RETRIES + 1):
            try:
                with self.driver.session(database=self.database) as session:
                    session.execute_write(lambda tx: tx.run(query, **parameters).consume())
                return
            except DriverError as err:
                if "deadlock" not in str(err).lower() or attempt == DEADLOCK_RETRIES:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def clear(self) -> None:
        """Delete every node and relationship of the database, in batches (for tests and benchmarks).

        Relationships go first so that no transaction has to hold a dense node's thousands of them.
        """
        for query in ("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
                      "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n"):
            while True:
                records, _, _ = self.driver.execute_query(query, database_=self.database)
                if records[0]["n"] == 0:
                    break

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

    def agreement_facts(self, iris: list[str]) -> dict[str, list[tuple]]:
        """(kind, status, date, party code) rows of each agreement IRI the database holds, for labels in tables."""
        if not iris or self.shape.name != "techpact":
            return {}
        _, rows = self.run(
            "MATCH (g:Agreement) WHERE g.uri IN $iris OPTIONAL MATCH (g)-[:PARTY]->(p) "
            "RETURN g.uri, g.kind, g.status, CASE g.datePrecision WHEN 'year' THEN toString(g.date.year) "
            "WHEN 'month' THEN substring(toString(g.date), 0, 7) ELSE toString(g.date) END, coalesce(p.iso3, p.code)",
            {"iris": iris})
        facts: dict[str, list[tuple]] = {}
        for iri, *row in rows:
            facts.setdefault(iri, []).append(tuple(row))
        return facts

    def run(self, cypher: str, parameters: dict | None = None) -> tuple[list[str], list[tuple]]:
        """Run a Cypher query with bound parameters; returns column names and rows."""
        from neo4j.exceptions import CypherSyntaxError, Neo4jError as DriverError

        from techpact.queries import optional_parameters

        # Cypher wants every $parameter bound: an optional one the caller left out is null ("not given")
        parameters = {**dict.fromkeys(optional_parameters(cypher)), **(parameters or {})}
        try:
            records, summary, keys = self.driver.execute_query(cypher, parameters, database_=self.database)
        except CypherSyntaxError as err:
            raise Neo4jError(f"Cypher syntax error: {err.message}") from err
        except DriverError as err:
            raise Neo4jError(f"Cypher query failed: {err.message}") from err
        return list(keys), [tuple(_plain(record[k]) for k in keys) for record in records]


def _quads_about(store: Store, subjects: set[str]):
    """Every quad whose subject is one of subjects, plus the types of what they link to."""
    targets: set[str] = set()
    # Many subjects: one pass over the store beats one look-up each.
    source = (q for q in store.quads() if q.subject.value in subjects) if len(subjects) > 2000 else (
        q for subject in subjects for q in store.quads_about(subject))
    for quad in source:
        if quad.graph_name.value == str(META_GRAPH):
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
