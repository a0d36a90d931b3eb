"""The techpact command line: thin commands over the library."""

from __future__ import annotations

import csv
import functools
import io
import json
import shutil
import sys
from importlib import resources
from pathlib import Path

import click

from techpact.errors import TechpactError

STORE_HELP = "Store folder (default ./techpact-data, or $TECHPACT_STORE)."
FORMATS = {"trig": "TRIG", "nquads": "N_QUADS", "turtle": "TURTLE", "jsonld": None}


class TechpactGroup(click.Group):
    """A group that turns library errors into one 'Error: …' line and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TechpactError as err:
            raise click.ClickException(str(err)) from None


def store_option(func):
    """--store DIR, shared by every command that reads or writes the store."""
    return click.option("--store", "store_path", type=click.Path(file_okay=False), envvar="TECHPACT_STORE",
                        default="techpact-data", show_default=True, help=STORE_HELP)(func)


def neo4j_options(func):
    """--uri/--user/--password, defaulting to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD."""
    @click.option("--uri", envvar="NEO4J_URI", default="bolt://127.0.0.1:7687", show_default=True, help="Neo4j URI ($NEO4J_URI).")
    @click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user ($NEO4J_USER).")
    @click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Neo4j password ($NEO4J_PASSWORD).")
    @click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Database name (default: the server's).")
    @click.option("--allow-insecure", is_flag=True, help="Allow plain bolt:// or neo4j:// to a host that is not this machine.")
    @functools.wraps(func)
    def wrapper(*args, uri, user, password, database, allow_insecure, **kwargs):
        if not password:
            raise click.UsageError("no Neo4j password: pass --password or set NEO4J_PASSWORD")
        from techpact.graph.neo4j import check_transport

        check_transport(uri, allow_insecure)
        return func(*args, neo4j={"uri": uri, "user": user, "password": password, "database": database,
                                  "allow_insecure": allow_insecure}, **kwargs)
    return wrapper


def param_option(func):
    """--param k=v, repeatable: values bound as query parameters."""
    return click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
                        help="Query parameter, bound (never pasted into the query). Repeatable.")(func)


def parse_params(params: tuple[str, ...]) -> dict[str, str]:
    result = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        result[name] = value
    return result


def min_confidence_option(func):
    """--min-confidence: only agreements at least this confident (README: Confidence)."""
    return click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="0-1",
                        help="Only agreements whose confidence is at least this (0 to 1; see README, Confidence).")(func)


def format_option(func):
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                        show_default=True, help="How to print the rows.")(func)


def print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    """Print query rows as a table, CSV or JSON."""
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, row)) for row in rows], indent=2, default=str, ensure_ascii=False))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console(width=max(100, shutil.get_terminal_size().columns)).print(table)
        click.echo(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")


def read_query(query_or_file: str, engine: str) -> str:
    """A query given as text, as a file path, or as the name of a library query."""
    from techpact.queries import list_queries, load_query

    path = Path(query_or_file)
    if len(query_or_file) < 4096 and "\n" not in query_or_file and path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise click.ClickException(f"{query_or_file}: cannot read query file ({err})") from None
    if query_or_file in list_queries():
        return load_query(query_or_file, engine).text
    return query_or_file


@click.group(cls=TechpactGroup)
@click.version_option(package_name="techpact")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens (to stderr).")
def main(verbose: bool) -> None:
    """techpact: a knowledge graph of geopolitical technology alliances."""
    if verbose:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--max-size", default=50, show_default=True, help="Skip files larger than this many MB.")
def ingest(paths: tuple[str, ...], store_path: str, max_size: int) -> None:
    """Load files or folders (.txt .md .html .json .jsonl .rss .atom) into the store."""
    from techpact.graph.store import Store
    from techpact.ingest import ingest as run_ingest
    from techpact.loaders import iter_source_files

    total = sum(1 for item in iter_source_files(paths) if not isinstance(item, TechpactError))
    with Store(store_path) as store:
        with click.progressbar(length=total, label="Ingesting", file=sys.stderr,
                               hidden=total < 20 or not sys.stderr.isatty()) as bar:
            seen: set[str] = set()

            def advance(source: str) -> None:
                path = source.split("#", 1)[0]
                if path and path not in seen:
                    seen.add(path)
                    bar.update(1)

            report = run_ingest(paths, store, max_bytes=max_size * 1024 * 1024, on_document=advance)
        print_summary(store, report)
    if report.loaded == 0 and report.skipped:
        raise click.ClickException("no document could be loaded")


def print_summary(store, report=None) -> None:
    from techpact.ingest import store_summary

    summary = store_summary(store)
    if report is not None:
        click.echo(f"Documents: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
                   f"{len(report.skipped)} skipped")
    click.echo(f"Store: {summary['documents']} documents, {summary['states']} states, {summary['blocs']} blocs, "
               f"{summary['agreements']} agreements, {summary['triples']} triples")
    if report is not None:
        for reason in report.skipped:
            click.echo(f"skipped: {reason}", err=True)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="trig", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (default: stdout).")
@click.option("--no-reference", is_flag=True, help="Leave out the ontology and reference graphs.")
@min_confidence_option
def export(store_path: str, fmt: str, output: str | None, no_reference: bool, min_confidence: float | None) -> None:
    """Export the store as TriG, N-Quads, Turtle (union of graphs) or JSON-LD."""
    from techpact.atomic import write_atomically
    from techpact.graph.confidence import below_confidence
    from techpact.graph.store import Store

    with Store(store_path, read_only=True) as store:
        leave_out = below_confidence(store, min_confidence) if min_confidence is not None else frozenset()

        def write(out) -> None:
            if fmt == "jsonld":
                dataset = store.to_rdflib(include_reference=not no_reference, leave_out=leave_out)
                out.write(dataset.serialize(format="json-ld").encode("utf-8"))
            else:
                import pyoxigraph as ox

                store.export(out, getattr(ox.RdfFormat, FORMATS[fmt]), include_reference=not no_reference,
                             leave_out=leave_out)

        if output:
            write_atomically(output, write)
            click.echo(f"Wrote {output}", err=True)
        else:
            write(sys.stdout.buffer)


@main.command()
@click.argument("query_or_file")
@store_option
@param_option
@format_option
def sparql(query_or_file: str, store_path: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a SPARQL query (text, file, or library name) over the store."""
    from techpact.graph.store import Store

    with Store(store_path, read_only=True) as store:
        result = store.query(read_query(query_or_file, "sparql"), parse_params(params))
    print_rows(result.columns, result.rows, fmt)


