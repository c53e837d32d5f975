"""Atom feeds (whole site, each subdistrict, each tag), the sitemap and robots.txt.

This module decides what each feed holds; the Jinja templates `atom.xml`,
`sitemap.xml` and `robots.txt` write them out, like every other page, so
each file is a pure function of the site model. Links are absolute when
base_url names a host (feed readers and crawlers need that), else paths
under the base path.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .config import Config
from .content import Article
from .metadata import absolute_url
from .site import Collection, Site

SITE_FEED_URL = "feed.xml"
# The paper is published in Zhengzhou; article dates are local dates there.
NEWSPAPER_UTC_OFFSET = "+08:00"
# `updated` of a feed with no entries: any fixed time keeps the build reproducible.
EMPTY_FEED_DATE = dt.date(1970, 1, 1)
FEED_KINDS = ("subdistrict", "tag")


def atom_time(date: dt.date) -> str:
    """An article date as an RFC 3339 time: midnight in the newspaper's time zone."""
    return f"{date.isoformat()}T00:00:00{NEWSPAPER_UTC_OFFSET}"


@dataclass(frozen=True)
class FeedEntry:
    article: Article
    id: str
    updated: str


@dataclass(frozen=True)
class FeedLink:
    """A feed as a page links to it (`<link rel="alternate">`), without its entries."""

    url: str
    title: str


@dataclass(frozen=True)
class Feed:
    url: str  # site-relative: 'feed.xml', 'tags/huan-jie/feed.xml'
    html_url: str  # the page the feed follows: '', 'tags/huan-jie/'
    title: str
    id: str
    updated: str
    author: str
    entries: list[FeedEntry]

    @property
    def link(self) -> FeedLink:
        return FeedLink(self.url, self.title)


def feed_id(config: Config, path: str) -> str:
    """A permanent Atom id: the absolute URL when the host is known, else a URN of the path."""
    if config.absolute_base:
        return absolute_url(config, path)
    return f"urn:newsarchive:{path or 'home'}"


def make_feed(config: Config, url: str, html_url: str, title: str, articles: list[Article]) -> Feed:
    """The newest `config.feed_items` of `articles` (already newest first) as a feed."""
    newest = articles[: config.feed_items]
    return Feed(
        url=url,
        html_url=html_url,
        title=title,
        id=feed_id(config, url),
        updated=atom_time(newest[0].date if newest else EMPTY_FEED_DATE),
        author=config.publisher or config.title,
        entries=[FeedEntry(article, feed_id(config, article.url), atom_time(article.date)) for article in newest],
    )


def site_feed(site: Site) -> Feed:
    return make_feed(site.config, SITE_FEED_URL, "", site.config.title, site.articles)


def collection_feed(site: Site, collection: Collection) -> Feed:
    title = f"{collection.name} · {site.config.title}"
    return make_feed(site.config, collection.url + "feed.xml", collection.url, title, collection.articles)
