"""`techpact ingest`: files into the store, on this machine's cores or on a Dask cluster."""

from __future__ import annotations

import sys

import click

from techpact.cli_options import SafePath, print_summary, printable, store_option
from techpact.errors import TechpactError


@click.command()
@click.argument("paths", nargs=-1, required=True, type=SafePath())
@store_option
@click.option("--max-size", default=50, show_default=True, help="Skip files larger than this many MB.")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links inside the folders given, when they lead inside the paths given.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only files whose name or path below the folder matches GLOB (e.g. 'articles/*'). Repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out files whose name or path below the folder matches GLOB (e.g. 'notes*'). Repeatable.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes that read and extract files (default: this machine's cores); one writer.")
@click.option("--dask", "scheduler", metavar="ADDRESS",
              help="Read and extract on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786).")
@click.option("--shards", type=SafePath(file_okay=False), metavar="DIR",
              help="With --dask: a folder the workers and this machine share, for the N-Quads shards "
                   "(default: shards come back through Dask).")
def ingest(paths: tuple[str, ...], store_path: str, max_size: int, follow_symlinks: bool, include: tuple[str, ...],
           exclude: tuple[str, ...], jobs: int | None, scheduler: str | None, shards: str | None) -> None:
    """Load files or folders (.txt .md .html .json .jsonl .rss .atom .pdf) into the store."""
    from techpact.graph.store import Store
    from techpact.ingest import ingest as run_ingest
    from techpact.ingest import store_summary
    from techpact.ingest_workers import available_cores
    from techpact.loaders import iter_source_files

    if scheduler and jobs:
        raise click.UsageError("--jobs is for this machine; with --dask the cluster's workers do the work")
    if shards and not scheduler:
        raise click.UsageError("--shards goes with --dask")
    ignored: list[str] = []
    found = list(iter_source_files(paths, follow_symlinks=follow_symlinks, include=include, exclude=exclude,
                                   ignored=ignored))
    total = sum(1 for item in found if not isinstance(item, TechpactError))
    if total == 0:  # nothing to load: say why, and create no store
        for item in found:
            click.echo(f"skipped: {printable(str(item))}", err=True)
        for reason in ignored:
            click.echo(f"ignored: {printable(reason)}", err=True)
        why = f"{len(found)} skipped and {len(ignored)} ignored, listed above" if found or ignored else "the folders are empty"
        raise click.ClickException(f"no document could be loaded: no supported file found ({why}); "
                                   f"nothing was written to {printable(store_path)}")
    if scheduler:
        from techpact.distributed import connect

        client = connect(scheduler)  # before the store is opened: an unreachable scheduler leaves no store
    with Store(store_path) as store:
        with click.progressbar(length=total, label="Ingesting", file=sys.stderr,
                               hidden=total < 20 or not sys.stderr.isatty()) as bar:
            seen: set[str] = set()

            def advance(source: str) -> None:
                path = source.split("#", 1)[0]
                if path and path not in seen:
                    seen.add(path)
                    bar.update(1)

            options = dict(max_bytes=max_size * 1024 * 1024, follow_symlinks=follow_symlinks, on_document=advance,
                           include=include, exclude=exclude)
            if scheduler:
                from techpact.distributed import ingest_on_dask

                try:
                    report = ingest_on_dask(paths, store, client, shards=shards, **options)
                finally:
                    client.close()
            else:
                report = run_ingest(paths, store, jobs=min(jobs or available_cores(), total), **options)
        print_summary(store_summary(store), report)
    if ignored:
        click.echo(f"ignored {len(ignored)} files (unsupported, hidden or excluded; -v lists them)", err=True)
        if click.get_current_context().find_root().params.get("verbose"):
            for reason in ignored:
                click.echo(f"ignored: {printable(reason)}", err=True)
    if report.loaded == 0 and report.skipped:
        raise click.ClickException("no document could be loaded")
