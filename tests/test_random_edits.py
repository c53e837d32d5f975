"""Chains of random edits, each followed by a build, give byte for byte what a cold build gives.

test_incremental.py checks each kind of change alone and a few fixed chains;
here edits of every kind (fields that move an article, that put it in other
lists, files moved, templates, config, a broken file that fails a build)
come in random order and combinations, built by a `serve` session kept
across the chain and by one-off builds in turn, as an editor switching
between the two does. Each chain is fixed by its seed: a failure names the
seed, the step and the edits, and reruns the same.

The same chains, built with pages open in a browser (`serve`'s preview),
check what a reader sees while a build runs: each page handed over early
is the page the build writes, and every other file the build changes is
held until output/ has it.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import re
import sys
from pathlib import Path

import pytest

from generator import parallel
from generator.build import build_site
from generator.config import load_config
from generator.content import Article, Source, format_article
from generator.errors import InputError
from generator.session import BuildSession

from .conftest import REPO
from .sitetree import differences, snapshot
from .test_incremental import cold_build
from .test_open_pages import RecordingPreview

sys.path.insert(0, str(REPO / "bench"))
import corpus  # (bench/corpus.py)

ARTICLES = 50
STEPS = 12
# Some spelled alike in pinyin: which keeps the plain URL must not depend on the order of the builds.
SUBDISTRICTS = ["南关街街道", "北下街街道", "东大街街道", "西大街街道", "新设街道", "南关接街道"]
TAGS = ["换届", "新标签", "党建", "志愿服务"]
PEOPLE = ["柴琳琳", "陈思", "新记者", "王五", "李颖睿", "李英瑞"]
# (template, text after which a comment is added): each page kind, the shared list, the layout.
TEMPLATE_EDITS = [
    ("base.html", "<body>"), ("_article_list.html", '<ol class="article-list">'), ("home.html", "{% block main %}"),
    ("all_articles.html", "{% block main %}"), ("article.html", "{% block main %}"), ("listing.html", "{% block main %}"),
    ("month.html", "{% block main %}"), ("day.html", "{% block main %}"),
]
ARTICLE_PAGE = re.compile(r"\d{4}/\d{2}/\d{2}/[^/]+/index\.html")  # an article's page in output/ (a day's has no slug)
BROKEN_FILES = ["---\ntitle: [\n---\n正文", "---\ntitle: 没有日期\n---\n正文", "没有前言的正文"]


class Editor:
    """Random edits to one site, as an editor makes them; `seed` decides which."""

    def __init__(self, root: Path, seed: int):
        self.root = root
        self.rng = random.Random(seed)
        self.made = 0  # names made so far (unique slugs, titles, sentences)

    def articles(self) -> list[Path]:
        return sorted((self.root / "content").rglob("*.md"))

    def any_article(self) -> Path:
        return self.rng.choice(self.articles())

    def fresh(self, prefix: str) -> str:
        self.made += 1
        return f"{prefix}-{self.made}"

    def a_date(self) -> dt.date:
        return dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randrange(5 * 365))

    def rewrite(self, change) -> None:
        corpus.rewrite(self.any_article(), change)

    def write(self, article: Article) -> None:
        (self.root / "content" / f"{article.date}-{article.slug}.md").write_text(format_article(article), encoding="utf-8")

    def edit(self, kind: str) -> None:
        rng, pick = self.rng, self.rng.choice
        edits = {
            "body": lambda: corpus.edit_body(self.any_article(), f"更正{self.fresh('句')}。"),
            "summary": lambda: corpus.edit_lead(self.any_article(), f"更正{self.fresh('句')}:"),
            # A first character that sorts it elsewhere among the day's articles, or not.
            "title": lambda: self.rewrite(lambda a: setattr(a, "title", pick(["阿", "中", "最后"]) + a.title[:8] + self.fresh("题"))),
            "date": lambda: self.rewrite(lambda a: setattr(a, "date", self.a_date())),
            "slug": lambda: self.rewrite(lambda a: setattr(a, "slug", self.fresh("slug"))),
            "subdistrict": lambda: self.rewrite(lambda a: setattr(a, "subdistrict", pick([*SUBDISTRICTS, None]))),
            "community": lambda: self.rewrite(lambda a: setattr(a, "community", pick(["甲社区", "乙社区", None]))),
            "section": lambda: self.rewrite(lambda a: setattr(a, "section", pick(["活动室", "聚焦", None]))),
            "tags": lambda: self.rewrite(lambda a: setattr(a, "tags", rng.sample(TAGS, rng.randrange(4)))),
            "people": lambda: self.rewrite(lambda a: (setattr(a, "reporters", rng.sample(PEOPLE, rng.randrange(3))), setattr(a, "correspondents", rng.sample(PEOPLE, rng.randrange(2))))),
            "photo": lambda: self.rewrite(lambda a: setattr(a, "photo", not a.photo)),
            # Another page of its issue (-2 and -10: in natural order, not as text), or none (written by hand).
            "page": lambda: self.rewrite(lambda a: setattr(a, "source", pick([None, Source(f"guancheng-{a.date}-{pick([2, 10])}.txt", rng.randrange(1, 99), 99)]))),
            "new article": lambda: self.write(Article(
                title=self.fresh("新文章"), date=self.a_date(), slug=self.fresh("new"), body=f"本报讯 近日,社区开展活动。\n\n{self.fresh('第二段')}。",
                subdistrict=pick(SUBDISTRICTS), tags=rng.sample(TAGS, rng.randrange(3)), reporters=rng.sample(PEOPLE, 1),
            )),
            "today's article": lambda: self.write(Article(
                title=self.fresh("今日"), date=dt.date(2025, 1, 1) + dt.timedelta(days=self.made), slug=self.fresh("today"), body="本报讯 今天。",
                subdistrict=pick(SUBDISTRICTS), tags=["换届"],
            )),
            "deleted article": lambda: self.any_article().unlink(),
            "moved file": lambda: self._move(self.any_article()),
            "template": lambda: corpus.edit_template(self.root / "templates", *pick(TEMPLATE_EDITS)),
            "per_page": lambda: self._set_per_page(pick([5, 7, 20])),
            "static file": lambda: (self.root / "static/style.css").write_text(f"body {{ color: #{rng.randrange(4096):03x} }}\n", encoding="utf-8"),
            "touched, same bytes": lambda: os.utime(self.any_article()),
        }
        edits[kind]()

    def _move(self, path: Path) -> None:
        folder = self.root / "content" / "more"
        folder.mkdir(exist_ok=True)
        path.rename(folder / path.name)

    def _set_per_page(self, count: int) -> None:
        config = self.root / "newsarchive.yml"
        config.write_text(re.sub(r"per_page: \d+", f"per_page: {count}", config.read_text(encoding="utf-8")), encoding="utf-8")


KINDS = {  # kind of edit → how often it comes
    "body": 5, "summary": 3, "title": 5, "date": 3, "slug": 2, "subdistrict": 2, "community": 1, "section": 1, "tags": 3,
    "people": 2, "photo": 1, "page": 2, "new article": 4, "today's article": 3, "deleted article": 3, "moved file": 1, "template": 2,
    "per_page": 1, "static file": 1, "touched, same bytes": 1,
}


def _chain(root: Path, seed: int) -> tuple[Editor, random.Random, BuildSession]:
    """A generated site, built once by a `serve` session; its editor, and the chain's other random choices."""
    corpus.write_site(root, ARTICLES, seed=seed)
    session = BuildSession(persistent=True)
    build_site(load_config(root), search=False, session=session)
    return Editor(root, seed), random.Random(-seed), session


