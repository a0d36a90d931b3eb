"""RSS and Atom feeds: one document per entry."""

from __future__ import annotations

import html
import re
from pathlib import Path

from techpact.errors import LoaderError
from techpact.loaders.document import Document
from techpact.loaders.records import parse_issued

_TAG = re.compile(r"<[^>]+>")


def load_feed(path: Path, source: str, raw: bytes) -> list[Document | LoaderError]:
    """An RSS or Atom file; entries without text are reported, others kept."""
    import feedparser

    if b"<!ENTITY" in raw[:65536]:
        raise LoaderError(f"{source}: feed declares XML entities; refused (entity expansion is unsafe)")
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise LoaderError(f"{source}: no feed entries found" + (f" ({reason})" if reason else ""))
    results: list[Document | LoaderError] = []
    for index, entry in enumerate(parsed.entries, 1):
        body = ""
        if entry.get("content"):
            body = " ".join(part.get("value", "") for part in entry["content"])
        body = body or entry.get("summary", "")
        text = html.unescape(_TAG.sub(" ", body))
        text = re.sub(r"[ \t]+", " ", text).strip()
        if not text:
            results.append(LoaderError(f"{source}: entry {index} has no text"))
            continue
        results.append(Document(
            text=text,
            source=f"{source}#{index}",
            title=entry.get("title"),
            url=entry.get("link"),
            issued=parse_issued(entry.get("published") or entry.get("updated")),
            media_type="application/rss+xml",
        ))
    return results
