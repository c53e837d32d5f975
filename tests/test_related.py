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
def archives(draw, least: int = 1, most: int = 40) -> list[Article]:
    count = draw(st.integers(least, most))
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


@st.composite
def changed_archives(draw) -> tuple[list[Article], list[Article], set[int]]:
    """An archive, and the same after some articles were added, removed and changed (as a saved model sees them: the same object, new fields)."""
    before = draw(archives(least=60, most=150))  # long enough for lists far apart, which keep_related must tell from those near a change
    removed = draw(st.sets(st.integers(0, len(before) - 1), max_size=3))
    after = [article for number, article in enumerate(before) if number not in removed]
    changes = draw(st.lists(st.tuples(st.sampled_from(after), SUBDISTRICTS, TAGS, st.integers(0, 20)), min_size=1, max_size=2))
    added = [
        Article(title=f"新{number}", date=dt.date(2020, 12, 1) + dt.timedelta(days=day), slug=f"new-{number}", body="正文", subdistrict=subdistrict, tags=tags)
        for number, (subdistrict, tags, day) in enumerate(draw(st.lists(st.tuples(SUBDISTRICTS, TAGS, st.integers(0, 20)), max_size=3)))
    ]
    return before, after + added, changes


@given(changed_archives())
def test_related_lists_kept_from_the_last_site_are_the_nearest_still(archive):
    before, after, changes = archive
    old = Site(Config(root=Path(".")), before)
    old_related = {id(article): old.related(article) for article in old.articles}
    for article, subdistrict, tags, day in changes:  # after the old site was made, as an edited file is loaded into it
        article.subdistrict, article.tags, article.date = subdistrict, tags, dt.date(2020, 12, 1) + dt.timedelta(days=day)
    new = Site(Config(root=Path(".")), after)
    new.keep_related(old, old_related, {id(article) for article, *_ in changes})
    for article in new.articles:
        assert new.related(article) == plainly_related(new, article)


def test_an_added_article_leaves_most_related_lists_as_they_were():
    """Only the lists that could reach across it are made again (the site model of a new article keeps the others)."""
    articles = [
        Article(title=f"第{number}篇", date=dt.date(2020, 1, 1) + dt.timedelta(days=number), slug=f"a-{number}", body="正文",
                subdistrict=["南关街道", "北下街街道"][number % 2], tags=["换届"] if number % 7 == 0 else [])
        for number in range(300)
    ]
    old = Site(Config(root=Path(".")), articles)
    old_related = {id(article): old.related(article) for article in old.articles}
    added = Article(title="新", date=dt.date(2020, 6, 1), slug="xin", body="正文", subdistrict="南关街道", tags=["换届"])
    new = Site(Config(root=Path(".")), [*articles, added])
    new.keep_related(old, old_related, {id(added)})
    kept = [article for article in articles if new.related(article) is old_related[id(article)]]
    assert len(kept) > 250
    assert all(new.related(article) == plainly_related(new, article) for article in new.articles)
