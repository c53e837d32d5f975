"""What the last build put in output/, and applying a staged set of changes to it.

The manifest (in the cache folder, never in output/) records, per output
file, the fingerprint of its inputs and the hash of its bytes, the digests
of the templates the pages were rendered with, plus the stat
of every file and folder in output/ right after the build. A later build
trusts output/ only if that stat still matches (a file placed, changed or
removed there by hand makes the next build a full one, which replaces the
tree, as output/ belongs to newsarchive). A folder whose timestamp is too
recent to prove nothing was added in the same clock tick is listed instead.
It is stored as a snapshot and a log of the rows each build changed
(journal.py), so an incremental build writes a few rows, not 45,000.
"""
from __future__ import annotations

import json
import os
import signal
import stat
import threading
import time
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, NoReturn

from .errors import OutputError
from .fsutil import FileSwitcher, write_atomic
from .journal import Journal, changed_rows

MANIFEST_NAME = "manifest"  # manifest.pickle + manifest.log
# Folder timestamps this close to the moment they were recorded may hide a same-tick change.
RACY_NS = 1_000_000_000


class OutputFile(NamedTuple):  # a tuple: 15,000 of them load fast
    fingerprint: str | None  # of the inputs; None: always re-rendered
    digest: str  # of the bytes written


@dataclass
class Manifest:
    output_dir: str
    files: dict[str, OutputFile]  # 'tags/huan-jie/index.html', 'static/style.css' → …
    search_requested: bool
    search_outcome: object  # the SearchOutcome of the build that ran the indexer
    signature: str  # of all the build's inputs (rebuild.build_signature)
    pages: int
    tree: dict[str, tuple[int, int]] = field(default_factory=dict)  # path ('' the root, folders end in '/') → (mtime_ns, size)
    recorded_ns: int = 0
    base_url: str | None = None  # the build's, for `check` (None: from a version that did not record it)
    # Page template → the digest of it and all it reaches (rebuild.Templates) the pages were rendered with
    # (empty: from a version that did not record it, so every page renders again).
    templates: dict[str, str] = field(default_factory=dict)
    _journal: Journal | None = field(default=None, init=False, repr=False, compare=False)
    _tree_changes: dict | None = field(default=None, init=False, repr=False, compare=False)  # set by update_tree

    @classmethod
    def load(cls, cache_dir: Path, kept: Manifest | None = None) -> Manifest | None:
        """The manifest saved in `cache_dir`: `kept` (the one a `serve` session saved last) if no other process saved one since."""
        journal = Journal(cache_dir, MANIFEST_NAME)
        if kept is not None and kept._journal is not None and kept._journal.snapshot == journal.snapshot and kept._journal.unchanged_on_disk():
            return kept
        stored = journal.load()
        if stored is None:
            return None
        header, tables = stored
        try:
            manifest = cls(files=tables["files"], tree=tables["tree"], **header)
        except TypeError:  # written by another version
            return None
        manifest._journal = journal
        return manifest

    def save(self, cache_dir: Path, since: Manifest | None = None) -> None:
        """Write this manifest; given the one it was made from, only what changed since (journal.py)."""
        journal = since._journal if since is not None else Journal(cache_dir, MANIFEST_NAME)
        header = {name: getattr(self, name) for name in _HEADER_FIELDS}
        tables = {"files": self.files, "tree": self.tree}
        # Only an update_tree since `since` names the tree's changed rows (record_tree remade it whole).
        known = since is not None and self._tree_changes is not None
        changes = {"files": changed_rows(since.files, self.files), "tree": self._tree_changes} if known else None
        journal.save(header, tables, changes)
        self._journal = journal

    # -- the output tree ------------------------------------------------------------
    def record_tree(self, output_dir: Path, files: Iterable[str] | None = None) -> None:
        """Stat every file and folder under output/ (after a full build).

        `files`: every file in output/, when the build knows them all (no search
        index was written): those and their folders are stat'ed without listing
        13,000 folders again.
        """
        if files is None:
            self.tree = {}
            root = len(str(output_dir)) + 1  # os.walk's folders all start with output_dir
            for folder, _subfolders, names in os.walk(output_dir):
                relative = folder[root:]
                prefix = relative.replace(os.sep, "/") + "/" if relative else ""
                self.tree[prefix] = _stat(folder)
                for name in names:
                    self.tree[prefix + name] = _stat(os.path.join(folder, name))
        else:
            paths = {""}
            for path in files:
                paths.add(path)
                folder = path
                while (folder := _parent(folder.rstrip("/"))) and folder not in paths:
                    paths.add(folder)
            root = str(output_dir) + "/"
            self.tree = {path: _stat(root + path) for path in sorted(paths)}
        self._tree_changes = None  # made whole: saved as a new snapshot
        self.recorded_ns = time.time_ns()

    def tree_unchanged(self, output_dir: Path) -> bool:
        """True when output/ holds exactly what this manifest recorded, as it was."""
        root = str(output_dir) + "/"
        racy = []
        for path, recorded in self.tree.items():
            try:
                if _stat(root + path) != recorded:
                    return False
            except OSError:
                return False
            if (path == "" or path.endswith("/")) and recorded[0] >= self.recorded_ns - RACY_NS:
                racy.append(path)
        if not racy:
            return True
        children = self._children(racy)
        return all(set(os.listdir(root + folder)) == children[folder] for folder in racy)

    def _children(self, folders: list[str]) -> dict[str, set[str]]:
        """folder → the names the manifest records directly inside it, for each of `folders`."""
        children: dict[str, set[str]] = {folder: set() for folder in folders}
        for path in self.tree:
            if path:
                parent, _, name = path.rstrip("/").rpartition("/")
                found = children.get(parent + "/" if parent else "")
                if found is not None:
                    found.add(name)
        return children

    def update_tree(self, output_dir: Path, written: list[str], removed: list[str], folders: set[str]) -> None:
        """Re-stat what an incremental apply touched; the rows changed are kept for `save`."""
        root = f"{output_dir}/"
        changes: dict[str, tuple[int, int] | None] = dict.fromkeys(removed)
        changes.update((path, _stat(root + path)) for path in written)
        for folder in folders:
            try:
                changes[folder] = _stat(root + folder)
            except FileNotFoundError:
                changes[folder] = None
        for path, value in changes.items():
            if value is None:
                self.tree.pop(path, None)
            else:
                self.tree[path] = value
        self._tree_changes = changes
        self.recorded_ns = time.time_ns()


