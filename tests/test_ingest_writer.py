"""The ingest writer: documents decided one at a time in input order, written in batches, as if written at once."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from techpact.errors import LoaderError
from techpact.graph.iris import document_id
from techpact.graph.store import Store, content_fingerprint
from techpact.ingest import DocumentWriter
from techpact.loaders import iter_source_files, load_file
from tests.test_ingest_jobs import assert_same_dataset, identity_corpus, merged_reports, revise


def write(corpus, store_path, batch_quads: int):
    """Ingest with a writer that bulk-loads every batch_quads quads (0: each document as soon as decided)."""
    with Store(store_path) as store:
        writer = DocumentWriter(store, batch_quads=batch_quads)
        for path in iter_source_files([corpus]):
            for item in [path] if isinstance(path, LoaderError) else load_file(path):
                writer.take(item)
        writer.flush()
        return writer.report


def test_writer_batches_give_the_dataset_of_documents_written_one_at_a_time(tmp_path):
    corpus = identity_corpus(tmp_path / "corpus")
    at_once = write(corpus, tmp_path / "at-once", 0)
    batched = write(corpus, tmp_path / "batched", 2_000)
    assert vars(at_once) == vars(batched) and at_once.added > 60
    assert merged_reports(tmp_path / "at-once") >= 5
    assert_same_dataset(tmp_path / "at-once", tmp_path / "batched")

    revise(corpus)  # replaced graphs, and a stored text that comes back from another file after its own was replaced
    at_once = write(corpus, tmp_path / "at-once", 0)
    batched = write(corpus, tmp_path / "batched", 2_000)
    assert vars(at_once) == vars(batched) and at_once.replaced > 5
    assert_same_dataset(tmp_path / "at-once", tmp_path / "batched")


def test_a_batch_load_cut_short_is_dropped_when_the_store_is_next_opened(tmp_path):
    graph = document_id("0" * 64)
    quads = [ox.Quad(ox.NamedNode(graph), ox.NamedNode(graph + "#p"), ox.Literal(str(n)), ox.NamedNode(graph))
             for n in range(10)]
    broken = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) + b"<not a quad\n"
    with Store(tmp_path / "s") as store:
        before = len(store)
        with pytest.raises(SyntaxError):
            store.load_graphs(broken, {graph: content_fingerprint(quads)})
        assert store.write_in_progress()
    with Store(tmp_path / "s") as store:
        assert not store.write_in_progress()
        assert len(store) == before and graph not in store.graph_fingerprints()
