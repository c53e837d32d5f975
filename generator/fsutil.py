"""File writes that never leave a half-written file behind; switching many files at once; reading a large pickle quickly."""
from __future__ import annotations

import contextlib
import fcntl
import functools
import gc
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path, data: bytes | str, *, overwrite: bool = True) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`.

    A reader (or a crash) sees either the old file or the new one, never a mix.
    With `overwrite=False`, a file already at `path` (even one that appeared a
    moment ago) is left alone and FileExistsError raised.
    """
    with atomic_file(path, overwrite=overwrite) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def atomic_file(path: Path, *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """`write_atomic` for data written piece by piece (a large pickle streamed, never held whole in memory)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); give it the mode a plain write would.
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            yield handle
        if overwrite:
            os.replace(temp, path)
        else:
            os.link(temp, path)  # creates `path` only if it does not exist, in one step
    finally:
        Path(temp).unlink(missing_ok=True)


# Deleting a file on an ext4 disk waits ~80 µs on the disk, and deletions on several threads overlap:
# 16,000 files take 0.25 s on 16 threads against 1.1 s on one (tmpfs: no wait, no gain, no loss).
DELETING_THREADS = 16


def remove_tree(path: str | Path) -> None:
    """shutil.rmtree(path, ignore_errors=True), the files deleted on several threads, then the folders, deepest first.

    A site's output/ (16,000 pages, each in its folder) goes in 0.65 s
    instead of 2.5 s on an ext4 disk. Symbolic links are deleted, never
    followed: `path` itself too, if it is one. A file at `path` is deleted.
    """
    if os.path.islink(path) or not os.path.isdir(path):
        with contextlib.suppress(OSError):  # FileNotFoundError: nothing there
            os.unlink(path)
        return
    files: list[str] = []
    folders: list[str] = []
    waiting = [os.fspath(path)]
    while waiting:
        folder = waiting.pop()
        folders.append(folder)  # after its parent: reversed, children come first
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    (waiting if entry.is_dir(follow_symlinks=False) else files).append(entry.path)
        except OSError:
            pass
    by_depth: dict[int, list[str]] = {}
    for folder in folders:
        by_depth.setdefault(folder.count(os.sep), []).append(folder)
    _on_threads(os.unlink, files)
    for depth in sorted(by_depth, reverse=True):
        _on_threads(os.rmdir, by_depth[depth])


def _on_threads(delete, paths: list[str]) -> None:
    """delete(path) for each path, on DELETING_THREADS threads when there are many; errors ignored, as rmtree's ignore_errors."""
    def delete_all(chunk: list[str]) -> None:
        for path in chunk:
            try:
                delete(path)
            except OSError:
                pass

    threads = min(DELETING_THREADS, len(paths) // 64)  # a few files: not worth a thread
    if threads < 2:
        delete_all(paths)
        return
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(delete_all, [paths[start::threads] for start in range(threads)]))


class FileSwitcher:
    """Puts files in place of others (one rename each) and deletes files, keeping every old file until `free` or `undo`.

    Each old file is kept under `retired` before it goes: by a hard link (one
    replaced), by a rename (one deleted). So `undo` can put them all back, and
    a build that fails partway leaves the files as they were. It also makes
    the switch fast on an ext4 disk: a rename over a file frees the old one's
    blocks inside the rename, ~80 µs a file, and renames do not overlap (not
    even on threads), so 16,000 pages replaced cost 1.3–1.5 s; with the old
    file still linked the rename frees nothing, and `free` deletes the links
    with `remove_tree`, whose deletions overlap (0.85–1.1 s in all). On tmpfs
    the links cost ~0.2 s for 16,000 files and save nothing. On a file system
    without hard links, old files are copied.
    """

    def __init__(self, retired: str):
        self._retired = retired  # a folder on the same file system; made when first needed
        self._kept = 0  # old files kept under `retired`, named 0, 1, …
        self._switched: list[tuple[str, str | None]] = []  # (file switched, its old version under `retired`, or None: it is new)
        self._linking = True  # False once a hard link was refused here: copies from then on

    def replace(self, source: str, target: str) -> None:
        """Rename `source` to `target`, in place of the file there if any."""
        kept = self._keep(target, self._link)
        os.replace(source, target)
        self._switched.append((target, kept))

    def remove(self, target: str) -> None:
        """Delete `target`; a missing file is no error."""
        kept = self._keep(target, os.rename)
        if kept is not None:
            self._switched.append((target, kept))

    def undo(self) -> list[str]:
        """Put every old file back, and delete the new ones: returns those deleted (their folders may now be empty)."""
        deleted = []
        while self._switched:
            target, kept = self._switched.pop()
            if kept is None:
                os.unlink(target)
                deleted.append(target)
            else:
                os.makedirs(os.path.dirname(target), exist_ok=True)  # a deletion may have left its folder empty, and it went
                os.replace(kept, target)
        return deleted

    def free(self) -> None:
        """Delete the old files kept under `retired`."""
        remove_tree(self._retired)
        self._kept = 0
        self._switched = []

    def _keep(self, target: str, how) -> str | None:
        """Link, copy or move `target` under `retired`; where it is kept, or None if there is no such file."""
        if not self._kept:
            os.makedirs(self._retired, exist_ok=True)
        kept = f"{self._retired}/{self._kept}"
        try:
            how(target, kept)
        except FileNotFoundError:
            return None  # nothing there to keep (a new file)
        self._kept += 1
        return kept

    def _link(self, target: str, kept: str) -> None:
        if self._linking:
            try:
                os.link(target, kept)
                return
            except FileNotFoundError:
                raise
            except OSError:
                self._linking = False  # no hard links here (FAT, some network shares), or no room for one: copy
        shutil.copy2(target, kept)


def read_pickle(path: Path):
    """Unpickle a file, with the cycle collector paused (see `collector_paused`)."""
    with collector_paused(), open(path, "rb") as handle:
        return pickle.load(handle)


@contextlib.contextmanager
def collector_paused():
    """Pause the cycle collector while long-lived objects are made (an unpickled index, the site model).

    Otherwise it scans the growing heap again and again while 100,000 objects are made (a fifth
    of a no-change build at 10,000 articles). At the end the objects made are moved to the oldest
    generation (freeze, unfreeze: no scan), as the long-lived data they are: left in the youngest,
    the next collections would each scan all of them. They stay collectable.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def paths_left_out(articles):
    """Within the block, the articles' `path` is None: Path objects are slow to unpickle, and a build sets them again."""
    paths = [article.path for article in articles]
    try:
        for article in articles:
            article.path = None
        yield
    finally:
        for article, path in zip(articles, paths):
            article.path = path


def path_inside(root: str | Path, relative: str) -> str:
    """`root/relative` (a string: made for each of 15,000 pages), or ValueError when that would name a file outside `root`.

    `relative` is a '/'-separated path as a URL gives it; an absolute path
    (its first segment is empty), a `..` or `.` segment, a backslash or a NUL
    byte is refused rather than normalised, so what is written is what was planned.
    """
    segments = relative.split("/")
    if "\\" in relative or "\x00" in relative or any(segment in ("", ".", "..") for segment in segments):
        raise ValueError(f"{relative!r} is not a path inside {root}")
    return os.path.join(root, relative)


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, else the usual 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@functools.cache
def _renameat2():
    """libc's renameat2, or None; looked up on the first full build, not at every start (ctypes costs ~5 ms)."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


def replace_directory(new: Path, target: Path) -> None:
    """Put the finished tree `new` at `target`, removing the tree that was there.

    On Linux both names are exchanged in one step (renameat2 RENAME_EXCHANGE),
    so a reader of `target` (the preview server) never finds it missing. Where
    that call is not available, two renames leave a moment without `target`.
    """
    new, target = Path(new), Path(target)
    if target.exists() and (renameat2 := _renameat2()) is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE)
        if result == 0:
            remove_tree(new)  # `new` now names the old tree
            return
    retired = target.with_name(f".{target.name}.old")
    remove_tree(retired)
    if target.exists():
        os.replace(target, retired)
    os.replace(new, target)
    remove_tree(retired)


def held_lock(path: Path) -> BinaryIO:
    """The file `path` (made if missing), open, with an exclusive lock on it, once no other process holds one.

    The lock lasts until every copy of this open file is closed: a process
    forked while it is open holds it after this one closes its own.
    """
    handle = open(path, "ab")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
    except BaseException:
        handle.close()
        raise
    return handle


def wait_for_lock(path: Path) -> None:
    """Return once no process holds a lock on the file `path`; at once if it is missing. Opened read only: writes nothing."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)


@contextlib.contextmanager
def exclusive_lock(path: Path):
    """Hold an exclusive lock on the file `path` (made if missing), waiting while another process holds it.

    Unlocked on the way out, not only closed: a process forked meanwhile (parallel.detach) must not keep it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with held_lock(path) as handle:
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
