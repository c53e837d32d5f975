"""Which pages a change invalidates: a fingerprint of everything each page shows.

A page's output is a pure function of its inputs: its template (and every
template it extends, includes or imports), the config, the generator's code,
its context (the articles, collections, pagers, feeds it is given) and what
its template reads from the `site` global. The fingerprint hashes all of
those but the templates, which are compared apart: the manifest keeps the
digest of each page template's closure (`Templates.closure_digest`) the
last build rendered with. A page whose fingerprint and template closure
match the previous build's renders to the same bytes and is skipped.
Config and code are hashed as a whole (any change: all pages); an edit to
`all_articles.html` changes only /page/1/, /page/2/, …, one to `base.html`
every page that extends it, and neither needs a fingerprint made again.

In the context, an article stands for the hash of its content file (title,
date, body, tags: all of it) on pages whose template prints a body (`.html`
or `.body`); elsewhere for the hash of everything but its body (what a list
shows: title, date, summary, …), so a body edit that keeps the summary
re-renders no list. A collection stands for its name, slug and count, plus
its members only where a template reads `.articles`: a listing page's items
come through its pager, so a change to one article re-renders only the
pages of the collection that list it (and all of them when the count moves).

What a template reads from `site` is declared in SITE_READS. Templates are
scanned for `site.<name>`: a read that is not declared makes the pages of that
template (or, from a shared template like base.html, every page) depend on
the whole site, so a new read is never missed, only slower until declared.

Each fingerprint comes with the articles it hashed (`Fingerprints.read`):
when articles change but the pages stay the same (session.py), only the
pages that read a changed article are fingerprinted again.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

import jinja2
from jinja2 import meta

from . import __version__
from .cache import CachedFile, digest, hash_of
from .config import Config
from .content import Article
from .pages import Page
from .site import Collection, Site

GENERATOR_DIR = Path(__file__).resolve().parent
_SITE_READ = re.compile(r"\bsite\.(\w+)")
# `{{ article.html }}`, `{{ entry.article.html | safe }}` or `article.body`: the template prints a body.
_BODY_READ = re.compile(r"\.html\s*(?:\||}})|\.body\b")
# `collection.articles`, `day.articles`: the template reads a collection's members, not just its count.
_MEMBERS_READ = re.compile(r"\.articles\b")
_PLAIN = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime})


def _article_reads(site: Site, article: Article, key: Callable) -> tuple:
    """article.html links the article's collections and names its neighbours."""
    def slug(collections: dict, name: str | None) -> str | None:
        return collections[name].slug if name else None

    return (
        slug(site.sections, article.section),
        slug(site.subdistricts, article.subdistrict),
        slug(site.communities, article.community),
        tuple(slug(site.tags, tag) for tag in article.tags),
        tuple(slug(site.people, name) for name in article.reporters + article.correspondents),
        key(site.previous(article)),
        key(site.next(article)),
    )


def _collection_summaries(site: Site) -> tuple:
    """home.html lists the subdistricts, tags and sections with their counts."""
    return tuple(
        (c.name, c.slug, c.count) for group in (site.subdistricts, site.tags, site.sections) for c in group.values()
    )


class SiteReads(NamedTuple):
    """What a page template reads from `site`, declared."""

    names: frozenset[str]  # the `site` attributes it reads
    value: Callable  # (site, page, key) → what they give for one page, hashed into its fingerprint
    unchanged: Callable  # (SitesCompared, old page, new page) → do they give the same in both sites?


SITE_READS: dict[str, SiteReads] = {
    "article.html": SiteReads(
        frozenset({"sections", "subdistricts", "communities", "tags", "people", "previous", "next"}),
        lambda site, page, key: _article_reads(site, page.context["article"], key),
        lambda sites, old, new: sites.slugs_kept and sites.same_neighbours(old.context["article"], new.context["article"]),
    ),
    "home.html": SiteReads(
        frozenset({"subdistricts", "tags", "sections"}),
        lambda site, page, key: _collection_summaries(site),
        lambda sites, old, new: sites.summaries_kept,
    ),
}


def _collection_groups(site: Site) -> tuple[dict[str, Collection], ...]:
    return (site.sections, site.subdistricts, site.communities, site.tags, site.people)


