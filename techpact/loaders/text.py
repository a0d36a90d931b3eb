"""Plain text and Markdown, including the URL:/TITLE:/DATE: header layout of news dumps."""

from __future__ import annotations

import re
from pathlib import Path

from techpact.loaders.document import Document
from techpact.loaders.records import decode, parse_issued

_HEADER = re.compile(r"^(URL|TITLE|DATE):[ \t]*(.*)$")
_HEADING_MARK = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+")


def load_text(path: Path, source: str, raw: bytes) -> list[Document]:
    """A .txt or .md file: the title is the first heading or line."""
    text = decode(raw, source)
    meta: dict[str, str] = {}
    lines = text.split("\n")
    while lines and (match := _HEADER.match(lines[0].strip())):
        meta[match.group(1)] = match.group(2).strip()
        lines.pop(0)
    if meta:
        text = "\n".join(lines).strip("\n")
    markdown = path.suffix.lower() in (".md", ".markdown")
    title = meta.get("TITLE") or _first_heading(text)
    if markdown:  # "# Heading" reads as "Heading": evidence sentences carry no markup
        text = _HEADING_MARK.sub("", text)
    return [Document(
        text=text,
        source=source,
        title=title,
        url=meta.get("URL") or None,
        issued=parse_issued(meta.get("DATE")),
        media_type="text/markdown" if markdown else "text/plain",
    )]


def _first_heading(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line.lstrip("#").strip()[:300] or None
    return None
