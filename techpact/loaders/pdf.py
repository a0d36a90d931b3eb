"""PDF reports: the text layer of every page, through pypdf. Encrypted or broken files are refused."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from techpact.errors import LoaderError
from techpact.loaders.document import Document
from techpact.loaders.records import parse_issued


def load_pdf(path: Path, source: str, raw: bytes) -> list[Document]:
    """A PDF file: its pages' text joined by blank lines; the title from its metadata or first line."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not raw.startswith(b"%PDF"):
        raise LoaderError(f"{source}: not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise LoaderError(f"{source}: PDF is encrypted; decrypt it first")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata or {}
    except LoaderError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError, AssertionError) as err:
        raise LoaderError(f"{source}: broken PDF ({type(err).__name__}: {str(err)[:120]})") from err
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise LoaderError(f"{source}: PDF has no text layer (scanned images are not read)")
    title = str(meta.get("/Title") or "").strip() or text.split("\n", 1)[0][:300]
    return [Document(text=text, source=source, title=title, issued=parse_issued(_pdf_date(meta.get("/CreationDate"))),
                     media_type="application/pdf")]


def _pdf_date(value) -> str | None:
    """D:20240314120000Z -> 2024-03-14."""
    text = str(value or "")
    if text.startswith("D:") and len(text) >= 10 and text[2:10].isdigit():
        return f"{text[2:6]}-{text[6:8]}-{text[8:10]}"
    return None