class SitesCompared:
    """Two sites made of mostly the same articles (the last build's and this one's), for `carried_over`.

    Articles are compared by identity: both sites hold the same objects for
    files that did not change (where they differ, a page is fingerprinted anew).
    """

    def __init__(self, old: Site, new: Site):
        self.slugs_kept = all(
            new_group[name].slug == collection.slug
            for old_group, new_group in zip(_collection_groups(old), _collection_groups(new))
            for name, collection in old_group.items()
            if name in new_group
        )
        self.summaries_kept = _collection_summaries(old) == _collection_summaries(new)
        # The ids of the articles with the same previous and next article in both sites: one pass, not four
        # calls a page. In both lists article n is at n + 1, between its neighbours (None beside the first and last).
        old_ids, new_ids = [None, *map(id, old.articles), None], [None, *map(id, new.articles), None]
        self._neighbours_kept: set[int] = set()
        for place, article in enumerate(new.articles):
            old_place = old.places.get(id(article))
            if old_place is not None and old_ids[old_place] == new_ids[place] and old_ids[old_place + 2] == new_ids[place + 2]:
                self._neighbours_kept.add(id(article))

    def same_neighbours(self, old_article: Article, new_article: Article) -> bool:
        return old_article is new_article and id(new_article) in self._neighbours_kept


def carried_over(old_site: Site, old_planned: list[tuple[Page | None, str | None]], new_site: Site, pages: Iterable[Page], scan: TemplateScan) -> tuple[list[Page], list[int | None]]:
    """A new model's pages, and for each the number of the old page whose fingerprint it can keep, or None.

    For a model made anew (an article added or deleted) with the same config,
    code and templates (`scan`: the old model's): an old page at the same URL,
    with the same template, an equal context and the same reads from `site`,
    shows what the new one would, as long as the articles it read did not
    change since (the caller checks their hashes). Equal contexts compare
    fast: both models hold the same article objects.

    Each old page is let go once compared (its fingerprint stays in
    `old_planned`), as the new pages come one at a time: the two plans are
    never held whole together (~15 MB more at 10,000 articles).
    """
    old_at = {page.url: number for number, (page, _) in enumerate(old_planned)}
    sites = SitesCompared(old_site, new_site)
    reads: dict[str, SiteReads | None | bool] = {}  # template → its declared reads from `site`, or False if it reads all of it
    kept: list[Page] = []
    origins: list[int | None] = []
    for page in pages:
        number = old_at.get(page.url)
        if number is not None:
            old_page, fingerprint = old_planned[number]
            old_planned[number] = (None, fingerprint)
            if page.template not in reads:
                reads[page.template] = not scan.reads_whole_site(page.template) and SITE_READS.get(page.template)
            declared = reads[page.template]
            if not (
                fingerprint is not None
                and declared is not False
                and old_page.template == page.template
                and old_page.context == page.context
                and (declared is None or declared.unchanged(sites, old_page, page))
            ):
                number = None
        kept.append(page)
        origins.append(number)
    return kept, origins


class Templates:
    """The site's templates as one build reads them: each one's bytes, and which others each one reaches."""

    def __init__(self, sources: dict[str, bytes]):
        self.sources = sources  # 'base.html' → its bytes
        self.digest = hash_of(sorted(sources.items()))

    @classmethod
    def read(cls, templates_dir: Path) -> Templates:
        return cls({
            path.relative_to(templates_dir).as_posix(): path.read_bytes()
            for path in sorted(templates_dir.rglob("*"))
            if path.is_file()
        })

    def closure_digest(self, name: str) -> str:
        """Of the template `name` and every template it extends, includes or imports, through any depth.

        All templates, when one of them names another by an expression or
        does not parse (rendering reports that): what it reaches is unknown.
        """
        reached, waiting = set(), [name]
        while waiting:
            current = waiting.pop()
            if current in reached:
                continue
            reached.add(current)
            references = self._referenced_by(current)
            if references is None:
                return self.digest
            waiting.extend(references)
        return hash_of(sorted((each, digest(self.sources[each]) if each in self.sources else None) for each in reached))

    def _referenced_by(self, name: str) -> frozenset[str] | None:
        """The templates `name` names as strings (none if it is missing); None if it names one by an expression or does not parse."""
        return _references_in(self.sources[name]) if name in self.sources else frozenset()


