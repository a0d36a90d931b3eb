"""Source files -> Documents. Each loader takes (path, source, raw bytes) and returns documents.

A file that cannot be read yields a LoaderError naming the file and the problem; the
other files still load.
"""

from __future__ import annotations

import fnmatch
import os
import stat
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


def first_line(err: BaseException) -> str:
    """An exception's message cut to its first line (at most 300 characters), for a one-line report."""
    lines = str(err).strip().splitlines()
    return lines[0][:300] if lines else "(no message)"


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # a name too long, a NUL byte
        return False


def _wanted(path: Path, root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> str | None:
    """Why a found file is left out by --include/--exclude (None: it is wanted)."""
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.name
    names = (path.name, relative)
    hit = next((glob for glob in exclude if any(fnmatch.fnmatchcase(n, glob) for n in names)), None)
    if hit is not None:
        return f"excluded by --exclude {hit}"
    if include and not any(fnmatch.fnmatchcase(n, glob) for glob in include for n in names):
        return f"matches no --include ({', '.join(include)})"
    return None


def iter_source_files(paths: Iterable[str | Path], *, follow_symlinks: bool = False, include: Iterable[str] = (),
                      exclude: Iterable[str] = (), ignored: list[str] | None = None) -> Iterator[Path | LoaderError]:
    """Every loadable file under the given files and folders (the roots), sorted, each folder once.

    A symbolic link met inside a folder is reported, not followed; with follow_symlinks it is
    followed when it leads inside one of the roots, and still reported when it leads outside.
    A path named among `paths` is used even when it is a link: naming it is asking for it.
    include/exclude are globs matched against a file's name and its path below the root given;
    files left out (unsupported type, hidden, excluded) are appended to `ignored` as "PATH: why".
    """
    include, exclude = tuple(include), tuple(exclude)
    ignored = [] if ignored is None else ignored
    given = [Path(p) for p in paths]
    roots = [path.resolve() for path in given if _exists(path)]
    seen_dirs: set[tuple[int, int]] = set()
    for path in given:
        if not _exists(path):
            yield LoaderError(f"{path}: no such file or folder")
            continue
        if not path.is_dir() and path.suffix.lower() not in LOADERS:
            yield LoaderError(f"{path}: unsupported file type '{path.suffix or '(none)'}' "
                              f"(supported: {', '.join(sorted(LOADERS))})")
            continue
        found = _walk(path.resolve(), seen_dirs, roots if follow_symlinks else None, ignored) if path.is_dir() else [path]
        root = path.resolve() if path.is_dir() else path.parent
        for item in found:
            if isinstance(item, LoaderError):
                yield item
            elif item.suffix.lower() not in LOADERS:
                ignored.append(f"{item}: unsupported file type '{item.suffix or '(none)'}' "
                               f"(supported: {', '.join(sorted(LOADERS))})")
            elif (why := _wanted(item, root, include, exclude)) is not None:
                ignored.append(f"{item}: {why}")
            else:
                yield item


def _inside(target: Path, roots: list[Path]) -> bool:
    return any(target == root or target.is_relative_to(root) for root in roots)


def _walk(folder: Path, seen_dirs: set[tuple[int, int]], follow_roots: list[Path] | None,
          ignored: list[str]) -> Iterator[Path | LoaderError]:
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
            ignored.append(f"{entry.path}: hidden")
            continue
        path = Path(entry.path)
        try:
            is_link, is_dir = entry.is_symlink(), entry.is_dir()
        except OSError:
            is_link, is_dir = False, False
        if is_link and (is_dir or path.suffix.lower() in LOADERS):
            target = path.resolve()
            if follow_roots is None:
                yield LoaderError(f"{path}: symbolic link, not followed (--follow-symlinks follows links "
                                  "that stay inside the paths given)")
            elif not _inside(target, follow_roots):
                yield LoaderError(f"{path}: symbolic link to {target}, outside the paths given; not followed "
                                  "(name that path to ingest it)")
            elif is_dir:
                yield from _walk(target, seen_dirs, follow_roots, ignored)
            else:
                yield path
        elif is_link:
            ignored.append(f"{path}: symbolic link to a file of an unsupported type")
        elif is_dir:
            yield from _walk(path, seen_dirs, follow_roots, ignored)
        else:
            yield path


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document | LoaderError]:
    """Documents from one file (several for JSONL and feeds); problems as LoaderErrors.

    Each document's source is the file's resolved path, so however the path was spelled the
    same file keeps one identity (a changed file replaces its previous version).
    """
    name, source = str(path), str(Path(path).resolve())
    try:
        # O_NONBLOCK: a FIFO or device named like a document must not block the ingest.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return [LoaderError(f"{name}: not a regular file")]
            if info.st_size > max_bytes:
                return [LoaderError(f"{name}: file is {info.st_size / 2**20:.0f} MB, over the "
                                    f"{max_bytes / 2**20:.0f} MB limit (--max-size)")]
            raw = handle.read(max_bytes + 1)
    except OSError as err:
        return [LoaderError(f"{name}: cannot read file ({err.strerror})")]
    if len(raw) > max_bytes:
        return [LoaderError(f"{name}: file grew over the {max_bytes / 2**20:.0f} MB limit (--max-size) while read")]
    if not raw.strip():
        return [LoaderError(f"{name}: empty file")]
    try:
        results = LOADERS[Path(path).suffix.lower()](Path(path), source, raw)
    except LoaderError as err:
        return [err]
    except RecursionError:
        return [LoaderError(f"{source}: document too deeply nested to parse")]
    except Exception as err:  # noqa: BLE001 - one file's unexpected failure must not end the run
        return [LoaderError(f"{source}: {type(err).__name__}: {first_line(err)}")]
    checked: list[Document | LoaderError] = []
    for result in results:
        if isinstance(result, Document) and not result.text.strip():
            checked.append(LoaderError(f"{result.source}: no text"))
        else:
            checked.append(result)
    return checked


def load_documents(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, *, follow_symlinks: bool = False,
                   include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Iterator[Document | LoaderError]:
    """Every document under paths, with a LoaderError in place of each one that failed."""
    for item in iter_source_files(paths, follow_symlinks=follow_symlinks, include=include, exclude=exclude):
        if isinstance(item, LoaderError):
            yield item
        else:
            yield from load_file(item, max_bytes)
