"""Incremental builds give byte for byte the site a cold build gives.

One generated archive (bench/corpus.py, the benchmark's own generator) is
built, changed in one way, rebuilt with its cache and manifest, and the
whole output/ compared with a cold build of the same files in a fresh folder.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import os
import re
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from generator import build as build_module
from generator import cli
from generator import cache as cache_module
from generator import journal as journal_module
from generator import parallel, rebuild
from generator import render as render_module
from generator import session as session_module
from generator.build import build_site, published
from generator.cache import CACHE_DIR_NAME, ArticleCache
from generator.config import load_config
from generator.content import Article, content_files, format_article, parse_article
from generator.pages import Page
from generator.rebuild import Templates, inputs_digest
from generator.session import BuildSession, SiteModel

from .conftest import REPO, build, write_article
from .sitetree import differences, snapshot
from .test_atomic_build import beside_output

sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

ARTICLES = 60


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "site"
    corpus.write_site(root, ARTICLES, seed=11)
    return root


@pytest.fixture
def site(generated, tmp_path) -> Path:
    """A built copy of the generated archive, cache and manifest included."""
    root = tmp_path / "site"
    shutil.copytree(generated, root)
    build(root)
    return root


def cold_build(root: Path, tmp_path: Path) -> dict[str, bytes]:
    """The same site built from nothing in another folder."""
    fresh = tmp_path / "cold"
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns("output", CACHE_DIR_NAME))
    build(fresh)
    return snapshot(fresh / "output")


def some_article(root: Path, number: int = 17) -> Path:
    return sorted((root / "content").glob("*.md"))[number]


def assert_same_as_cold(root: Path, tmp_path: Path):
    result = build(root)
    assert differences(cold_build(root, tmp_path), snapshot(root / "output")) == []
    return result


def test_no_change_writes_nothing(site, tmp_path):
    before = snapshot(site / "output")
    result = build(site)
    assert (result.full, result.written) == (False, 0)
    assert differences(before, snapshot(site / "output")) == []


CHANGES = {
    "body edit": lambda root: corpus.edit_body(some_article(root)),
    "summary change": lambda root: corpus.edit_lead(some_article(root)),
    "neighbour's title change": lambda root: corpus.edit_title(some_article(root, 18)),
    "title change": lambda root: corpus.edit_title(some_article(root)),
    "new article": lambda root: corpus.add_article(root / "content", dt.date(2023, 6, 1)),
    "deleted article": lambda root: some_article(root).unlink(),
    "article withdrawn as a draft": lambda root: corpus.rewrite(some_article(root, 7), lambda a: setattr(a, "draft", True)),
    "tag added": lambda root: corpus.set_tags(some_article(root), ["换届", "新标签"]),
    "tag removed": lambda root: corpus.set_tags(some_article(root), []),
    # A newcomer spelled like a configured subdistrict (接 for 街), in an older article: it gets the -2.
    "subdistrict misspelled": lambda root: corpus.rewrite(some_article(root, 3), lambda a: setattr(a, "subdistrict", "南关接街道")),
    "template change": lambda root: corpus.edit_template(root / "templates"),
    "page template and body edit": lambda root: (
        corpus.edit_template(root / "templates", "home.html", "{% block main %}"),
        corpus.edit_body(some_article(root, 59)),  # the newest: on the home page too
    ),
    "page template and title edit": lambda root: (
        corpus.edit_template(root / "templates", "_article_list.html", '<ol class="article-list">'),
        corpus.edit_title(some_article(root, 58)),  # on the first home page, and in lists of every kind
    ),
    "config change": lambda root: (root / "newsarchive.yml").write_text(
        (root / "newsarchive.yml").read_text(encoding="utf-8").replace("per_page: 20", "per_page: 7"), encoding="utf-8"
    ),
    "static change": lambda root: (root / "static/style.css").write_text("body { color: #111 }\n", encoding="utf-8"),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_incremental_rebuild_equals_cold_build(site, tmp_path, change):
    change(site)
    result = assert_same_as_cold(site, tmp_path)
    assert not result.full  # the incremental path is what was tested


@pytest.mark.parametrize("change", ["template change", "deleted article"])
def test_old_files_kept_by_links_and_freed_at_the_end_equal_a_cold_build(site, tmp_path, monkeypatch, change):
    """apply_staged keeps each old file by a hard link until all are switched (FileSwitcher)."""
    linked = []
    real_link = os.link
    monkeypatch.setattr(os, "link", lambda source, target: (linked.append(source), real_link(source, target)))
    CHANGES[change](site)
    assert_same_as_cold(site, tmp_path)
    assert linked  # old files were kept by links
    assert beside_output(site) == {"content", "templates", "static", "newsarchive.yml", "output", CACHE_DIR_NAME}


def test_a_body_edit_rewrites_only_pages_that_show_it(site, tmp_path):
    corpus.edit_body(some_article(site))
    result = assert_same_as_cold(site, tmp_path)
    # Its page, and the lists and feeds showing its summary; not the other 59 articles' pages.
    assert 1 <= result.written < 20


def test_a_title_edit_renders_the_pages_that_show_it_and_not_the_date_archive(site, tmp_path, monkeypatch):
    """Its page, its neighbours' and the lists showing it; not /archive/ nor other days, which show only the month's name and counts."""
    rendered = rendered_urls(monkeypatch)
    path = some_article(site)
    article, _ = parse_article(path, path.read_bytes())
    corpus.edit_title(path)
    build(site)
    assert article.url in rendered
    assert "archive/" not in rendered
    days = {url for url in rendered if re.fullmatch(r"\d{4}/\d{2}/\d{2}/(page/\d+/)?", url)}
    assert {url[: len("2023/12/29/")] for url in days} == {f"{article.date:%Y/%m/%d}/"}
    assert len(rendered) < 30  # of ~150 pages
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def rendered_urls(monkeypatch) -> list[str]:
    """The URLs of the pages rendered from now on (all in this process, where they are counted)."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 10**9)
    rendered: list[str] = []
    original = render_module.Renderer.render
    monkeypatch.setattr(render_module.Renderer, "render", lambda self, page: rendered.append(page.url) or original(self, page))
    return rendered


