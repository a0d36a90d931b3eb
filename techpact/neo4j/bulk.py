"""Bulk first load: the sync's projection as CSV files, loaded by Neo4j's own offline importer.

Only into an empty database of the local server the project manages (`scripts/neo4j`):
the server is stopped, `neo4j-admin database import full` writes the database, the server is
started again, then the sync's constraints and indexes are created. The sync ledger (one
:TechpactSyncLedger node per graph with its fingerprint and subjects) is imported with the
data, so a later `neo4j sync` sends only what changed since.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from techpact.errors import Neo4jError, ServerError
from techpact.graph.store import Store
from techpact.neo4j import server
from techpact.neo4j.mapping import SHAPES, Projection, Shape, project

log = logging.getLogger(__name__)

ARRAY_DELIMITER = "\x1f"  # the unit separator: cannot occur in an IRI, and not in our text
_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_KINDS = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"), (dt.date, "date"))


@dataclass
class LoadReport:
    """What a bulk load wrote: nodes per label, relationships per type, graphs in the ledger, time taken."""

    nodes: dict[str, int]
    relationships: dict[str, int]
    graphs: int
    seconds: float
    phases: dict[str, float] = field(default_factory=dict)  # phase -> seconds it took


def local_server(uri: str, home: Path = server.DEFAULT_HOME) -> dict[str, str]:
    """The connection of the local server the project manages, when uri names it; else Neo4jError."""
    home = Path(home).resolve()
    try:
        info = server.connection(home)
    except ServerError:
        info = {}
    running = bool(info) and server._pid(home) is not None
    if not running or _address(uri) != _address(info.get("NEO4J_URI", "")):
        raise Neo4jError(f"bulk load works only on the local Neo4j the project manages (scripts/neo4j start, {home}); "
                         f"{_address(uri)} is not it: use `techpact neo4j sync`")
    return info


def _address(uri: str) -> str:
    parts = urlsplit(uri)
    host = (parts.hostname or "").lower()
    return f"{'127.0.0.1' if host in ('localhost', '127.0.0.1') else host}:{parts.port or 7687}"


def bulk_load(store: Store, uri: str, user: str, password: str, database: str | None = None,
              home: Path = server.DEFAULT_HOME, shape: str = "techpact") -> LoadReport:
    """Load the whole store into the empty database of the local server with neo4j-admin import.

    Writes exactly what a first `neo4j sync` writes (same projection, labels, properties,
    relationship types, constraints and ledger). Refuses a database that holds any node.
    """
    from techpact.neo4j.sync import Neo4jSync

    started = time.perf_counter()
    home = Path(home).resolve()
    info = local_server(uri, home)
    if shape != "techpact":
        raise Neo4jError(f"bulk load writes techpact's own shape only; load the {shape} shape with `neo4j sync`")
    if database not in (None, "neo4j"):
        raise Neo4jError(f"bulk load fills the server's default database 'neo4j', not {database!r}")
    with Neo4jSync(uri, user, password, database) as target:
        records, _, _ = target.driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=database)
        if records[0]["n"]:
            raise Neo4jError(f"the database at {_address(uri)} is not empty ({records[0]['n']} nodes): "
                             "bulk load only fills an empty one; use `techpact neo4j sync`")
    phases: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bulk-", dir=home) as folder, ThreadPoolExecutor(1) as pool:
        stopping = pool.submit(server.stop, home)  # the server stops while the store is projected
        try:
            projection = project(store.graph_quads(), SHAPES[shape])
            phases["project"] = time.perf_counter() - started
            fingerprints = store.graph_fingerprints()
            subjects = store.subjects_by_graph(fingerprints)
            files = write_import_files(projection, fingerprints, subjects, Path(folder), SHAPES[shape])
            phases["csv"] = time.perf_counter() - started
            stopping.result()
            phases["stop"] = time.perf_counter() - started
            run_importer(home, files, "neo4j")
            phases["import"] = time.perf_counter() - started
        finally:
            stopping.result()
            port = urlsplit(info["NEO4J_URI"]).port
            server.start(home, port, password)
            phases["start"] = time.perf_counter() - started
    with Neo4jSync(uri, user, password, database) as target:
        target.ensure_schema()
    phases["schema"] = time.perf_counter() - started
    return LoadReport(nodes={label: len(rows) for label, rows in projection.nodes.items()},
                      relationships=_count_by_type(projection), graphs=len(fingerprints),
                      seconds=time.perf_counter() - started, phases=phases)


@dataclass
class ImportFiles:
    """The CSV files of one import: (labels, path) for nodes, (type, path) for relationships."""

    nodes: list[tuple[str, Path]] = field(default_factory=list)
    relationships: list[tuple[str, Path]] = field(default_factory=list)
    multiline: bool = False  # some value holds a line break: the importer must be told


def write_import_files(projection: Projection, fingerprints: dict[str, str], subjects: dict[str, set[str]],
                       folder: Path, shape: Shape) -> ImportFiles:
    """Write the projection and the sync ledger as neo4j-admin import CSV files into folder."""
    files = ImportFiles()
    writer = _Writer(folder, files)
    for label, rows in projection.nodes.items():
        shape.check_label(label)
        groups: dict[tuple, list[tuple[dict, dict]]] = defaultdict(list)
        for row in rows:
            props = {name: value for name, value in row["props"].items() if name != "uri"}
            kinds = tuple(sorted((name, _kind(value, name, row["uri"])) for name, value in props.items()))
            groups[(tuple(row["extra"]), kinds)].append((row, props))
        for (extra, kinds), members in groups.items():
            for name in extra:
                shape.check_label(name)
            header = ["uri:ID"] + [f"{_column(name)}:{kind}" for name, kind in kinds]
            lines = ([row["uri"]] + [props[name] for name, _ in kinds] for row, props in members)
            writer.nodes(":".join((label, *extra)), header, [kind for _, kind in kinds], lines)
    for (rel_type, _, _), rows in sorted(projection.relationships.items()):
        header = [":START_ID", ":END_ID", "docs:string[]", "evidence:string[]"]
        writer.relationships(rel_type, header, ((row["s"], row["o"], row["docs"], row.get("evidence")) for row in rows))
    writer.nodes(shape.ledger_label, ["graph:ID(ledger)", "fingerprint:string", "subjects:string[]"],
                 ["string", "string[]"],
                 ([graph, fingerprint, sorted(subjects.get(graph, ())) or None] for graph, fingerprint in fingerprints.items()))
    return files


class _Writer:
    """Writes CSV files in the importer's dialect: strings quoted, arrays joined by ARRAY_DELIMITER."""

    def __init__(self, folder: Path, files: ImportFiles) -> None:
        self.folder, self.files, self.count = folder, files, 0

    def _path(self) -> Path:
        self.count += 1
        return self.folder / f"f{self.count:05d}.csv"

    def nodes(self, labels: str, header: list[str], kinds: list[str], lines) -> None:
        """One node file: an unquoted uri (or graph) ID, then the typed properties."""
        path = self._path()
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(",".join(header) + "\n")
            for line in lines:
                out.write(",".join([self._text(line[0], "string")] +
                                   [self._text(value, kind) for value, kind in zip(line[1:], kinds)]) + "\n")
        self.files.nodes.append((labels, path))

    def relationships(self, rel_type: str, header: list[str], lines) -> None:
        """One relationship file: start, end, docs and evidence."""
        path = self._path()
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(",".join(header) + "\n")
            text = self._text
            for start, end, docs, evidence in lines:
                out.write(f"{text(start, 'string')},{text(end, 'string')},{text(docs, 'string[]')},"
                          f"{text(evidence, 'string[]')}\n")
        self.files.relationships.append((rel_type, path))

    def _text(self, value, kind: str) -> str:
        if value is None:
            return ""  # unquoted and empty: no property
        if kind.endswith("[]"):
            value = ARRAY_DELIMITER.join(self._scalar(v, kind[:-2]) for v in value)
            return self._quoted(value)
        text = self._scalar(value, kind)
        return self._quoted(text) if kind == "string" else text

    @staticmethod
    def _scalar(value, kind: str) -> str:
        if kind == "string":
            if ARRAY_DELIMITER in value:
                raise Neo4jError("a value holds the character U+001F, which the bulk load uses between list items")
            return value
        if kind == "boolean":
            return "true" if value else "false"
        if kind == "date":
            return value.isoformat()
        return repr(value) if kind == "double" else str(value)

    def _quoted(self, text: str) -> str:
        if "\n" in text or "\r" in text:
            self.files.multiline = True
        return '"' + text.replace('"', '""') + '"'


