"""Article pages carry a canonical URL, Open Graph tags and schema.org NewsArticle JSON-LD with the article's values."""
from __future__ import annotations

import datetime as dt
import json

from bs4 import BeautifulSoup

from .conftest import build, write_article


def _article_page(site, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / "output" / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def _json_ld(page: BeautifulSoup) -> dict:
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def _og(page: BeautifulSoup, name: str) -> str:
    return page.find("meta", property=name)["content"]


def test_article_has_canonical_open_graph_and_news_article(empty_site):
    write_article(empty_site / "content", title="一碗饺子温暖群众心", slug="yi-wan-jiao-zi", date=dt.date(2020, 12, 30),
                  body="本报讯 北下街社区为老人包饺子。", subdistrict="北下街街道", section="活动室",
                  reporters=["柴琳琳", "王明"], correspondents=["陈思"], tags=["冬至"])
    build(empty_site, base_url="https://news.example.org/archive/")
    page = _article_page(empty_site, "2020/12/30/yi-wan-jiao-zi")
    url = "https://news.example.org/archive/2020/12/30/yi-wan-jiao-zi/"

    assert page.find("link", rel="canonical")["href"] == url
    assert _og(page, "og:type") == "article"
    assert _og(page, "og:title") == "一碗饺子温暖群众心"
    assert _og(page, "og:url") == url
    assert "北下街社区为老人包饺子" in _og(page, "og:description")
    assert _og(page, "article:published_time") == "2020-12-30"

    data = _json_ld(page)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == "一碗饺子温暖群众心"
    assert data["datePublished"] == "2020-12-30"
    assert data["url"] == url
    assert data["author"] == [{"@type": "Person", "name": "柴琳琳"}, {"@type": "Person", "name": "王明"}]
    assert data["contributor"] == [{"@type": "Person", "name": "陈思"}]
    assert data["publisher"] == {"@type": "Organization", "name": "管城回族区报"}


def test_article_without_reporter_is_authored_by_the_paper(empty_site):
    write_article(empty_site / "content", title="无记者署名", slug="wu-shu-ming")
    build(empty_site)
    data = _json_ld(_article_page(empty_site, "2021/01/05/wu-shu-ming"))
    assert data["author"] == [{"@type": "Organization", "name": "管城回族区报"}]
    # No host in base_url: the canonical link is the path, never a made-up host.
    assert data["url"] == "/2021/01/05/wu-shu-ming/"


def test_a_headline_cannot_close_the_json_ld_script(empty_site):
    title = '标题</script><script>alert("x")</script>'
    write_article(empty_site / "content", title=title, slug="script-title")
    build(empty_site)
    html = (empty_site / "output/2021/01/05/script-title/index.html").read_text(encoding="utf-8")
    page = BeautifulSoup(html, "html.parser")
    assert _json_ld(page)["headline"] == title
    assert "<script>alert" not in html