_PARSER = jinja2.Environment()  # only parses: the syntax is Jinja's default, as render.py's environment uses


# Kept across builds: `serve` then parses again only the template that was edited (~3 ms a template).
@functools.lru_cache(maxsize=256)
def _references_in(source: bytes) -> frozenset[str] | None:
    """The templates a template's source names as strings; None if it names one by an expression or does not parse."""
    try:
        found = set(meta.find_referenced_templates(_PARSER.parse(source.decode("utf-8"))))
    except (UnicodeDecodeError, jinja2.TemplateSyntaxError):
        return None
    return None if None in found else frozenset(found)


@dataclasses.dataclass(frozen=True)
class TemplateScan:
    """What the templates read beyond their context, from their source text."""

    undeclared: frozenset[str]  # page templates with an undeclared `site` read
    shared_reads_site: bool  # a template that is not a page template reads `site`
    body_templates: frozenset[str]  # page templates that print an article body
    shared_prints_body: bool
    members_templates: frozenset[str]  # page templates that read `.articles`
    shared_reads_members: bool

    @classmethod
    def of(cls, templates: Templates, page_templates: set[str]) -> TemplateScan:
        undeclared, bodies, members = set(), set(), set()
        shared_site = shared_body = shared_members = False
        for name, data in templates.sources.items():
            source = data.decode("utf-8", errors="replace")
            reads = set(_SITE_READ.findall(source))
            prints_body = bool(_BODY_READ.search(source))
            reads_members = bool(_MEMBERS_READ.search(source))
            if name in page_templates:
                declared = SITE_READS.get(name)
                if reads - (declared.names if declared else frozenset()):
                    undeclared.add(name)
                if prints_body:
                    bodies.add(name)
                if reads_members:
                    members.add(name)
            else:
                shared_site |= bool(reads)
                shared_body |= prints_body
                shared_members |= reads_members
        return cls(frozenset(undeclared), shared_site, frozenset(bodies), shared_body, frozenset(members), shared_members)

    def reads_whole_site(self, template: str) -> bool:
        """The template reads from `site` what SITE_READS does not declare: its pages depend on everything."""
        return self.shared_reads_site or template in self.undeclared

    def prints_body(self, template: str) -> bool:
        return self.shared_prints_body or template in self.body_templates

    def reads_members(self, template: str) -> bool:
        return self.shared_reads_members or template in self.members_templates


class _View(NamedTuple):
    """How much of the articles and collections in its context a page can show."""

    bodies: bool  # articles by the hash of their whole file, else of everything but the body
    members: bool  # collections with their members, else only name, slug and count


def inputs_digest(config: Config) -> str:
    """What every page depends on: the config and the generator's code (templates: per page, `Templates`)."""
    parts: list = [__version__, _config_values(config)]
    for path in sorted(GENERATOR_DIR.rglob("*.py")):
        parts.append((path.relative_to(GENERATOR_DIR).as_posix(), path.read_bytes()))
    return hash_of(parts)


def build_signature(inputs: str, templates: Templates, loaded: list[CachedFile], static: dict[str, Path]) -> str:
    """Of everything a build reads: equal signatures, equal output (so nothing to plan or render)."""
    articles = [(entry.article.path, entry.digest) for entry in loaded]
    return hash_of((inputs, templates.digest, articles, [(name, path.read_bytes()) for name, path in static.items()]))


def _config_values(config: Config) -> tuple:
    """The config's settings; not where the site's folders are, which no page shows."""
    skip = {"root", "content_dir", "output_dir"}
    return tuple((f.name, getattr(config, f.name)) for f in dataclasses.fields(config) if f.name not in skip)