_HEADER_FIELDS = ("output_dir", "search_requested", "search_outcome", "signature", "pages", "recorded_ns", "base_url", "templates")


def recorded_base_url(cache_dir: Path, output_dir: Path) -> str | None:
    """The base URL the last build into `output_dir` used, if the cache folder records one."""
    built = built_outputs(cache_dir).get(str(output_dir))
    if built is not None:
        return built.base_url
    manifest = Manifest.load(cache_dir)
    return manifest.base_url if manifest is not None and manifest.output_dir == str(output_dir) else None


# -- every output folder this site has built ---------------------------------------------------
# A full build replaces its output folder whole. Which folders a build of this site made, and what
# their top level held, tells those from someone's folder given by mistake (build._refuse_others_files).
OUTPUTS_NAME = "outputs.json"


class BuiltOutput(NamedTuple):
    names: frozenset[str]  # what the folder's top level held after the build: 2020/, index.html, …
    base_url: str | None


def built_outputs(cache_dir: Path) -> dict[str, BuiltOutput]:
    """Output folder → what the last build into it left there; empty if the record is missing or damaged."""
    try:
        record = json.loads((cache_dir / OUTPUTS_NAME).read_text(encoding="utf-8"))
        return {path: BuiltOutput(frozenset(entry["names"]), entry["base_url"]) for path, entry in record.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def record_output(cache_dir: Path, output_dir: Path, base_url: str | None) -> None:
    """Note what a build left at the top of `output_dir` (a listing of ~30 names), if it is not noted already."""
    built = built_outputs(cache_dir)
    now = BuiltOutput(frozenset(os.listdir(output_dir)), base_url)
    if built.get(str(output_dir)) != now:
        built[str(output_dir)] = now
        record = {path: {"names": sorted(entry.names), "base_url": entry.base_url} for path, entry in sorted(built.items())}
        write_atomic(cache_dir / OUTPUTS_NAME, json.dumps(record, ensure_ascii=False, indent=1) + "\n")


def _stat(path) -> tuple[int, int]:
    """(mtime, size); a folder's size is left out, file systems report it differently."""
    result = os.stat(path)
    return result.st_mtime_ns, 0 if stat.S_ISDIR(result.st_mode) else result.st_size


@contextmanager
def sigint_deferred():
    """Hold Ctrl-C until the block is done, so output/ is never left half-updated by it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    received = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            raise KeyboardInterrupt


# In the staging folder, the files apply_staged replaced, until freed (staged files are named by a hash: no clash).
RETIRED = "retired"


def apply_staged(staging: Path, output_dir: Path, moves: Iterable[tuple[str, str]], removed: list[str]) -> set[str]:
    """Move the staged files into output/ and delete the removed ones; returns the folders touched.

    `moves`: (name in staging, path in output/). Each move is one rename;
    folders left empty by a removal go too (a full build would not have them).
    The files replaced or deleted are freed last (`FileSwitcher`). If a file
    cannot be moved or deleted, those already switched are put back and
    OutputError names it.
    """
    touched: set[str] = set()
    root, staged = f"{output_dir}/", f"{staging}/"  # strings, not Paths: this runs for every file written
    switcher = FileSwitcher(f"{staging}/{RETIRED}")
    doing, path = "written", ""
    with sigint_deferred():
        try:
            for name, path in moves:
                folder = _parent(path)
                if folder not in touched:
                    touched.update(_make_parents(root, folder))
                switcher.replace(staged + name, root + path)
            doing = "removed"
            for path in removed:
                switcher.remove(root + path)
                touched.update(_remove_empty_parents(root, path))
        except OSError as error:
            _undo(switcher, root, f"{root}{path}: cannot be {doing} ({error.strerror or error})")
    switcher.free()
    return touched


def _undo(switcher: FileSwitcher, root: str, failure: str) -> NoReturn:
    """Put output/ back as it was before apply_staged began, and raise OutputError saying what failed and where output/ stands."""
    try:
        for path in switcher.undo():
            _remove_empty_parents(root, path[len(root):])  # folders made for new files (output/ has no empty folder otherwise)
    except OSError as error:
        raise OutputError(
            f"{failure}; putting back the files already changed failed too ({error}): output/ is partly updated, "
            "and the next build rebuilds it whole"
        )
    raise OutputError(f"{failure}; output/ is as it was before this build")


def _parent(path: str) -> str:
    parent = path.rpartition("/")[0]
    return parent + "/" if parent else ""


def _make_parents(root: str, folder: str) -> list[str]:
    """Create `folder` under `root` and its missing parents; returns `folder`, each one created and the one it was created in."""
    created = [folder]
    while folder and not os.path.isdir(root + folder):
        folder = _parent(folder.rstrip("/"))
        created.append(folder)
    if len(created) > 1:
        os.makedirs(root + created[0], exist_ok=True)
    return created


def _remove_empty_parents(root: str, path: str) -> list[str]:
    """Remove the folders above `path` (under `root`) that are left empty; returns each one looked at and the one above the last removed."""
    touched = []
    folder = _parent(path)
    while folder:
        touched.append(folder)
        try:
            os.rmdir(root + folder)
        except OSError:
            break  # not empty
        folder = _parent(folder.rstrip("/"))
    touched.append(folder)
    return touched
