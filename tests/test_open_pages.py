"""Pages open in a browser come first in `serve`, as in Hugo's server.

An incremental build renders them before the other pages and hands their new
bytes to the server, which serves them from memory; output/ changes only once
the whole build is done, and a request for another file the build changes
waits for that.
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from generator import build as build_module
from generator import rebuild
from generator.build import build_site
from generator.config import load_config
from generator.manifest import Manifest
from generator.search import SearchOutcome

from .conftest import build, write_article
from .test_serve import ARTICLE_URL, fetch, page_text, serving, wait_until

NEW_URL = "2021/02/01/xin-chun-deng-hui/"


def add_newest_article(site: Path) -> Path:
    return write_article(site / "content", title="新春灯会", date=dt.date(2021, 2, 1), slug="xin-chun-deng-hui")


class RecordingPreview:
    """Stands in for serve's OpenPages: notes what the build hands over, and what output/ held at each step."""

    def __init__(self, output: Path, open_pages: set[str], events: list[str] | None = None):
        self.output, self.open = output, open_pages
        self.handed: list[tuple[dict[str, bytes], set[str], bytes]] = []
        self.updated: list[bytes] = []  # output/index.html when output/ was said to be updated
        self.events = events if events is not None else []

    def open_pages(self) -> set[str]:
        return self.open

    def pages_ready(self, ready: dict[str, bytes], changing: set[str]) -> None:
        self.handed.append((ready, changing, (self.output / "index.html").read_bytes()))
        self.events.append("pages ready")

    def output_updated(self) -> None:
        self.updated.append((self.output / "index.html").read_bytes())
        self.events.append("output updated")

    def superseded(self) -> bool:
        return False


def test_open_pages_are_handed_over_first_and_output_changes_after(empty_site, monkeypatch):
    write_article(empty_site / "content", title="社区开展冬日慰问活动")
    build(empty_site)
    add_newest_article(empty_site)
    open_article = ARTICLE_URL + "index.html"  # its "next" link now leads to the new article
    events: list[str] = []
    preview = RecordingPreview(empty_site / "output", {"index.html", open_article, "about/index.html"}, events)
    fingerprint = rebuild.Fingerprints.read
    monkeypatch.setattr(rebuild.Fingerprints, "read", lambda self, page: events.append("fingerprint") or fingerprint(self, page))

    build_site(load_config(empty_site), search=False, preview=preview)

    # A new article makes the site model anew: the open pages are handed over as soon as the new site is
    # whole, before any page is planned or fingerprinted, and again once the pages to change are known.
    first, (ready, changing, home_meanwhile) = preview.handed
    assert events[:2] == ["pages ready", "fingerprint"] and events.count("pages ready") == 2
    assert set(ready) == {"index.html", open_article}
    for name, data in ready.items():
        assert data == (empty_site / "output" / name).read_bytes(), f"{name} handed over is not the page built"
        assert first[0][name] == data
    assert "新春灯会" in ready["index.html"].decode("utf-8")
    assert "新春灯会" not in home_meanwhile.decode("utf-8") and "新春灯会" not in first[2].decode("utf-8"), "output/ changed before the build was done"
    for handed, waited in (first[:2], (ready, changing)):
        assert NEW_URL + "index.html" in waited
        assert not waited & set(handed), "a page handed over is also waited for"
        assert "about/index.html" not in waited and "static/style.css" not in waited
    assert preview.updated == [ready["index.html"]], "output/ was said to be updated before it was"


def test_a_body_edit_hands_the_open_pages_over_once(empty_site):
    path = write_article(empty_site / "content", title="社区开展冬日慰问活动")
    build(empty_site)
    path.write_text(path.read_text(encoding="utf-8") + "\n新的一段。\n", encoding="utf-8")
    preview = RecordingPreview(empty_site / "output", {ARTICLE_URL + "index.html"})
    build_site(load_config(empty_site), search=False, preview=preview)
    [(ready, _, _)] = preview.handed
    assert "新的一段" in ready[ARTICLE_URL + "index.html"].decode("utf-8")


def test_requests_wait_for_output_not_for_the_search_index(empty_site, monkeypatch):
    events: list[str] = []

    def index_site(site_dir, config, bundle_dir=None, superseded=None):
        events.append("search index")
        return SearchOutcome(False, 0, "not made in this test")

    monkeypatch.setattr(build_module, "index_site", index_site)
    write_article(empty_site / "content", title="社区开展冬日慰问活动")
    build_site(load_config(empty_site), search=True)
    add_newest_article(empty_site)
    events.clear()
    build_site(load_config(empty_site), search=True, preview=RecordingPreview(empty_site / "output", {"index.html"}, events))
    assert events == ["pages ready", "pages ready", "output updated", "search index"]  # a new article: see above


def test_a_full_build_hands_nothing_over(empty_site):
    write_article(empty_site / "content")
    preview = RecordingPreview(empty_site / "output", {"index.html"})
    build_site(load_config(empty_site), search=False, preview=preview)
    assert preview.handed == []


# Every incremental build's output/ update takes two seconds more.
SLOW_APPLY = """
import time, generator.build
real_apply = generator.build.apply_staged
def apply_staged(*args, **kwargs):
    time.sleep(2)
    return real_apply(*args, **kwargs)
generator.build.apply_staged = apply_staged
"""


