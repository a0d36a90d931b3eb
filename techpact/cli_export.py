"""`techpact export`: the store as RDF (TriG, N-Quads, Turtle, JSON-LD), or a map view for network tools
(GraphML, GEXF, CSV; techpact/analytics/export.py). Both read the curated view unless --raw."""

from __future__ import annotations

import sys

import click
from click.core import ParameterSource

from techpact.analytics.export import NETWORK_FORMATS
from techpact.cli_options import SafePath, min_confidence_option, store_option
from techpact.cli_review import raw_option
from techpact.maps.views import VIEWS
from techpact.ontology import vocabulary

RDF_FORMATS = {"trig": "TRIG", "nquads": "N_QUADS", "turtle": "TURTLE", "jsonld": None}
VIEW_OPTIONS = {"view": "--view", "focus": "--focus", "depth": "--depth", "sectors": "--sector",
                "statuses": "--status", "blocs": "--bloc", "since": "--since", "until": "--until"}


def map_view_options(func):
    """--view, --focus/--depth and the map's filters (--sector, --status, --bloc, --since, --until)."""
    options = [
        click.option("--view", type=click.Choice(list(VIEWS)), default="alliances", show_default=True,
                     help="Network formats: the map view to export (alliances: states and blocs; full: agreements, "
                          "sectors, people and documents too)."),
        click.option("--focus", metavar="CODE", help="Only the ego network of this state or bloc (code or name)."),
        click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True, help="Steps from --focus."),
        click.option("--sector", "sectors", multiple=True, metavar="CODE", help="Only agreements in this sector. Repeatable."),
        click.option("--status", "statuses", multiple=True, type=click.Choice(vocabulary.STATUSES_BY_STRENGTH),
                     help="Only agreements with this status. Repeatable."),
        click.option("--bloc", "blocs", multiple=True, metavar="CODE",
                     help="Only agreements involving this bloc or its members. Repeatable."),
        click.option("--since", metavar="DATE", help="Only agreements dated (or reported) on or after YYYY[-MM[-DD]]."),
        click.option("--until", metavar="DATE", help="Only agreements dated (or reported) on or before YYYY[-MM[-DD]]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice([*RDF_FORMATS, *NETWORK_FORMATS]), default="trig", show_default=True,
              help="RDF: trig, nquads, turtle, jsonld. Network tools: graphml, gexf (Gephi), csv (two files).")
@click.option("-o", "--output", type=SafePath(dir_okay=False),
              help="Write to this file (default: stdout). For csv, OUT names OUT-nodes.csv and OUT-edges.csv.")
@click.option("--no-reference", is_flag=True, help="RDF formats: leave out the ontology and reference graphs.")
@map_view_options
@min_confidence_option
@raw_option
@click.pass_context
def export(ctx: click.Context, store_path: str, fmt: str, output: str | None, no_reference: bool, view: str,
           focus: str | None, depth: int, sectors, statuses, blocs, since: str | None, until: str | None,
           min_confidence: float | None, raw: bool) -> None:
    """Export the store (its curated view; --raw the extractor's) as RDF, or a map view as GraphML, GEXF or CSV."""
    from techpact.review.view import open_view

    network = fmt in NETWORK_FORMATS
    given = [flag for name, flag in VIEW_OPTIONS.items() if ctx.get_parameter_source(name) != ParameterSource.DEFAULT]
    if not network and given:
        raise click.UsageError(f"{', '.join(given)}: only for the network formats (--format "
                               f"{'|'.join(NETWORK_FORMATS)}), not {fmt}")
    if network and no_reference:
        raise click.UsageError(f"--no-reference applies to the RDF formats, not {fmt}")
    if fmt == "csv" and not output:
        raise click.UsageError("--format csv writes two files: give -o OUT (writes OUT-nodes.csv and OUT-edges.csv)")
    with open_view(store_path, raw=raw) as store:
        if network:
            _export_network(store, fmt, output, view=view, focus=focus, depth=depth, sectors=sectors,
                            statuses=statuses, blocs=blocs, since=since, until=until, min_confidence=min_confidence)
        else:
            _export_rdf(store, fmt, output, no_reference, min_confidence)


def _export_network(store, fmt: str, output: str | None, *, view: str, focus: str | None, depth: int,
                    min_confidence: float | None, **filters) -> None:
    from techpact.analytics.export import build_network, export_network, network_bytes
    from techpact.maps.data import MapFilter

    chosen = MapFilter(**filters, min_confidence=min_confidence)
    if output:
        done = export_network(store, fmt, output, view=view, chosen=chosen, focus=focus, depth=depth)
        graph = done.graph
        click.echo(f"Wrote {', '.join(map(str, done.paths))} ({graph.caption}: {len(graph.nodes)} nodes, "
                   f"{len(graph.edges)} edges)", err=True)
    else:
        _, built = build_network(store, view=view, chosen=chosen, focus=focus, depth=depth)
        sys.stdout.buffer.write(network_bytes(built, fmt))


def _export_rdf(store, fmt: str, output: str | None, no_reference: bool, min_confidence: float | None) -> None:
    from techpact.atomic import write_atomically
    from techpact.graph.confidence import below_confidence

    leave_out = below_confidence(store, min_confidence) if min_confidence is not None else frozenset()

    def write(out) -> None:
        if fmt == "jsonld":
            dataset = store.to_rdflib(include_reference=not no_reference, leave_out=leave_out)
            out.write(dataset.serialize(format="json-ld").encode("utf-8"))
        else:
            import pyoxigraph as ox

            store.export(out, getattr(ox.RdfFormat, RDF_FORMATS[fmt]), include_reference=not no_reference,
                         leave_out=leave_out)

    if output:
        write_atomically(output, write)
        click.echo(f"Wrote {output}", err=True)
    else:
        write(sys.stdout.buffer)
