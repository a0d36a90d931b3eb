"""A query process' view of the store: reopened when the store changed on disk, never half a write.

Every write changes the files of the store's write-ahead log or manifest, so their names, sizes
and times are a cheap signature of its state: checked before each query, a change makes the
process reopen the store read-only. A state in which a large graph is still being written in
parts is not taken up: the process keeps answering from the last complete one.

By default the process answers from the curated view (STORE/curated, techpact.review.view): it
watches both stores, and when the raw one changed (an ingest, a review decision) it brings the
curated view up to date itself, unless another process is doing so (then that process' writing
shows as a change, and the refresh is tried again at the next query). A view half refreshed is
never taken up either. With no decision in force the curated view is the raw store.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from techpact.errors import StoreError, StoreLockedError
from techpact.graph.store import Store

OPEN_WAIT = 30.0  # seconds a process starting waits for a write under way to finish


def store_signature(path: Path) -> tuple:
    """Names, sizes and modification times of the store's log, manifest and current-state files."""
    found = []
    try:
        entries = os.scandir(path / "oxigraph")
    except FileNotFoundError:
        return ()
    with entries:
        for entry in entries:
            if entry.name.endswith(".log") or entry.name.startswith(("MANIFEST", "CURRENT")):
                try:
                    info = entry.stat()
                except FileNotFoundError:
                    continue
                found.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


class Snapshot:
    """The newest complete state of a store (its curated view unless raw), opened read-only."""

    def __init__(self, path: str | Path, *, raw: bool = True) -> None:
        from techpact.review.view import curated_path

        self.path, self.raw = Path(path), raw
        self.curated = curated_path(self.path)
        self.signature: tuple | None = None
        self.refreshed: tuple | None = None  # the raw store's signature when the curated view was last made current
        self.store: Store | None = None
        if not (self.path / "oxigraph").exists():
            raise StoreError(f"{self.path}: no techpact store here (run 'techpact ingest' first)")
        deadline = time.monotonic() + OPEN_WAIT
        while self.current() is None:
            if time.monotonic() >= deadline:
                raise StoreError(f"{self.path}: a write to the store did not finish within {OPEN_WAIT:g} s")
            time.sleep(0.05)

    def current(self) -> Store | None:
        """The store as it is now (reopened if it changed since), or as it was when a write is under way."""
        raw_signature = store_signature(self.path)
        signature = (raw_signature, () if self.raw else store_signature(self.curated))
        if signature == self.signature and (self.raw or raw_signature == self.refreshed):
            return self.store
        opened = self._open_raw() if self.raw else self._open_view(raw_signature)
        if opened is not None:
            fresh, taken = opened
            if self.store is not None:
                self.store.close()
            self.store, self.signature = fresh, taken or signature
        return self.store

    def _open_raw(self) -> tuple[Store, None] | None:
        return (fresh, None) if (fresh := _complete(self.path)) else None

    def _open_view(self, raw_signature: tuple) -> tuple[Store, tuple] | None:
        """The curated view (refreshed first when the raw store changed), or the raw store with no live decision."""
        from techpact.review.decisions import live_decisions, read_decisions
        from techpact.review.view import refresh_view

        raw = _complete(self.path)
        if raw is None:
            return None
        if not live_decisions(read_decisions(raw)):
            self.refreshed = raw_signature
            return raw, (raw_signature, store_signature(self.curated))
        try:
            if raw_signature != self.refreshed:
                refresh_view(raw, wait=0)
                self.refreshed = raw_signature
        except StoreLockedError:
            pass  # another process is refreshing it: its writes change the signature, and we try again
        finally:
            raw.close()
        taken = (raw_signature, store_signature(self.curated))
        curated = _complete(self.curated)
        return (curated, taken) if curated is not None else None


def _complete(path: Path) -> Store | None:
    """The store at path opened read-only, or None while a write is under way (or it cannot be opened now)."""
    try:
        fresh = Store(path, read_only=True)
    except StoreError:
        return None
    if fresh.write_in_progress():
        fresh.close()
        return None
    return fresh
