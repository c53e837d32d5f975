"""Shared fixtures: a copy of the bundled sample site in a temporary folder, and ways to build it."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from generator.build import build_site
from generator.config import load_config
from generator.content import Article, format_article

# Property tests check what is built, never how fast: no deadline, which a busy shared machine would miss.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

REPO = Path(__file__).resolve().parent.parent
SEED_PAGES = REPO.parent / "shared" / "pages"


def copy_site(target: Path, *, with_content: bool = True) -> Path:
    """The repository's site (config, templates, static, and optionally content) copied to `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "newsarchive.yml", target / "newsarchive.yml")
    shutil.copytree(REPO / "templates", target / "templates")
    shutil.copytree(REPO / "static", target / "static")
    if with_content:
        shutil.copytree(REPO / "content", target / "content")
    else:
        (target / "content").mkdir()
    return target


def write_article(content_dir: Path, **fields) -> Path:
    """Write a content file for an article; `fields` override a plain default article."""
    values = dict(title="测试文章", date=dt.date(2021, 1, 5), slug="ce-shi-wen-zhang", body="本报讯 测试。")
    values.update(fields)
    article = Article(**values)
    path = content_dir / f"{article.date}-{article.slug}.md"
    path.write_text(format_article(article), encoding="utf-8")
    return path


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    """A fresh copy of the bundled sample site."""
    return copy_site(tmp_path / "site")


@pytest.fixture
def empty_site(tmp_path: Path) -> Path:
    """The sample site's config and templates, with no articles."""
    return copy_site(tmp_path / "site", with_content=False)


def build_with_search(root: Path, **options):
    """Build with the Pagefind index, using the repository's pinned pagefind (node_modules, from `npm ci`)."""
    modules = root / "node_modules"
    if not modules.exists():
        modules.symlink_to(REPO / "node_modules", target_is_directory=True)
    return build(root, search=True, **options)


def build(root: Path, *, search: bool = False, **options):
    """Build the site at `root` the way `newsarchive build` does (without the search index unless asked)."""
    return build_site(load_config(root, **options), search=search)


def run_cli(*args: str, timeout: float = 120):
    """Run `python -m generator ARGS` as a user would; returns the CompletedProcess (text output)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=REPO, capture_output=True, text=True, timeout=timeout,
    )


def run_cli_into_a_closed_pipe(*args: str, cwd: Path = REPO, timeout: float = 120):
    """Run `python -m generator ARGS | head` where head has already gone: no one reads its standard output."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "generator", *map(str, args)],
            cwd=cwd, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=write, stderr=subprocess.PIPE, text=True, timeout=timeout,
        )
    finally:
        os.close(write)
