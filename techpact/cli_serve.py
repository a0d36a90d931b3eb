"""`techpact serve`: the store as a read-only SPARQL 1.1 Protocol endpoint (the server lives in techpact/serve/)."""

from __future__ import annotations

import click

from techpact.cli_options import store_option
from techpact.cli_review import raw_option


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True)
@click.option("--timeout", default=30.0, show_default=True, help="Cancel a query after this many seconds.")
@click.option("--workers", default=2, show_default=True, help="Query processes.")
@click.option("--cors", metavar="ORIGIN", help="Let pages from this origin read answers (no CORS header otherwise).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (e.g. behind a proxy). Repeatable.")
@click.option("--idle-timeout", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Close a connection that sends nothing for this many seconds.")
@click.option("--max-memory", "max_memory", default=2048, show_default=True, type=click.IntRange(0), metavar="MB",
              help="Address space each query process may use (0: no limit); a query needing more gets 503.")
@click.option("--max-rows", "max_rows", default=100_000, show_default=True, type=click.IntRange(1),
              help="Answer 413 to a query whose result has more rows than this.")
@raw_option
def serve(store_path: str, host: str, port: int, timeout: float, workers: int, cors: str | None,
          allow_hosts: tuple[str, ...], idle_timeout: float, max_memory: int, max_rows: int, raw: bool) -> None:
    """Serve the store's curated view (--raw: the extractor's) read-only as a SPARQL 1.1 endpoint at /sparql."""
    from techpact.graph.store import Store
    from techpact.serve import make_server

    with Store(store_path, read_only=True) as store:
        try:
            server = make_server(store, host, port, timeout=timeout, workers=workers, cors=cors, allow_hosts=allow_hosts,
                                 idle_timeout=idle_timeout, max_memory_mb=max_memory, max_rows=max_rows, raw=raw)
        except OSError as err:
            raise click.ClickException(f"cannot listen on {host}:{port} ({err.strerror})") from None
        click.echo(f"SPARQL endpoint on http://{host}:{port}/sparql (read-only); Ctrl-C stops it", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
