"""The `techpact review` commands: thin wrappers over techpact.review (decisions, queue, exchange)."""

from __future__ import annotations

import getpass
import sys

import click

from techpact.cli_options import TechpactGroup, format_option, print_rows, printable, store_option
from techpact.ontology import vocabulary


def _default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def decision_options(func):
    """--by and --why, shared by every command that records a decision."""
    func = click.option("--why", required=True, help="Why: the reason kept with the decision (required).")(func)
    return click.option("--by", default=_default_reviewer, show_default="the OS user",
                        help="Who decides (kept as prov:wasAttributedTo).")(func)


def raw_option(func):
    """--raw: read the extractor's view instead of the curated one."""
    return click.option("--raw", is_flag=True, help="The extractor's view, without the review decisions.")(func)


def membership_option(func):
    """--membership STATE BLOC: act on a stated membership instead of an agreement."""
    return click.option("--membership", nargs=2, metavar="STATE BLOC", default=None,
                        help="Act on a stated membership (ISO alpha-3 and bloc code) instead of an agreement.")(func)


def _echo(decision) -> None:
    made = f" -> {decision.made}" if decision.made else ""
    click.echo(f"Recorded {decision.action} {decision.id}{made}")


@click.group(cls=TechpactGroup)
def review() -> None:
    """Analysts' decisions on the graph (kept apart from the documents) and the curated view they make."""


@review.command("list")
@store_option
@click.option("--stale", "stale_only", is_flag=True, help="Only decisions whose target no longer exists.")
@format_option
def list_command(store_path: str, stale_only: bool, fmt: str) -> None:
    """List the decisions, oldest first: live, undone, stale or undoing."""
    from techpact.graph.store import Store
    from techpact.review.actions import list_decisions

    with Store(store_path, read_only=True) as store:
        listed = [i for i in list_decisions(store) if not stale_only or i.state == "stale"]
    rows = [(i.decision.id, i.state, i.decision.action, i.decision.target or i.decision.made or
             (f"{i.decision.member} member of {i.decision.bloc}" if i.decision.member else i.decision.undoes or ""),
             i.decision.by, i.decision.at[:19], i.decision.why) for i in listed]
    print_rows(["id", "state", "action", "target", "by", "at", "why"], rows, fmt)


@review.command("show")
@click.argument("decision")
@store_option
def show_command(decision: str, store_path: str) -> None:
    """Show one decision (by id, or a unique start of it)."""
    from dataclasses import asdict

    from techpact.graph.store import Store
    from techpact.review.actions import show_decision

    with Store(store_path, read_only=True) as store:
        item = show_decision(store, decision)
    click.echo(f"state: {item.state}")
    for name, value in asdict(item.decision).items():
        if value not in (None, (), False, {}, ""):
            click.echo(f"{name}: {printable(str(value))}")


@review.command("reject")
@click.argument("agreement", required=False)
@membership_option
@store_option
@decision_options
def reject_command(agreement: str | None, membership, store_path: str, by: str, why: str) -> None:
    """Hide a wrong agreement (or, with --membership, a wrong stated membership) from the curated view."""
    from techpact.graph.store import Store
    from techpact.review import actions

    if bool(agreement) == bool(membership):
        raise click.UsageError("name an AGREEMENT or give --membership STATE BLOC")
    with Store(store_path) as store:
        _echo(actions.reject_membership(store, *membership, by=by, why=why) if membership
              else actions.reject(store, agreement, by=by, why=why))


@review.command("confirm")
@click.argument("agreement")
@store_option
@decision_options
def confirm_command(agreement: str, store_path: str, by: str, why: str) -> None:
    """Mark an agreement as checked and right (it leaves the review queue)."""
    from techpact.graph.store import Store
    from techpact.review import actions

    with Store(store_path) as store:
        _echo(actions.confirm(store, agreement, by=by, why=why))


@review.command("set")
@click.argument("agreement")
@click.option("--kind", type=click.Choice(vocabulary.KINDS))
@click.option("--status", type=click.Choice(vocabulary.STATUSES))
@click.option("--date", metavar="YYYY[-MM[-DD]]")
@click.option("--sector", "sectors", multiple=True, metavar="CODE", help="The sectors (replace the extracted ones). Repeatable.")
@click.option("--no-sectors", is_flag=True, help="The agreement has no sector.")
@click.option("--party", "parties", multiple=True, metavar="CODE", help="The parties (replace the extracted ones). Repeatable.")
@store_option
@decision_options
def set_command(agreement: str, kind, status, date, sectors, no_sectors: bool, parties, store_path: str, by: str,
                why: str) -> None:
    """Correct an agreement's kind, status, date, sectors or parties."""
    from techpact.graph.store import Store
    from techpact.review import actions

    with Store(store_path) as store:
        _echo(actions.correct(store, agreement, by=by, why=why, kind=kind, status=status, date=date,
                              sectors=tuple(sectors), parties=tuple(parties), clear_sectors=no_sectors))


