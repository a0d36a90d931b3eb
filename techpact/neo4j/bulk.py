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

from techpact.collector import collector_paused
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
            subjects: dict[str, set[str]] = {}  # the ledger's subjects per graph, found while projecting
            projection = project(store.graph_quads(), SHAPES[shape], subjects)
            phases["project"] = time.perf_counter() - started
            fingerprints = store.graph_fingerprints()
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
    """Write the projection and the sync ledger as neo4j-admin import CSV files into folder.

    Nodes are numbered 0, 1, 2, … in the order they are written and the importer is told to take
    these numbers as the node ids (`--id-type=actual`): it then maps no string ids, and a
    relationship names its nodes by number. `uri` is an ordinary string property, as a sync writes it.
    """
    with collector_paused():  # a million strings and lists, no cycles: the collector's passes would double the time
        return _write_import_files(projection, fingerprints, subjects, folder, shape)


def _write_import_files(projection: Projection, fingerprints: dict[str, str], subjects: dict[str, set[str]],
                        folder: Path, shape: Shape) -> ImportFiles:
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
            header = [f"{_column(name)}:{kind}" for name, kind in kinds]
            lines = ([row["uri"]] + [props[name] for name, _ in kinds] for row, props in members)
            writer.nodes(":".join((label, *extra)), "uri", header, [kind for _, kind in kinds], lines)
    for (rel_type, _, _), rows in sorted(projection.relationships.items()):
        writer.relationships(rel_type, rows)
    writer.nodes(shape.ledger_label, "graph", ["fingerprint:string", "subjects:string[]"], ["string", "string[]"],
                 ([graph, fingerprint, sorted(subjects.get(graph, ())) or None] for graph, fingerprint in fingerprints.items()))
    return files


class _Writer:
    """Writes CSV files in the importer's dialect: strings quoted, arrays joined by ARRAY_DELIMITER.

    Each node gets the next number as its id; relationships name their nodes by these numbers.
    """

    def __init__(self, folder: Path, files: ImportFiles) -> None:
        self.folder, self.files, self.count = folder, files, 0
        self.ids: dict[str, int] = {}  # node uri -> its number
        self.numbered = 0  # nodes numbered so far

    def _path(self) -> Path:
        self.count += 1
        return self.folder / f"f{self.count:05d}.csv"

    def nodes(self, labels: str, key: str, header: list[str], kinds: list[str], lines) -> None:
        """One node file: the node's number, its key (uri, or graph for the ledger), the typed properties."""
        path = self._path()
        ids, formats, number = self.ids, [_FORMATS[kind] for kind in kinds], self.numbered
        out = []
        for line in lines:
            if key == "uri":  # relationships reach nodes by uri; the ledger's (keyed by graph) are reached by none
                ids[line[0]] = number
            out.append(",".join([str(number), _string(line[0])] +
                                ["" if value is None else form(value) for value, form in zip(line[1:], formats)]))
            number += 1
        self.numbered = number
        self._write(path, [":ID", f"{key}:string"] + header, out)
        self.files.nodes.append((labels, path))

    def relationships(self, rel_type: str, rows: list[dict]) -> None:
        """One relationship file: start and end node numbers, docs and evidence.

        Both are IRIs (graphs, evidence nodes) or blank node ids, which hold no quote, line break or
        U+001F (Oxigraph checks IRIs), so they are written as they are.
        """
        path, ids, join = self._path(), self.ids, ARRAY_DELIMITER.join
        out = [f'{ids[row["s"]]},{ids[row["o"]]},"{join(row["docs"])}",' +
               (f'"{join(evidence)}"' if (evidence := row.get("evidence")) is not None else "") for row in rows]
        self._write(path, [":START_ID", ":END_ID", "docs:string[]", "evidence:string[]"], out)
        self.files.relationships.append((rel_type, path))

    def _write(self, path: Path, header: list[str], lines: list[str]) -> None:
        text = "\n".join(lines)
        if text.count("\n") != max(len(lines) - 1, 0) or "\r" in text:  # a value holds a line break
            self.files.multiline = True
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(",".join(header) + "\n")
            if lines:
                out.write(text + "\n")


def _string(value: str) -> str:
    if ARRAY_DELIMITER in value:
        raise Neo4jError("a value holds the character U+001F, which the bulk load uses between list items")
    return '"' + value.replace('"', '""') + '"'


def _strings(values: list[str]) -> str:
    for value in values:
        if ARRAY_DELIMITER in value:
            raise Neo4jError("a value holds the character U+001F, which the bulk load uses between list items")
    return '"' + ARRAY_DELIMITER.join(values).replace('"', '""') + '"'


def _array(form):
    return lambda values: '"' + ARRAY_DELIMITER.join(form(value) for value in values) + '"'


_SCALARS = {"long": str, "double": repr, "boolean": lambda value: "true" if value else "false",
            "date": lambda value: value.isoformat()}
_FORMATS = {"string": _string, "string[]": _strings, **_SCALARS,
            **{kind + "[]": _array(form) for kind, form in _SCALARS.items()}}
_KIND_OF = {bool: "boolean", int: "long", float: "double", str: "string", dt.date: "date"}


def _kind(value, name: str, uri: str) -> str:
    """The importer's type for a property value: string, long, double, boolean, date, or a list of one."""
    kind = _KIND_OF.get(type(value))
    if kind is not None:
        return kind
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
               database, "--overwrite-destination=true", "--id-type=actual",
               f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
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
