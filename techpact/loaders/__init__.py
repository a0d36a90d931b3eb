"""Source files -> Documents. Each loader takes (path, source, raw bytes) and returns documents.

A file that cannot be read yields a LoaderError naming the file and the problem; the
other files still load.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from techpact.errors import LoaderError
from techpact.loaders.document import Document
from techpact.loaders.feed import load_feed
from techpact.loaders.html import load_html
from techpact.loaders.news import load_json, load_jsonl
from techpact.loaders.pdf import load_pdf
from techpact.loaders.text import load_text

__all__ = ["Document", "load_documents", "iter_source_files", "LOADERS", "DEFAULT_MAX_BYTES"]

LOADERS = {
    ".txt": load_text,
    ".text": load_text,
    ".md": load_text,
    ".markdown": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".json": load_json,
    ".jsonl": load_jsonl,
    ".ndjson": load_jsonl,
    ".rss": load_feed,
    ".atom": load_feed,
    ".xml": load_feed,
    ".pdf": load_pdf,
}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def iter_source_files(paths: Iterable[str | Path]) -> Iterator[Path | LoaderError]:
    """Every loadable file under the given files and folders, sorted, each folder once."""
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield LoaderError(f"{given}: no such file or folder")
        elif path.is_dir():
            yield from _walk(path, seen_dirs)
        elif path.suffix.lower() in LOADERS:
            yield path
        else:
            yield LoaderError(f"{given}: unsupported file type '{path.suffix or '(none)'}' (supported: {', '.join(sorted(LOADERS))})")


def _walk(folder: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | LoaderError]:
    try:
        info = folder.stat()
    except OSError as err:
        yield LoaderError(f"{folder}: cannot read folder ({err.strerror})")
        return
    if (info.st_dev, info.st_ino) in seen_dirs:  # a symlink loop or a folder named twice
        return
    seen_dirs.add((info.st_dev, info.st_ino))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield LoaderError(f"{folder}: cannot read folder ({err.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen_dirs)
        elif path.suffix.lower() in LOADERS:
            yield path


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document | LoaderError]:
    """Documents from one file (several for JSONL and feeds); problems as LoaderErrors."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return [LoaderError(f"{source}: file is {size / 2**20:.0f} MB, over the {max_bytes / 2**20:.0f} MB limit (--max-size)")]
        raw = path.read_bytes()
    except OSError as err:
        return [LoaderError(f"{source}: cannot read file ({err.strerror})")]
    if not raw.strip():
        return [LoaderError(f"{source}: empty file")]
    try:
        results = LOADERS[path.suffix.lower()](path, source, raw)
    except LoaderError as err:
        return [err]
    except RecursionError:
        return [LoaderError(f"{source}: document too deeply nested to parse")]
    checked: list[Document | LoaderError] = []
    for result in results:
        if isinstance(result, Document) and not result.text.strip():
            checked.append(LoaderError(f"{result.source}: no text"))
        else:
            checked.append(result)
    return checked


def load_documents(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | LoaderError]:
    """Every document under paths, with a LoaderError in place of each one that failed."""
    for item in iter_source_files(paths):
        if isinstance(item, LoaderError):
            yield item
        else:
            yield from load_file(item, max_bytes)
