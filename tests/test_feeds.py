"""Atom feeds (site, subdistrict, tag), sitemap.xml and robots.txt, read the way a feed reader or crawler reads them."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as etree

import feedparser
import pytest
from bs4 import BeautifulSoup

from .conftest import build, write_article

HOST = "https://news.example.org/archive/"


def _write_three(content):
    write_article(content, title="一碗饺子温暖群众心", slug="jiao-zi", date=dt.date(2020, 12, 30),
                  subdistrict="北下街街道", reporters=["柴琳琳"], body="本报讯 包饺子。")
    write_article(content, title="郑汴路社区完成换届", slug="huan-jie", date=dt.date(2020, 12, 29),
                  subdistrict="城东路街道", tags=["换届"], body="本报讯 换届选举 <b>顺利</b>。")
    write_article(content, title="老旧小区改造", slug="lao-jiu", date=dt.date(2020, 11, 3),
                  subdistrict="北下街街道", body="本报讯 老旧小区改造。")


def _feed(site, path: str):
    feed = feedparser.parse((site / "output" / path).read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


@pytest.fixture
def hosted_site(empty_site):
    _write_three(empty_site / "content")
    build(empty_site, base_url=HOST)
    return empty_site


def test_site_feed_is_valid_atom_with_newest_articles_first(hosted_site):
    feed = _feed(hosted_site, "feed.xml")
    assert feed.version == "atom10"
    assert feed.feed.title == "管城新闻档案"
    assert [entry.title for entry in feed.entries] == ["一碗饺子温暖群众心", "郑汴路社区完成换届", "老旧小区改造"]
    assert feed.entries[0].link == HOST + "2020/12/30/jiao-zi/"
    assert feed.entries[0].author == "柴琳琳"
    assert feed.entries[0].published.startswith("2020-12-30")
    # The body travels as HTML, and a reader sees it as such.
    assert "<b>顺利</b>" in feed.entries[1].content[0].value
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [HOST + "feed.xml"]


def test_subdistrict_and_tag_feeds_hold_only_their_articles(hosted_site):
    subdistrict = _feed(hosted_site, "subdistricts/bei-xia-jie-jie-dao/feed.xml")
    assert [entry.title for entry in subdistrict.entries] == ["一碗饺子温暖群众心", "老旧小区改造"]
    tag = _feed(hosted_site, "tags/huan-jie/feed.xml")
    assert [entry.title for entry in tag.entries] == ["郑汴路社区完成换届"]
    assert tag.entries[0].link == HOST + "2020/12/29/huan-jie/"
    assert {t.term for t in tag.entries[0].tags} == {"城东路街道", "换届"}


def test_pages_announce_their_feeds(hosted_site):
    def alternates(path):
        page = BeautifulSoup((hosted_site / "output" / path).read_text(encoding="utf-8"), "html.parser")
        return [link["href"] for link in page.find_all("link", rel="alternate", type="application/atom+xml")]

    assert alternates("index.html") == ["/archive/feed.xml"]
    assert alternates("tags/huan-jie/index.html") == ["/archive/feed.xml", "/archive/tags/huan-jie/feed.xml"]


def test_feed_keeps_only_the_configured_number_of_entries(empty_site):
    config = empty_site / "newsarchive.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("feed_items: 50", "feed_items: 2"), encoding="utf-8")
    _write_three(empty_site / "content")
    build(empty_site)
    feed = _feed(empty_site, "feed.xml")
    assert [entry.title for entry in feed.entries] == ["一碗饺子温暖群众心", "郑汴路社区完成换届"]
    # Without a host the links are paths under the base path.
    assert feed.entries[0].link == "/2020/12/30/jiao-zi/"


def test_sitemap_lists_every_html_page_but_search_and_404_and_robots_points_to_it(hosted_site):
    output = hosted_site / "output"
    root = etree.parse(output / "sitemap.xml").getroot()
    listed = {loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    folders = [path.parent.relative_to(output).as_posix() for path in output.rglob("index.html")]
    assert listed == {HOST if folder == "." else f"{HOST}{folder}/" for folder in folders if folder != "search"}
    # /search/ is an empty page without a query, and the error page is no page to find.
    assert HOST + "2020/12/29/huan-jie/" in listed and HOST + "404.html" not in listed and HOST + "search/" not in listed
    robots = (output / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {HOST}sitemap.xml" in robots.splitlines() and robots.endswith("\n")