TEMPLATE_EDITS = {
    # template edited, text it is edited after, pages that must be rendered again (by URL)
    "home.html": ("{% block main %}", r""),
    "all_articles.html": ("{% block main %}", r"page/\d+/"),
    "_article_list.html": ('<ol class="article-list">', r"(page/\d+/)?|(subdistricts|communities|tags|sections|people)/[^/]+/(page/\d+/)?|\d{4}/\d{2}/(\d{2}/)?(page/\d+/)?"),
}


@pytest.mark.parametrize("name", TEMPLATE_EDITS)
def test_a_template_edit_renders_only_the_pages_that_use_it(site, tmp_path, monkeypatch, name):
    """A page depends on its own template and those it extends, includes or imports, not on every template."""
    after, users = TEMPLATE_EDITS[name]
    before = snapshot(site / "output")
    rendered = rendered_urls(monkeypatch)
    fingerprinted = fingerprinted_pages(monkeypatch)
    corpus.edit_template(site / "templates", name, after)
    result = build(site)
    assert fingerprinted == []  # what the pages show is as it was: no page needs its fingerprint made again
    ours = list(rendered)
    assert ours and [url for url in ours if not re.fullmatch(users, url)] == []
    # Every page that uses it changed, and was rendered: none was left with the old template.
    changed = {path for path, data in snapshot(site / "output").items() if before.get(path) != data}
    assert len(changed) == result.written
    assert {Page(url, "").output_path for url in ours} >= changed
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def test_after_a_template_edit_and_its_undoing_each_build_renders_only_what_changed(site, tmp_path, monkeypatch):
    """The manifest records the templates each build rendered with: undoing an edit renders its pages again, and no more after."""
    path = site / "templates/base.html"
    original = path.read_text(encoding="utf-8")
    corpus.edit_template(site / "templates", text="<p>模板已改</p>")
    build(site)
    path.write_text(original, encoding="utf-8")
    rendered = rendered_urls(monkeypatch)
    build(site)
    pages = len(list((site / "output").rglob("*.html")))
    assert len([url for url in rendered if not url.endswith(".xml")]) == pages  # every page drops the line again
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []
    rendered.clear()
    corpus.edit_body(some_article(site, 3))
    build(site)
    assert 0 < len(rendered) < pages / 10  # its page, its neighbours', its feeds: not every page again


def test_a_template_edit_that_reads_something_new_makes_a_new_model(site, tmp_path, monkeypatch):
    """A list template that starts reading `site` (undeclared in rebuild.SITE_READS): its pages now depend on every article."""
    made = []
    original = session_module.SiteModel.__init__
    monkeypatch.setattr(session_module.SiteModel, "__init__", lambda self, *args: made.append(1) or original(self, *args))
    corpus.edit_template(site / "templates", "listing.html", "{% block main %}")
    path = site / "templates/listing.html"
    path.write_text(path.read_text(encoding="utf-8").replace("<!-- edited -->", "<p>本站共 {{ site.articles | length }} 篇</p>"), encoding="utf-8")
    build(site)
    assert made == [1]
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []
    corpus.edit_body(some_article(site, 2))  # every listing page now hashes every article: all fingerprinted anew
    (tmp_path / "again").mkdir()
    assert_same_as_cold(site, tmp_path / "again")