def _random_edits(editor: Editor, rng: random.Random) -> list[str]:
    """Make one to three edits of random kinds; their kinds."""
    edits = rng.choices(list(KINDS), list(KINDS.values()), k=rng.choice([1, 1, 2, 3]))
    for kind in edits:
        editor.edit(kind)
    return edits


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_chain_of_random_edits_equals_a_cold_build_after_every_build(tmp_path, monkeypatch, seed):
    root = tmp_path / "site"
    editor, rng, session = _chain(root, seed)
    for step in range(STEPS):
        edits = _random_edits(editor, rng)
        by = rng.choice(["serve session", "one-off build"])
        # Now and then on both cores, however few the pages (parallel.map_chunks).
        monkeypatch.setattr(parallel, "MIN_ITEMS", rng.choice([2, parallel.MIN_ITEMS]))
        where = f"seed {seed}, step {step}: {edits}, {by}"
        if rng.random() < 0.25:
            _a_broken_file_fails_the_build_and_leaves_output_alone(root, editor, session if by == "serve session" else None, where)
        build_site(load_config(root), search=False, session=session if by == "serve session" else None)
        monkeypatch.undo()
        scratch = tmp_path / f"step-{step}"
        scratch.mkdir()
        assert differences(cold_build(root, scratch), snapshot(root / "output")) == [], where


def _a_broken_file_fails_the_build_and_leaves_output_alone(root: Path, editor: Editor, session: BuildSession | None, where: str) -> None:
    victim = editor.any_article()
    good = victim.read_bytes()
    victim.write_text(editor.rng.choice(BROKEN_FILES), encoding="utf-8")
    before = snapshot(root / "output")
    with pytest.raises(InputError):
        build_site(load_config(root), search=False, session=session)
    assert differences(before, snapshot(root / "output")) == [], where
    victim.write_bytes(good)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_what_serve_shows_during_a_chain_of_random_edits_is_never_stale(tmp_path, monkeypatch, seed):
    root = tmp_path / "site"
    editor, rng, session = _chain(root, seed)
    for step in range(STEPS):
        before = snapshot(root / "output")
        pages = sorted(name for name in before if name.endswith(".html"))
        opened = {"index.html", *rng.sample(pages, min(len(pages), rng.choice([1, 3, 8])))}
        edits = _random_edits(editor, rng)
        monkeypatch.setattr(parallel, "MIN_ITEMS", rng.choice([2, parallel.MIN_ITEMS]))
        preview = RecordingPreview(root / "output", opened)
        build_site(load_config(root), search=False, session=session, preview=preview)
        monkeypatch.undo()
        after = snapshot(root / "output")
        changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
        where = f"seed {seed}, step {step}: {edits}"
        assert preview.events in ([], ["pages ready", "output updated"], ["pages ready", "pages ready", "output updated"]), where
        for number, (ready, changing, home_meanwhile) in enumerate(preview.handed):
            assert home_meanwhile == before["index.html"], f"{where}: output/ changed before handover {number}"
            for name, data in ready.items():
                assert name in opened and data == after.get(name), f"{where}: handover {number} gave {name} other bytes than the build wrote"
            unseen = changed - ready.keys() - changing
            if number == 0 and len(preview.handed) == 2:
                # Handed over as soon as a new model's site is whole: static files are let through, and a page
                # that is new but no article's (a new tag's) is found once output/ has it.
                unseen = {name for name in unseen if not name.startswith("static/") and (name in before or ARTICLE_PAGE.fullmatch(name))}
            assert not unseen, f"{where}: handover {number} neither gave nor held {sorted(unseen)}"
        if preview.handed:
            last_ready = preview.handed[-1][0]
            assert not {name for name in opened & changed if name in after} - last_ready.keys(), f"{where}: an open page changed but was not handed over"
