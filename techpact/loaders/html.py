"""HTML pages: main text through trafilatura, never any script."""

from __future__ import annotations

from pathlib import Path

from techpact.errors import LoaderError
from techpact.loaders.document import Document
from techpact.loaders.records import decode, parse_issued


def load_html(path: Path, source: str, raw: bytes) -> list[Document]:
    """An HTML file: trafilatura's main text, title, date and canonical URL."""
    import trafilatura

    html = decode(raw, source)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise LoaderError(f"{source}: no main text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    return [Document(
        text=text.strip(),
        source=source,
        title=(meta.title if meta else None) or None,
        url=(meta.url if meta else None) or None,
        issued=parse_issued(meta.date if meta else None),
        media_type="text/html",
    )]