def test_changes_in_a_row_equal_a_cold_build_on_both_cores(site, tmp_path, monkeypatch):
    """Several edits between builds, rendered by the forked worker as well (threshold lowered)."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    for change in ("title change", "new article", "tag added", "deleted article"):
        CHANGES[change](site)
    corpus.edit_title(some_article(site, 3), "(再改)")
    assert_same_as_cold(site, tmp_path)


def test_a_file_edited_in_the_same_clock_tick_is_not_missed(site, tmp_path):
    """Same size, same mtime: the cache must not trust the stat of a file changed right after it was read."""
    path = some_article(site)
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("本报讯", "本刊讯", 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert_same_as_cold(site, tmp_path)


def test_the_saved_cache_index_forgets_a_deleted_article_and_keeps_the_others(site, monkeypatch):
    """Its entry would otherwise stay in the index for good (harmless, but the index would only grow)."""
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0)  # files just written are not read again (which would save the index whole)
    build(site)
    gone = some_article(site)
    gone.unlink()
    build(site)
    build(site)  # nothing changed: the index stays as it was saved
    _, tables = journal_module.Journal(site / CACHE_DIR_NAME, "index").load()
    assert sorted(tables["files"]) == sorted(path.name for path in (site / "content").glob("*.md"))


@pytest.mark.parametrize("edited", [False, True], ids=["nothing else changed", "an article edited too"])
@pytest.mark.parametrize("in_child", [False, True], ids=["checked here", "checked in a child"])
def test_a_hand_placed_file_makes_the_next_build_full(site, tmp_path, monkeypatch, in_child, edited):
    # Large output trees are checked by a forked child while the build goes on; this small one, only if told to.
    # Its answer is awaited before output/ is found up to date, or (an article edited) before it is changed.
    monkeypatch.setattr(build_module, "BACKGROUND_TREE_CHECK", 1 if in_child else 10**9)
    if edited:
        corpus.edit_body(some_article(site))
    (site / "output/2023").mkdir(exist_ok=True)
    (site / "output/2023/notes.txt").write_text("mine", encoding="utf-8")
    result = assert_same_as_cold(site, tmp_path)
    assert result.full


SAVES = [
    lambda root: corpus.edit_body(some_article(root, ARTICLES - 1)),  # the newest: in the feeds too
    CHANGES["body edit"],
    CHANGES["body edit"],
    CHANGES["summary change"],
    CHANGES["title change"],
    lambda root: corpus.edit_body(some_article(root, 40)),
    CHANGES["template change"],
    CHANGES["deleted article"],
    lambda root: corpus.edit_title(some_article(root, 30)),
]
# The saves above after which the site model must be made anew: a deleted article. Body, summary, title and
# template edits reuse the saved model (re-fingerprinting the pages that read the article; a template edit, none).
NEW_MODEL_AFTER = {7}


def test_a_serve_session_equals_a_cold_build_after_each_save(site, tmp_path):
    """serve keeps the site model between builds and reuses it for body edits: each result is still a cold build's."""
    session = BuildSession(persistent=True)
    build_site(load_config(site), search=False, session=session)
    for number, save in enumerate(SAVES):
        save(site)
        result = build_site(load_config(site), search=False, session=session)
        assert not result.full
        scratch = tmp_path / f"save-{number}"
        scratch.mkdir()
        assert differences(cold_build(site, scratch), snapshot(site / "output")) == [], number
    session.close()
    assert build(site).written == 0  # the index saved on close describes the files as they are


def test_a_serve_session_reads_the_manifest_only_after_another_build_saved_one(site, tmp_path, monkeypatch):
    """serve keeps the manifest its last build saved; one saved since by another process (`newsarchive build`) is read."""
    session = BuildSession(persistent=True)
    build_site(load_config(site), search=False, session=session)
    read = []
    original = journal_module.Journal.load
    monkeypatch.setattr(journal_module.Journal, "load", lambda self: read.append(self.snapshot.name) or original(self))
    corpus.edit_body(some_article(site, 3))
    assert not build_site(load_config(site), search=False, session=session).full
    assert "manifest.pickle" not in read
    corpus.edit_body(some_article(site, 4))
    build(site)  # another process: output/ and the manifest change
    read.clear()
    corpus.edit_body(some_article(site, 5))
    assert not build_site(load_config(site), search=False, session=session).full  # the kept manifest no longer describes output/
    assert "manifest.pickle" in read
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def test_a_serve_session_takes_a_title_edit_into_its_model(site, tmp_path, monkeypatch):
    """After a new article (a model made in memory, none saved), a title edit neither makes nor loads a model."""
    session = BuildSession(persistent=True)
    build_site(load_config(site), search=False, session=session)
    CHANGES["new article"](site)
    build_site(load_config(site), search=False, session=session)
    made = []
    for name in ("__init__", "load"):
        original = getattr(session_module.SiteModel, name)
        monkeypatch.setattr(session_module.SiteModel, name, lambda *args, original=original, name=name: made.append(name) or original(*args))
    corpus.edit_title(some_article(site, 30))
    build_site(load_config(site), search=False, session=session)
    assert made == []
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


