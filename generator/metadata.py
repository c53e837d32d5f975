"""Sharing and search-engine metadata of article pages: canonical URL, Open Graph, schema.org JSON-LD.

Computed here, in Python, and handed to the article template as an
`ArticleMetadata`; the template only prints the values.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from .config import Config
from .content import Article


def absolute_url(config: Config, path: str) -> str:
    """Site-relative path → a full URL when base_url names a host, else the base-path URL."""
    return (config.absolute_base or config.base_path) + path


@dataclass(frozen=True)
class ArticleMetadata:
    canonical_url: str
    description: str
    published: str  # ISO 8601 date, for article:published_time and datePublished
    json_ld: str  # safe to place inside <script type="application/ld+json">


def article_metadata(article: Article, config: Config) -> ArticleMetadata:
    canonical = absolute_url(config, article.url)
    published = article.date.isoformat()
    return ArticleMetadata(
        canonical_url=canonical,
        description=article.summary,
        published=published,
        json_ld=script_json(news_article(article, config, canonical, published)),
    )


def news_article(article: Article, config: Config, canonical: str, published: str) -> dict:
    """The schema.org NewsArticle of an article."""
    publisher = {"@type": "Organization", "name": config.publisher or config.title}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": published,
        "url": canonical,
        "mainEntityOfPage": canonical,
        "inLanguage": config.language,
        "description": article.summary,
        # Reporters wrote the article; without a named reporter the paper itself is the author.
        "author": [_person(name) for name in article.reporters] or [publisher],
        "publisher": publisher,
    }
    if article.correspondents:
        data["contributor"] = [_person(name) for name in article.correspondents]
    if article.section:
        data["articleSection"] = article.section
    if article.tags:
        data["keywords"] = list(article.tags)
    return data


def _person(name: str) -> dict:
    return {"@type": "Person", "name": name}


def script_json(data: dict) -> str:
    """JSON for an inline <script>: '<' written as \\u003c so no text can close the tag or open a comment."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
