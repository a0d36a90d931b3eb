"""Sync the RDF store into Neo4j, per the mapping in DESIGN.md.

Nodes carry the label of their class and a unique `uri`; literals become properties;
links between our own nodes become relationships in UPPER_SNAKE_CASE, each with the
graphs (documents or reference data) that support it in `docs`. Labels and types come
only from the ontology (checked against a whitelist); values always travel as parameters.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from techpact.errors import Neo4jError
from techpact.graph.store import Store

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"

# The classes that become labels; the first label in this order that a node has is its key label.
KEY_LABELS = ("Agreement", "State", "Bloc", "Sector", "Person", "Document", "Evidence", "Membership")
EXTRA_LABELS = ("MemorandumOfUnderstanding", "BilateralAgreement", "Treaty", "JointStatement", "Partnership",
                "Proposal", "Declaration", "WorkingGroup", "Initiative")
_NAMESPACES = ("https://w3id.org/techpact/ontology#",)
_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")


@dataclass
class SyncReport:
    """What a sync wrote: nodes and relationships per label/type, and the time it took."""

    nodes: dict[str, int]
    relationships: dict[str, int]
    seconds: float

    @property
    def triples_per_second(self) -> float:
        """Throughput, counting every node property and relationship as a triple."""
        return 0.0 if not self.seconds else (sum(self.nodes.values()) + sum(self.relationships.values())) / self.seconds


def local_name(iri: str) -> str:
    """The part of an IRI after its last # or /."""
    return re.split(r"[#/]", iri)[-1]


def relationship_type(predicate_iri: str) -> str:
    """tp:memberOf -> MEMBER_OF; refuses anything that is not a plain identifier."""
    name = local_name(predicate_iri)
    if not _IDENTIFIER.match(name):
        raise Neo4jError(f"predicate {predicate_iri} cannot be a relationship type")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def _value(literal: ox.Literal):
    datatype = literal.datatype.value if literal.datatype else ""
    if datatype == XSD + "date":
        try:
            return dt.date.fromisoformat(literal.value)
        except ValueError:
            return literal.value
    if datatype in (XSD + "integer", XSD + "int", XSD + "long"):
        return int(literal.value)
    if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
        return float(literal.value)
    if datatype == XSD + "boolean":
        return literal.value == "true"
    return literal.value


@dataclass
class Projection:
    """The store as property-graph rows, grouped by label and relationship type."""

    nodes: dict[str, list[dict]]                       # key label -> [{uri, labels, props}]
    relationships: dict[tuple[str, str, str], list[dict]]  # (type, from label, to label) -> [{s, o, docs}]


def project(quads: Iterable[ox.Quad]) -> Projection:
    """Turn quads into node and relationship rows."""
    labels: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    links: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for quad in quads:
        subject, predicate, obj = quad.subject.value, quad.predicate.value, quad.object
        if predicate == RDF_TYPE:
            if obj.value.startswith(_NAMESPACES) and local_name(obj.value) in KEY_LABELS + EXTRA_LABELS:
                labels[subject].add(local_name(obj.value))
            continue
        if isinstance(obj, ox.Literal):
            values = props[subject][local_name(predicate)]
            value = _value(obj)
            if value not in values:
                values.append(value)
        else:
            graph = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
            links[(subject, predicate, obj.value)].add(graph)
    key = {uri: next(label for label in KEY_LABELS if label in found) for uri, found in labels.items()
           if any(label in KEY_LABELS for label in found)}
    nodes: dict[str, list[dict]] = defaultdict(list)
    for uri, label in key.items():
        row_props = {name: values[0] if len(values) == 1 else sorted(values, key=str) for name, values in props[uri].items()}
        nodes[label].append({"uri": uri, "extra": sorted(labels[uri] - {label}), "props": row_props})
    relationships: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for (s, p, o), graphs in links.items():
        if s in key and o in key:
            relationships[(relationship_type(p), key[s], key[o])].append({"s": s, "o": o, "docs": sorted(graphs)})
        elif s in key:  # a link to something outside our graph (a source page, the EU authority)
            nodes_props = next(row for row in nodes[key[s]] if row["uri"] == s)["props"]
            name = local_name(p)
            existing = nodes_props.get(name)
            nodes_props[name] = o if existing is None else sorted({*([existing] if isinstance(existing, str) else existing), o})
    return Projection(dict(nodes), dict(relationships))


