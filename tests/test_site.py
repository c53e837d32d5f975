"""The bundled sample site, built and read the way a reader would: by its pages and links.

Expectations come from the seed page's expected articles
(/work/shared/pages/guancheng-2020-12-30.expected.json), never from lists
written here; URLs come from the content files' front matter.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Doctype

from generator.content import parse_article
from generator.slugs import pinyin_slug

from .conftest import REPO, SEED_PAGES, build, copy_site

EXPECTED = json.loads((SEED_PAGES / "guancheng-2020-12-30.expected.json").read_text(encoding="utf-8"))
ARTICLES = EXPECTED["articles"]
ARTICLE_PATH = re.compile(r"^\d{4}/\d{2}/\d{2}/[a-z0-9-]+/$")


def chinese_date(iso: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月{day}日"


def text_of(element) -> str:
    """The text as a reader sees it: markup gone, runs of white space as one space."""
    return re.sub(r"\s+", " ", element.get_text()).strip()


class BuiltSite:
    """An output folder read through its URLs, as a static host would serve it under `base`."""

    def __init__(self, output: Path, base: str = "/", host: str = ""):
        self.output, self.base, self.host = output, base, host

    @cache
    def page(self, path: str) -> BeautifulSoup:
        """The page at a site-relative path such as 'tags/huan-jie/'."""
        return BeautifulSoup(self.file_of(path).read_text(encoding="utf-8"), "html.parser")

    def file_of(self, path: str) -> Path:
        return self.output / (path + "index.html" if path == "" or path.endswith("/") else path)

    def site_path(self, link: str, on: str) -> str | None:
        """The site-relative path a link on page `on` points to; None for other sites; raises for a link that leaves the site."""
        url = urlsplit(urljoin(f"{self.host}{self.base}{on}", link))
        if url.scheme not in ("", "http", "https") or (url.netloc and f"{url.scheme}://{url.netloc}" != self.host):
            return None
        if not url.path.startswith(self.base):
            raise AssertionError(f"/{on}: {link!r} is outside the site's base path {self.base}")
        return unquote(url.path[len(self.base):])

    def links(self, on: str, within=None) -> list[tuple[str, str]]:
        """(link as written, site-relative target) of every internal href/src/action on a page."""
        found = []
        for element in (within or self.page(on)).find_all(True):
            for attribute in ("href", "src", "action"):
                link = element.get(attribute)
                if link and (target := self.site_path(link, on)) is not None:
                    found.append((link, target + (f"#{urlsplit(link).fragment}" if urlsplit(link).fragment else "")))
        return found

    def broken(self, on: str) -> list[str]:
        """Links on a page whose file (or #anchor) does not exist."""
        problems = []
        for link, target in self.links(on):
            path, _, anchor = target.partition("#")
            if not self.file_of(path).is_file():
                problems.append(f"/{on} → {link} (no {self.file_of(path).relative_to(self.output)})")
            elif anchor and self.file_of(path).suffix == ".html" and self.page(path).find(id=anchor) is None:
                problems.append(f"/{on} → {link} (no id={anchor!r})")
        return problems

    def html_pages(self) -> list[str]:
        pages = []
        for file in sorted(self.output.rglob("*.html")):
            relative = file.relative_to(self.output).as_posix()
            pages.append(relative[: -len("index.html")] if file.name == "index.html" else relative)
        return pages

    def article_titles(self, on: str) -> list[str]:
        """Headlines of the articles a page lists, in order (links to article pages inside <main>)."""
        main = self.page(on).find("main")
        return [text_of(a) for a in main.find_all("a", href=True) if ARTICLE_PATH.match(self.site_path(a["href"], on) or "")]

    def link_to(self, on: str, text: str, within=None) -> str:
        """The site-relative target of the link with this text."""
        for a in (within or self.page(on)).find_all("a", href=True):
            if text_of(a) == text:
                return self.site_path(a["href"], on)
        raise AssertionError(f"/{on} has no link {text!r}")

    def h1(self, path: str) -> str:
        return text_of(self.page(path).find("h1"))


def article_urls(content_dir: Path) -> dict[str, str]:
    """Headline → /YYYY/MM/DD/<slug>/ from each content file's own front matter."""
    urls = {}
    for file in sorted(content_dir.glob("*.md")):
        article, problems = parse_article(file, file.read_bytes())
        assert not problems, problems
        urls[article.title] = f"{article.date:%Y/%m/%d}/{article.slug}/"
    return urls


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> BuiltSite:
    root = copy_site(tmp_path_factory.mktemp("bundled") / "site")
    build(root)
    return BuiltSite(root / "output")


@pytest.fixture(scope="module")
def urls() -> dict[str, str]:
    return article_urls(REPO / "content")


def test_the_bundled_content_is_the_seed_pages_seven_articles(urls):
    assert sorted(urls) == sorted(a["title"] for a in ARTICLES)


@pytest.mark.parametrize("expected", ARTICLES, ids=[a["title"][:12] for a in ARTICLES])
def test_article_page(site, urls, expected):
    url = urls[expected["title"]]
    assert url.startswith(EXPECTED["date"].replace("-", "/") + "/")
    page = site.page(url)
    assert site.h1(url) == expected["title"]
    header = page.find("article").find("header")
    time = header.find("time")
    assert text_of(time) == chinese_date(EXPECTED["date"]) and time["datetime"].startswith(EXPECTED["date"])
    if expected["section"]:
        assert site.h1(site.link_to(url, f"■{expected['section']}", header)) == expected["section"]
    for place in (expected["subdistrict"], expected["community"]):
        if place:
            place_page = site.link_to(url, place, header)
            assert site.h1(place_page) == place and expected["title"] in site.article_titles(place_page)
    tags = page.find(class_="tags")
    for tag in expected["tags_include"]:
        assert site.h1(site.link_to(url, tag, tags)) == tag
    byline = page.find(class_="byline")
    credit = ["记者", *expected["reporters"], "通讯员", *expected["correspondents"]] + (["文/图"] if expected["photo"] else [])
    assert text_of(byline) == " ".join(credit)
    for name in expected["reporters"] + expected["correspondents"]:
        assert expected["title"] in site.article_titles(site.link_to(url, name, byline))
    body = [text_of(p) for p in page.find(class_="body").find_all("p")]
    assert body == [re.sub(r"\s+", " ", p) for p in expected["paragraphs"]]


def test_previous_and_next_follow_the_order_of_the_page(site, urls):
    order = [urls[a["title"]] for a in ARTICLES]
    for number, url in enumerate(order):
        neighbours = {a["rel"][0]: site.site_path(a["href"], url) for a in site.page(url).select("a[rel]") if a["rel"][0] in ("prev", "next")}
        assert neighbours.get("prev") == (order[number - 1] if number > 0 else None)
        assert neighbours.get("next") == (order[number + 1] if number + 1 < len(order) else None)


def test_each_subdistrict_page_lists_its_articles_newest_first(site):
    members: dict[str, list[str]] = {}
    for article in ARTICLES:
        members.setdefault(article["subdistrict"], []).append(article["title"])
    published = {p.name for p in (site.output / "subdistricts").iterdir() if p.is_dir()}
    assert published == {pinyin_slug(name) for name in members} and len(published) == 5
    for name, titles in members.items():
        url = f"subdistricts/{pinyin_slug(name)}/"
        assert site.h1(url) == name
        assert site.article_titles(url) == titles


def listed_counts(site: BuiltSite, url: str) -> dict[str, int]:
    """Name → count from an index page such as /subdistricts/: each entry's link and the number beside it."""
    counts = {}
    for item in site.page(url).find("main").find_all("li"):
        link = item.find("a")
        counts[text_of(link)] = int(re.search(r"\d+", text_of(item)[len(text_of(link)):]).group())
    return counts


def test_subdistricts_index_lists_every_subdistrict_with_its_count(site):
    assert listed_counts(site, "subdistricts/") == dict(Counter(a["subdistrict"] for a in ARTICLES))


def test_huan_jie_tag_page_lists_exactly_the_election_items(site):
    elections = [a["title"] for a in ARTICLES if "换届" in a["tags_include"]]
    assert len(elections) == 3
    assert site.h1("tags/huan-jie/") == "换届"
    assert site.article_titles("tags/huan-jie/") == elections


def test_tags_index_lists_every_tag_with_its_count(site, urls):
    tagged = Counter(text_of(a) for url in urls.values() if (tags := site.page(url).find(class_="tags")) for a in tags.find_all("a"))
    counts = listed_counts(site, "tags/")
    assert counts == dict(tagged) and counts["换届"] == 3


def test_home_page_shows_latest_articles_and_ways_to_browse(site):
    home = site.page("")
    assert home.html["lang"] == "zh-CN"
    assert site.article_titles("")[: len(ARTICLES)] == [a["title"] for a in ARTICLES]
    targets = {target for _, target in site.links("")}
    assert {f"subdistricts/{pinyin_slug(a['subdistrict'])}/" for a in ARTICLES} <= targets
    assert {f"sections/{pinyin_slug(a['section'])}/" for a in ARTICLES if a["section"]} <= targets
    assert "tags/huan-jie/" in targets


def test_404_page_leads_back_home(site):
    assert site.file_of("404.html").is_file()
    assert site.page("404.html").find("h1") is not None
    assert "" in {target for _, target in site.links("404.html")}


def test_every_page_is_a_chinese_html5_page_for_phones(site):
    for url in site.html_pages():
        page = site.page(url)
        assert isinstance(page.contents[0], Doctype) and page.contents[0].lower() == "html", url
        assert page.html["lang"] == "zh-CN", url
        assert page.find("meta", attrs={"name": "viewport"}) is not None, url
        assert len(page.find_all("h1")) == 1, url


def test_every_internal_link_and_asset_resolves(site):
    assert [problem for url in site.html_pages() for problem in site.broken(url)] == []


def test_the_site_works_under_a_sub_path(tmp_path):
    root = copy_site(tmp_path / "site")
    build(root, base_url="https://example.org/archive/")
    site = BuiltSite(root / "output", "/archive/", "https://example.org")
    for url in site.html_pages():
        for link, _ in site.links(url):
            # A link within the page (#main) is fine anywhere; every other one names the sub-path.
            assert link.startswith(("/archive/", "https://example.org/archive/", "#")), f"/{url}: {link}"
    assert [problem for url in site.html_pages() for problem in site.broken(url)] == []


def pages_of(site: BuiltSite, first: str) -> list[str]:
    """A paginated list followed page by page through its 'next' links."""
    pages = [first]
    while (following := site.page(pages[-1]).find("a", rel="next")) is not None:
        pages.append(site.site_path(following["href"], pages[-1]))
    return pages


def test_long_lists_are_paginated(tmp_path):
    root = copy_site(tmp_path / "site")
    config = root / "newsarchive.yml"
    config.write_text(re.sub(r"(?m)^per_page:.*$", "per_page: 2", config.read_text(encoding="utf-8")), encoding="utf-8")
    build(root)
    site = BuiltSite(root / "output")
    home_pages = pages_of(site, "")
    # Numbered from the oldest page: the home page leads to the highest number, down to page 1.
    assert home_pages[1:] == [f"page/{number}/" for number in range(len(home_pages) - 1, 0, -1)] and len(home_pages) > 2
    assert [title for url in home_pages for title in site.article_titles(url)] == [a["title"] for a in ARTICLES]
    for name in {a["subdistrict"] for a in ARTICLES}:
        listing = pages_of(site, f"subdistricts/{pinyin_slug(name)}/")
        assert [t for url in listing for t in site.article_titles(url)] == [a["title"] for a in ARTICLES if a["subdistrict"] == name]
    assert [problem for url in site.html_pages() for problem in site.broken(url)] == []
