"""Which pages the site has: one `Page` per output file, with its template and context.

The site model (site.py) knows the articles and collections; this module
decides what is published from them and at which URL. Rendering
(render.py) and writing (build.py) do not decide anything.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .site import KINDS, Collection, Site, paginate


@dataclass
class Page:
    url: str  # site-relative: '' (home), 'tags/huan-jie/', 'feed.xml'
    template: str
    context: dict = field(default_factory=dict)

    @property
    def output_path(self) -> str:
        """Path of the file under output/: directories get an index.html."""
        return self.url + "index.html" if self.url == "" or self.url.endswith("/") else self.url


def plan_pages(site: Site) -> list[Page]:
    """Every page of the site, in a stable order."""
    per_page = site.config.per_page
    pages = [
        Page("", "home.html", {"latest": site.articles[:per_page]}),
        Page("404.html", "404.html"),
    ]
    for article in site.articles:
        pages.append(Page(article.url, "article.html", {"article": article}))
    for kind, collections in (
        ("subdistrict", site.subdistricts),
        ("tag", site.tags),
        ("section", site.sections),
        ("person", site.people),
    ):
        prefix, label = KINDS[kind]
        pages.append(Page(f"{prefix}/", "collections.html", {"kind": kind, "label": label, "collections": list(collections.values())}))
        for collection in collections.values():
            pages.extend(_listing_pages(collection, per_page))
    return pages


def _listing_pages(collection: Collection, per_page: int) -> list[Page]:
    return [
        Page(pager.url, "listing.html", {"collection": collection, "pager": pager})
        for pager in paginate(collection.articles, per_page, collection.url)
    ]
