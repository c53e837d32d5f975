"""Which pages the site has: one `Page` per output file, with its template and context.

The site model (site.py) knows the articles and collections; this module
decides what is published from them and at which URL. Rendering
(render.py) and writing (build.py) do not decide anything.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .feeds import FEED_KINDS, Feed, collection_feed, site_feed
from .site import (
    KINDS,
    Collection,
    MonthCount,
    MonthName,
    Site,
    by_day,
    by_year,
    paginate,
    paginate_from_oldest,
)

SEARCH_URL = "search/"  # Pagefind's search page: empty until a reader types a query, so not in the sitemap


@dataclass(slots=True)  # one per output file (15,000 at 10,000 articles), kept in the site model
class Page:
    url: str  # site-relative: '' (home), 'tags/huan-jie/', 'feed.xml'
    template: str
    context: dict = field(default_factory=dict)

    def __reduce__(self):
        return Page, (self.url, self.template, self.context)  # a tuple: lighter to pickle and load than slots' dict

    @property
    def output_path(self) -> str:
        """Path of the file under output/: directories get an index.html."""
        return self.url + "index.html" if self.url == "" or self.url.endswith("/") else self.url


def plan_pages(site: Site) -> list[Page]:
    """Every page of the site, in a stable order."""
    return list(planned_pages(site))


def planned_pages(site: Site) -> Iterator[Page]:
    """Every page of the site, in a stable order, one at a time (so a model made anew can put a carried-over page in a new one's place at once)."""
    listed: list[str] = []  # crawlers get every HTML page except the error page and the search page
    for page in _content_pages(site):
        if (page.url.endswith("/") or page.url == "") and page.url != SEARCH_URL:
            listed.append(page.url)
        yield page
    yield Page("sitemap.xml", "sitemap.xml", {"urls": listed})
    yield Page("robots.txt", "robots.txt")


def related_lists(planned: list[tuple[Page | None, str | None]]) -> dict[int, list]:
    """id(article) → the related articles its page was given, in a site model's plan (for `Site.keep_related`)."""
    return {id(page.context["article"]): page.context["related"] for page, _ in planned if page is not None and page.template == "article.html"}


def _content_pages(site: Site) -> Iterator[Page]:
    per_page = site.config.per_page
    # The newest articles are on the home page; older ones at /page/N/, numbered from the oldest, with a
    # template of their own: they show no collection counts, so a new article re-renders only the home page.
    for pager in paginate_from_oldest(site.articles, per_page, ""):
        yield Page(pager.url, "home.html" if pager.number is None else "all_articles.html", {"pager": pager})
    yield Page("404.html", "404.html")
    yield Page(SEARCH_URL, "search.html")
    for article in site.articles:
        # Its metadata is made while the page renders (article.html calls article_metadata): only pages that render pay for it.
        yield Page(article.url, "article.html", {"article": article, "related": site.related(article)})
    for kind, collections in (
        ("subdistrict", site.subdistricts),
        ("community", site.communities),
        ("tag", site.tags),
        ("section", site.sections),
        ("person", site.people),
    ):
        prefix, label = KINDS[kind]
        for pager in paginate(list(collections.values()), site.config.names_per_page, f"{prefix}/"):
            yield Page(pager.url, "collections.html", {"kind": kind, "label": label, "pager": pager})
        for collection in collections.values():
            feed = collection_feed(site, collection) if kind in FEED_KINDS else None
            yield from _listing_pages(collection, per_page, feed)
            if feed:
                yield Page(feed.url, "atom.xml", {"feed": feed})
    yield from _date_archive_pages(site)
    yield Page("feed.xml", "atom.xml", {"feed": site_feed(site)})


def _listing_pages(collection: Collection, per_page: int, feed: Feed | None) -> list[Page]:
    """A collection's first page shows its count and is given its feed; the numbered ones, only its name and
    its feed's link: what a new article changes (the count, the feed's entries) leaves them as they are."""
    pagers = paginate_from_oldest(collection.articles, per_page, collection.url)
    first = Page(pagers[0].url, "listing.html", {"collection": collection, "pager": pagers[0], "feed": feed})
    named, link = collection.named, feed.link if feed else None
    return [first, *(Page(pager.url, "listing.html", {"collection": named, "pager": pager, "feed": link}) for pager in pagers[1:])]


def _date_archive_pages(site: Site) -> list[Page]:
    """/archive/ by year and month; /YYYY/ a year's months; /YYYY/MM/ month pages; /YYYY/MM/DD/ issue pages in page order."""
    per_page = site.config.per_page
    # The archive and a month's pages show a month's name and count, its days' pages its name, not all its
    # articles: a title edit then changes only the pages that list the article.
    summaries = [MonthCount(month.year, month.month, month.count) for month in site.months]
    years = by_year(summaries)
    # A year's page is the archive of that year alone (`year` says which): a reader who trims
    # /2020/12/ to /2020/ finds it, and a site's archive.html from before it had the year pages still renders it.
    pages = [Page("archive/", "archive.html", {"years": years, "year": None})]
    pages += [Page(year.url, "archive.html", {"years": [year], "year": year}) for year in years]
    for month, summary in zip(site.months, summaries):
        for pager in paginate(month.articles, per_page, month.url):
            pages.append(Page(pager.url, "month.html", {"month": summary, "pager": pager, "days": by_day(pager.items)}))
        name = MonthName(month.year, month.month)
        for day in month.days:
            for pager in paginate(day.articles, per_page, day.url):
                pages.append(Page(pager.url, "day.html", {"day": day, "month": name, "pager": pager}))
    return pages
