"""The whole-site model: every article and every collection of articles, with their URLs.

Built once per build from the parsed articles; rendering only reads it.
Collections are made in one pass over the articles (no loop over all
articles per tag or subdistrict), so a large archive costs linear time.
URL collisions (two articles, or two collections, at one address) are
detected here, in one place.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from math import ceil

from .config import Config
from .content import Article, Claim, day_url, line_of_field, month_url, year_url
from .errors import InputError, Problem
from .slugs import learn_name_slugs, name_slug, unique_slug

# Related articles an article page shows.
RELATED = 5
# More added, removed or changed articles than this, and a new site computes every related list
# rather than find which of the last site's it can keep (`Site.keep_related`).
KEEP_RELATED_CHANGES = 64

# Collection kinds: (URL prefix, what a reader calls it).
KINDS = {
    "subdistrict": ("subdistricts", "街道"),
    "community": ("communities", "社区"),
    "tag": ("tags", "标签"),
    "section": ("sections", "栏目"),
    "person": ("people", "记者与通讯员"),
}


@dataclass
class Collection:
    """Articles that share a subdistrict, a tag, a section or a person, newest first."""

    kind: str
    name: str
    slug: str
    articles: list[Article] = field(default_factory=list)

    @property
    def url(self) -> str:
        return collection_url(self.kind, self.slug)

    @property
    def count(self) -> int:
        return len(self.articles)

    @property
    def named(self) -> CollectionName:
        return CollectionName(self.kind, self.name, self.slug)


@dataclass(frozen=True)
class CollectionName:
    """A collection as the older pages of its list show it: its name and link, not its count or articles.

    Those change with every article it gains; its numbered pages, given
    this, keep their bytes (and are not rendered again) while they list the same articles.
    """

    kind: str
    name: str
    slug: str

    @property
    def url(self) -> str:
        return collection_url(self.kind, self.slug)


def collection_url(kind: str, slug: str) -> str:
    return f"{KINDS[kind][0]}/{slug}/"


# Pagers and days are made by the thousand and kept in the site model: slots, pickled as a tuple.
@dataclass(slots=True)
class Pager:
    """One page of a long list: the first at the list's own URL (`/x/`), the others at `/x/page/N/`.

    `number` is None on the first page. `previous_url` leads towards the
    first page (in a list of articles: newer ones), `next_url` away from it.
    """

    items: list
    number: int | None
    url: str
    previous_url: str | None
    next_url: str | None

    def __reduce__(self):
        return Pager, (self.items, self.number, self.url, self.previous_url, self.next_url)


def _page_url(base_url: str, number: int | None) -> str:
    return base_url if number is None else f"{base_url}page/{number}/"


def paginate(items: list, per_page: int, base_url: str) -> list[Pager]:
    """Split `items` into pages 1, 2, … from the first item; an empty list still gets one (empty) page.

    For lists that do not grow at one end: names in pinyin order, a month's or a day's articles.
    """
    total = max(1, ceil(len(items) / per_page))
    return _linked_pages(items, [*range(0, total * per_page, per_page), len(items)], [None, *range(2, total + 1)], base_url)


def paginate_from_oldest(items: list, per_page: int, base_url: str) -> list[Pager]:
    """Split a list of articles (newest first) into pages numbered from its oldest end, so that a page keeps its articles as newer ones come.

    An archive grows at its newest end: numbered from the newest, as is
    usual, every page of a list would change with each new article (and
    be built and uploaded again). Here page 1 holds the oldest `per_page`
    articles, page 2 the next, and so on; the first page (`base_url`)
    shows all the articles newer than the numbered pages: between
    `per_page` and 2 × `per_page` − 1 of them (all, in a shorter list).
    A new article changes the first page; every `per_page` articles, one
    numbered page is added, and the one before it gains a link to it.
    """
    numbered = max(0, len(items) // per_page - 1)  # the newest full page's articles stay on the first page
    newest = len(items) - numbered * per_page
    # Newest first: the first page, then pages numbered, numbered - 1, …, 1.
    return _linked_pages(items, [0, *range(newest, len(items), per_page), len(items)], [None, *range(numbered, 0, -1)], base_url)


def _linked_pages(items: list, bounds: list[int], numbers: list[int | None], base_url: str) -> list[Pager]:
    """Page i holds items[bounds[i]:bounds[i + 1]] and is numbered numbers[i] (None: the first, at `base_url`); each links to those beside it.

    One string per URL, shared by the page at it and its neighbours' links.
    """
    urls = [_page_url(base_url, number) for number in numbers]
    last = len(numbers) - 1
    return [
        Pager(items[bounds[at] : bounds[at + 1]], number, urls[at], urls[at - 1] if at else None, urls[at + 1] if at < last else None)
        for at, number in enumerate(numbers)
    ]


def reading_order(article: Article) -> tuple:
    """Newest day first; within a day, page by page and on each page in the order the articles stood.

    Articles without a `source` (written by hand, not printed on a page) follow the day's pages, by title.
    """
    source = article.source
    if source is None:
        return (-article.date.toordinal(), 1, article.title)
    return (-article.date.toordinal(), 0, page_order(source.file), source.first_line, article.title)


# Cached: called for every article a site model sorts, for a few page files per day.
@functools.cache
def page_order(file: str) -> tuple:
    """The pages of an issue in their natural order: `…-2.txt` before `…-10.txt` (runs of digits compared as numbers)."""
    parts = _DIGITS.split(file)  # text, digits, text, …: an int is only ever compared with an int
    return (tuple(int(part) if index % 2 else part for index, part in enumerate(parts)), file)


_DIGITS = re.compile(r"([0-9]+)")


def _first_printed(articles: list[Article]) -> Article:
    """The earliest of `articles` (in reading order: newest day first): the first one printed on the oldest day."""
    at = len(articles) - 1
    while at > 0 and articles[at - 1].date == articles[-1].date:
        at -= 1
    return articles[at]


@dataclass(slots=True)
class Day:
    date: dt.date
    articles: list[Article]

    def __reduce__(self):
        return Day, (self.date, self.articles)

    @property
    def url(self) -> str:
        return day_url(self.date)


@dataclass
class Month:
    year: int
    month: int
    days: list[Day]

    @property
    def url(self) -> str:
        return month_url(self.year, self.month)

    @property
    def articles(self) -> list[Article]:
        return [article for day in self.days for article in day.articles]

    @property
    def count(self) -> int:
        return sum(len(day.articles) for day in self.days)


@dataclass
class MonthName:
    """A month as an issue's page names it: its name and link.

    Not its count, which every article added to the month changes: its other
    days' pages are then not rendered again (rebuild.py).
    """

    year: int
    month: int

    @property
    def url(self) -> str:
        return month_url(self.year, self.month)

    @property
    def year_url(self) -> str:
        return year_url(self.year)


@dataclass
class MonthCount(MonthName):
    """A month as the date archive and the month pages show it: name, link and count, not its articles.

    So those pages depend on no article they do not list: a title edit
    does not make them hash the month's articles again (rebuild.py) nor
    render them.
    """

    count: int


@dataclass
class Year:
    year: int
    months: list[MonthCount]

    @property
    def count(self) -> int:
        return sum(month.count for month in self.months)

    @property
    def url(self) -> str:
        return year_url(self.year)


def by_year(months: list[MonthCount]) -> list[Year]:
    """Months (newest first) grouped into years, for the date archive."""
    years: dict[int, list[MonthCount]] = defaultdict(list)
    for month in months:
        years[month.year].append(month)
    return [Year(year, members) for year, members in years.items()]


def by_day(articles: list[Article]) -> list[Day]:
    """Articles in reading order grouped by day, keeping that order (one page of a month list)."""
    days: dict[dt.date, list[Article]] = defaultdict(list)
    for article in articles:
        days[article.date].append(article)
    return [Day(date, members) for date, members in days.items()]


class Site:
    """All articles and collections of one build."""

    def __init__(self, config: Config, articles: list[Article]):
        self.config = config
        self.articles = sorted(articles, key=reading_order)
        # A URL is its date and slug: the collisions are looked for (10 ms at 10,000 articles) only where two articles share both.
        if len({(article.date, article.slug) for article in self.articles}) < len(self.articles):
            raise InputError(url_collisions([Claim.of(article) for article in self.articles]))
        self.places = {id(article): number for number, article in enumerate(self.articles)}  # id(article) → its place in articles
        # id(collection) → its members' places, increasing; made on the first `related` or `keep_related` that
        # asks (tags and subdistricts only, and only while a site model is made anew)
        self._member_places: dict[int, list[int]] = {}
        self._kept_related: dict[int, list[Article]] = {}  # id(article) → its related list, as the last site had it (keep_related)
        members = self._members()
        configured_tags = tuple(rule.tag for rule in config.tag_rules)
        # All at once, the configured names too: one pypinyin load at most.
        learn_name_slugs([*config.subdistricts, *configured_tags, *(name for named in members.values() for name in named)])
        self.subdistricts = self._collect("subdistrict", members["subdistrict"], config.subdistricts)
        self.communities = self._collect("community", members["community"])
        self.tags = self._collect("tag", members["tag"], configured_tags)
        self.sections = self._collect("section", members["section"])
        self.people = self._collect("person", members["person"])
        self.months = self._months()

    # The places are keyed by id(): made again for the objects a pickle loads.
    def __getstate__(self) -> dict:
        return {name: value for name, value in self.__dict__.items() if name not in ("places", "_member_places", "_kept_related")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.places = {id(article): number for number, article in enumerate(self.articles)}
        self._member_places = {}
        self._kept_related = {}

    # -- collections ---------------------------------------------------------------
    def _members(self) -> dict[str, dict[str, list[Article]]]:
        """kind → name → its articles, newest first, in one pass over the articles."""
        subdistricts, communities, tags, sections, people = (defaultdict(list) for _ in range(5))
        for article in self.articles:  # already newest first
            if article.subdistrict:
                subdistricts[article.subdistrict].append(article)
            if article.community:
                communities[article.community].append(article)
            for tag in article.tags:
                tags[tag].append(article)
            if article.section:
                sections[article.section].append(article)
            for name in dict.fromkeys(article.reporters + article.correspondents):  # a person named twice, listed once
                people[name].append(article)
        return {"subdistrict": subdistricts, "community": communities, "tag": tags, "section": sections, "person": people}

    def _collect(self, kind: str, members: dict[str, list[Article]], configured: tuple[str, ...] = ()) -> dict[str, Collection]:
        """name → Collection, listed by pinyin; of names spelled alike, the established one keeps the plain slug.

        Slugs are given out in order of `_precedence`, so that a newcomer that sounds like an
        established name (a typo such as 南关接街道, a namesake) gets the `-2`, not the page
        and feed readers already know.
        """
        ranks = {name: configured.index(name) for name in configured}  # a name configured twice: its first place
        by_precedence = sorted(members, key=lambda name: self._precedence(name, members[name], ranks, len(configured)))
        # A configured name keeps its slug while it has no article yet (or none published): a typo never takes it.
        taken = {name_slug(name) for name in configured if name not in members}
        collections: dict[str, Collection] = {}
        for name in sorted(by_precedence, key=name_slug):  # stable: names spelled alike stay in order of precedence
            slug = unique_slug(name_slug(name), taken)
            taken.add(slug)
            collections[name] = Collection(kind, name, slug, members[name])
        return collections

    def _precedence(self, name: str, articles: list[Article], ranks: dict[str, int], unranked: int) -> tuple:
        """Which of two names spelled alike gets the plain slug: a name configured in newsarchive.yml (in its
        order), else the one printed first (its first article's date, then its place in that issue), else by
        code point. Content and config alone decide it, so a cold build gives every URL an incremental one gives.
        """
        first = _first_printed(articles)
        return (ranks.get(name, unranked), first.date, self.places[id(first)], name)

    def _months(self) -> list[Month]:
        by_day: dict[dt.date, list[Article]] = defaultdict(list)
        for article in self.articles:
            by_day[article.date].append(article)
        months: dict[tuple[int, int], list[Day]] = defaultdict(list)
        for date in sorted(by_day, reverse=True):
            months[(date.year, date.month)].append(Day(date, by_day[date]))
        return [Month(year, month, days) for (year, month), days in months.items()]

    # -- per-article relations -----------------------------------------------------
    def previous(self, article: Article) -> Article | None:
        """The article before this one in reading order (newer)."""
        number = self.places[id(article)]
        return self.articles[number - 1] if number > 0 else None

    def next(self, article: Article) -> Article | None:
        """The article after this one in reading order (older)."""
        number = self.places[id(article)]
        return self.articles[number + 1] if number + 1 < len(self.articles) else None

    def related(self, article: Article) -> list[Article]:
        """The RELATED nearest articles in time that share the subdistrict or a tag."""
        if (kept := self._kept_related.get(id(article))) is not None:
            return kept
        collections = [self.tags[tag] for tag in article.tags]
        if article.subdistrict:
            collections.append(self.subdistricts[article.subdistrict])
        # Only neighbours within each collection can be nearest: linear, not quadratic, at scale.
        position = self.places[id(article)]
        places: set[int] = set()
        for collection in collections:
            members = self._places_of(collection)
            at = bisect_left(members, position)  # the article itself
            places.update(members[max(0, at - RELATED) : at], members[at + 1 : at + 1 + RELATED])
        # Nearest first, the newer of two as near: distance d before is 2d, after is 2d + 1
        # (sorting plain ints, with no key function: this runs for every article).
        nearest = sorted(2 * (position - place) if place < position else 2 * (place - position) + 1 for place in places)[:RELATED]
        return [self.articles[position - rank // 2 if rank % 2 == 0 else position + rank // 2] for rank in nearest]

    def keep_related(self, old: Site, old_related: dict[int, list[Article]], changed: set[int]) -> None:
        """Take the last site's related lists (`old_related`: id(article) → its list there) for the articles whose list is the same here.

        `changed`: the ids of articles whose file changed since `old` (where one is the same
        object in both, `old` placed it by its old fields). An article's list is made of the
        members of its tags and subdistrict within RELATED of it, ranked by their distance from
        it in the reading order: it is the same while no article added, removed or changed
        stands between it and the farthest of those, in either site. With many changes,
        computing every list costs no more than finding those (`related`, 0.04 s at 10,000).
        """
        gone = [place for place, article in enumerate(old.articles) if id(article) in changed or id(article) not in self.places]
        added = [place for place, article in enumerate(self.articles) if id(article) in changed or id(article) not in old.places]
        if len(gone) + len(added) > KEEP_RELATED_CHANGES:
            return
        near = old._reaching(gone) | self._reaching(added)
        self._kept_related = {
            article_id: related for article_id, related in old_related.items()
            if article_id in self.places and article_id not in near and article_id not in changed
        }

    def _reaching(self, places: list[int]) -> set[int]:
        """The ids of the articles whose related list may reach across any of these places in the reading order."""
        near: set[int] = set()
        for collection in (*self.tags.values(), *self.subdistricts.values()):
            members = self._places_of(collection)
            for place in places:
                at = bisect_left(members, place)  # members before the place; one to spare on each side
                near.update(members[max(0, at - RELATED - 1) : at + RELATED + 1])
        return {id(self.articles[place]) for place in near}

    def _places_of(self, collection: Collection) -> list[int]:
        """The places of a collection's members in `articles`, increasing: both are in reading order."""
        members = self._member_places.get(id(collection))
        if members is None:
            places = self.places
            members = self._member_places[id(collection)] = [places[id(article)] for article in collection.articles]
        return members


def url_collisions(claims: list[Claim]) -> list[Problem]:
    """One problem for each article (or file, see `Claim`) whose URL an earlier one already has."""
    seen: dict[str, Claim] = {}
    problems = []
    for claim in claims:
        other = seen.setdefault(claim.url, claim)
        if other is not claim:
            problems.append(
                Problem(
                    claim.name,
                    line_of_field(claim.path, "slug"),
                    "slug",
                    f"'{claim.slug}' is already used on {claim.date} by {other.name}; "
                    "two articles cannot share one URL, give one of them another slug",
                )
            )
    return problems
