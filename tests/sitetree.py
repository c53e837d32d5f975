"""Whole-tree comparisons for the output folder: every file's bytes, and what a build left beside it."""
from __future__ import annotations

from pathlib import Path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative path → bytes); symlinks and empty folders count too."""
    tree = {}
    for path in sorted(Path(folder).rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            tree[relative] = b"symlink -> " + str(path.readlink()).encode()
        elif path.is_file():
            tree[relative] = path.read_bytes()
        elif not any(path.iterdir()):
            tree[relative + "/"] = b""
    return tree


def differences(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    """Readable list of files added, removed or changed between two snapshots."""
    return (
        [f"added {name}" for name in sorted(after.keys() - before.keys())]
        + [f"removed {name}" for name in sorted(before.keys() - after.keys())]
        + [f"changed {name}" for name in sorted(before.keys() & after.keys()) if before[name] != after[name]]
    )
