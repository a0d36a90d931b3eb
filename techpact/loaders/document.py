"""The Document every loader produces: text, metadata, and the hash of its text (its IRI is minted in graph/iris.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Document:
    """One source document, ready for extraction."""

    text: str
    source: str                    # the file's resolved path, plus "#n" for one record of a feed or JSONL file
    title: str | None = None
    url: str | None = None
    issued: dt.date | None = None
    media_type: str = "text/plain"

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same story loaded twice is one document (hashed once per document)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
