"""The flow end to end: files -> Documents -> facts -> one named graph per document in the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from techpact.errors import LoaderError
from techpact.extract import extract_facts
from techpact.graph.identity import AgreementIndex
from techpact.graph.rdf import agreement_nodes, build_document_quads, document_iri
from techpact.graph.store import Store
from techpact.loaders import DEFAULT_MAX_BYTES, first_line, load_documents
from techpact.queries import internal_query


@dataclass
class IngestReport:
    """What an ingest did: documents added, unchanged and skipped (with why)."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        """Documents read successfully (new, changed or unchanged)."""
        return self.added + self.replaced + self.unchanged


def ingest(paths: Iterable[str | Path], store: Store, *, max_bytes: int = DEFAULT_MAX_BYTES,
           follow_symlinks: bool = False, on_document: Callable[[str], None] | None = None,
           include: Iterable[str] = (), exclude: Iterable[str] = ()) -> IngestReport:
    """Load, extract and store every document under paths; bad files are reported, not fatal."""
    report = IngestReport()
    index = AgreementIndex(store)
    for item in load_documents(paths, max_bytes=max_bytes, follow_symlinks=follow_symlinks, include=include, exclude=exclude):
        if isinstance(item, LoaderError):
            report.skipped.append(str(item))
        elif store.has_document(document_iri(item)):
            report.unchanged += 1
        else:
            previous = store.documents_from_source(item.source)
            try:
                facts = extract_facts(item)
                same_as = index.match(facts.agreements)
                quads = build_document_quads(item, facts, same_as)
            except Exception as err:  # noqa: BLE001 - one document's unexpected failure must not end the run
                report.skipped.append(f"{item.source}: {type(err).__name__}: {first_line(err)}")
                if on_document:
                    on_document(item.source)
                continue
            store.put_document(str(document_iri(item)), quads, replaces=previous)
            del quads
            index.remember(facts.agreements, agreement_nodes(item, facts, same_as))
            if previous:
                report.replaced += 1
            else:
                report.added += 1
        if on_document:
            on_document(getattr(item, "source", ""))
    return report




def store_summary(store: Store) -> dict[str, int]:
    """Documents, states and blocs mentioned, agreements, and triples in the store."""
    result = store.query(internal_query("store-summary"))
    summary = dict(zip(result.columns, result.rows[0]))
    summary["triples"] = len(store)
    return summary
