"""Large tables kept on disk as a snapshot plus a log of changes, so that a small change writes little.

The cache index (10,000 articles) and the manifest (15,000 output files and
the stat of 30,000 paths) change in a few rows per edit, yet rewriting them
whole cost a tenth of a second each. A store is `NAME.pickle`, the snapshot
(a header and named tables, each a dict), and `NAME.log`, records appended
after it: the header then, and the rows changed or removed (None) since the
previous record. Loading reads the snapshot and replays the log. When the
log has grown to a quarter of the snapshot, the next save writes a new
snapshot and starts an empty log.

Every snapshot has a random token that its log records carry; a log left
from an older snapshot (a crash between the two writes) is not replayed.
A process that keeps a store's tables in memory (`serve`) asks
`unchanged_on_disk` before trusting them: another process may have saved since.
A damaged snapshot or log loads as nothing at all: both stores are caches
of what can be worked out again, and a partial one would be wrong.
"""
from __future__ import annotations

import os
import pickle
import uuid
from pathlib import Path

from .fsutil import atomic_file, collector_paused

Tables = dict[str, dict]
# A log may always grow this far, however small its snapshot.
LOG_ALLOWANCE = 1 << 16
LOAD_ERRORS = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, KeyError, IndexError)


class Journal:
    """One store: `directory/NAME.pickle` and `directory/NAME.log`."""

    def __init__(self, directory: Path, name: str):
        self.snapshot = directory / f"{name}.pickle"
        self.log = directory / f"{name}.log"
        self.token: str | None = None  # of the snapshot on disk, once loaded or written
        self._snapshot_size = 0
        self._log_size = 0
        self._on_disk: tuple | None = None  # the files' identity as last loaded or saved

    def load(self) -> tuple[object, Tables] | None:
        """(header, tables) as last saved; None when missing or damaged."""
        try:
            with collector_paused(), open(self.snapshot, "rb") as handle:
                token, header, tables = pickle.load(handle)
                self._snapshot_size = handle.tell()
            self._log_size = 0
            with collector_paused(), open(self.log, "rb") as handle:
                while handle.peek(1):
                    record_token, record_header, changes = pickle.load(handle)
                    if record_token != token:  # the log of an older snapshot: never replayed, so gone
                        self.log.unlink()
                        break
                    header = record_header
                    _apply(tables, changes)
                    self._log_size = handle.tell()
        except FileNotFoundError as missing:
            if Path(missing.filename) != self.log:
                return None
        except LOAD_ERRORS:
            return None
        self.token = token
        self._on_disk = self._identity()
        return header, tables

    def save(self, header: object, tables: Tables, changes: Tables | None) -> None:
        """Append `changes` (rows of `tables` changed since the last save; None: unknown) or write a snapshot."""
        self.snapshot.parent.mkdir(parents=True, exist_ok=True)
        if changes is not None and self.token is not None and self._log_size < max(self._snapshot_size // 4, LOG_ALLOWANCE) and _few(changes, tables):
            record = pickle.dumps((self.token, header, changes), protocol=pickle.HIGHEST_PROTOCOL)
            with open(self.log, "ab") as handle:
                handle.write(record)
            self._log_size += len(record)
            self._on_disk = self._identity()
            return
        token = uuid.uuid4().hex
        with atomic_file(self.snapshot) as handle:  # streamed, never held whole; a log left beside it names the old token
            pickle.dump((token, header, tables), handle, protocol=pickle.HIGHEST_PROTOCOL)
            size = handle.tell()
        self.log.unlink(missing_ok=True)
        self.token, self._snapshot_size, self._log_size = token, size, 0
        self._on_disk = self._identity()

    def unchanged_on_disk(self) -> bool:
        """Are the snapshot and log still the files this journal last loaded or saved?"""
        return self._on_disk is not None and self._identity() == self._on_disk

    def _identity(self) -> tuple:
        """Each file's inode, size and modification time: a rename over it or an append changes them."""
        found = []
        for path in (self.snapshot, self.log):
            try:
                stat = os.stat(path)
            except FileNotFoundError:
                found.append(None)
            else:
                found.append((stat.st_ino, stat.st_size, stat.st_mtime_ns))
        return tuple(found)


def _few(changes: Tables, tables: Tables) -> bool:
    """A change to at most an eighth of the rows goes to the log; more rewrite the snapshot."""
    return sum(map(len, changes.values())) * 8 <= max(sum(map(len, tables.values())), 8)


def _apply(tables: Tables, changes: Tables) -> None:
    for name, rows in changes.items():
        table = tables[name]
        for key, value in rows.items():
            if value is None:
                table.pop(key, None)
            else:
                table[key] = value


def changed_rows(before: dict, after: dict) -> dict:
    """The rows of `after` that differ from `before`, and None for each key `after` no longer has."""
    changes = {key: value for key, value in after.items() if before.get(key) != value}
    changes.update((key, None) for key in before.keys() - after.keys())
    return changes
