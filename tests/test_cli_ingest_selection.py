"""Ingest says when it finds nothing, lists what it ignored, and takes --include/--exclude globs."""

from __future__ import annotations

import json

from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.store import Store


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_ingest_empty_folder_is_an_error_and_creates_no_store(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("ingest", str(tmp_path / "empty"), "--store", str(tmp_path / "store"))
    assert result.exit_code == 1
    assert "Error: no document could be loaded: no supported file found (the folders are empty)" in result.stderr
    assert "0 added" not in result.stdout and not (tmp_path / "store").exists()


def test_cli_ingest_only_unsupported_files_lists_what_was_ignored_and_why(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "minutes.docx").write_bytes(b"PK")
    (folder / ".index").write_text("Russia and Iran signed an MOU.")
    result = run("ingest", str(folder), "--store", str(tmp_path / "store"))
    assert result.exit_code == 1 and not (tmp_path / "store").exists()
    assert f"ignored: {folder / 'minutes.docx'}: unsupported file type '.docx'" in result.stderr
    assert f"ignored: {folder / '.index'}: hidden" in result.stderr
    assert "(0 skipped and 2 ignored, listed above)" in result.stderr


def test_cli_ingest_exclude_and_include_globs_choose_the_files(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text("Russia and Iran signed a memorandum of understanding on AI cooperation.")
    (folder / "articles" / "b.md").write_text("Japan and Vietnam signed an agreement on semiconductors.")
    (folder / "notes.txt").write_text("Chile and Peru signed a treaty on critical minerals.")
    (folder / "index.json").write_text(json.dumps({"text": "Egypt and Kenya signed an MOU on cybersecurity."}))
    store = tmp_path / "store"
    result = run("-v", "ingest", str(folder), "--exclude", "notes*", "--exclude", "index.*", "--store", str(store))
    assert result.exit_code == 0, result.stderr
    assert "Documents: 2 added" in result.stdout
    assert f"ignored: {folder / 'notes.txt'}: excluded by --exclude notes*" in result.stderr
    with Store(store, read_only=True) as opened:
        sources = {row[0] for row in opened.query("SELECT ?s WHERE { ?d a tp:Document ; dcterms:source ?s }").rows}
    assert {s.rsplit("/", 1)[-1] for s in sources} == {"a.txt", "b.md"}
    only = run("ingest", str(folder), "--include", "articles/*.md", "--store", str(tmp_path / "only"))
    assert only.exit_code == 0 and "Documents: 1 added" in only.stdout, only.stderr
    nothing = run("ingest", str(folder), "--include", "*.pdf", "--store", str(tmp_path / "none"))
    assert nothing.exit_code == 1 and "matches no --include (*.pdf)" in nothing.stderr
    assert not (tmp_path / "none").exists()