def _kind(value, name: str, uri: str) -> str:
    """The importer's type for a property value: string, long, double, boolean, date, or a list of one."""
    if isinstance(value, list):
        kinds = {_kind(item, name, uri) for item in value}
        if len(kinds) != 1:
            raise Neo4jError(f"property {name} of {uri} mixes {', '.join(sorted(kinds))}: Neo4j cannot store it")
        return kinds.pop() + "[]"
    for python_type, kind in _KINDS:
        if isinstance(value, python_type):
            return kind
    raise Neo4jError(f"property {name} of {uri} is a {type(value).__name__}, which the bulk load cannot write")


def _column(name: str) -> str:
    if not _COLUMN.match(name):
        raise Neo4jError(f"property name {name!r} cannot be a CSV column of the importer")
    return name


def run_importer(home: Path, files: ImportFiles, database: str = "neo4j") -> None:
    """Run `neo4j-admin database import full` on the stopped server's home (replaces the database)."""
    lib = server.fetch(home)
    report = files.nodes[0][1].parent / "import.report" if files.nodes else home / "import.report"
    # C1 only: the importer lives seconds, and C2 compiler threads would take cores from its own workers
    # (measured on 2 cores, 1.09M triples: 7.5 s and 9.2 s against 8.7 s and 10.0 s). --threads is left
    # to the importer (all cores) and --high-parallel-io to its detection (on for this disk).
    command = [server.java(), "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool",
               "database", "import", "full",
               database, "--overwrite-destination=true", f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
               "--max-off-heap-memory=2G", f"--report-file={report}"]
    if files.multiline:
        command.append("--multiline-fields=true")
    command += [f"--nodes={labels}={path}" for labels, path in files.nodes]
    command += [f"--relationships={rel_type}={path}" for rel_type, path in files.relationships]
    environment = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    log.debug("bulk load: neo4j-admin import of %d node and %d relationship files", len(files.nodes),
              len(files.relationships))
    result = subprocess.run(command, capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        lines = [line.strip() for line in (result.stdout + result.stderr).splitlines()
                 if line.strip() and not line.startswith(("\t", " ")) and not line.startswith("at ")]
        # A failed import leaves unusable store files: removed, the server starts the database empty again.
        for folder in (home / "data" / "databases" / database, home / "data" / "transactions" / database):
            shutil.rmtree(folder, ignore_errors=True)
        raise Neo4jError("neo4j-admin import failed (the database is left empty): " + " | ".join(lines[-4:])[-1500:])


def _count_by_type(projection: Projection) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for (rel_type, _, _), rows in projection.relationships.items():
        counts[rel_type] += len(rows)
    return dict(counts)
