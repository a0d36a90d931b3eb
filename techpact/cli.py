"""The techpact command line: thin commands over the library."""

from __future__ import annotations

import json
import sys

import click

from techpact.analytics.analyses import ANALYSES, PLOTS
from techpact.cli_export import export
from techpact.cli_ingest import ingest
from techpact.cli_review import raw_option, review
from techpact.cli_serve import serve
from techpact.cli_options import (
    SafePath, TechpactGroup, check_neo4j, format_option, min_confidence_option, neo4j_options, param_option,
    parse_params, print_answer, print_rows, print_summary, printable, read_query, store_option,
)
from techpact.maps.views import VIEWS
from techpact.maps.page import LAYOUTS as MAP_LAYOUTS
from techpact.ontology import vocabulary
from techpact.ontology.lookup import CODE_LISTS


@click.group(cls=TechpactGroup)
@click.version_option(package_name="techpact")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens (to stderr).")
def main(verbose: bool) -> None:
    """techpact: a knowledge graph of geopolitical technology alliances."""
    if verbose:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("query_or_file")
@store_option
@param_option
@format_option
@raw_option
def sparql(query_or_file: str, store_path: str, params: tuple[str, ...], fmt: str, raw: bool) -> None:
    """Run a SPARQL query (text, file, or library name) over the store's curated view (--raw: the extractor's)."""
    from techpact.review.view import open_view

    with open_view(store_path, raw=raw) as store:
        result = store.query(*read_query(query_or_file, "sparql", params))
        print_answer(result.columns, result.rows, fmt, store)


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
@raw_option
def neo4j_sync(store_path: str, neo4j: dict, batch_size: int, workers: int, full: bool, n10s: bool, raw: bool) -> None:
    """Make Neo4j hold exactly the store's curated view (--raw: the extractor's), sending only what changed."""
    from techpact.neo4j.sync import Neo4jSync
    from techpact.review.view import open_view

    shape = "n10s" if n10s else "techpact"
    with open_view(store_path, raw=raw) as store, Neo4jSync(**neo4j, batch_size=batch_size, shape=shape, workers=workers) as target:
        report = target.sync(store, full=full)
    nodes = ", ".join(f"{n} {label}" for label, n in sorted(report.nodes.items())) or "no nodes"
    rels = sum(report.relationships.values())
    click.echo(f"Synced to {neo4j['uri']}: {report.graphs_sent} graphs sent, {report.graphs_removed} removed; "
               f"wrote {nodes}; {rels} relationships in {report.seconds:.1f} s")


@neo4j.command("load")
@store_option
@neo4j_options
@click.option("--bulk", is_flag=True, help="Use Neo4j's offline importer (the default, and so far the only way).")
@click.option("--home", type=click.Path(file_okay=False), envvar="TECHPACT_NEO4J_HOME", default=".neo4j",
              show_default=True, help="Folder of the local server started by scripts/neo4j ($TECHPACT_NEO4J_HOME).")
@raw_option
def neo4j_load(store_path: str, neo4j: dict, bulk: bool, home: str, raw: bool) -> None:
    """First load of the curated view (--raw: the extractor's) into the empty local Neo4j with its offline importer."""
    from pathlib import Path

    from techpact.neo4j.bulk import bulk_load
    from techpact.review.view import open_view

    with open_view(store_path, raw=raw) as store:
        report = bulk_load(store, neo4j["uri"], neo4j["user"], neo4j["password"], neo4j["database"], home=Path(home))
    nodes = ", ".join(f"{n} {label}" for label, n in sorted(report.nodes.items())) or "no nodes"
    click.echo(f"Loaded into {neo4j['uri']}: {report.graphs} graphs; wrote {nodes}; "
               f"{sum(report.relationships.values())} relationships in {report.seconds:.1f} s")


@main.command()
@click.argument("query_or_file")
@neo4j_options
@param_option
@format_option
def cypher(query_or_file: str, neo4j: dict, params: tuple[str, ...], fmt: str) -> None:
    """Run a Cypher query (text, file, or library name) against Neo4j."""
    from techpact.neo4j.sync import Neo4jSync

    text, bound = read_query(query_or_file, "cypher", params)
    with Neo4jSync(**neo4j) as target:
        columns, rows = target.run(text, bound)
        print_answer(columns, rows, fmt, neo4j=target)


@main.command("map")
@store_option
@click.option("-o", "--output", default="map.html", show_default=True, type=SafePath(dir_okay=False))
@click.option("--view", type=click.Choice(list(VIEWS)), default="alliances", show_default=True,
              help="; ".join(f"{name}: {builder.__doc__.splitlines()[0]}" for name, builder in VIEWS.items()))