class Fingerprints:
    """The fingerprint of each page of one build, and the articles each one depends on."""

    def __init__(self, site: Site, digests: dict[int, str], listing_digests: dict[int, str], inputs: str, scan: TemplateScan):
        self.site = site
        self._digests = digests  # id(article) → hash of its content file
        self._listing_digests = listing_digests  # id(article) → hash of all but its body
        self._inputs = inputs
        self._scan = scan
        # (id, view) → (hash of a collection or dataclass, its group); alive all build.
        self._shared: dict[tuple, tuple[object, int]] = {}
        # Group g: the numbers of the articles in the g-th shared value hashed (those in shared values inside it too).
        self._groups: list[array] = []
        self._places = site.places  # an article's number: its place in site.articles
        # Of the page (or shared value) being hashed: numbers of the articles it hashed as its view sees
        # them (lists: repeats are cheaper to keep than to drop), the groups it hashed, its neighbours.
        self._reads: list[int] = []
        self._groups_read: list[int] = []
        self._neighbours: list[int] = []
        self._whole_site: str | None = None

    def of(self, page: Page) -> str | None:
        return self.read(page)[0]

    def read(self, page: Page) -> tuple[str | None, Reads | None, Reads | None]:
        """The page's fingerprint, and the articles it hashed: by their whole file, by what lists show.

        An article hashed by its whole file changes the fingerprint with any
        edit; by what lists show, only with its title, summary, … (None: the
        page hashes every article). The fingerprint is None for a context this
        module cannot see into: such a page is rendered every build, so it
        depends on nothing.
        """
        self._reads, self._groups_read, self._neighbours = [], [], []
        view = _View(self._scan.prints_body(page.template), self._scan.reads_members(page.template))
        try:
            context = self._value(page.context, view)
        except _Opaque:
            return None, ([], []), ([], [])
        fingerprint = hash_of((self._inputs, page.url, page.template, context, self._site_reads(page)))
        if self._scan.reads_whole_site(page.template):
            return fingerprint, None, None
        if view.bodies:
            return fingerprint, (self._reads, self._groups_read), (self._neighbours, [])
        return fingerprint, ([], []), (self._reads + self._neighbours, self._groups_read)

    def group(self, number: int) -> array:
        """The numbers of the articles in a group (see `read`)."""
        return self._groups[number]

    def _site_reads(self, page: Page):
        if self._scan.reads_whole_site(page.template):
            return self.whole_site()
        declared = SITE_READS.get(page.template)
        return declared.value(self.site, page, self._key) if declared else None

    def whole_site(self) -> str:
        if self._whole_site is None:
            self._whole_site = hash_of(([self._digests[id(a)] for a in self.site.articles], _collection_summaries(self.site)))
        return self._whole_site

    def _key(self, article: Article | None) -> str | None:
        """A neighbour as SITE_READS uses it: by what a link to it shows (all but the body)."""
        if article is None:
            return None
        self._neighbours.append(self._places[id(article)])
        return self._listing_digests[id(article)]

    def _article(self, article: Article, view: _View) -> tuple:
        self._reads.append(self._places[id(article)])
        return ("article", (self._digests if view.bodies else self._listing_digests)[id(article)])

    def _collection(self, collection: Collection, view: _View) -> tuple:
        summary = ("collection", collection.kind, collection.name, collection.slug, collection.count)
        if not view.members:
            return summary
        return (*summary, self._shared_value(collection, view, lambda: hash_of([self._article(a, view) for a in collection.articles])))

    def _shared_value(self, value, view: _View, compute: Callable):
        """compute(), once per build for `value` (shared by many pages); a page that hashes it reads its group.

        A group, not its articles one by one: a month's 140 articles would
        otherwise be noted again for each of its pages and days, a cost
        that grows with the square of the articles per month.
        """
        known = self._shared.get((id(value), view))
        if known is None:
            outer = self._reads, self._groups_read
            self._reads, self._groups_read = [], []
            try:
                result = compute()
            finally:
                reads, groups = self._reads, self._groups_read
                self._reads, self._groups_read = outer
            numbers = array("I", reads)
            for inner in groups:  # a shared value inside this one (a month's days): its articles are this one's
                numbers.extend(self._groups[inner])
            self._groups.append(numbers)
            known = self._shared[(id(value), view)] = (result, len(self._groups) - 1)
        self._groups_read.append(known[1])
        return known[0]

    def _value(self, value, view: _View):
        """`value` as plain data: articles and collections as `view` sees them."""
        kind = type(value)  # dispatch on the exact type first: this runs ~20 times per page
        if kind in _PLAIN:
            return value
        if kind is Article:
            return self._article(value, view)
        if kind is list or kind is tuple:
            # Mostly lists of articles (a pager's items, related articles): those without a call through here.
            article = self._article
            return tuple([article(item, view) if type(item) is Article else self._value(item, view) for item in value])
        if kind is dict:
            return tuple([(key, self._value(item, view)) for key, item in value.items()])
        if isinstance(value, Collection):
            return self._collection(value, view)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            # Months, days, feeds are shared by many pages: each is hashed once per build.
            return self._shared_value(value, view, lambda: (kind.__name__, hash_of(tuple(self._value(getattr(value, f.name), view) for f in dataclasses.fields(value)))))
        if isinstance(value, (str, int, float, dt.date)) or value is None:
            return value
        raise _Opaque(kind.__name__)


