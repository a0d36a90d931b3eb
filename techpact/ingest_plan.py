"""What the one writer of an ingest does with each document, decided in input order before it is written.

An ingest writes documents to the store in batches (ingest.DocumentWriter) or as N-Quads shards
built on a Dask cluster (techpact/distributed.py), so a document is decided on before the store
holds the ones just before it. The plan answers as the store would at that point: it reads the
store as it is and keeps beside it what the run has decided and not yet written (graphs added,
graphs they replace), until the writer says they are in (settle). Its decisions: unchanged,
skipped (and why), or added, replacing the older versions of its source, with each report joined
to the stored agreement graph/identity.py picks — the stored agreements are read as the store
would hold them (graphs replaced by this run left out), so reports merge as one document at a time
written at once would.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from techpact.errors import LoaderError
from techpact.extract.facts import Agreement, PartialDate
from techpact.graph.identity import AgreementIndex
from techpact.graph.iris import agreement_id, document_id
from techpact.graph.store import Store
from techpact.ingest_workers import Extracted
from techpact.loaders import first_line


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


@dataclass(frozen=True)
class Report:
    """One agreement as identity matching needs it (no evidence or signatories: small to send)."""

    kind: str
    status: str
    parties: tuple[str, ...]
    sectors: tuple[str, ...]
    date: PartialDate | None
    confidence: float | None

    @classmethod
    def of(cls, agreement: Agreement) -> Report:
        return cls(agreement.kind, agreement.status, tuple(agreement.parties), tuple(agreement.sectors),
                   agreement.date, agreement.confidence)

    def agreement(self) -> Agreement:
        return Agreement(kind=self.kind, status=self.status, parties=list(self.parties), sectors=list(self.sectors),
                         date=self.date, confidence=self.confidence)


@dataclass(frozen=True)
class DocumentRecord:
    """What the plan needs about one extracted document: its agreements, or why it fails."""

    content_hash: str
    source: str
    reports: tuple[Report, ...] = ()
    error: str | None = None  # extraction failed: the skipped: line
    build_error: str | None = None  # its graph could not be built: the skipped: line


@dataclass
class Decision:
    """A document to add: the stored node each of its agreements joins and the values it then states."""

    iri: str
    content_hash: str
    source: str
    replaces: list[str]  # older versions of its source, dropped once it is written
    same_as: dict[int, str] = field(default_factory=dict)  # agreement index -> stored agreement
    adopted: list[tuple[str, PartialDate | None, float | None]] = field(default_factory=list)  # kind, date, confidence
    position: int = 0  # its place in a Dask partition
    agreements: list[Agreement] = field(default_factory=list, repr=False)


class IngestPlan:
    """The writer's decisions, one document at a time in input order (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index = AgreementIndex(store)
        self.report = IngestReport()
        self.removed: set[str] = self.index.leave_out  # graphs this run replaces: read as gone
        self.added: set[str] = set()  # decided, not yet written
        self.added_from: dict[str, list[str]] = defaultdict(list)

    def has_document(self, iri: str) -> bool:
        """True when the store holds this document once what the run decided is written."""
        return iri in self.added or (iri not in self.removed and self.store.has_document(iri))

    def documents_from_source(self, source: str) -> list[str]:
        """The documents from this source the store holds once what the run decided is written."""
        stored = set(self.store.documents_from_source(source)) | set(self.added_from.get(source, ()))
        return sorted(stored - self.removed)

    def skip(self, item: LoaderError | str) -> None:
        """A file or record that could not be loaded, or a document that failed."""
        self.report.skipped.append(str(item))

    def unchanged(self, content_hash: str) -> bool:
        """Count the document unchanged when the store holds it (True), else False."""
        if self.has_document(document_id(content_hash)):
            self.report.unchanged += 1
            return True
        return False

    def match(self, record: DocumentRecord, position: int = 0) -> Decision | None:
        """Which stored agreements a document's reports join (None: skipped, as reported); ask unchanged() first.

        Each joined report adopts the stored kind and date (graph/identity.py); nothing is taken in
        until commit, so a document that then fails to build leaves the plan as it was.
        """
        iri = document_id(record.content_hash)
        if record.error is not None:
            self.skip(record.error)
            return None
        previous = self.documents_from_source(record.source)
        agreements = [report.agreement() for report in record.reports]
        try:
            same_as = {index: str(node) for index, node in self.index.match(agreements).items()}
        except Exception as err:  # noqa: BLE001 - one document's failure must not end the run
            self.skip(f"{record.source}: {type(err).__name__}: {first_line(err)}")
            return None
        return Decision(iri, record.content_hash, record.source, [old for old in previous if old != iri], same_as,
                        [(a.kind, a.date, a.confidence) for a in agreements], position, agreements)

    def commit(self, decision: Decision) -> None:
        """Take in a document about to be written: later documents see it, and not what it replaces."""
        nodes = [decision.same_as.get(index) or agreement_id(decision.content_hash, index + 1)
                 for index in range(len(decision.agreements))]
        self.index.remember(decision.agreements, nodes)
        self.added.add(decision.iri)
        self.removed.discard(decision.iri)
        self.added_from[decision.source].append(decision.iri)
        self.removed.update(decision.replaces)
        if decision.replaces:
            self.report.replaced += 1
        else:
            self.report.added += 1

    def decide(self, position: int, record: DocumentRecord) -> Decision | None:
        """unchanged, else match, then commit unless its graph could not be built (as the writer does)."""
        if self.unchanged(record.content_hash):
            return None
        decision = self.match(record, position)
        if decision is not None and record.build_error is not None:
            self.skip(record.build_error)
            return None
        if decision is not None:
            self.commit(decision)
        return decision

    def unplace(self, decision: Decision, error: str) -> None:
        """A committed document whose graph could not be built after all: counted as skipped."""
        self.skip(error)
        self.added.discard(decision.iri)
        if decision.replaces:
            self.report.replaced -= 1
        else:
            self.report.added -= 1

    def settle(self, written: Iterable[str], dropped: Iterable[str]) -> None:
        """These graphs are now in the store and those replaced are gone: the store answers for them."""
        for iri in written:
            self.added.discard(iri)
        self.added_from = defaultdict(list, {source: kept for source, iris in self.added_from.items()
                                             if (kept := [iri for iri in iris if iri in self.added])})
        self.removed.difference_update(dropped)

    def needs_extraction(self, content_hash: str) -> bool:
        """False for a document the store holds already (it need not be extracted)."""
        return not self.store.has_document(document_id(content_hash))


def record_of(extracted: Extracted, build_error: str | None = None) -> DocumentRecord:
    """The record of one extracted document."""
    document = extracted.document
    if extracted.error is not None:
        return DocumentRecord(document.content_hash, document.source, error=extracted.error)
    reports = tuple(Report.of(agreement) for agreement in extracted.facts.agreements)
    return DocumentRecord(document.content_hash, document.source, reports, build_error=build_error)


def apply(extracted: Extracted, decision: Decision) -> dict[int, str]:
    """Give a document's agreements the kind, date and confidence decided; returns same_as."""
    for agreement, (kind, date, confidence) in zip(extracted.facts.agreements, decision.adopted):
        agreement.kind, agreement.date, agreement.confidence = kind, date, confidence
    return decision.same_as
