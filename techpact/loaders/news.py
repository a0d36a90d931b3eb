"""News records in JSON or JSON Lines: url, title, published/date, text/content/body."""

from __future__ import annotations

import json
from pathlib import Path

from techpact.errors import LoaderError
from techpact.loaders.document import Document
from techpact.loaders.records import decode, first_field, parse_issued


def record_to_document(record: dict, source: str) -> Document:
    """One news record; raises LoaderError when it has no text."""
    if not isinstance(record, dict):
        raise LoaderError(f"{source}: a news record must be a JSON object, got {type(record).__name__}")
    text = first_field(record, "text", "content", "body")
    if not isinstance(text, str) or not text.strip():
        raise LoaderError(f"{source}: record has no text (expected 'text', 'content' or 'body')")
    title = first_field(record, "title", "headline")
    url = first_field(record, "url", "link")
    return Document(
        text=text.strip(),
        source=source,
        title=str(title) if title else None,
        url=str(url) if url else None,
        issued=parse_issued(first_field(record, "published", "date", "published_at", "pubDate")),
        media_type="application/json",
    )


def load_json(path: Path, source: str, raw: bytes) -> list[Document | LoaderError]:
    """A .json file holding one record or a list of records."""
    text = decode(raw, source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise LoaderError(f"{source}: malformed JSON at line {err.lineno} column {err.colno}: {err.msg}") from err
    records = data if isinstance(data, list) else [data]
    results: list[Document | LoaderError] = []
    for index, record in enumerate(records, 1):
        where = source if len(records) == 1 else f"{source}#{index}"
        try:
            results.append(record_to_document(record, where))
        except LoaderError as err:
            results.append(err)
    return results


def load_jsonl(path: Path, source: str, raw: bytes) -> list[Document | LoaderError]:
    """A .jsonl file: one record per line; bad lines are reported with their number, good ones kept."""
    text = decode(raw, source)
    results: list[Document | LoaderError] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            results.append(LoaderError(f"{source}: malformed JSON on line {number}: {err.msg}"))
            continue
        try:
            results.append(record_to_document(record, where))
        except LoaderError as err:
            results.append(LoaderError(f"{source}: line {number}: {str(err).split(': ', 1)[-1]}"))
    return results