# In `PageReads.combined`: the number of an article that is gone.
GONE = 0xFFFFFFFF

# (numbers of the articles a page hashed, the groups it hashed: see Fingerprints.read)
Reads = tuple[list[int], list[int]]


class PageReads:
    """Which articles each page's fingerprint hashed, by article number (its place in `site.articles`).

    Kept in memory and in the cache folder with the site model, for every
    page (15,000 at 10,000 articles), so in flat arrays: for each page the
    articles it hashed itself and the groups (shared values: a month, a
    feed, a pager) it hashed; for each group, its articles.
    """

    def __init__(self) -> None:
        self.numbers = array("I")  # the article numbers of page 0, then of page 1, …
        self.ends = array("I")  # where each page's numbers end
        self.refs = array("I")  # the groups of page 0, then of page 1, … (numbered here)
        self.ref_ends = array("I")
        self.group_numbers = array("I")  # the article numbers of group 0, then of group 1, …
        self.group_ends = array("I")
        self.every: list[int] = []  # pages that hash every article
        self._local: dict[int, int] = {}  # while pages are added: a Fingerprints group → its number here

    def __getstate__(self) -> dict:
        return {name: value for name, value in self.__dict__.items() if name != "_local"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _local={})

    def add(self, reads: Reads | None, group: Callable[[int], array]) -> None:
        """The next page's reads (None: it hashes every article); `group` gives a group's articles."""
        if reads is None:
            self.every.append(len(self.ends))
        else:
            numbers, groups = reads
            self.numbers.extend(numbers)
            for shared in groups:
                local = self._local.get(shared)
                if local is None:
                    self.group_numbers.extend(group(shared))
                    self.group_ends.append(len(self.group_numbers))
                    local = self._local[shared] = len(self.group_ends) - 1
                self.refs.append(local)
        self.ends.append(len(self.numbers))
        self.ref_ends.append(len(self.refs))

    def extend(self, other: PageReads) -> None:
        """Append the pages of `other` (and its groups)."""
        pages, groups = len(self.ends), len(self.group_ends)
        self.every.extend(page + pages for page in other.every)
        for values, ends, other_values, other_ends in (
            (self.numbers, self.ends, other.numbers, other.ends),
            (self.refs, self.ref_ends, array("I", (ref + groups for ref in other.refs)), other.ref_ends),
            (self.group_numbers, self.group_ends, other.group_numbers, other.group_ends),
        ):
            offset = len(values)
            values.extend(other_values)
            ends.extend(end + offset for end in other_ends)

    @classmethod
    def combined(cls, origins: list[int | None], old: PageReads, renumber: array, fresh: PageReads) -> PageReads | None:
        """The reads of a new model's pages (see `carried_over`), or None if a carried page read an article that is gone.

        Page i's reads are old page origins[i]'s, their articles renumbered
        (`renumber`: old number → new, GONE for a deleted article), or, where
        origins[i] is None, those of the next page of `fresh`. Pages are copied
        in runs, as slices: a model made anew carries thousands of pages over.
        """
        result = cls()
        old_numbers = array("I", map(renumber.__getitem__, old.numbers))
        # The groups: the old ones (renumbered), then fresh's; those no page refers to are dropped at the end.
        result.group_numbers = array("I", map(renumber.__getitem__, old.group_numbers))
        result.group_ends = array("I", old.group_ends)
        offset, first_fresh_group = len(result.group_numbers), len(old.group_ends)
        result.group_numbers.extend(fresh.group_numbers)
        result.group_ends.extend(end + offset for end in fresh.group_ends)
        fresh_refs = array("I", (ref + first_fresh_group for ref in fresh.refs))
        at, next_fresh = 0, 0
        while at < len(origins):
            origin, end = origins[at], at + 1
            if origin is None:
                while end < len(origins) and origins[end] is None:
                    end += 1
                result._append_run(fresh, next_fresh, end - at, fresh.numbers, fresh_refs)
                next_fresh += end - at
            else:
                while end < len(origins) and origins[end] == origin + end - at:
                    end += 1
                result._append_run(old, origin, end - at, old_numbers, old.refs)
            at = end
        gone = array("I", [GONE]).tobytes()  # found as bytes: no article number has a byte 0xFF at its top
        result._drop_unused_groups(always=gone in result.group_numbers.tobytes())
        if gone in result.numbers.tobytes() or gone in result.group_numbers.tobytes():
            return None
        return result

    def _append_run(self, source: PageReads, first: int, count: int, numbers: array, refs: array) -> None:
        """Append pages first … first + count - 1 of `source` (its numbers and refs as given: renumbered)."""
        pages = len(self.ends)
        self.every.extend(page - first + pages for page in source.every if first <= page < first + count)
        for values, ends, source_values, source_ends in ((self.numbers, self.ends, numbers, source.ends), (self.refs, self.ref_ends, refs, source.ref_ends)):
            start = source_ends[first - 1] if first else 0
            shift = len(values) - start
            values.extend(source_values[start : source_ends[first + count - 1]])
            ends.extend(end + shift for end in source_ends[first : first + count])

    def _drop_unused_groups(self, always: bool) -> None:
        """Drop the groups no page refers to: if `always`, else once they are a quarter of all (each carry-over leaves those of the pages it replaced)."""
        used = sorted(set(self.refs))
        if len(used) == len(self.group_ends) or not always and len(used) >= 0.75 * len(self.group_ends):
            return
        numbers, ends, new_number = array("I"), array("I"), {}
        for group in used:
            new_number[group] = len(ends)
            numbers.extend(self.group_numbers[self.group_ends[group - 1] if group else 0 : self.group_ends[group]])
            ends.append(len(numbers))
        self.group_numbers, self.group_ends = numbers, ends
        self.refs = array("I", map(new_number.__getitem__, self.refs))

    def pages_reading(self, articles: set[int]) -> list[int]:
        """The pages that hashed any of `articles`, themselves or in a group, in order."""
        groups = _runs_holding(self.group_numbers, self.group_ends, articles)
        found = set(self.every)
        found.update(_runs_holding(self.numbers, self.ends, articles))
        found.update(_runs_holding(self.refs, self.ref_ends, groups))
        return sorted(found)


