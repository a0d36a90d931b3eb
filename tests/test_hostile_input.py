"""Hostile and broken input: one clear line per bad file, the others still load, nothing hangs."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techpact.cli import main
from techpact.errors import LoaderError
from techpact.extract import extract_facts
from techpact.loaders import LOADERS, load_file
from techpact.loaders.document import Document


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer is text (written by hand for the tests)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_pdf_text_layer_is_loaded_and_extracted(tmp_path):
    (tmp_path / "r.pdf").write_bytes(minimal_pdf("Egypt and Kenya signed a memorandum on artificial intelligence."))
    [doc] = load_file(tmp_path / "r.pdf")
    assert isinstance(doc, Document) and "Egypt and Kenya signed" in doc.text
    assert {"EGY", "KEN"} == set(extract_facts(doc).agreements[0].parties)


def test_encrypted_and_broken_pdfs_are_refused_with_one_line(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret")
    with open(tmp_path / "locked.pdf", "wb") as out:
        writer.write(out)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer <<>>\n%%EOF")
    (tmp_path / "fake.pdf").write_bytes(b"MZ\x90\x00 not a pdf")
    messages = {name: str(load_file(tmp_path / name)[0]) for name in ("locked.pdf", "broken.pdf", "fake.pdf")}
    assert "encrypted" in messages["locked.pdf"]
    assert "broken.pdf:" in messages["broken.pdf"] and ("broken PDF" in messages["broken.pdf"] or "no text" in messages["broken.pdf"])
    assert "not a PDF" in messages["fake.pdf"]
    assert all("\n" not in m for m in messages.values())


def test_html_with_ten_thousand_nested_tags_and_scripts_loads_or_fails_cleanly(tmp_path):
    nested = "<div>" * 10_000 + "Japan and India signed an agreement on semiconductors." + "</div>" * 10_000
    (tmp_path / "deep.html").write_text(f"<html><body><script>alert(1)</script><iframe src='x'></iframe>{nested}</body></html>")
    [result] = load_file(tmp_path / "deep.html")
    if isinstance(result, LoaderError):
        assert "deep.html:" in str(result)
    else:
        assert "alert" not in result.text


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as out:
        out.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing read
    [problem] = load_file(big)
    assert isinstance(problem, LoaderError) and "over the 50 MB limit" in str(problem)


def test_dangling_symlink_and_directory_named_like_a_file(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "ok.md").write_text("# Title\nChile and Peru.")
    (tmp_path / "ok.txt").write_text("Russia and Iran.")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0
    assert "2 added" in result.output and "gone.txt: symbolic link, not followed" in result.output
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--follow-symlinks", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0 and "gone.txt: cannot read file" in result.output


def test_ingest_exits_non_zero_only_when_nothing_loaded(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "empty.txt"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output and "Traceback" not in result.output


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from(sorted(LOADERS)))
def test_every_loader_survives_arbitrary_bytes(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for result in load_file(path):
        assert isinstance(result, (Document, LoaderError))
        if isinstance(result, LoaderError):
            assert "\n" not in str(result).strip() and str(path) in str(result)
        else:
            extract_facts(result)


@settings(max_examples=300, deadline=2000)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4000)
       | st.lists(st.sampled_from(["Russia", "Iran", "signed", "memorandum", "SCO", "member", "with", "and", "the two countries",
                                   "AI", ",", ".", "\n", "between", "proposed", "joined the initiative", "Putin", "President",
                                   "Russian President Vladimir Putin", "did not sign", "founding members are", "’s"]),
                  max_size=200).map(" ".join))
def test_extractor_survives_arbitrary_text(text):
    facts = extract_facts(Document(text=text, source="fuzz"))
    for agreement in facts.agreements:
        assert agreement.parties and agreement.kind and agreement.status
        for span in agreement.evidence:
            assert text[span.start:span.end] == span.text


def test_outputs_are_replaced_whole_or_not_at_all(tmp_path):
    from techpact.atomic import write_atomically

    target = tmp_path / "graph.trig"
    target.write_text("previous export")

    def dies_half_way(out):
        out.write(b"@prefix tp: <x> .\n")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, dies_half_way)
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"], "no temporary file left behind"
    write_atomically(target, lambda out: out.write(b"new export"))
    assert target.read_text() == "new export"


def test_outputs_get_the_permissions_of_a_newly_created_file(tmp_path):
    import os

    from techpact.atomic import write_atomically

    previous = os.umask(0o022)
    try:
        written = write_atomically(tmp_path / "map.html", lambda out: out.write(b"<html></html>"))
    finally:
        os.umask(previous)
    assert written.stat().st_mode & 0o777 == 0o644, "a map to share must be readable by others, like any new file"
