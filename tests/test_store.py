from __future__ import annotations

import multiprocessing

import pytest

from techpact.errors import StoreError
from techpact.graph.store import Store
from techpact.ingest import ingest, store_summary


def count_docs(store):
    return len(store.document_iris())


def test_store_persists_between_opens(tmp_path, seed_file):
    with Store(tmp_path / "s") as store:
        ingest([seed_file], store)
    with Store(tmp_path / "s", read_only=True) as store:
        assert count_docs(store) == 1
        assert store_summary(store)["agreements"] >= 3


def test_store_reingest_of_same_text_changes_nothing(tmp_path, seed_file):
    with Store(tmp_path / "s") as store:
        ingest([seed_file], store)
        before = len(store)
        report = ingest([seed_file], store)
        assert (report.added, report.unchanged, len(store)) == (0, 1, before)


def test_store_changed_document_replaces_its_graph(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("Russia and Iran signed a memorandum on artificial intelligence.")
    with Store(tmp_path / "s") as store:
        ingest([source], store)
        source.write_text("India and Japan signed a memorandum on semiconductors.")
        report = ingest([source], store)
        assert report.replaced == 1 and count_docs(store) == 1
        parties = {row[0] for row in store.query(
            "SELECT ?c WHERE { GRAPH ?d { ?a tp:party ?p } ?p tp:iso3 ?c }").rows}
        assert parties == {"IND", "JPN"}


def test_store_remove_document_removes_only_its_facts(tmp_path, seed_file):
    other = tmp_path / "other.txt"
    other.write_text("India and Japan signed a memorandum on semiconductors.")
    with Store(tmp_path / "s") as store:
        ingest([seed_file, other], store)
        seed_doc = store.documents_from_source(str(seed_file))[0]
        assert store.remove_document(seed_doc)
        assert store.document_iris() == store.documents_from_source(str(other))
        assert store.query("ASK { ?s tp:iso3 'RUS' }").rows == [(True,)], "reference data stays"


def test_store_sparql_parameters_are_bound_not_pasted(store, seed_file):
    ingest([seed_file], store)
    before = len(store)
    query = "SELECT ?a WHERE { ?s tp:iso3 ?state . GRAPH ?d { ?a tp:party ?s } }"
    assert len(store.query(query, {"state": "RUS"}).rows) == 2
    for hostile in ['RUS" } ; DROP ALL ; #', "' OR 1=1", "}) DETACH DELETE n //"]:
        assert store.query(query, {"state": hostile}).rows == []
    assert len(store) == before


def _try_open(path, queue):
    try:
        Store(path)
        queue.put("opened")
    except StoreError as err:
        queue.put(str(err))


def test_store_second_writer_is_told_who_holds_the_lock(tmp_path):
    with Store(tmp_path / "s"):
        queue = multiprocessing.get_context("spawn").Queue()
        process = multiprocessing.get_context("spawn").Process(target=_try_open, args=(tmp_path / "s", queue))
        process.start()
        process.join(60)
        message = queue.get(timeout=5)
    assert "locked by PID" in message


def test_store_read_only_on_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no techpact store here"):
        Store(tmp_path / "nothing", read_only=True)


def test_store_fingerprints_follow_graph_content_and_survive_without_the_stored_value(tmp_path):
    from techpact.graph.store import _FINGERPRINT, _META_GRAPH, content_fingerprint

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Egypt and Kenya signed a memorandum of understanding on artificial intelligence.")
    second.write_text("Chile and Peru agreed to cooperate on satellites.")
    with Store(tmp_path / "s") as store:
        ingest([first, second], store)
        stored = store.graph_fingerprints()
        docs = store.document_iris()
        assert set(docs) <= set(stored) and len(stored) == len(docs) + 3, "documents and the three reference graphs"
        for graph, fingerprint in stored.items():
            assert fingerprint == content_fingerprint(list(store.quads(graph))), graph
        first.write_text("Egypt and Kenya signed a memorandum of understanding on robotics.")
        ingest([first], store)
        changed = store.graph_fingerprints()
        assert len(set(changed.items()) - set(stored.items())) == 1, "only the edited document's graph changed"
        removed = store.document_iris()[0]
        store.remove_document(removed)
        assert removed not in store.graph_fingerprints()
        assert list(store._ox.quads_for_pattern(None, _FINGERPRINT, None, _META_GRAPH)), "kept at ingest"
        for quad in list(store._ox.quads_for_pattern(None, _FINGERPRINT, None, _META_GRAPH)):
            store._ox.remove(quad)  # a store written before fingerprints were kept
        assert store.graph_fingerprints() == {g: f for g, f in changed.items() if g != removed}


def test_store_graph_past_bulk_from_is_bulk_loaded_whole_with_its_fingerprint(tmp_path, seed_file):
    with Store(tmp_path / "one") as one:  # the seed document's graph in one transaction
        ingest([seed_file], one)
        [iri] = one.document_iris()
        expected, fingerprints = sorted(str(q) for q in one.quads(iri)), one.graph_fingerprints()
    with Store(tmp_path / "bulk") as bulk:
        bulk.bulk_from = 5  # the same graph (dozens of quads) bulk-loaded in parts instead
        ingest([seed_file], bulk)
        assert bulk.document_iris() == [iri]
        assert sorted(str(q) for q in bulk.quads(iri)) == expected
        assert bulk.graph_fingerprints() == fingerprints
        assert bulk.has_document(iri) and not bulk.write_in_progress()