@review.command("merge")
@click.argument("keep")
@click.argument("absorb")
@store_option
@decision_options
def merge_command(keep: str, absorb: str, store_path: str, by: str, why: str) -> None:
    """Merge two agreement nodes that are one act: ABSORB joins KEEP (KEEP's kind, status and date win)."""
    from techpact.graph.store import Store
    from techpact.review import actions

    with Store(store_path) as store:
        _echo(actions.merge(store, keep, absorb, by=by, why=why))


@review.command("split")
@click.argument("agreement")
@click.option("--document", "documents", multiple=True, required=True,
              help="A document whose report moves to the new agreement (IRI, id or file). Repeatable.")
@store_option
@decision_options
def split_command(agreement: str, documents, store_path: str, by: str, why: str) -> None:
    """Split an agreement that merged two acts: what --document reports becomes a new agreement."""
    from techpact.graph.store import Store
    from techpact.review import actions

    with Store(store_path) as store:
        _echo(actions.split(store, agreement, tuple(documents), by=by, why=why))


@review.command("add")
@click.option("--document", required=True, help="The stored document the evidence comes from (IRI, id or file).")
@click.option("--evidence", required=True, help="The sentence, quoted exactly from the document.")
@membership_option
@click.option("--kind", type=click.Choice(vocabulary.KINDS))
@click.option("--status", type=click.Choice(vocabulary.STATUSES))
@click.option("--party", "parties", multiple=True, metavar="CODE", help="A party (state or bloc code). Repeatable.")
@click.option("--sector", "sectors", multiple=True, metavar="CODE", help="A sector. Repeatable.")
@click.option("--date", metavar="YYYY[-MM[-DD]]")
@store_option
@decision_options
def add_command(document: str, evidence: str, membership, kind, status, parties, sectors, date, store_path: str,
                by: str, why: str) -> None:
    """Add an agreement (or, with --membership, a stated membership) the extractor missed."""
    from techpact.graph.store import Store
    from techpact.review import actions

    with Store(store_path) as store:
        if membership:
            _echo(actions.add_membership(store, *membership, document, evidence, by=by, why=why))
            return
        if not (kind and status and parties):
            raise click.UsageError("an agreement needs --kind, --status and --party (at least two)")
        _echo(actions.add_agreement(store, document, evidence, kind=kind, status=status, parties=tuple(parties),
                                    sectors=tuple(sectors), date=date, by=by, why=why))


@review.command("undo")
@click.argument("decision")
@store_option
@decision_options
def undo_command(decision: str, store_path: str, by: str, why: str) -> None:
    """Withdraw a decision (the undoing is recorded too)."""
    from techpact.graph.store import Store
    from techpact.review import actions

    with Store(store_path) as store:
        _echo(actions.undo(store, decision, by=by, why=why))


@review.command("queue")
@store_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="At most this many.")
@format_option
def queue_command(store_path: str, limit: int, fmt: str) -> None:
    """What to review first: low confidence, conflicting reports, one evidence sentence, disputed memberships."""
    from techpact.graph.store import Store
    from techpact.review.queue import review_queue

    with Store(store_path, read_only=True) as store:
        items = review_queue(store, limit=limit)
    print_rows(["target", "what", "reasons", "confidence", "date"],
               [(i.target, i.what, "; ".join(i.reasons), i.confidence, i.date) for i in items], fmt)


@review.command("export")
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (default: stdout).")
def export_command(store_path: str, output: str | None) -> None:
    """Export every decision as TriG, to share with another store."""
    from techpact.atomic import write_atomically
    from techpact.graph.store import Store
    from techpact.review.exchange import export_decisions

    with Store(store_path, read_only=True) as store:
        data = export_decisions(store)
    if output:
        write_atomically(output, lambda out: out.write(data))
        click.echo(f"Wrote {output}", err=True)
    else:
        sys.stdout.buffer.write(data)


@review.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@store_option
def import_command(file: str, store_path: str) -> None:
    """Import decisions from a TriG file (decisions already held are left as they are)."""
    from pathlib import Path

    from techpact.graph.store import Store
    from techpact.review.exchange import import_decisions

    with Store(store_path) as store:
        report = import_decisions(store, Path(file).read_bytes())
    click.echo(f"Imported {report.added} decisions ({report.known} already held)")
