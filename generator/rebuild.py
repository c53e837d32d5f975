"""Which pages a change invalidates: a fingerprint of everything each page shows.

A page's output is a pure function of its inputs: its template (and every
template it includes), the config, the generator's code, its context (the
articles, collections, pagers, feeds it is given) and what its template reads
from the `site` global. The fingerprint hashes exactly those, so a page whose
fingerprint matches the previous build's renders to the same bytes and is
skipped. In the context, an article stands for the hash of its content file
(title, date, body, tags: all of it), a collection for its name, slug and
members; templates and code are hashed as a whole (any change: all pages).

What a template reads from `site` is declared in SITE_READS. Templates are
scanned for `site.<name>`: a read that is not declared makes the pages of that
template (or, from a shared template like base.html, every page) depend on
the whole site, so a new read is never missed, only slower until declared.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import pickle
import re
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .config import Config
from .content import Article
from .pages import Page
from .site import Collection, Site

GENERATOR_DIR = Path(__file__).resolve().parent
_SITE_READ = re.compile(r"\bsite\.(\w+)")
# `{{ article.html }}` or `{{ entry.article.html | safe }}`: the template prints a body.
_BODY_READ = re.compile(r"\.html\s*(?:\||}})")
_PLAIN = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime})


def _hash(value) -> str:
    return hashlib.blake2b(pickle.dumps(value, protocol=5), digest_size=16).hexdigest()


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


# template → (the `site` attributes it reads, a function of what they give for one page)
SITE_READS: dict[str, tuple[frozenset[str], Callable]] = {
    "article.html": (
        frozenset({"sections", "subdistricts", "communities", "tags", "people", "previous", "next"}),
        lambda site, page, key: _article_reads(site, page.context["article"], key),
    ),
    "home.html": (frozenset({"subdistricts", "tags", "sections"}), lambda site, page, key: _collection_summaries(site)),
}


@dataclasses.dataclass(frozen=True)
class TemplateScan:
    """What the templates read beyond their context, from their source text."""

    undeclared: frozenset[str]  # page templates with an undeclared `site` read
    shared_reads_site: bool  # a template that is not a page template reads `site`
    body_templates: frozenset[str]  # page templates that print an article body
    shared_prints_body: bool

    @classmethod
    def of(cls, templates_dir: Path, page_templates: set[str]) -> TemplateScan:
        undeclared, bodies = set(), set()
        shared_site = shared_body = False
        for path in sorted(templates_dir.rglob("*")):
            if not path.is_file():
                continue
            name = path.relative_to(templates_dir).as_posix()
            source = path.read_text(encoding="utf-8", errors="replace")
            reads = set(_SITE_READ.findall(source))
            prints_body = bool(_BODY_READ.search(source))
            if name in page_templates:
                if reads - SITE_READS.get(name, (frozenset(), None))[0]:
                    undeclared.add(name)
                if prints_body:
                    bodies.add(name)
            else:
                shared_site |= bool(reads)
                shared_body |= prints_body
        return cls(frozenset(undeclared), shared_site, frozenset(bodies), shared_body)

    def prints_body(self, template: str) -> bool:
        return self.shared_prints_body or template in self.body_templates


def inputs_digest(config: Config) -> str:
    """Everything every page depends on: config, all templates, the generator's code."""
    parts: list = [__version__, _config_values(config)]
    for folder in (config.templates_dir, GENERATOR_DIR):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and (folder != GENERATOR_DIR or path.suffix == ".py"):
                parts.append((path.relative_to(folder).as_posix(), path.read_bytes()))
    return _hash(parts)


def build_signature(inputs: str, loaded: list[tuple[str, Article]], static: dict[str, Path]) -> str:
    """Of everything a build reads: equal signatures, equal output (so nothing to plan or render)."""
    articles = [(str(article.path), file_digest) for file_digest, article in loaded]
    return _hash((inputs, articles, [(name, path.read_bytes()) for name, path in static.items()]))


def _config_values(config: Config) -> tuple:
    """The config's settings; not where the site's folders are, which no page shows."""
    skip = {"root", "content_dir", "output_dir"}
    return tuple((f.name, getattr(config, f.name)) for f in dataclasses.fields(config) if f.name not in skip)


class Fingerprints:
    """The fingerprint of each page of one build."""

    def __init__(self, site: Site, article_digests: dict[int, str], inputs: str, scan: TemplateScan):
        self.site = site
        self._digests = article_digests  # id(article) → hash of its content file
        self._inputs = inputs
        self._scan = scan
        self._collections: dict[int, str] = {}
        self._shared: dict[int, tuple] = {}  # id → hash of a dataclass seen in a context (alive all build)
        self._whole_site: str | None = None

    def of(self, page: Page) -> str | None:
        """The page's fingerprint; None for a context this module cannot see into (always rendered)."""
        try:
            context = self._value(page.context)
        except _Opaque:
            return None
        return _hash((self._inputs, page.url, page.template, context, self._site_reads(page)))

    def _site_reads(self, page: Page):
        if self._scan.shared_reads_site or page.template in self._scan.undeclared:
            return self.whole_site()
        declared = SITE_READS.get(page.template)
        return declared[1](self.site, page, self._key) if declared else None

    def whole_site(self) -> str:
        if self._whole_site is None:
            self._whole_site = _hash(([self._digests[id(a)] for a in self.site.articles], _collection_summaries(self.site)))
        return self._whole_site

    def _key(self, article: Article | None) -> str | None:
        return None if article is None else self._digests[id(article)]

    def _collection(self, collection: Collection) -> tuple:
        members = self._collections.get(id(collection))
        if members is None:
            members = self._collections[id(collection)] = _hash([self._digests[id(a)] for a in collection.articles])
        return ("collection", collection.kind, collection.name, collection.slug, members)

    def _value(self, value):
        """`value` as plain data: articles by content hash, collections by name and members."""
        kind = type(value)  # dispatch on the exact type first: this runs ~20 times per page
        if kind in _PLAIN:
            return value
        if kind is Article:
            return ("article", self._digests[id(value)])
        if kind is list or kind is tuple:
            return tuple(self._value(item) for item in value)
        if kind is dict:
            return tuple((key, self._value(item)) for key, item in value.items())
        if isinstance(value, Collection):
            return self._collection(value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            # Months, days, feeds are shared by many pages: each is hashed once per build.
            known = self._shared.get(id(value))
            if known is None:
                fields = tuple(self._value(getattr(value, f.name)) for f in dataclasses.fields(value))
                known = self._shared[id(value)] = (kind.__name__, _hash(fields))
            return known
        if isinstance(value, (str, int, float, dt.date)) or value is None:
            return value
        raise _Opaque(kind.__name__)


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