def _runs_holding(values: array, ends: array, wanted: set[int]) -> set[int]:
    """The runs that hold any of `wanted` (run i: values[ends[i - 1]:ends[i]])."""
    found: set[int] = set()
    if not wanted:
        return found
    # Searching the bytes for each wanted value runs at C speed over every value; going through the
    # runs costs ~100 times more per run than per value: whichever is less work.
    if len(wanted) * len(values) <= 100 * len(ends):
        data, width = values.tobytes(), values.itemsize
        for value in wanted:
            needle = array(values.typecode, [value]).tobytes()
            at = data.find(needle)
            while at != -1:
                if at % width == 0:  # a match that straddles two values is none
                    found.add(bisect_right(ends, at // width))
                at = data.find(needle, at + 1)
    else:
        start = 0
        for run, end in enumerate(ends):
            if end > start and not wanted.isdisjoint(values[start:end]):
                found.add(run)
            start = end
    return found


class _Opaque(Exception):
    """A value in a page context that is neither plain data, an article, a collection nor a dataclass."""


def articles_shown_in_full(page: Page) -> list[Article]:
    """The articles in a page's context (not inside collections): those whose body the page may print."""
    found: list[Article] = []

    def visit(value) -> None:
        if isinstance(value, Article):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, (Collection, type)):
            for f in dataclasses.fields(value):
                visit(getattr(value, f.name))

    visit(page.context)
    return found