@pytest.mark.parametrize("repair", ["as last built", "as before that"])
def test_a_serve_session_recovers_from_a_template_that_fails(site, tmp_path, repair):
    """The failed build took the broken template into the session's model; the repaired one must not leave a page stale."""
    from generator.errors import InputError

    session = BuildSession(persistent=True)
    build_site(load_config(site), search=False, session=session)
    path = site / "templates/home.html"
    original = path.read_text(encoding="utf-8")
    corpus.edit_template(site / "templates", "home.html", "{% block main %}")
    build_site(load_config(site), search=False, session=session)
    last_built = path.read_text(encoding="utf-8")
    path.write_text(last_built.replace("{% endblock %}", "", 1), encoding="utf-8")
    with pytest.raises(InputError):
        build_site(load_config(site), search=False, session=session)
    path.write_text(last_built if repair == "as last built" else original, encoding="utf-8")
    build_site(load_config(site), search=False, session=session)
    session.close()
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def test_one_off_builds_reuse_the_saved_model_and_equal_a_cold_build(site, tmp_path, monkeypatch):
    """`newsarchive build` loads the site model the last build saved while only bodies change; else makes it anew."""
    made = []
    original = session_module.SiteModel.__init__
    monkeypatch.setattr(session_module.SiteModel, "__init__", lambda self, *args: made.append(1) or original(self, *args))
    corpus.edit_body(some_article(site, 5))
    build_site(load_config(site), search=False)  # the fixture's build was the first with this code: now a model is saved
    for number, save in enumerate(SAVES):
        save(site)
        made.clear()
        result = build_site(load_config(site), search=False)
        assert not result.full
        assert len(made) == (1 if number in NEW_MODEL_AFTER else 0), number
        scratch = tmp_path / f"save-{number}"
        scratch.mkdir()
        assert differences(cold_build(site, scratch), snapshot(site / "output")) == [], number


def test_newsarchive_build_saves_a_new_model_after_it_ends_and_the_next_build_waits_for_it(site, tmp_path, monkeypatch, capsys):
    """The command returns once output/ is complete; a build started while the model is still being written waits for it."""
    original_save = SiteModel.save

    def slow_save(model, directory):
        time.sleep(2)  # the detached process inherits this: a save still running when the command returns
        original_save(model, directory)

    monkeypatch.setattr(SiteModel, "save", slow_save)
    corpus.add_article(site / "content", dt.date(2023, 6, 1))  # a new article: a new model, its structure to save
    assert cli.main(["--root", str(site), "build", "--no-search"]) == 0
    with open(site / CACHE_DIR_NAME / session_module.SAVE_LOCK_NAME, "ab") as lock, pytest.raises(BlockingIOError):
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # still held by the detached save
    made = []
    original_init = SiteModel.__init__
    monkeypatch.setattr(SiteModel, "__init__", lambda self, *args: made.append(1) or original_init(self, *args))
    corpus.edit_body(some_article(site, 5))
    build_site(load_config(site), search=False)
    assert made == []  # it waited, and loaded the model the detached process saved
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


DAMAGES = ["corrupt structure", "missing structure", "missing bodies", "corrupt listing readers", "missing listing readers"]