@main.group(cls=TechpactGroup)
def neo4j() -> None:
    """Copy the store into Neo4j."""


@neo4j.command("sync")
@store_option
@neo4j_options
@click.option("--batch-size", default=2500, show_default=True, type=click.IntRange(1, 100_000), help="Rows per write transaction.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 16), help="Concurrent write transactions.")
@click.option("--full", is_flag=True, help="Resend every graph, not only those changed since the last sync.")
@click.option("--n10s", is_flag=True, help="Write the neosemantics shape (Resource label, uri, prefixed names).")
def neo4j_sync(store_path: str, neo4j: dict, batch_size: int, workers: int, full: bool, n10s: bool) -> None:
    """Make Neo4j hold exactly what the store holds, sending only what changed (batched, idempotent)."""
    from techpact.graph.neo4j import Neo4jSync
    from techpact.graph.store import Store

    shape = "n10s" if n10s else "techpact"
    with Store(store_path, read_only=True) as store, Neo4jSync(**neo4j, batch_size=batch_size, shape=shape, workers=workers) as target:
        report = target.sync(store, full=full)
    nodes = ", ".join(f"{n} {label}" for label, n in sorted(report.nodes.items())) or "no nodes"
    rels = sum(report.relationships.values())
    click.echo(f"Synced to {neo4j['uri']}: {report.graphs_sent} graphs sent, {report.graphs_removed} removed; "
               f"wrote {nodes}; {rels} relationships in {report.seconds:.1f} s")


@main.command()
@click.argument("query_or_file")
@neo4j_options
@param_option
@format_option
def cypher(query_or_file: str, neo4j: dict, params: tuple[str, ...], fmt: str) -> None:
    """Run a Cypher query (text, file, or library name) against Neo4j."""
    from techpact.graph.neo4j import Neo4jSync

    with Neo4jSync(**neo4j) as target:
        columns, rows = target.run(read_query(query_or_file, "cypher"), parse_params(params))
    print_rows(columns, rows, fmt)


STATUSES = ["in-force", "signed", "ended", "proposed", "planned", "rejected"]


@main.command("map")
@store_option
@click.option("-o", "--output", default="map.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--view", type=click.Choice(["alliances", "full"]), default="alliances", show_default=True,
              help="alliances: states and blocs, one edge per pair; full: agreements, sectors, people, documents too.")
@click.option("--focus", metavar="CODE", help="Only the ego network of this state or bloc (ISO alpha-3 or bloc code).")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True, help="Steps from --focus.")
@click.option("--sector", "sectors", multiple=True, metavar="CODE", help="Only agreements in this sector. Repeatable.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES), help="Only agreements with this status. Repeatable.")
@click.option("--bloc", "blocs", multiple=True, metavar="CODE", help="Only agreements involving this bloc or its members. Repeatable.")
@click.option("--since", metavar="DATE", help="Only agreements dated (or reported) on or after YYYY[-MM[-DD]].")
@click.option("--until", metavar="DATE", help="Only agreements dated (or reported) on or before YYYY[-MM[-DD]].")
@min_confidence_option
@click.option("--title", default="techpact map", show_default=True, help="Page title.")
@click.option("--max-nodes", default=20_000, show_default=True, type=click.IntRange(1),
              help="Refuse to write a map larger than this (a browser needs minutes for much more).")
def map_command(store_path: str, output: str, view: str, focus: str | None, depth: int, sectors, statuses, blocs,
                since: str | None, until: str | None, min_confidence: float | None, title: str, max_nodes: int) -> None:
    """Write an interactive map as one offline HTML file (no network needed to open it)."""
    from techpact.graph.map import write_map_file
    from techpact.graph.mapdata import MapFilter
    from techpact.graph.store import Store

    chosen = MapFilter(sectors=sectors, statuses=statuses, blocs=blocs, since=since, until=until,
                       min_confidence=min_confidence)
    with Store(store_path, read_only=True) as store:
        graph = write_map_file(store, output, view=view, chosen=chosen, focus=focus, depth=depth, title=title,
                               max_nodes=max_nodes)
    click.echo(f"Wrote {output} ({graph.caption}: {len(graph.nodes)} nodes, {len(graph.edges)} edges)")


@main.command()
@store_option
def validate(store_path: str) -> None:
    """Check the store against the SHACL shapes."""
    from techpact.graph.store import Store
    from techpact.graph.validate import validate_store

    with Store(store_path, read_only=True) as store:
        report = validate_store(store)
    if report.conforms:
        click.echo("The store conforms to the techpact shapes.")
        return
    for line in report.violations:
        click.echo(line)
    raise click.ClickException(f"{len(report.violations)} SHACL violations")


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--verbose", "-v", is_flag=True, help="List every miss and every false positive.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_command(gold: str, paths: tuple[str, ...], verbose: bool, fmt: str) -> None:
    """Score extraction on annotated passages (GOLD.json) ingested into a scratch store."""
    import tempfile

    from techpact.evaluate import KINDS, evaluate
    from techpact.graph.store import Store
    from techpact.ingest import ingest as run_ingest

    with tempfile.TemporaryDirectory(prefix="techpact-eval-") as scratch, Store(scratch) as store:
        report = run_ingest(paths, store)
        for reason in report.skipped:
            click.echo(f"skipped: {reason}", err=True)
        scores = evaluate(gold, store)
    if fmt == "json":
        click.echo(json.dumps({k: {"precision": s.precision, "recall": s.recall, "f1": s.f1,
                                    "tp": len(s.true_positives), "fp": len(s.false_positives),
                                    "fn": len(s.false_negatives)} for k, s in scores.items()}, indent=2))
    else:
        click.echo(f"{'kind':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}")
        for kind in KINDS:
            s = scores[kind]
            click.echo(f"{kind:14s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                       f"{len(s.true_positives):5d} {len(s.false_positives):5d} {len(s.false_negatives):5d}")
    if verbose:
        for kind in KINDS:
            for label, items in (("miss", scores[kind].false_negatives), ("false positive", scores[kind].false_positives)):
                for item in sorted(items, key=str):
                    click.echo(f"{kind} {label}: {' '.join(str(x) for x in item)}")


@main.command()
@click.argument("name", required=False)
@click.option("--list", "list_all", is_flag=True, help="List the questions the library answers.")
@param_option
@click.option("--engine", type=click.Choice(["sparql", "cypher"]), default="sparql", show_default=True)
@format_option
@store_option
@click.option("--uri", envvar="NEO4J_URI", default="bolt://127.0.0.1:7687", help="Neo4j URI, for --engine cypher.")
@click.option("--user", envvar="NEO4J_USER", default="neo4j", help="Neo4j user, for --engine cypher.")
@click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Neo4j password, for --engine cypher.")
@click.option("--allow-insecure", is_flag=True, help="Allow plain bolt:// to a host that is not this machine.")
def ask(name: str | None, list_all: bool, params: tuple[str, ...], engine: str, fmt: str, store_path: str,
        uri: str, user: str, password: str | None, allow_insecure: bool) -> None:
    """Answer a named analyst question from the query library (SPARQL or Cypher)."""
    from techpact.queries import list_queries, load_query

    if list_all or not name:
        for query_name in list_queries():
            query = load_query(query_name)
            click.echo(f"{query_name:28s} {query.question}")
            click.echo(f"{'':28s} parameters: {query.parameters}")
            if query.optional:
                click.echo(f"{'':28s} optional: {query.optional}")
        return
    query = load_query(name, engine)
    bound = parse_params(params)
    if engine == "sparql":
        from techpact.graph.store import Store

        with Store(store_path, read_only=True) as store:
            result = store.query(query.text, bound)
        print_rows(result.columns, result.rows, fmt)
        return
    from techpact.graph.neo4j import Neo4jSync

    if not password:
        raise click.UsageError("no Neo4j password: pass --password or set NEO4J_PASSWORD")
    with Neo4jSync(uri, user, password, allow_insecure=allow_insecure) as target:
        columns, rows = target.run(query.text, bound)
    print_rows(columns, rows, fmt)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True)
@click.option("--timeout", default=30.0, show_default=True, help="Cancel a query after this many seconds.")
@click.option("--workers", default=2, show_default=True, help="Query processes.")
def serve(store_path: str, host: str, port: int, timeout: float, workers: int) -> None:
    """Serve the store read-only as a SPARQL 1.1 Protocol endpoint at /sparql."""
    from techpact.graph.endpoint import make_server
    from techpact.graph.store import Store

    with Store(store_path, read_only=True) as store:
        try:
            server = make_server(store, host, port, timeout=timeout, workers=workers)
        except OSError as err:
            raise click.ClickException(f"cannot listen on {host}:{port} ({err.strerror})") from None
        click.echo(f"SPARQL endpoint on http://{host}:{port}/sparql (read-only); Ctrl-C stops it", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
            server.query_workers.close()


ANALYSES = ["centrality", "communities", "cohesion", "bridges", "cooccurrence", "years"]


@main.command()
@click.argument("analysis", type=click.Choice(ANALYSES), default="centrality")
@store_option
@click.option("--sector", help="Only agreements in this sector (centrality, communities).")
@click.option("--blocs", nargs=2, default=("QUAD", "SCO"), show_default=True, help="The two blocs for 'bridges'.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--plot", type=click.Path(dir_okay=False), help="Also write a PNG chart (centrality, years).")
def analyze(analysis: str, store_path: str, sector: str | None, blocs: tuple[str, str], fmt: str, plot: str | None) -> None:
    """Network analytics: centrality, communities, bloc cohesion, bridges, sector co-occurrence, years."""
    from techpact.graph import network
    from techpact.graph.store import Store

    with Store(store_path, read_only=True) as store:
        facts = network.read_agreements(store)
        members = network.bloc_members(store) if analysis in ("cohesion", "bridges") else {}
    graph = network.alliance_graph(facts, sector)
    if analysis == "centrality":
        rows = network.centrality(graph)
    elif analysis == "communities":
        rows = [{"community": i + 1, "size": len(c), "members": " ".join(c)} for i, c in enumerate(network.communities(graph))]
    elif analysis == "cohesion":
        rows = network.bloc_cohesion(facts, members)
    elif analysis == "bridges":
        rows = network.bridges(graph, members, *blocs)
    elif analysis == "cooccurrence":
        rows = network.sector_cooccurrence(facts)
    else:
        rows = network.sectors_by_year(facts)
    columns = list(rows[0]) if rows else []
    print_rows(columns, [tuple(r.values()) for r in rows], fmt)
    if plot:
        from techpact.atomic import write_atomically
        from techpact.graph import plots

        if analysis not in ("centrality", "years"):
            raise click.UsageError("--plot draws 'centrality' (top partners) or 'years' (sectors by year)")
        image = plots.top_partners_chart(rows) if analysis == "centrality" else plots.sectors_by_year_chart(rows)
        write_atomically(plot, lambda out: out.write(image))
        click.echo(f"Wrote {plot}", err=True)


@main.command("check-memberships")
@store_option
@format_option
def check_memberships(store_path: str, fmt: str) -> None:
    """List memberships that documents state but the curated reference data does not hold."""
    from techpact.graph.store import Store
    from techpact.queries import load_query

    with Store(store_path, read_only=True) as store:
        result = store.query(load_query("disputed-memberships").text)
    print_rows(result.columns, result.rows, fmt)


DEMO_QUESTIONS = [
    ("Who cooperates with whom in AI?", "sector-partners", {"sector": "ai"}),
    ("Which agreements involve SCO members, and with whom?", "bloc-member-agreements", {"bloc": "SCO"}),
    ("Who are Russia's partners, and in which sectors?", "state-partners", {"state": "RUS"}),
]


@main.command()
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False))
def demo(out_dir: str) -> None:
    """Ingest the bundled example corpus into OUT/store; write OUT/graph.trig and the maps OUT/map.html, OUT/map-full.html."""
    import pyoxigraph as ox

    from techpact.atomic import write_atomically
    from techpact.graph.store import Store
    from techpact.ingest import ingest as run_ingest
    from techpact.queries import load_query

    out = Path(out_dir)
    store_dir = out / "store"
    if store_dir.exists():
        shutil.rmtree(store_dir)
    corpus = resources.files("techpact").joinpath("examples", "corpus")
    with resources.as_file(corpus) as corpus_path, Store(store_dir) as store:
        report = run_ingest([corpus_path], store)
        print_summary(store, report)
        write_atomically(out / "graph.trig", lambda f: store.export(f, ox.RdfFormat.TRIG))
        from techpact.graph.map import write_map_file

        alliances = write_map_file(store, str(out / "map.html"), title="techpact: alliances")
        full = write_map_file(store, str(out / "map-full.html"), view="full", title="techpact: agreements and evidence")
        click.echo(f"Wrote {out / 'graph.trig'}, {out / 'map.html'} (alliance view, {len(alliances.nodes)} nodes) "
                   f"and {out / 'map-full.html'} (full view, {len(full.nodes)} nodes)")
        for question, name, params in DEMO_QUESTIONS:
            click.echo(f"\n{question}")
            result = store.query(load_query(name).text, params)
            print_rows(result.columns, result.rows, "table")
        from techpact.graph import network

        central = [r for r in network.centrality(network.alliance_graph(network.read_agreements(store)))][:5]
        click.echo("\nTop-5 central states and blocs (degree centrality in the alliance network):")
        print_rows(list(central[0]) if central else [], [tuple(r.values()) for r in central], "table")


if __name__ == "__main__":
    main()
