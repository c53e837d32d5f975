"""Date archive, issue pages in page order, section and people pages, pagination and related articles."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup

from generator.content import Source
from generator.site import paginate_from_oldest

from .conftest import build, write_article


def _page(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / "output" / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def _titles(page: BeautifulSoup) -> list[str]:
    return [link.get_text() for link in page.select(".article-link")]


def _set_per_page(site, number: int) -> None:
    config = site / "newsarchive.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("per_page: 20", f"per_page: {number}"), encoding="utf-8")


@pytest.fixture
def archive_site(empty_site):
    content = empty_site / "content"
    page_file = "guancheng-2020-12-30.txt"
    # Written in an order unlike the page order, which the issue page must restore.
    write_article(content, title="第三篇", slug="di-san", date=dt.date(2020, 12, 30), source=Source(page_file, 90, 99),
                  section="活动室", reporters=["柴琳琳"])
    write_article(content, title="头条", slug="tou-tiao", date=dt.date(2020, 12, 30), source=Source(page_file, 3, 20),
                  subdistrict="北下街街道", reporters=["柴琳琳"], correspondents=["陈思"])
    write_article(content, title="第二篇", slug="di-er", date=dt.date(2020, 12, 30), source=Source(page_file, 40, 60),
                  subdistrict="北下街街道", tags=["换届"])
    write_article(content, title="上月旧闻", slug="jiu-wen", date=dt.date(2020, 11, 3), tags=["换届"])
    write_article(content, title="去年旧闻", slug="qu-nian", date=dt.date(2019, 6, 1), section="活动室")
    return empty_site


def test_archive_lists_years_and_months_with_counts(archive_site):
    build(archive_site)
    archive = _page(archive_site, "archive")
    assert [h2.get_text(" ", strip=True) for h2 in archive.select("h2")] == ["2020年 4 篇", "2019年 1 篇"]
    months = {a["href"]: a.get_text(" ", strip=True) for a in archive.select(".archive-year .chips a")}
    assert months == {"/2020/12/": "12月 3", "/2020/11/": "11月 1", "/2019/06/": "6月 1"}


def test_issue_page_lists_the_days_articles_in_page_order(archive_site):
    build(archive_site)
    day = _page(archive_site, "2020/12/30")
    assert day.h1.get_text() == "2020年12月30日 星期三"
    assert _titles(day) == ["头条", "第二篇", "第三篇"]
    month = _page(archive_site, "2020/12")
    assert month.h1.get_text() == "2020年12月"
    assert [a["href"] for a in month.select(".archive-day h2 a")] == ["/2020/12/30/"]
    assert _titles(month) == ["头条", "第二篇", "第三篇"]


def test_an_issue_of_several_pages_is_listed_page_by_page_everywhere(empty_site):
    """Page files in their natural order (-2 before -10), then by line; a hand-written article after the pages."""
    content = empty_site / "content"
    written = {  # title → slug, source; written in an order unlike the issue's
        "第十版": ("di-shi-ban", Source("guancheng-2020-12-30-10.txt", 1, 4)),
        "第二版下": ("di-er-ban-xia", Source("guancheng-2020-12-30-02.txt", 30, 40)),
        "第一版下": ("di-yi-ban-xia", Source("guancheng-2020-12-30-01.txt", 20, 28)),
        "第二版上": ("di-er-ban-shang", Source("guancheng-2020-12-30-02.txt", 1, 5)),
        "第一版上": ("di-yi-ban-shang", Source("guancheng-2020-12-30-01.txt", 3, 9)),
        "第三版": ("di-san-ban", Source("guancheng-2020-12-30-3.txt", 2, 8)),
        "编者按": ("bian-zhe-an", None),
    }
    for title, (slug, source) in written.items():
        write_article(content, title=title, slug=slug, date=dt.date(2020, 12, 30), source=source, subdistrict="北下街街道", tags=["换届"])
    write_article(content, title="前一天", slug="qian-yi-tian", date=dt.date(2020, 12, 29))
    build(empty_site)
    order = ["第一版上", "第一版下", "第二版上", "第二版下", "第三版", "第十版", "编者按"]
    assert _titles(_page(empty_site, "2020/12/30")) == order
    assert _titles(_page(empty_site, "")) == order + ["前一天"]
    assert _titles(_page(empty_site, "subdistricts/bei-xia-jie-jie-dao")) == order
    feed = (empty_site / "output/tags/huan-jie/feed.xml").read_text(encoding="utf-8")
    assert re.findall(r"<title>([^<]+)</title>", feed)[1:] == order  # after the feed's own title
    for earlier, later in zip(order, order[1:]):
        following = _page(empty_site, f"2020/12/30/{written[earlier][0]}").select_one('.neighbours a[rel="next"]')
        assert following["href"] == f"/2020/12/30/{written[later][0]}/"


def test_section_and_people_pages_list_their_articles(archive_site):
    build(archive_site)
    assert _titles(_page(archive_site, "sections/huo-dong-shi")) == ["第三篇", "去年旧闻"]
    assert _titles(_page(archive_site, "people/chai-lin-lin")) == ["头条", "第三篇"]
    assert _titles(_page(archive_site, "people/chen-si")) == ["头条"]


def test_long_lists_are_paginated_from_their_oldest_end_so_a_page_keeps_its_articles(archive_site):
    """Page 1 holds the oldest articles; the first page, all those newer than the numbered ones. New articles
    change the first page: a numbered page goes on showing the same articles at the same URL."""
    _set_per_page(archive_site, 2)
    build(archive_site)
    output = archive_site / "output"
    assert _titles(_page(archive_site, "")) == ["头条", "第二篇", "第三篇"]
    assert _titles(_page(archive_site, "page/1")) == ["上月旧闻", "去年旧闻"]
    assert not (output / "page/2").exists()
    assert _page(archive_site, "").select_one('.pager a[rel="next"]')["href"] == "/page/1/"
    oldest = _page(archive_site, "page/1")
    assert oldest.select_one('.pager a[rel="prev"]')["href"] == "/" and oldest.select_one('.pager a[rel="next"]') is None
    assert oldest.h1.get_text() == "全部文章(第1页)"

    write_article(archive_site / "content", title="新年第一篇", slug="xin-nian", date=dt.date(2021, 1, 1))
    build(archive_site)
    assert _titles(_page(archive_site, "")) == ["新年第一篇", "头条"]
    assert _titles(_page(archive_site, "page/2")) == ["第二篇", "第三篇"]
    assert _titles(_page(archive_site, "page/1")) == ["上月旧闻", "去年旧闻"]
    assert _page(archive_site, "page/1").select_one('.pager a[rel="prev"]')["href"] == "/page/2/"
    second = (output / "page/2/index.html").read_bytes()
    write_article(archive_site / "content", title="新年第二篇", slug="xin-nian-er", date=dt.date(2021, 1, 2))
    build(archive_site)
    assert _titles(_page(archive_site, "")) == ["新年第二篇", "新年第一篇", "头条"]
    assert (output / "page/2/index.html").read_bytes() == second

    # A subdistrict's, a tag's, … list the same way; a month's and an issue's (which do not grow) from their first article.
    assert _titles(_page(archive_site, "tags/huan-jie")) == ["第二篇", "上月旧闻"]
    assert not (output / "tags/huan-jie/page/1").exists()
    assert _titles(_page(archive_site, "2020/12/page/2")) == ["第三篇"]
    assert _titles(_page(archive_site, "2020/12/30/page/2")) == ["第三篇"]


@pytest.mark.parametrize("count", range(23))
def test_pages_numbered_from_the_oldest_hold_every_article_once_and_keep_theirs_as_newer_ones_come(count):
    articles = list(range(count))  # newest first
    pagers = paginate_from_oldest(articles, 4, "x/")
    assert [article for pager in pagers for article in pager.items] == articles
    first, *numbered = pagers
    assert (first.url, first.number, first.previous_url) == ("x/", None, None)
    assert 4 <= len(first.items) < 8 if count >= 4 else len(first.items) == count
    for pager in numbered:
        assert pager.url == f"x/page/{pager.number}/"
        assert pager.items == articles[count - 4 * pager.number : count - 4 * (pager.number - 1)]
    following = [first.url]  # the links lead from the first page to page 1 and back
    while (link := next(pager for pager in pagers if pager.url == following[-1]).next_url) is not None:
        following.append(link)
    assert following == [pager.url for pager in pagers]
    assert [pager.previous_url for pager in pagers[1:]] == following[:-1]
    newer = paginate_from_oldest(["今天", *articles], 4, "x/")
    assert all(pager.items == next(page for page in newer if page.url == pager.url).items for pager in numbered)


def test_article_page_links_related_articles_of_its_subdistrict_or_tag(archive_site):
    build(archive_site)
    related = _page(archive_site, "2020/12/30/di-er").select(".related a")
    # 头条 shares the subdistrict, 上月旧闻 the tag; 第三篇 and 去年旧闻 share neither.
    assert sorted(a.get_text() for a in related) == ["上月旧闻", "头条"]
    assert not _page(archive_site, "2019/06/01/qu-nian").select(".related")


def test_every_page_has_one_h1_and_headings_in_order(archive_site):
    build(archive_site)
    for path in (archive_site / "output").rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        levels = [int(h.name[1]) for h in page.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
        assert levels.count(1) == 1, path
        assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), path
        assert page.title.get_text().strip(), path


def test_the_list_of_all_people_is_paginated_too(empty_site):
    config = empty_site / "newsarchive.yml"
    config.write_text(config.read_text(encoding="utf-8") + "names_per_page: 2\n", encoding="utf-8")
    names = ["柴琳琳", "陈思", "张磊", "李颖睿", "周双双"]
    for number, name in enumerate(names):
        write_article(empty_site / "content", title=f"文章{number}", slug=f"wen-zhang-{number}", reporters=[name])
    build(empty_site)
    listed, url = [], "people/"
    while url:
        page = BeautifulSoup((empty_site / "output" / url / "index.html").read_text(encoding="utf-8"), "html.parser")
        listed += [link.get_text() for link in page.select(".collections a")]
        following = page.select_one('.pager a[rel="next"]')
        url = following["href"].lstrip("/") if following else None
    assert sorted(listed) == sorted(names)
    assert (empty_site / "output/people/page/3/index.html").is_file()


def test_an_early_year_is_written_with_four_digits_in_every_date_url(empty_site):
    """The article, its day and its month share one year folder (strftime would write 905, not 0905)."""
    write_article(empty_site / "content", title="古籍", slug="gu-ji", date=dt.date(905, 1, 2))
    build(empty_site)
    day = _page(empty_site, "0905/01/02")
    assert _titles(day) == ["古籍"]
    assert _titles(_page(empty_site, "0905/01")) == ["古籍"]
    assert (empty_site / "output/0905/01/02/gu-ji/index.html").is_file()
    assert not (empty_site / "output/905").exists()


def test_each_year_has_a_page_of_its_months_where_a_reader_trims_the_url(archive_site):
    """/2020/12/ trimmed to /2020/: that year's months with their counts, linked from /archive/ and from its months."""
    build(archive_site)
    year = _page(archive_site, "2020")
    assert year.h1.get_text() == "2020年" and year.title.get_text().startswith("2020年")
    assert {link["href"]: link.get_text(" ", strip=True) for link in year.select(".chips a")} == {"/2020/12/": "12月 3", "/2020/11/": "11月 1"}
    assert _page(archive_site, "2019").select_one(".chips a")["href"] == "/2019/06/"
    assert {link["href"] for link in _page(archive_site, "archive").select(".archive-year h2 a")} == {"/2020/", "/2019/"}
    assert "/2020/" in {link["href"] for link in _page(archive_site, "2020/12").select(".rubric a")}


def test_a_site_s_archive_template_from_before_the_year_pages_renders_them_too(archive_site):
    """A site copied from the sample before /YYYY/ pages existed: its archive.html knows no `year`, and builds."""
    template = archive_site / "templates/archive.html"
    template.write_text("{% extends \"base.html\" %}{% block main %}{% for y in years %}<h2>{{ y.year }}</h2>{% endfor %}{% endblock %}", encoding="utf-8")
    build(archive_site)
    assert [h2.get_text() for h2 in _page(archive_site, "2019").select("h2")] == ["2019"]
