"""Ingest under hostile or unlucky input: links out of the folder, pipes, one file's crash, path spelling."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.store import Store

SOURCES = "SELECT ?source WHERE { GRAPH ?d { ?d a tp:Document ; dcterms:source ?source } } ORDER BY ?source"


def stored_sources(store_path: Path) -> list[str]:
    with Store(store_path, read_only=True) as store:
        return [row[0] for row in store.query(SOURCES).rows]


@pytest.fixture
def inbox_with_links_out(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    (outside / "etc").mkdir(parents=True)
    (outside / "shadow").write_text("root:$6$secret-hash:19000:0:99999:7:::\nRussia and Iran.\n")
    (outside / "etc" / "passwd.txt").write_text("India and Japan signed a memorandum.\n")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "story.txt").write_text("Brazil and China agreed on space cooperation.\n")
    (inbox / "shadow.txt").symlink_to(outside / "shadow")
    (inbox / "etcdir").symlink_to(outside / "etc")
    return inbox, outside


def test_ingest_does_not_follow_symlinks_out_of_the_folder(tmp_path, inbox_with_links_out):
    inbox, outside = inbox_with_links_out
    result = CliRunner().invoke(main, ["ingest", str(inbox), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert stored_sources(tmp_path / "store") == [str((inbox / "story.txt").resolve())]
    assert f"skipped: {inbox / 'shadow.txt'}: symbolic link, not followed" in result.output
    assert f"skipped: {inbox / 'etcdir'}: symbolic link, not followed" in result.output


def test_follow_symlinks_still_stays_inside_the_paths_given(tmp_path, inbox_with_links_out):
    inbox, outside = inbox_with_links_out
    other = tmp_path / "other"
    other.mkdir()
    (other / "linked.txt").write_text("Vietnam and the United States signed a chip partnership.\n")
    (inbox / "linked.txt").symlink_to(other / "linked.txt")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(inbox), "--follow-symlinks", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert stored_sources(store) == [str((inbox / "story.txt").resolve())]
    assert "shadow.txt: symbolic link to" in result.output and "outside the paths given" in result.output
    assert "etcdir: symbolic link to" in result.output
    result = CliRunner().invoke(main, ["ingest", str(inbox), str(other), "--follow-symlinks", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert stored_sources(store) == sorted([str((inbox / "story.txt").resolve()), str((other / "linked.txt").resolve())])


@pytest.mark.timeout(60)
def test_a_fifo_named_like_a_document_does_not_hang_the_ingest(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.mkfifo(inbox / "pipe.txt")
    (inbox / "story.txt").write_text("Brazil and China agreed on space cooperation.\n")
    result = CliRunner().invoke(main, ["ingest", str(inbox), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "pipe.txt: not a regular file" in result.output
    assert stored_sources(tmp_path / "store") == [str((inbox / "story.txt").resolve())]


def test_one_files_unexpected_error_is_a_skipped_line_and_the_rest_load(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Brazil and China agreed on space cooperation.\n")
    # A timestamp past what the platform's time_t holds: an OverflowError no loader expects.
    (inbox / "b.json").write_text('{"text": "Russia and Iran signed a memorandum on AI.", "published": 1e300}')
    (inbox / "c.txt").write_text("India and Japan signed a memorandum on semiconductors.\n")
    result = CliRunner().invoke(main, ["ingest", str(inbox), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "Documents: 2 added" in result.output
    assert f"skipped: {inbox / 'b.json'}: OverflowError: " in result.output
    assert "Traceback" not in result.output


def test_same_file_by_relative_and_absolute_path_keeps_one_version(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text("Russia and Iran signed a memorandum on artificial intelligence.\n")
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["ingest", "story.txt", "--store", str(store)]).exit_code == 0
    story.write_text("India and Japan signed a memorandum on semiconductors.\n")
    result = CliRunner().invoke(main, ["ingest", str(story), "--store", str(store)])
    assert result.exit_code == 0 and "0 added, 1 replaced" in result.output
    assert stored_sources(store) == [str(story.resolve())]
    story.write_text("Brazil and China agreed on space cooperation.\n")
    result = CliRunner().invoke(main, ["ingest", f"../{tmp_path.name}/./story.txt", "--store", str(store)])
    assert result.exit_code == 0 and "0 added, 1 replaced" in result.output
    assert len(stored_sources(store)) == 1
