"""The search index at build time: Pagefind indexes the articles, and a build without Node.js still succeeds."""
from __future__ import annotations

import gzip
import sys
import time

import pytest
from bs4 import BeautifulSoup

import generator.build
import generator.search
from generator.build import build_site
from generator.cli import main
from generator.config import load_config

from .conftest import build_with_search, copy_site


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("indexed") / "site")
    return root, build_with_search(root)


def _articles(output) -> list:
    return sorted(path for path in output.glob("[0-9]*/*/*/*/index.html"))


def test_build_indexes_every_article_and_only_articles(indexed):
    root, result = indexed
    output = root / "output"
    assert result.search.ran
    assert result.search.pages == len(_articles(output)) > 0
    assert f"search index: {result.search.pages} pages" in result.summary_line()
    assert (output / "pagefind/pagefind-ui.js").is_file()
    # Pagefind chose its Chinese index from <html lang="zh-CN">.
    assert list((output / "pagefind").glob("pagefind.zh-cn*"))


def test_article_pages_give_pagefind_their_text_filters_and_date(indexed):
    root, _ = indexed
    for path in _articles(root / "output"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        body = page.select("[data-pagefind-body]")
        assert len(body) == 1 and body[0].name == "article"
        filters = {tag["data-pagefind-filter"]: tag.get_text() for tag in page.select("[data-pagefind-filter]")}
        assert filters.get("街道") == page.select_one(".article .meta a").get_text()
        assert page.select_one("time[data-pagefind-meta]")["datetime"] in path.as_posix().replace("/", "-")
    home = BeautifulSoup((root / "output/index.html").read_text(encoding="utf-8"), "html.parser")
    assert not home.select("[data-pagefind-body]")


def test_without_node_the_build_succeeds_and_says_search_was_skipped(site_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no node, no npx
    result = build_with_search(site_dir)
    assert not result.search.ran
    assert "search skipped: Node.js not found" in result.summary_line()
    assert "npm ci" in result.summary_line()
    assert not (site_dir / "output/pagefind").exists()
    # The header box is there, but hidden until a search bundle is found.
    home = BeautifulSoup((site_dir / "output/index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one("form.site-search").has_attr("hidden")


def test_no_search_option(site_dir, capsys):
    assert main(["--root", str(site_dir), "build", "--no-search"]) == 0
    assert "search skipped: turned off (--no-search)" in capsys.readouterr().out
    assert not (site_dir / "output/pagefind").exists()


def test_a_site_without_its_own_pagefind_says_how_to_install_it(site_dir, capsys):
    """Node.js is there (these tests need it), but npm ci was not run in this copied site: no node_modules."""
    assert main(["--root", str(site_dir), "build"]) == 0
    assert "search skipped: pagefind is not installed: run `npm ci` in the site folder" in capsys.readouterr().out
    assert not (site_dir / "output/pagefind").exists()


def indexed_text(output) -> str:
    """All article text in the Pagefind bundle (fragments are gzip'd JSON; words split by zero-width spaces)."""
    fragments = (output / "pagefind/fragment").glob("*.pf_fragment")
    return "".join(gzip.decompress(path.read_bytes()).decode("utf-8") for path in fragments).replace("\u200b", "")


def test_an_edit_updates_the_index_without_a_full_rebuild(site_dir):
    assert build_with_search(site_dir).search.ran
    article = sorted((site_dir / "content").glob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\n鸿雁长飞光不度。\n", encoding="utf-8")
    result = build_with_search(site_dir)
    assert not result.full, "an edit should update output/ in place"
    assert result.search.ran and result.search.pages == 7
    assert "鸿雁长飞光不度" in indexed_text(site_dir / "output")
    assert not list(site_dir.glob(".output.*")), "nothing is left beside output/"


def test_ctrl_c_during_the_reindex_says_the_pages_are_updated_and_the_next_build_repairs_the_index(site_dir, monkeypatch, capsys):
    assert build_with_search(site_dir).search.ran
    bundle_before = {path: path.read_bytes() for path in (site_dir / "output/pagefind").rglob("*") if path.is_file()}
    article = min((site_dir / "content").glob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\n鸿雁长飞光不度。\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(generator.build, "index_site", interrupted)
    assert main(["--root", str(site_dir), "build"]) == 130
    assert capsys.readouterr().err == (
        "interrupted; the pages are updated; the search index is the previous one until the next build\n"
    )
    assert "鸿雁长飞光不度" in "".join(path.read_text(encoding="utf-8") for path in (site_dir / "output").rglob("index.html"))
    assert {path: path.read_bytes() for path in (site_dir / "output/pagefind").rglob("*") if path.is_file()} == bundle_before

    monkeypatch.undo()
    repaired = build_with_search(site_dir)
    assert repaired.full and repaired.search.ran  # the interrupted build saved no manifest: output/ is made whole again
    assert "鸿雁长飞光不度" in indexed_text(site_dir / "output")


def test_ctrl_c_before_the_pages_are_applied_says_output_is_as_it_was(site_dir, monkeypatch, capsys):
    build_with_search(site_dir)
    article = min((site_dir / "content").glob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\n鸿雁长飞光不度。\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(generator.build, "map_chunks", interrupted)  # while the changed pages render
    assert main(["--root", str(site_dir), "build"]) == 130
    assert capsys.readouterr().err == "interrupted; output/ is as it was before this build\n"


class NewerChangeWaiting:
    """serve's side of a build (build.Preview), with a newer change saved and waiting to be built."""

    def open_pages(self) -> set[str]:
        return set()

    def pages_ready(self, ready, changing) -> None:
        pass

    def output_updated(self) -> None:
        pass

    def superseded(self) -> bool:
        return True


def test_a_newer_change_stops_the_reindex_and_the_next_build_makes_the_index(site_dir, monkeypatch):
    # At 10,000 articles Pagefind runs ~25 s; serve's next save must not wait for it.
    assert build_with_search(site_dir).search.ran
    bundle_before = {path: path.read_bytes() for path in (site_dir / "output/pagefind").rglob("*") if path.is_file()}
    article = min((site_dir / "content").glob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\n鸿雁长飞光不度。\n", encoding="utf-8")
    hung = [sys.executable, "-c", "import time; time.sleep(60)"]  # a Pagefind that would take a minute
    monkeypatch.setattr(generator.search, "pagefind_command", lambda config: hung)

    started = time.monotonic()
    result = build_site(load_config(site_dir), search=True, preview=NewerChangeWaiting())
    assert time.monotonic() - started < 10 and result.search.stopped and not result.search.ran
    assert "search skipped: stopped for a newer change" in result.summary_line()
    assert "鸿雁长飞光不度" in "".join(path.read_text(encoding="utf-8") for path in (site_dir / "output").rglob("index.html"))
    assert {path: path.read_bytes() for path in (site_dir / "output/pagefind").rglob("*") if path.is_file()} == bundle_before

    monkeypatch.undo()
    caught_up = build_with_search(site_dir)  # nothing else changed: it still makes the index
    assert not caught_up.full and caught_up.search.ran
    assert "鸿雁长飞光不度" in indexed_text(site_dir / "output")


def test_stopping_indexing_stops_a_pagefind_run_by_another_thread(site_dir, monkeypatch):
    # serve ending on a second Ctrl-C while its rebuild thread indexes: Pagefind, in its own session, must go too.
    import threading

    from generator.search import index_site, stop_indexing

    hung = [sys.executable, "-c", "import time; time.sleep(60)"]
    monkeypatch.setattr(generator.search, "pagefind_command", lambda config: hung)
    outcomes = []
    indexer = threading.Thread(target=lambda: outcomes.append(index_site(site_dir, load_config(site_dir))))
    started = time.monotonic()
    indexer.start()
    time.sleep(0.5)
    stop_indexing()
    indexer.join(timeout=10)
    assert not indexer.is_alive() and time.monotonic() - started < 10
    assert not outcomes[0].ran