def damage_saved_model(site: Path, damage: str) -> None:
    """One of DAMAGES done to the model files in the cache folder."""
    name = {"structure": session_module.STRUCTURE_NAME, "bodies": session_module.BODIES_NAME, "listing readers": session_module.LISTING_READS_NAME}
    damaged = site / CACHE_DIR_NAME / next(file for part, file in name.items() if damage.endswith(part))
    if damage.startswith("corrupt"):
        damaged.write_bytes(b"not a pickle")
    else:
        damaged.unlink()


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_saved_model_is_made_anew(site, tmp_path, damage):
    damage_saved_model(site, damage)
    # The listing readers are read only when a title or summary changed.
    (corpus.edit_title if "listing" in damage else corpus.edit_body)(some_article(site))
    assert_same_as_cold(site, tmp_path)


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_donor_gives_no_fingerprints(site, tmp_path, damage):
    """A new article makes a model anew, taking the saved one's fingerprints (the donor): from a damaged one, none."""
    damage_saved_model(site, damage)
    cache = site / CACHE_DIR_NAME
    corpus.add_article(site / "content", dt.date(2023, 6, 1))
    _, loaded, *_ = model_inputs(site)
    assert SiteModel.donation_on_disk(cache, loaded, session_module.read_bodies(cache) or {}) is None
    assert_same_as_cold(site, tmp_path)


@pytest.mark.parametrize("store", ["index", "manifest"])
def test_a_damaged_log_of_the_cache_is_started_afresh(site, tmp_path, monkeypatch, store):
    """The index and manifest log small changes (journal.py); a torn log (a crash while writing) loses nothing."""
    # As if the files were written long before: else every file just made is read again, and the index rewritten.
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0)
    corpus.edit_body(some_article(site))
    build(site)
    log = site / CACHE_DIR_NAME / f"{store}.log"
    assert log.stat().st_size > 0  # the edit was logged, not written as a new snapshot
    log.write_bytes(log.read_bytes()[:-3])
    corpus.edit_body(some_article(site, 5))
    assert_same_as_cold(site, tmp_path)


@pytest.mark.parametrize("base_url", ["https://example.org/archive/", "/archive/"])
def test_a_changed_base_url_changes_every_link_as_a_cold_build_does(site, tmp_path, base_url):
    """Published under another base URL (--base-url, or base_url edited) after a build: no link keeps the old base path."""
    build(site, base_url=base_url)
    fresh = tmp_path / "cold"
    shutil.copytree(site, fresh, ignore=shutil.ignore_patterns("output", CACHE_DIR_NAME))
    build(fresh, base_url=base_url)
    assert differences(snapshot(fresh / "output"), snapshot(site / "output")) == []
    assert 'href="/archive/static/style.css"' in (site / "output" / "index.html").read_text(encoding="utf-8")


def html_store_keys(site: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(site / CACHE_DIR_NAME / cache_module.HTML_STORE_NAME)) as database:
        return [key for (key,) in database.execute("SELECT key FROM html")]


