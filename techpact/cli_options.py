"""Option bundles and printing shared by the commands of techpact/cli.py: declared once here."""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import shutil
from pathlib import Path

import click

from techpact.errors import TechpactError

STORE_HELP = "Store folder (default ./techpact-data, or $TECHPACT_STORE)."


# Control characters, line and paragraph separators, bidi overrides and lone surrogates (undecodable
# bytes in file names): printed as escapes, so a file name cannot forge a line or drive the terminal.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """Text with control characters escaped (\\n, \\x1b, \\u202e), safe to print as one line."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


class SafePath(click.Path):
    """click.Path that refuses a name it cannot stat (a NUL byte) with a usage error, not a traceback."""

    def convert(self, value, param, ctx):
        text = os.fsdecode(value) if isinstance(value, (str, bytes)) else str(value)
        if len(os.fsencode(text)) > 4095 or any(len(os.fsencode(part)) > 255 for part in text.split("/")):
            self.fail(f"{printable(text[:80])!r}…: file name too long", param, ctx)
        try:
            return super().convert(value, param, ctx)
        except (ValueError, OSError) as err:
            self.fail(f"{printable(text[:200])!r} is not a usable path ({err})", param, ctx)


def _neo4j_configuration_error(err: Exception) -> bool:
    return type(err).__name__ == "ConfigurationError" and type(err).__module__.startswith("neo4j")


class TechpactGroup(click.Group):
    """A group that turns library errors into one 'Error: …' line and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TechpactError as err:
            raise click.ClickException(printable(str(err))) from None
        except Exception as err:
            if _neo4j_configuration_error(err):  # its message may quote the URI: never echoed
                raise click.ClickException("the Neo4j driver refused its configuration; check --uri "
                                           "(bolt://, neo4j://, bolt+s:// or neo4j+s://, host and port only)") from None
            raise


def check_neo4j_uri(uri: str) -> None:
    """Refuse a malformed Neo4j URI, or one holding credentials, without ever echoing it."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - parsing the port raises on a malformed one
    except ValueError:
        raise click.ClickException("malformed Neo4j URI (--uri or NEO4J_URI)") from None
    if "@" in parts.netloc:
        raise click.ClickException("the Neo4j URI holds credentials: give them with --user/--password "
                                   "(or NEO4J_USER/NEO4J_PASSWORD), never inside the URI")


def store_option(func):
    """--store DIR, shared by every command that reads or writes the store."""
    return click.option("--store", "store_path", type=SafePath(file_okay=False), envvar="TECHPACT_STORE",
                        default="techpact-data", show_default=True, help=STORE_HELP)(func)


def neo4j_options(func=None, *, required: bool = True):
    """--uri/--user/--password/--database/--allow-insecure, defaulting to NEO4J_URI, NEO4J_USER,
    NEO4J_PASSWORD, NEO4J_DATABASE. The command gets them as one `neo4j` dict. With required=False
    (a command that needs Neo4j only sometimes) the password and transport are checked on use."""
    def decorate(func):
        @click.option("--uri", envvar="NEO4J_URI", default="bolt://127.0.0.1:7687", show_default=True, help="Neo4j URI ($NEO4J_URI).")
        @click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user ($NEO4J_USER).")
        @click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Neo4j password ($NEO4J_PASSWORD).")
        @click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Database name (default: the server's).")
        @click.option("--allow-insecure", is_flag=True, help="Allow plain bolt:// or neo4j:// to a host that is not this machine.")
        @functools.wraps(func)
        def wrapper(*args, uri, user, password, database, allow_insecure, **kwargs):
            connection = {"uri": uri, "user": user, "password": password, "database": database,
                          "allow_insecure": allow_insecure}
            if required:
                check_neo4j(connection)
            return func(*args, neo4j=connection, **kwargs)
        return wrapper
    return decorate(func) if func is not None else decorate


def check_neo4j(connection: dict) -> None:
    """Refuse a Neo4j connection with credentials in its URI, without a password, or one that would send it in clear text."""
    check_neo4j_uri(connection["uri"])
    if not connection["password"]:
        raise click.UsageError("no Neo4j password: pass --password or set NEO4J_PASSWORD")
    from techpact.neo4j.sync import check_transport

    check_transport(connection["uri"], connection["allow_insecure"])


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


def format_option(func=None, *, choices: tuple[str, ...] = ("table", "csv", "json")):
    """--format, how a command prints its rows."""
    option = click.option("--format", "fmt", type=click.Choice(list(choices)), default="table",
                          show_default=True, help="How to print the rows.")
    return option(func) if func is not None else option


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


def print_answer(columns: list[str], rows: list[tuple], fmt: str, store=None, neo4j=None) -> None:
    """Print a query's answer: in a table agreements by label and states by name (labels read from the store,
    or from the Neo4j database that answered); CSV and JSON keep IRIs and codes."""
    if fmt == "table":
        from techpact.queries.display import MAX_LABELLED, agreement_iris, agreement_labels, labels_from_facts, readable_rows

        iris = agreement_iris(rows)
        labels = {}
        if store is not None:
            labels = agreement_labels(store, iris)
        elif neo4j is not None and len(iris) <= MAX_LABELLED:
            labels = labels_from_facts(neo4j.agreement_facts(iris))
        rows = readable_rows(rows, labels)
    print_rows(columns, rows, fmt)


def read_query(query_or_file: str, engine: str, params: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """A query given as text, as a file path, or as the name of a library query (its parameters checked)."""
    from techpact.queries.params import prepare_query

    given = parse_params(params)
    try:
        is_file = len(query_or_file) < 4096 and "\n" not in query_or_file and Path(query_or_file).is_file()
    except (OSError, ValueError):  # too long a name, a NUL: not a path, so query text
        is_file = False
    if is_file:
        try:
            return Path(query_or_file).read_text(encoding="utf-8"), given
        except (OSError, UnicodeDecodeError) as err:
            raise click.ClickException(f"{printable(query_or_file)}: cannot read query file ({err})") from None
    return prepare_query(query_or_file, engine, given)


def print_summary(summary: dict[str, int], report=None) -> None:
    """The store's contents, and what an ingest did (skipped files on stderr)."""
    if report is not None:
        click.echo(f"Documents: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
                   f"{len(report.skipped)} skipped")
    click.echo(f"Store: {summary['documents']} documents, {summary['states']} states, {summary['blocs']} blocs, "
               f"{summary['agreements']} agreements, {summary['triples']} triples")
    if report is not None:
        for reason in report.skipped:
            click.echo(f"skipped: {printable(reason)}", err=True)
