"""A query process' view of the store: reopened when the store changed on disk, never half a write.

Every write changes the files of the store's write-ahead log or manifest, so their names, sizes
and times are a cheap signature of its state: checked before each query, a change makes the
process reopen the store read-only. A state in which a large graph is still being written in
parts is not taken up: the process keeps answering from the last complete one.
"""

from __future__ import annotations

import os
from pathlib import Path

from techpact.errors import StoreError
from techpact.graph.store import Store


def store_signature(path: Path) -> tuple:
    """Names, sizes and modification times of the store's log, manifest and current-state files."""
    found = []
    with os.scandir(path / "oxigraph") as entries:
        for entry in entries:
            if entry.name.endswith(".log") or entry.name.startswith(("MANIFEST", "CURRENT")):
                try:
                    info = entry.stat()
                except FileNotFoundError:
                    continue
                found.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


class Snapshot:
    """The newest complete state of a store, opened read-only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.signature = store_signature(self.path)
        self.store = Store(self.path, read_only=True)

    def current(self) -> Store:
        """The store as it is now (reopened if it changed since), or as it was when a write is under way."""
        signature = store_signature(self.path)
        if signature != self.signature:
            try:
                fresh = Store(self.path, read_only=True)
            except StoreError:
                return self.store
            if fresh.write_in_progress():
                fresh.close()
                return self.store
            self.store.close()
            self.store, self.signature = fresh, signature
        return self.store