@pytest.mark.parametrize("damage", ["deleted", "not a database", "emptied"])
def test_a_lost_or_damaged_store_of_body_html_is_made_again(site, tmp_path, monkeypatch, damage):
    """The cache keeps each body's HTML in html.sqlite; deleted, overwritten or emptied, the next build still equals a cold one."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)  # bodies made again by the forked worker too
    store = site / CACHE_DIR_NAME / cache_module.HTML_STORE_NAME
    if damage == "deleted":
        store.unlink()
    elif damage == "not a database":
        store.write_bytes(b"not a database" * 512)
    else:  # the index still names every body: each is made again from its file as a page needs it
        with contextlib.closing(sqlite3.connect(store)) as database, database:
            database.execute("DELETE FROM html")
    corpus.edit_title(some_article(site))
    shutil.rmtree(site / "output")  # every page is rendered, so every body is read
    assert_same_as_cold(site, tmp_path)
    assert len(html_store_keys(site)) == ARTICLES


def test_the_html_of_other_parsing_code_is_let_go(site, monkeypatch):
    """A new version of newsarchive parses every file again: the store then holds the new HTML only, not a copy per upgrade."""
    monkeypatch.setattr(cache_module, "parser_fingerprint", lambda: "another parser")
    build(site)
    keys = html_store_keys(site)
    assert len(keys) == ARTICLES
    assert all(key.startswith("another parser:") for key in keys)


def test_the_tree_recorded_from_the_written_files_is_the_listed_tree(site):
    """A full build without a search index stats the files it wrote instead of listing every folder: the same record."""
    from generator.manifest import Manifest

    written = Manifest.load(site / CACHE_DIR_NAME)
    listed = Manifest.load(site / CACHE_DIR_NAME)
    listed.record_tree(site / "output")
    assert written.tree == listed.tree
    assert len(written.tree) > len(written.files)  # folders are in it too


SAME_PAGES = {
    **{name: CHANGES[name] for name in ("body edit", "summary change", "title change", "neighbour's title change", "template change", "page template and title edit")},
    "list template change": lambda root: corpus.edit_template(root / "templates", "_article_list.html", "<ol class=\"article-list\">"),
}


def model_inputs(root: Path) -> tuple:
    """What a build hands the site model: (config, loaded articles, inputs digest, model key, templates)."""
    config = load_config(root)
    loaded, _ = ArticleCache(root, config.content_dir).load(content_files(config.content_dir))
    loaded = published(loaded)
    inputs, templates = inputs_digest(config), Templates.read(config.templates_dir)
    return config, loaded, inputs, session_module.model_key(config, loaded, inputs), templates


@pytest.mark.parametrize("change", SAME_PAGES.values(), ids=SAME_PAGES.keys())
def test_a_saved_model_fingerprints_pages_as_a_new_model_does(site, change):
    """The saved model, loaded and brought up to date (only the pages that read a changed article), equals a new one.

    A page left with an old fingerprint would be stale; one fingerprinted unlike a new model's re-renders in vain.
    """
    change(site)
    config, loaded, inputs, key, templates = model_inputs(site)
    saved = session_module.SiteModel.load(site / CACHE_DIR_NAME, config, inputs, key, loaded, session_module.read_bodies(site / CACHE_DIR_NAME))
    assert saved is not None
    assert saved.take_templates(templates)
    saved.take_changes(loaded)
    new = session_module.SiteModel(config, loaded, inputs, key, templates)
    assert [(page.output_path, fingerprint) for page, fingerprint in saved.planned] == [
        (page.output_path, fingerprint) for page, fingerprint in new.planned
    ]


@pytest.mark.parametrize("new_title", ["丙:社区义诊(更正)", "甲0:社区义诊"], ids=["order kept", "order changed"])
def test_a_retitled_article_reuses_the_saved_model_only_while_the_order_holds(tmp_path, monkeypatch, new_title):
    """Articles of one day without a page position are ordered by title: a title that moves one needs a new model."""
    root = tmp_path / "site"
    corpus.write_site(root, 0)
    day = dt.date(2023, 3, 1)
    (root / "content").mkdir(exist_ok=True)
    for title, slug in (("甲:社区义诊", "jia"), ("乙:社区义诊", "yi"), ("丙:社区义诊", "bing")):
        article = Article(title=title, date=day, slug=slug, body="本报讯 近日,社区开展义诊活动。", subdistrict="南关街街道")
        corpus.content_path(root / "content", article).write_text(format_article(article), encoding="utf-8")
    build(root)
    made = []
    original = session_module.SiteModel.__init__
    monkeypatch.setattr(session_module.SiteModel, "__init__", lambda self, *args: made.append(1) or original(self, *args))
    path = root / "content" / f"{day}-bing.md"
    path.write_text(path.read_text(encoding="utf-8").replace("丙:社区义诊", new_title), encoding="utf-8")
    assert not build(root).full
    assert len(made) == (0 if new_title.startswith("丙") else 1)
    assert differences(cold_build(root, tmp_path), snapshot(root / "output")) == []


# -- A model made anew (an article added or deleted) keeps the last build's fingerprints where a page did not change.
# What it carries over must be exactly what fingerprinting every page again would give: the fingerprints, and which
# pages read each article (the next edit re-renders by those). Both donors are tested: the model `serve` keeps in
# memory, and the one a build saved in the cache folder.


def _add_then_delete_an_article_alone_in_its_tag(root):
    path = write_article(root / "content", title="孤篇", date=dt.date(2023, 3, 3), slug="gu-pian", tags=["孤标签"], subdistrict="南关街街道")
    build(root)
    path.unlink()


DONOR_CHANGES = {
    "new article": lambda root: corpus.add_article(root / "content", dt.date(2023, 6, 1)),
    "new newest article": lambda root: corpus.add_article(root / "content", dt.date(2030, 1, 1), "zui-xin"),
    "deleted article": lambda root: some_article(root).unlink(),
    "article withdrawn as a draft": lambda root: corpus.rewrite(some_article(root, 7), lambda a: setattr(a, "draft", True)),
    "new article and another's body edited": lambda root: (
        corpus.add_article(root / "content", dt.date(2023, 6, 1)),
        corpus.edit_body(some_article(root, 30)),
    ),
    "new article and another retitled": lambda root: (
        corpus.add_article(root / "content", dt.date(2023, 6, 1)),
        corpus.edit_title(some_article(root, 30)),
    ),
    "deleted article and its neighbour retitled": lambda root: (
        some_article(root).unlink(),
        corpus.edit_title(some_article(root, 17)),
    ),
    "tag added: a new collection": lambda root: corpus.set_tags(some_article(root), ["换届", "新标签"]),
    "the only article of a tag deleted": _add_then_delete_an_article_alone_in_its_tag,
    # 唤解 and 换届 are both huan-jie: the first in Unicode order takes the slug, 换届 becomes huan-jie-2 (on every page it tags)
    "new tag that takes an old tag's slug": lambda root: write_article(root / "content", date=dt.date(2023, 3, 3), slug="huan", tags=["唤解"]),
    "new article and a template edit": lambda root: (
        corpus.add_article(root / "content", dt.date(2023, 6, 1)),
        corpus.edit_template(root / "templates", "home.html", "{% block main %}"),
    ),
}


def _reads(reads, articles: int) -> list[list[int]]:
    """Which pages read each article: what the layout of PageReads (its groups) must not change."""
    return [reads.pages_reading({number}) for number in range(articles)]


def _articles_in(value, found: list) -> list:
    if isinstance(value, Article):
        found.append(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _articles_in(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _articles_in(item, found)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _articles_in(getattr(value, field.name), found)
    return found


def assert_same_model(carried: SiteModel, fresh: SiteModel) -> None:
    assert [(page.url, fingerprint) for page, fingerprint in carried.planned] == [(page.url, fingerprint) for page, fingerprint in fresh.planned]
    articles = len(fresh.site.articles)
    assert _reads(carried._file_reads, articles) == _reads(fresh._file_reads, articles)
    assert _reads(carried._listing_reads, articles) == _reads(fresh._listing_reads, articles)
    # Pages carried over hold the donor's objects: each must be the one the site (and the body lookup, by id) knows.
    assert all(id(article) in carried.site.places for page, _ in carried.planned for article in _articles_in(page.context, []))


def fingerprinted_pages(monkeypatch) -> list[str]:
    """The URLs of the pages fingerprinted from now on (in this process: a small site is not forked for)."""
    seen: list[str] = []
    original = rebuild.Fingerprints.read
    monkeypatch.setattr(rebuild.Fingerprints, "read", lambda self, page: seen.append(page.url) or original(self, page))
    return seen


@pytest.mark.parametrize("change", DONOR_CHANGES.values(), ids=DONOR_CHANGES.keys())
def test_a_saved_model_donates_what_fingerprinting_every_page_gives(site, monkeypatch, change):
    change(site)
    config, loaded, inputs, key, templates = model_inputs(site)
    directory = site / CACHE_DIR_NAME
    bodies = session_module.read_bodies(directory)
    assert SiteModel.load(directory, config, inputs, key, loaded, bodies) is None  # the shape changed: a model made anew
    donor = SiteModel.donation_on_disk(directory, loaded, bodies)
    assert donor is not None
    fingerprinted = fingerprinted_pages(monkeypatch)
    carried = SiteModel(config, loaded, inputs, key, templates, donor)
    # What was tested is a carry-over, also where the templates changed: fingerprints do not hash them.
    assert len(fingerprinted) < len(carried.planned)
    assert_same_model(carried, SiteModel(config, loaded, inputs, key, templates))


@pytest.mark.parametrize("change", DONOR_CHANGES.values(), ids=DONOR_CHANGES.keys())
def test_the_model_serve_keeps_donates_what_fingerprinting_every_page_gives(site, tmp_path, monkeypatch, change):
    session = BuildSession(persistent=True)
    build_site(load_config(site), search=False, session=session)
    corpus.edit_title(some_article(site, 40))  # retitled in place (SiteModel.retitle): another object for that file
    build_site(load_config(site), search=False, session=session)
    change(site)
    fingerprinted = fingerprinted_pages(monkeypatch)
    build_site(load_config(site), search=False, session=session)
    assert len(fingerprinted) < len(session._model.planned)
    monkeypatch.undo()
    config, loaded, inputs, key, templates = model_inputs(site)
    assert_same_model(session._model, SiteModel(config, loaded, inputs, key, templates))
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []
    # and the next edit, which re-fingerprints by the carried reads, too
    corpus.edit_title(some_article(site, 20))
    build_site(load_config(site), search=False, session=session)
    shutil.rmtree(tmp_path / "cold")
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def test_an_added_article_fingerprints_only_the_pages_it_changes(site, monkeypatch):
    """Its page, its neighbours', the lists it joins; not every article's page."""
    fingerprinted = fingerprinted_pages(monkeypatch)
    path = corpus.add_article(site / "content", dt.date(2023, 6, 1))
    build(site)
    article_pages = [url for url in fingerprinted if re.fullmatch(r"\d{4}/\d{2}/\d{2}/[^/]+/", url)]
    assert f"2023/06/01/{path.stem.removeprefix('2023-06-01-')}/" in article_pages
    assert len(article_pages) < ARTICLES / 4
    assert len(fingerprinted) < len(list((site / "output").rglob("*.html"))) / 2


def test_an_article_added_to_a_month_renders_its_day_and_not_the_months_other_days(site, tmp_path, monkeypatch):
    """The month's pages show its new count; its other days' pages name the month only, and are not rendered."""
    path = some_article(site)
    article, _ = parse_article(path, path.read_bytes())
    other_days = {f"{day}/" for day in {str(p.parent.parent.relative_to(site / "output")) for p in (site / "output").glob(f"{article.date:%Y/%m}/[0-9][0-9]/*/index.html")}}
    new_day = next(article.date.replace(day=day) for day in range(1, 29) if f"{article.date:%Y/%m}/{day:02}/" not in other_days)
    assert len(other_days) >= 2
    rendered = rendered_urls(monkeypatch)
    corpus.add_article(site / "content", new_day)
    build(site)
    assert f"{new_day:%Y/%m/%d}/" in rendered and f"{article.date:%Y/%m}/" in rendered
    assert not other_days & set(rendered)
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def test_an_article_added_to_a_list_leaves_its_older_pages_alone(site, tmp_path, monkeypatch):
    """Numbered from the oldest, pages older than a new article keep theirs: /page/1/ is not rendered, /page/2/ and the home page are."""
    assert (site / "output/page/2").is_dir() and not (site / "output/page/3").exists()
    newest_on_page_2 = re.search(r'href="/(\d{4})/(\d{2})/(\d{2})/', (site / "output/page/2/index.html").read_text(encoding="utf-8"))
    rendered = rendered_urls(monkeypatch)
    path = corpus.add_article(site / "content", dt.date(*map(int, newest_on_page_2.groups())))
    build(site)
    assert "" in rendered and "page/2/" in rendered and "page/1/" not in rendered
    listed = [(site / "output" / page / "index.html").read_text(encoding="utf-8") for page in ("", "page/2")]
    assert any(path.stem.split("-", 3)[3] in page for page in listed)
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def test_todays_article_renders_no_numbered_page_that_keeps_its_articles(site, tmp_path, monkeypatch):
    """An editor adds the newest article: each list it joins changes on its first page; a numbered page is
    rendered only where the list gains one (the new page, and the one before it that links to it)."""
    config = site / "newsarchive.yml"  # short pages: the subdistricts, tags, people, … have numbered pages too
    config.write_text(re.sub(r"(?m)^per_page:.*$", "per_page: 2", config.read_text(encoding="utf-8")), encoding="utf-8")
    build(site)
    before = snapshot(site / "output")
    assert len([path for path in before if re.match(r"(subdistricts|tags|people)/[^/]+/page/\d+/", path)]) > 10
    newest = max(dt.date.fromisoformat(path.name[:10]) for path in (site / "content").glob("*.md"))
    rendered = rendered_urls(monkeypatch)
    corpus.add_article(site / "content", dt.date(newest.year + 1, 1, 1))
    build(site)
    numbered = {url for url in rendered if re.search(r"(^|/)page/\d+/$", url)}
    added = {url for url in numbered if url + "index.html" not in before}
    linking_to_added = {re.sub(r"\d+/$", lambda number: f"{int(number[0][:-1]) - 1}/", url) for url in added}
    assert "" in rendered and numbered <= added | linking_to_added
    assert differences(cold_build(site, tmp_path), snapshot(site / "output")) == []


def test_a_serve_session_through_adds_deletes_and_edits_equals_cold_builds(site, tmp_path, monkeypatch):
    """Each build of a session takes the last one's model as it is (or as a donor): a chain of them, on both cores."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    session = BuildSession(persistent=True)
    steps = [
        lambda: corpus.add_article(site / "content", dt.date(2023, 6, 1), "di-yi"),
        lambda: corpus.edit_title(some_article(site, 10)),
        lambda: some_article(site, 30).unlink(),
        lambda: corpus.edit_body(some_article(site, 20)),
        lambda: write_article(site / "content", date=dt.date(2022, 2, 2), slug="xin-biao-qian", tags=["新标签"]),
        lambda: corpus.edit_template(site / "templates", "_article_list.html", '<ol class="article-list">'),
        lambda: (corpus.add_article(site / "content", dt.date(2021, 1, 1), "di-er"), some_article(site, 5).unlink()),
    ]
    build_site(load_config(site), search=False, session=session)
    for number, step in enumerate(steps):
        step()
        build_site(load_config(site), search=False, session=session)
        scratch = tmp_path / f"step-{number}"
        scratch.mkdir()
        assert differences(cold_build(site, scratch), snapshot(site / "output")) == [], number
