"""Document graphs as N-Quads text: exactly what Oxigraph writes for the same quads, with the same fingerprint."""

from __future__ import annotations

import pyoxigraph as ox

from techpact.extract import extract_facts
from techpact.graph.rdf import build_document_nquads, build_document_quads
from techpact.graph.store import content_fingerprint
from techpact.loaders import iter_source_files, load_file
from techpact.loaders.document import Document
from tests.conftest import CORPUS

# every character Oxigraph escapes in a literal (C0 controls, quote, backslash, DEL, U+FFFE, U+FFFF), some it does not
AWKWARD = "".join(map(chr, range(0x20))) + '"\\\x7f\ufffe\uffff' + "é–\u2028\u00a0\U0001F600 plain"


def assert_same_graph(document: Document) -> int:
    facts = extract_facts(document)
    quads = build_document_quads(document, facts)
    text = build_document_nquads(document, facts)
    assert text.text == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert (text.fingerprint, text.count) == (content_fingerprint(quads), len(quads))
    assert list(ox.parse(text.text, ox.RdfFormat.N_QUADS)) == quads
    return len(facts.agreements)


def test_nquads_text_of_the_bundled_corpus_is_oxigraphs_serialization_of_its_quads():
    agreements = sum(assert_same_graph(document) for path in iter_source_files([CORPUS]) for document in load_file(path))
    assert agreements > 10


def test_nquads_text_escapes_every_character_as_oxigraph_does():
    text = f"Brazil and India signed a memorandum of understanding on artificial intelligence. {AWKWARD}\n"
    document = Document(text=text, source=f"/tmp/{AWKWARD}.txt", title=AWKWARD, url="https://example.org/a?b=\"c\"")
    assert assert_same_graph(document) == 1