class Neo4jSync:
    """Writes a store into a Neo4j database in batches."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None, batch_size: int = 5000) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

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
        statements = [f"CREATE CONSTRAINT {label.lower()}_uri IF NOT EXISTS FOR (n:{label}) REQUIRE n.uri IS UNIQUE"
                      for label in KEY_LABELS]
        statements += [
            "CREATE INDEX state_iso3 IF NOT EXISTS FOR (n:State) ON (n.iso3)",
            "CREATE INDEX bloc_code IF NOT EXISTS FOR (n:Bloc) ON (n.code)",
            "CREATE INDEX sector_notation IF NOT EXISTS FOR (n:Sector) ON (n.notation)",
            "CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status)",
        ]
        for statement in statements:
            self.driver.execute_query(statement, database_=self.database)

    def sync(self, store: Store) -> SyncReport:
        """Make the Neo4j database hold exactly what the store holds; safe to run again."""
        started = time.perf_counter()
        projection = project(q for q in store.quads() if not q.graph_name.value.endswith("/graph/meta"))
        run = uuid.uuid4().hex
        self.ensure_schema()
        for label, rows in projection.nodes.items():
            _check_label(label)
            for row in rows:
                for extra in row["extra"]:
                    _check_label(extra)
            by_extra: dict[tuple, list] = defaultdict(list)
            for row in rows:
                by_extra[tuple(row["extra"])].append({"uri": row["uri"], "props": row["props"]})
            for extra, group in by_extra.items():
                extra_labels = "".join(f":{name}" for name in extra)
                query = (f"UNWIND $rows AS row MERGE (n:{label} {{uri: row.uri}}) "
                         f"SET n = row.props, n.uri = row.uri, n._sync = $run{(', n' + extra_labels) if extra else ''}")
                self._write_batches(query, group, run)
        for (rel_type, from_label, to_label), rows in projection.relationships.items():
            query = (f"UNWIND $rows AS row MATCH (a:{from_label} {{uri: row.s}}) MATCH (b:{to_label} {{uri: row.o}}) "
                     f"MERGE (a)-[r:{rel_type}]->(b) SET r.docs = row.docs, r._sync = $run")
            self._write_batches(query, rows, run)
        self._remove_stale(run)
        return SyncReport(
            nodes={label: len(rows) for label, rows in projection.nodes.items()},
            relationships=_count_by_type(projection),
            seconds=time.perf_counter() - started,
        )

    def _write_batches(self, query: str, rows: list[dict], run: str) -> None:
        for start in range(0, len(rows), self.batch_size):
            batch = rows[start : start + self.batch_size]
            with self.driver.session(database=self.database) as session:
                session.execute_write(lambda tx: tx.run(query, rows=batch, run=run).consume())

    def _remove_stale(self, run: str) -> None:
        """Drop what an earlier sync wrote and the store no longer holds."""
        for query in ("MATCH ()-[r]->() WHERE r._sync IS NOT NULL AND r._sync <> $run "
                      "WITH r LIMIT 10000 DELETE r RETURN count(*) AS n",
                      "MATCH (n) WHERE n._sync IS NOT NULL AND n._sync <> $run "
                      "WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n"):
            while True:
                records, _, _ = self.driver.execute_query(query, run=run, database_=self.database)
                if not records or records[0]["n"] == 0:
                    break

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Nodes per key label and relationships per type now in the database."""
        nodes = {}
        for label in KEY_LABELS:
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


def _plain(value):
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "element_id") and hasattr(value, "items"):
        return dict(value.items())
    return value


def _check_label(label: str) -> None:
    if label not in KEY_LABELS + EXTRA_LABELS:
        raise Neo4jError(f"label {label!r} is not in the ontology")


def _count_by_type(projection: Projection) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for (rel_type, _, _), rows in projection.relationships.items():
        counts[rel_type] += len(rows)
    return dict(counts)