def test_serve_shows_an_open_page_before_output_has_it_and_holds_other_changed_pages(empty_site, tmp_path):
    write_article(empty_site / "content", title="社区开展冬日慰问活动")
    output = empty_site / "output"
    with serving(empty_site, tmp_path / "serve.log", patch=SLOW_APPLY) as (url, process):
        assert fetch(url + NEW_URL)[0] == 404  # a tab open on the page about to exist
        add_newest_article(empty_site)

        wait_until(lambda: "<h1>新春灯会</h1>" in page_text(url + NEW_URL), "the new article's page")
        assert not (output / NEW_URL / "index.html").exists(), "served from output/, not before it"

        started = time.monotonic()
        # Not open: the build changes it (its "next" link), so it waits, for the slowed update of output/ and all before it.
        article_page = page_text(url + ARTICLE_URL, timeout=30)
        assert time.monotonic() - started > 0.5
        assert "新春灯会" in article_page
        assert (output / NEW_URL / "index.html").exists()
        assert process.poll() is None


def test_a_tab_on_the_search_page_is_outdated_by_a_new_index(tmp_path):
    from generator.serve import BuildState, OpenPages

    (tmp_path / "search").mkdir()
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "search/index.html").write_text("<h1>搜索</h1>", encoding="utf-8")
    entry = tmp_path / "pagefind/pagefind-entry.json"
    entry.write_text('{"index": "a"}', encoding="utf-8")
    pages = OpenPages(tmp_path, BuildState(), loop=None, newer_change=lambda: False)
    pages.shown("search/index.html", (tmp_path / "search/index.html").read_bytes())
    assert not pages.outdated("search/index.html")
    entry.write_text('{"index": "b"}', encoding="utf-8")  # the page is the same; the index it searches is new
    assert pages.outdated("search/index.html")


def test_open_pages_are_handed_over_before_the_check_of_output_answers(empty_site, tmp_path, monkeypatch):
    # A large output/ is checked by a forked child (every file stat'ed: ~0.17 s at 10,000 articles); the open
    # pages do not wait for its answer, output/ does.
    path = write_article(empty_site / "content", title="社区开展冬日慰问活动")
    build(empty_site)
    answered = tmp_path / "answered"
    real_check = Manifest.tree_unchanged

    def slow_check(manifest, output_dir):
        time.sleep(1)
        answered.touch()
        return real_check(manifest, output_dir)

    monkeypatch.setattr(build_module, "BACKGROUND_TREE_CHECK", 1)
    monkeypatch.setattr(Manifest, "tree_unchanged", slow_check)
    path.write_text(path.read_text(encoding="utf-8") + "\n新的一段。\n", encoding="utf-8")
    preview = RecordingPreview(empty_site / "output", {ARTICLE_URL + "index.html"})
    preview.pages_ready = lambda ready, changing: preview.events.append(f"pages ready, answered: {answered.exists()}")
    preview.output_updated = lambda: preview.events.append(f"output updated, answered: {answered.exists()}")
    build_site(load_config(empty_site), search=False, preview=preview)
    assert preview.events == ["pages ready, answered: False", "output updated, answered: True"]
    assert "新的一段" in (empty_site / "output" / ARTICLE_URL / "index.html").read_text(encoding="utf-8")


def test_an_output_folder_changed_by_hand_is_built_whole_after_the_open_pages_were_handed_over(empty_site, tmp_path, monkeypatch):
    path = write_article(empty_site / "content", title="社区开展冬日慰问活动")
    build(empty_site)
    monkeypatch.setattr(build_module, "BACKGROUND_TREE_CHECK", 1)
    (empty_site / "output/notes.txt").write_text("放在这里的笔记", encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8") + "\n新的一段。\n", encoding="utf-8")
    preview = RecordingPreview(empty_site / "output", {ARTICLE_URL + "index.html"})
    result = build_site(load_config(empty_site), search=False, preview=preview)
    [(ready, _, _)] = preview.handed
    assert result.full and not (empty_site / "output/notes.txt").exists()
    assert ready[ARTICLE_URL + "index.html"] == (empty_site / "output" / ARTICLE_URL / "index.html").read_bytes()
    assert len(preview.updated) == 1, "the requests held for the build were never let go"


def test_serve_builds_whole_an_output_folder_changed_by_hand(empty_site, tmp_path):
    # The output/ check in a forked child, as on a large site: its answer comes after the open page is handed over.
    path = write_article(empty_site / "content", title="社区开展冬日慰问活动")
    stray = empty_site / "output/notes.txt"
    with serving(empty_site, tmp_path / "serve.log", patch="import generator.build\ngenerator.build.BACKGROUND_TREE_CHECK = 1") as (url, process):
        assert "社区开展冬日慰问活动" in page_text(url + ARTICLE_URL)  # the page is open in a tab
        stray.write_text("放在这里的笔记", encoding="utf-8")
        path.write_text(path.read_text(encoding="utf-8") + "\n新的一段。\n", encoding="utf-8")
        wait_until(lambda: "新的一段" in page_text(url + ARTICLE_URL), "the edited page")
        wait_until(lambda: not stray.exists(), "output/ built whole")
        assert fetch(url + "notes.txt")[0] == 404
        assert "新的一段" in (empty_site / "output" / ARTICLE_URL / "index.html").read_text(encoding="utf-8")
        assert process.poll() is None