@click.option("--focus", metavar="CODE", help="Only the ego network of this state or bloc (ISO alpha-3 or bloc code).")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True,
              help="Steps from --focus, along agreements.")
@click.option("--follow-memberships", is_flag=True,
              help="With --focus, also step along bloc memberships (reference data), not only agreements.")
@click.option("--sector", "sectors", multiple=True, metavar="CODE", help="Only agreements in this sector. Repeatable.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(vocabulary.STATUSES_BY_STRENGTH), help="Only agreements with this status. Repeatable.")
@click.option("--bloc", "blocs", multiple=True, metavar="CODE", help="Only agreements involving this bloc or its members. Repeatable.")
@click.option("--since", metavar="DATE", help="Only agreements dated (or reported) on or after YYYY[-MM[-DD]].")
@click.option("--until", metavar="DATE", help="Only agreements dated (or reported) on or before YYYY[-MM[-DD]].")
@min_confidence_option
@click.option("--title", default="techpact map", show_default=True, help="Page title.")
@click.option("--layout", type=click.Choice(MAP_LAYOUTS), default="auto", show_default=True,
              help="auto: a force layout (computed in Python over 500 nodes); geo: each state at its capital, "
                   "each bloc at its members' centroid, like a world map.")
@click.option("--max-nodes", default=20_000, show_default=True, type=click.IntRange(1),
              help="Refuse to write a map larger than this (a browser needs minutes for much more).")
@raw_option
def map_command(store_path: str, output: str, view: str, focus: str | None, depth: int, follow_memberships: bool,
                sectors, statuses, blocs, since: str | None, until: str | None, min_confidence: float | None, title: str,
                layout: str, max_nodes: int, raw: bool) -> None:
    """Write an interactive map of the curated view (--raw: the extractor's) as one offline HTML file."""
    from techpact.maps.page import write_map_file
    from techpact.maps.data import MapFilter
    from techpact.review.view import open_view

    chosen = MapFilter(sectors=sectors, statuses=statuses, blocs=blocs, since=since, until=until,
                       min_confidence=min_confidence)
    with open_view(store_path, raw=raw) as store:
        graph = write_map_file(store, output, view=view, chosen=chosen, focus=focus, depth=depth, title=title,
                               max_nodes=max_nodes, layout=layout, follow_memberships=follow_memberships)
    click.echo(f"Wrote {output} ({graph.caption}: {len(graph.nodes)} nodes, {len(graph.edges)} edges)")


@main.command()
@store_option
@raw_option
def validate(store_path: str, raw: bool) -> None:
    """Check the store's curated view (--raw: the extractor's) against the SHACL shapes."""
    from techpact.graph.validate import validate_store
    from techpact.review.view import open_view

    with open_view(store_path, raw=raw) as store:
        report = validate_store(store)
    if report.conforms:
        click.echo("The store conforms to the techpact shapes.")
        return
    for line in report.violations:
        click.echo(line)
    raise click.ClickException(f"{len(report.violations)} SHACL violations")


@main.command("eval")
@click.argument("gold", type=SafePath(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, type=SafePath())
@click.option("--verbose", "-v", is_flag=True, help="List every miss and every false positive.")
@click.option("--curated", is_flag=True, help="Score the curated view of --store (after review) instead of PATHS.")
@store_option
@format_option(choices=("table", "json"))
def eval_command(gold: str, paths: tuple[str, ...], verbose: bool, curated: bool, store_path: str, fmt: str) -> None:
    """Score extraction on annotated passages (GOLD.json) ingested into a scratch store, or a store's curated view."""
    from techpact.evaluate import format_errors, format_table
    from techpact.scorecard import evaluate_files

    if curated == bool(paths):
        raise click.UsageError("give the PATHS to score, or --curated to score the curated view of --store")
    if curated:
        from techpact.review.view import evaluate_view

        skipped, evaluation = [], evaluate_view(gold, store_path)
    else:
        skipped, evaluation = evaluate_files(gold, paths)
    for reason in skipped:
        click.echo(f"skipped: {printable(reason)}", err=True)
    click.echo(json.dumps(evaluation.as_dict(), indent=2) if fmt == "json" else format_table(evaluation))
    if verbose:
        for line in format_errors(evaluation):
            click.echo(line)


@main.command()
@click.argument("name", required=False)
@click.option("--list", "list_all", is_flag=True, help="List the questions the library answers.")
@param_option
@click.option("--engine", type=click.Choice(["sparql", "cypher"]), default="sparql", show_default=True)
@format_option
@store_option
@neo4j_options(required=False)
@raw_option
def ask(name: str | None, list_all: bool, params: tuple[str, ...], engine: str, fmt: str, store_path: str,
        neo4j: dict, raw: bool) -> None:
    """Answer a named analyst question from the query library (SPARQL, or Cypher with --engine cypher)."""
    from techpact.queries import list_queries, load_query
    from techpact.queries.params import bind_parameters

    if list_all or not name:
        for query_name in list_queries():
            query = load_query(query_name)
            click.echo(f"{query_name:28s} {query.question}")
            click.echo(f"{'':28s} parameters: {query.parameters}")
            if query.optional:
                click.echo(f"{'':28s} optional: {query.optional}")
        return
    given = parse_params(params)
    query = load_query(name, engine)
    if engine == "cypher":
        check_neo4j(neo4j)  # a URI holding credentials is refused before anything else is said
    bound = bind_parameters(query, given)
    if engine == "sparql":
        from techpact.review.view import open_view

        with open_view(store_path, raw=raw) as store:
            result = store.query(query.text, bound)
            print_answer(result.columns, result.rows, fmt, store)
        return
    from techpact.neo4j.sync import Neo4jSync

    with Neo4jSync(**neo4j) as target:
        columns, rows = target.run(query.text, bound)
        print_answer(columns, rows, fmt, neo4j=target)


@main.command()
@click.argument("analysis", type=click.Choice(list(ANALYSES)), default="centrality")
@store_option
@click.option("--sector", help="Only agreements in this sector (centrality, communities).")
@click.option("--blocs", nargs=2, default=("QUAD", "SCO"), show_default=True, help="The two blocs for 'bridges'.")
@format_option
@click.option("--plot", type=SafePath(dir_okay=False), help=f"Also write a PNG chart ({', '.join(PLOTS)}).")
@raw_option
def analyze(analysis: str, store_path: str, sector: str | None, blocs: tuple[str, str], fmt: str, plot: str | None,
            raw: bool) -> None:
    """Network analytics of the curated view (--raw: the extractor's): centrality, communities, bridges, years …"""
    from techpact.analytics.analyses import plot_analysis, run_analysis
    from techpact.review.view import open_view

    with open_view(store_path, raw=raw) as store:
        rows = run_analysis(store, analysis, sector, blocs)
    print_rows(list(rows[0]) if rows else [], [tuple(r.values()) for r in rows], fmt)
    if plot:
        from techpact.atomic import write_atomically

        if analysis not in PLOTS:
            raise click.UsageError("--plot draws 'centrality' (top partners) or 'years' (sectors by year)")
        image = plot_analysis(analysis, rows)
        write_atomically(plot, lambda out: out.write(image))
        click.echo(f"Wrote {plot}", err=True)


@main.command("check-memberships")
@store_option
@format_option
@raw_option
def check_memberships(store_path: str, fmt: str, raw: bool) -> None:
    """List memberships that documents state (after review; --raw: as extracted) but the reference data does not hold."""
    from techpact.queries import load_query
    from techpact.review.view import open_view

    with open_view(store_path, raw=raw) as store:
        result = store.query(load_query("disputed-memberships").text)
    print_rows(result.columns, result.rows, fmt)


@main.command()
@click.argument("what", type=click.Choice(CODE_LISTS))
@format_option
def codes(what: str, fmt: str) -> None:
    """List the codes techpact knows (states, blocs, sectors, kinds, statuses) with their labels."""
    from techpact.ontology.lookup import code_table

    columns, rows = code_table(what)
    print_rows(columns, rows, fmt)


@main.command()
@click.option("--out", "out_dir", default="out", show_default=True, type=SafePath(file_okay=False))
def demo(out_dir: str) -> None:
    """Ingest the bundled example corpus into OUT/store; write OUT/graph.trig and the maps OUT/map.html, OUT/map-full.html."""
    from techpact.demo import run_demo

    result = run_demo(out_dir)
    print_summary(result.summary, result.report)
    click.echo(f"Wrote {result.trig}, {result.alliance_map} (alliance view, {result.alliance_nodes} nodes) "
               f"and {result.full_map} (full view, {result.full_nodes} nodes)")
    for question, columns, rows in result.answers:
        click.echo(f"\n{question}")
        print_rows(columns, rows, "table")
    click.echo("\nTop-5 central states and blocs (degree centrality in the alliance network):")
    print_rows(list(result.central[0]) if result.central else [], [tuple(r.values()) for r in result.central], "table")


main.add_command(export)
main.add_command(ingest)
main.add_command(review)
main.add_command(serve)

if __name__ == "__main__":
    main()
