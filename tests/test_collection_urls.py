"""Collection URLs (subdistricts, people, tags, …) stay with the name that has them: a newcomer whose name
is spelled alike in pinyin (a typo, a namesake) gets the `-2`, not the page and feed readers know."""
from __future__ import annotations

import datetime as dt

import feedparser
from bs4 import BeautifulSoup

from generator.content import Source

from .conftest import build, write_article


def h1_at(site, path: str) -> str:
    return BeautifulSoup((site / "output" / path / "index.html").read_text(encoding="utf-8"), "html.parser").h1.get_text()


def feed_title(site, path: str) -> str:
    return feedparser.parse((site / "output" / path / "feed.xml").read_bytes()).feed.title


def test_a_subdistrict_misspelled_like_a_configured_one_does_not_take_its_url(empty_site):
    content = empty_site / "content"
    write_article(content, title="南关街街道开展活动", slug="huo-dong", date=dt.date(2020, 12, 30), subdistrict="南关街街道")
    # A typo (接 for 街), in an article older than any of the configured name's: the configured name still comes first.
    write_article(content, title="旧闻", slug="jiu-wen", date=dt.date(2020, 12, 1), subdistrict="南关接街道")
    build(empty_site)
    assert h1_at(empty_site, "subdistricts/nan-guan-jie-jie-dao") == "南关街街道"
    assert feed_title(empty_site, "subdistricts/nan-guan-jie-jie-dao").startswith("南关街街道 ")
    assert h1_at(empty_site, "subdistricts/nan-guan-jie-jie-dao-2") == "南关接街道"


def test_a_new_name_spelled_like_a_persons_gets_the_next_url(empty_site):
    content = empty_site / "content"
    write_article(content, title="一碗饺子", slug="jiao-zi", date=dt.date(2020, 12, 30), correspondents=["李颖睿"])
    build(empty_site)
    assert h1_at(empty_site, "people/li-ying-rui") == "李颖睿"
    write_article(content, title="社区义诊", slug="yi-zhen", date=dt.date(2021, 1, 5), correspondents=["李英瑞"])
    build(empty_site)
    assert h1_at(empty_site, "people/li-ying-rui") == "李颖睿"
    assert h1_at(empty_site, "people/li-ying-rui-2") == "李英瑞"


def test_of_two_names_first_printed_in_one_issue_the_one_higher_on_the_page_comes_first(empty_site):
    content = empty_site / "content"
    issue = dt.date(2020, 12, 30)
    write_article(content, title="下面的", slug="xia-mian", date=issue, source=Source("guancheng-2020-12-30.txt", 40, 50), reporters=["李英瑞"])
    write_article(content, title="上面的", slug="shang-mian", date=issue, source=Source("guancheng-2020-12-30.txt", 3, 20), reporters=["李颖睿"])
    build(empty_site)
    assert h1_at(empty_site, "people/li-ying-rui") == "李颖睿"
    assert h1_at(empty_site, "people/li-ying-rui-2") == "李英瑞"


def test_a_configured_subdistrict_keeps_its_url_before_it_has_an_article(empty_site):
    """A typo published while 南关街街道 has no article (or only drafts) gets the -2: the plain URL waits for the configured name."""
    content = empty_site / "content"
    write_article(content, title="旧闻", slug="jiu-wen", date=dt.date(2020, 12, 1), subdistrict="南关接街道")
    build(empty_site)
    assert not (empty_site / "output/subdistricts/nan-guan-jie-jie-dao").exists()
    assert h1_at(empty_site, "subdistricts/nan-guan-jie-jie-dao-2") == "南关接街道"
    write_article(content, title="南关街街道开展活动", slug="huo-dong", date=dt.date(2020, 12, 30), subdistrict="南关街街道")
    build(empty_site)
    assert h1_at(empty_site, "subdistricts/nan-guan-jie-jie-dao") == "南关街街道"
    assert h1_at(empty_site, "subdistricts/nan-guan-jie-jie-dao-2") == "南关接街道"
