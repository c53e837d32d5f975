"""Replacing and deleting many files (fsutil): FileSwitcher and remove_tree.

FileSwitcher: each file switches from old to new in one rename; old files
are kept (by hard links, else copies) until `free` deletes them or `undo`
puts them back.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import fsutil
from generator.fsutil import FileSwitcher, remove_tree


def files_under(folder: Path) -> list[str]:
    return sorted(path.read_text() for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


@pytest.fixture
def tree(tmp_path) -> Path:
    """output/ with 40 old pages, staging/ with a new version of the first 30 and of 5 pages output/ lacks."""
    for number in range(40):
        page = tmp_path / "output" / f"p{number}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"old {number}")
    (tmp_path / "staging").mkdir()
    for number in [*range(30), *range(100, 105)]:
        (tmp_path / "staging" / f"s{number}").write_text(f"new {number}")
    return tmp_path


def switch(tree: Path, switcher: FileSwitcher, before_free=None) -> None:
    for number in [*range(30), *range(100, 105)]:
        target = tree / "output" / f"p{number}" / "index.html"
        target.parent.mkdir(exist_ok=True)
        switcher.replace(str(tree / "staging" / f"s{number}"), str(target))
    for number in (35, 36, 200):  # 200 is not there: no error
        switcher.remove(str(tree / "output" / f"p{number}" / "index.html"))
    if before_free:
        before_free()
    switcher.free()


def assert_switched(tree: Path) -> None:
    expected = {f"p{n}/index.html": f"new {n}" for n in [*range(30), *range(100, 105)]}
    expected |= {f"p{n}/index.html": f"old {n}" for n in range(30, 40) if n not in (35, 36)}
    found = {path.relative_to(tree / "output").as_posix(): path.read_text() for path in (tree / "output").rglob("*.html")}
    assert found == expected
    assert not (tree / "staging" / "retired").exists()


def test_old_files_are_kept_until_freed(tree):
    retired = tree / "staging" / "retired"
    kept = []
    switch(tree, FileSwitcher(str(retired)), lambda: kept.extend(files_under(retired)))
    # Every old file replaced or deleted waited under retired/.
    assert kept == sorted([f"old {n}" for n in range(30)] + ["old 35", "old 36"])
    assert_switched(tree)


def test_without_hard_links_old_files_are_copied(tree, monkeypatch):
    """A file system without hard links (FAT, some network shares) refuses os.link: old files are kept by a copy."""
    def no_links(source, target):
        raise PermissionError(1, "Operation not permitted", target)

    monkeypatch.setattr(os, "link", no_links)
    retired = tree / "staging" / "retired"
    kept = []
    switch(tree, FileSwitcher(str(retired)), lambda: kept.extend(files_under(retired)))
    assert kept == sorted([f"old {n}" for n in range(30)] + ["old 35", "old 36"])
    assert_switched(tree)


def test_undo_puts_every_old_file_back(tree):
    before = {path: path.read_text() for path in (tree / "output").rglob("*.html")}
    switcher = FileSwitcher(str(tree / "staging" / "retired"))
    for number in (3, 100, 4):
        target = tree / "output" / f"p{number}" / "index.html"
        target.parent.mkdir(exist_ok=True)
        switcher.replace(str(tree / "staging" / f"s{number}"), str(target))
    switcher.remove(str(tree / "output" / "p35" / "index.html"))
    (tree / "output" / "p35").rmdir()  # left empty by the deletion
    assert switcher.undo() == [str(tree / "output" / "p100" / "index.html")]  # the new file, deleted
    assert {path: path.read_text() for path in (tree / "output").rglob("*.html")} == before


@pytest.mark.parametrize("threads", [1, 4], ids=["on one thread", "on threads"])
def test_remove_tree_removes_everything_and_follows_no_link(tmp_path, monkeypatch, threads):
    monkeypatch.setattr(fsutil, "DELETING_THREADS", threads)
    kept = tmp_path / "kept"
    (kept / "inner").mkdir(parents=True)
    (kept / "inner" / "page.html").write_text("keep me")
    tree = tmp_path / "tree"
    for number in range(300):  # enough files for the threads to be used
        page = tree / f"{2020 + number % 3}" / f"{number % 12:02}" / f"p{number}" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("x")
    (tree / "empty" / "folders").mkdir(parents=True)
    (tree / "link-to-folder").symlink_to(kept, target_is_directory=True)
    (tree / "2020" / "link-to-file").symlink_to(kept / "inner" / "page.html")
    remove_tree(tree)
    assert not tree.exists()
    assert (kept / "inner" / "page.html").read_text() == "keep me"
    remove_tree(tree)  # gone already: no error, as rmtree with ignore_errors


def test_remove_tree_of_a_link_removes_the_link_not_what_it_points_to(tmp_path):
    kept = tmp_path / "site"
    (kept / "page").mkdir(parents=True)
    (kept / "page" / "index.html").write_text("keep me")
    link = tmp_path / "output"
    link.symlink_to(kept, target_is_directory=True)
    remove_tree(link)
    assert not link.is_symlink()
    assert (kept / "page" / "index.html").read_text() == "keep me"
