"""Output hygiene: file names cannot forge summary lines or drive the terminal; URIs never echo secrets."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from techpact.cli import main


def test_file_names_with_control_characters_are_printed_escaped(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "story.txt").write_text("Brazil and China agreed on space cooperation.\n")
    for name in ["x\nStore: 999 documents (forged).txt", "red\x1b[31mALERT\x1b[0m.txt", "rtl\u202etxt.exe.txt",
                 "cr\rStore: 777 documents.txt"]:
        (inbox / name).write_text("")  # empty: reported with its name
    with open(os.path.join(os.fsencode(inbox), b"latin1-\xe9.txt"), "wb"):
        pass  # a name that is not UTF-8
    result = CliRunner().invoke(main, ["ingest", str(inbox), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    lines = result.output.split("\n")
    assert [line for line in lines if line.startswith("Store:")] == [lines[1]]
    assert "999" not in lines[1] and "777" not in lines[1]
    assert not any(char in result.output for char in "\x1b\r\u202e")
    skipped = [line for line in lines if line.startswith("skipped:")]
    assert len(skipped) == 5 and all(line.endswith("empty file") for line in skipped)
    assert "x\\nStore: 999 documents (forged).txt: empty file" in result.output
    assert "red\\x1b[31mALERT\\x1b[0m.txt" in result.output and "rtl\\u202etxt" in result.output
    assert "latin1-\\udce9.txt: empty file" in result.output


@pytest.mark.parametrize("command", [["neo4j", "sync"], ["cypher", "RETURN 1"], ["ask", "sector-partners", "--engine", "cypher"]])
def test_a_password_inside_the_neo4j_uri_is_refused_without_echoing_it(command):
    for uri in ["bolt://neo4j:S3CRET-pw@127.0.0.1:7687", "neo4j+s://neo4j:S3CRET-pw@db.example.org",
                "bolt://S3CRET-pw@localhost"]:
        result = CliRunner().invoke(main, [*command, "--uri", uri, "--password", "other-pw"])
        assert result.exit_code == 1
        assert result.output.startswith("Error: the Neo4j URI holds credentials") and result.output.count("\n") == 1
        assert "S3CRET" not in result.output


def test_a_malformed_neo4j_uri_is_one_line_without_traceback():
    for uri in ["bolt://[bad-ipv6:7687", "bolt://127.0.0.1:notaport"]:
        result = CliRunner().invoke(main, ["cypher", "RETURN 1", "--uri", uri, "--password", "pw-123456"])
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output
