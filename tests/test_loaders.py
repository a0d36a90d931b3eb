from __future__ import annotations

import datetime as dt
import json

from techpact.errors import LoaderError
from techpact.loaders import load_documents, load_file


def docs(results):
    return [r for r in results if not isinstance(r, LoaderError)]


def errors(results):
    return [str(r) for r in results if isinstance(r, LoaderError)]


def test_text_title_is_first_line_and_markdown_title_is_heading(tmp_path):
    (tmp_path / "a.txt").write_text("First line title\n\nRussia and Iran met.")
    (tmp_path / "b.md").write_text("\n# A heading\n\nBody text about India.")
    loaded = docs(load_documents([tmp_path]))
    assert [d.title for d in loaded] == ["First line title", "A heading"]
    assert loaded[0].source == str(tmp_path / "a.txt")


def test_same_text_twice_is_one_document_iri(tmp_path):
    from techpact.graph.rdf import document_iri

    (tmp_path / "a.txt").write_text("Same story.")
    (tmp_path / "b.txt").write_text("Same story.")
    first, second = docs(load_documents([tmp_path]))
    assert document_iri(first) == document_iri(second) and first.source != second.source


def test_eval_header_layout_sets_url_title_and_date(tmp_path):
    (tmp_path / "n.txt").write_text("URL: https://example.org/x\nTITLE: A title\nDATE: 2025-03-04\n\nThe text.")
    [doc] = docs(load_file(tmp_path / "n.txt"))
    assert (doc.url, doc.title, doc.issued, doc.text) == ("https://example.org/x", "A title", dt.date(2025, 3, 4), "The text.")


def test_html_main_text_comes_without_navigation_or_script(tmp_path):
    body = "<p>" + "China and Brazil signed a space agreement. " * 5 + "</p>"
    (tmp_path / "p.html").write_text(
        f"<html><head><title>T</title><script>var x = 'evil';</script></head>"
        f"<body><nav>Home | World</nav><article><h1>Headline</h1>{body}</article></body></html>")
    [doc] = docs(load_file(tmp_path / "p.html"))
    assert "China and Brazil signed" in doc.text
    assert "evil" not in doc.text and "Home | World" not in doc.text


def test_jsonl_keeps_good_lines_and_names_the_bad_line(tmp_path):
    good = json.dumps({"url": "https://e.org/1", "title": "T", "published": "2024-01-02", "text": "India and Japan."})
    (tmp_path / "n.jsonl").write_text(good + "\n{not json\n" + json.dumps({"body": "Russia."}) + "\n")
    results = load_file(tmp_path / "n.jsonl")
    assert [d.text for d in docs(results)] == ["India and Japan.", "Russia."]
    assert docs(results)[0].issued == dt.date(2024, 1, 2)
    [problem] = errors(results)
    assert "n.jsonl" in problem and "line 2" in problem


def test_json_record_fields_content_and_date(tmp_path):
    (tmp_path / "r.json").write_text(json.dumps({"link": "https://e.org", "date": "2023-09-10", "content": "Vietnam."}))
    [doc] = docs(load_file(tmp_path / "r.json"))
    assert (doc.url, doc.issued, doc.text) == ("https://e.org", dt.date(2023, 9, 10), "Vietnam.")


def test_bad_files_get_one_line_errors_and_others_still_load(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "broken.json").write_text("{\"text\": ")
    (tmp_path / "ok.txt").write_text("Russia and Iran.")
    results = list(load_documents([tmp_path, tmp_path / "missing.txt"]))
    assert [d.text for d in docs(results)] == ["Russia and Iran."]
    problems = errors(results)
    assert len(problems) == 5
    assert all("\n" not in p for p in problems)
    joined = " | ".join(problems)
    for expected in ("empty.txt: empty file", "binary.txt: binary file", "latin1.txt: not valid UTF-8",
                     "broken.json: malformed JSON at line 1", "missing.txt: no such file"):
        assert expected in joined


def test_utf16_with_bom_is_read(tmp_path):
    (tmp_path / "u.txt").write_bytes("Title\nIndia and Brazil.".encode("utf-16"))
    [doc] = docs(load_file(tmp_path / "u.txt"))
    assert doc.text.endswith("India and Brazil.")


def test_rss_feed_gives_one_document_per_entry(tmp_path):
    (tmp_path / "f.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>c</title>"
        "<item><title>One</title><link>https://e.org/1</link><description>Russia and &lt;b&gt;Iran&lt;/b&gt; signed.</description></item>"
        "<item><title>Two</title><description>India.</description></item></channel></rss>")
    loaded = docs(load_file(tmp_path / "f.rss"))
    assert [d.title for d in loaded] == ["One", "Two"]
    assert loaded[0].text == "Russia and Iran signed." and loaded[0].url == "https://e.org/1"


def test_feed_with_entity_declarations_is_refused(tmp_path):
    (tmp_path / "bomb.xml").write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item><description>&a;</description></item></channel></rss>')
    assert "entity" in errors(load_file(tmp_path / "bomb.xml"))[0]


def test_symlink_loop_in_folder_is_walked_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Japan.")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    assert [d.text for d in docs(load_documents([tmp_path]))] == ["Japan."]


def test_markdown_heading_marks_are_not_part_of_the_text(tmp_path):
    from techpact.loaders import load_file

    page = tmp_path / "story.md"
    page.write_text("# UK and India launch an initiative\n\nSome text.\n\n## Details\n\nC# and #hashtags stay.")
    [document] = load_file(page)
    assert document.title == "UK and India launch an initiative"
    assert document.text == "UK and India launch an initiative\n\nSome text.\n\nDetails\n\nC# and #hashtags stay."
