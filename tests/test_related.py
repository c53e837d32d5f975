"""Related articles: the nearest in reading order that share the subdistrict or a tag, the newer of two as near first."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.config import Config
from generator.content import Article, parse_article
from generator.site import Site

SUBDISTRICTS = st.sampled_from([None, "南关街道", "北下街街道", "东大街街道"])
TAGS = st.lists(st.sampled_from(["换届", "疫情防控", "老旧小区"]), unique=True, max_size=2)


@st.composite
def archives(draw) -> list[Article]:
    count = draw(st.integers(1, 40))
    return [
        Article(
            title=f"第{number}篇",
            date=dt.date(2020, 12, 1) + dt.timedelta(days=draw(st.integers(0, 20))),
            slug=f"article-{number}",
            body="正文",
            subdistrict=draw(SUBDISTRICTS),
            tags=draw(TAGS),
        )
        for number in range(count)
    ]


def plainly_related(site: Site, article: Article, limit: int = 5) -> list[Article]:
    """The definition, read off every article: shares the subdistrict or a tag; by distance in reading order, then newer first."""
    position = site.articles.index(article)

    def shares(other: Article) -> bool:
        return (article.subdistrict is not None and other.subdistrict == article.subdistrict) or bool(set(other.tags) & set(article.tags))

    others = [(abs(place - position), place) for place, other in enumerate(site.articles) if other is not article and shares(other)]
    return [site.articles[place] for _, place in sorted(others)[:limit]]


@given(archives())
def test_related_articles_are_the_nearest_that_share_a_subdistrict_or_tag(articles):
    site = Site(Config(root=Path(".")), articles)
    for article in site.articles:
        assert site.related(article) == plainly_related(site, article)


def test_a_tag_written_twice_counts_once(tmp_path):
    """An editor who types a tag (or a name) twice: the article is listed once, and never related to itself."""
    text = "---\ntitle: 两次标签\ndate: 2020-12-30\nslug: liang-ci\ntags: [换届, 换届]\nreporters: [柴琳琳, 柴琳琳]\n---\n\n正文。\n"
    article, problems = parse_article(tmp_path / "a.md", text.encode("utf-8"))
    assert problems == [] and article.tags == ["换届"] and article.reporters == ["柴琳琳"]
    other = Article(title="另一篇", date=dt.date(2020, 12, 29), slug="ling-yi-pian", body="正文", tags=["换届"])
    site = Site(Config(root=Path(".")), [article, other])
    assert site.tags["换届"].count == 2
    assert site.related(article) == [other]
