"""Writes to content/ are atomic and never replace an article an editor has written or edited."""
from __future__ import annotations

import datetime as dt
import os

import pytest

import generator.authoring
from generator.authoring import new_article
from generator.config import load_config
from generator.errors import InputError
from generator.fsutil import write_atomic

from .conftest import run_cli


def test_new_with_the_title_of_an_edited_article_writes_a_second_file(empty_site):
    first = run_cli("--root", empty_site, "new", "社区开展冬日慰问活动", "--date", "2021-01-05")
    assert first.returncode == 0, first.stderr
    path = empty_site / "content/2021-01-05-she-qu-kai-zhan-dong-ri-wei-wen-huo-dong.md"
    path.write_text(path.read_text(encoding="utf-8") + "编辑写好的正文。\n", encoding="utf-8")
    edited = path.read_bytes()
    second = run_cli("--root", empty_site, "new", "社区开展冬日慰问活动", "--date", "2021-01-05")
    assert second.returncode == 0, second.stderr
    assert path.read_bytes() == edited
    assert path.with_name(path.stem + "-2.md").is_file()


def test_a_file_that_appears_while_new_runs_is_not_overwritten(empty_site, monkeypatch):
    """Another writer (an import, a second editor) creates the same file between the slug choice and the write."""
    target = empty_site / "content/2021-01-05-jia.md"

    def scan_then_someone_writes(content_dir):
        target.write_text("别人刚写好的稿子", encoding="utf-8")
        return []

    monkeypatch.setattr(generator.authoring, "scan_content", scan_then_someone_writes)
    monkeypatch.setattr(generator.authoring, "unique_slug", lambda base, taken: base)
    with pytest.raises(InputError, match="left as it is, nothing written"):
        new_article(load_config(empty_site), "甲", date=dt.date(2021, 1, 5))
    assert target.read_text(encoding="utf-8") == "别人刚写好的稿子"
    assert sorted(path.name for path in target.parent.iterdir()) == [target.name]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "a.md"
    path.write_text("旧稿", encoding="utf-8")

    def disk_full(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        write_atomic(path, "新稿")
    assert path.read_text(encoding="utf-8") == "旧稿" and [p.name for p in tmp_path.iterdir()] == ["a.md"]
