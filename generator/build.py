"""The one build pipeline: load → model → render → write. Used by `build`, `serve` and the tests.

The site is written into a staging folder beside `output/` and swapped in
only when complete, so a failed or interrupted build leaves the previous
`output/` as it was. `output/` belongs to newsarchive: each build replaces
it whole (files to publish as they are go in `static/`).
"""
from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, replace
from pathlib import Path

from .config import Config
from .content import Article, read_article
from .errors import InputError, Problem
from .fsutil import path_inside, replace_directory
from .markdown import MarkdownRenderer, summary
from .pages import Page, plan_pages
from .render import Renderer
from .search import SearchOutcome, index_site
from .site import Site, url_collisions


@dataclass
class BuildResult:
    pages: int
    articles: int
    seconds: float
    output_dir: Path
    search: SearchOutcome

    def summary_line(self) -> str:
        return (
            f"built {self.pages} pages from {self.articles} articles into {self.output_dir} "
            f"in {self.seconds:.2f} s; {self.search.summary()}"
        )


def load_articles(content_dir: Path) -> list[Article]:
    """Parse every `*.md` under `content_dir`; raise InputError with all problems of all files."""
    if not content_dir.is_dir():
        raise InputError([Problem(content_dir, None, None, "content folder not found")])
    renderer = MarkdownRenderer()
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in sorted(content_dir.rglob("*.md")):
        article, found = read_article(path)
        problems.extend(found)
        if article is not None:
            html = renderer.render(article.body)
            articles.append(replace(article, html=html, summary=summary(html)))
    if problems:
        # Two good files at one URL are reported too, so one run shows every problem.
        raise InputError(problems + url_collisions(articles))
    return articles


def _output_file(staging: Path, page: Page) -> Path:
    """Where `page` is written; a page whose path would leave the output folder is rejected, never written."""
    try:
        return path_inside(staging, page.output_path)
    except ValueError:
        article = page.context.get("article")
        where = (article.path or article.title) if article else page.template
        raise InputError([Problem(where, None, None, f"its page would be written outside the output folder, at {page.output_path!r}")]) from None


def build_site(config: Config, *, search: bool = True) -> BuildResult:
    """Build the whole site into `config.output_dir`; on any error, leave it untouched.

    `search=False` skips the Pagefind index (tests, `serve`, `--no-search`).
    """
    started = time.perf_counter()
    articles = load_articles(config.content_dir)
    site = Site(config, articles)
    renderer = Renderer(config, site)
    pages = plan_pages(site)
    output_dir = config.output_dir
    staging = output_dir.with_name(f".{output_dir.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for page in pages:
            target = _output_file(staging, page)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(renderer.render(page), encoding="utf-8")
        if config.static_dir.is_dir():
            shutil.copytree(config.static_dir, staging / "static", dirs_exist_ok=True)
        # The one step outside the page plan: it indexes the finished HTML, so it runs last.
        outcome = index_site(staging, config) if search else SearchOutcome(False, 0, "turned off (--no-search)")
        replace_directory(staging, output_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BuildResult(len(pages), len(articles), time.perf_counter() - started, output_dir, outcome)
