"""What a long-running process (`serve`) keeps in memory from one build to the next.

A one-off build (`newsarchive build`) makes everything afresh and saves the
cache index at once. `serve` keeps a BuildSession: the content cache with
its index already loaded (saved when the session closes), and the last
build's site model: the Site, the page plan, the Jinja environment and
every page's fingerprint. While config, templates, code and the list of
content files stay the same and no article's listing fields change (the
usual save: a body edit), the model would come out the same, so it is
reused: only the pages that print a changed article's body get new
fingerprints. Any other change makes a new model, as a one-off build does.
"""
from __future__ import annotations

import threading
from collections import defaultdict

from .cache import CACHE_DIR_NAME, ArticleCache, CachedFile
from .config import Config
from .pages import plan_pages
from .rebuild import Fingerprints, TemplateScan, articles_shown_in_full, hash_of
from .render import Renderer
from .site import Site


def model_key(config: Config, loaded: list[CachedFile], inputs: str) -> str:
    """Equal keys, equal site model (articles compared by all but their body)."""
    folders = (str(config.content_dir), str(config.output_dir))
    return hash_of((inputs, folders, [(str(entry.article.path), entry.listing_digest) for entry in loaded]))


class SiteModel:
    """The site, its pages, their fingerprints and the renderer of one build."""

    def __init__(self, config: Config, loaded: list[CachedFile], inputs: str, key: str):
        self.key = key
        self.inputs = inputs
        self.site = Site(config, [entry.article for entry in loaded])
        pages = plan_pages(self.site)
        self.scan = TemplateScan.of(config.templates_dir, {page.template for page in pages})
        self.digests = {id(entry.article): entry.digest for entry in loaded}  # id(article) → hash of its file
        self.listing_digests = {id(entry.article): entry.listing_digest for entry in loaded}
        self.renderer = Renderer(config, self.site)
        fingerprints = self._fingerprints()
        self.planned: list[tuple] = [(page, fingerprints.of(page)) for page in pages]
        self._articles = {str(entry.article.path): entry.article for entry in loaded}
        self._body_readers: tuple[dict[int, list[int]], list[int]] | None = None

    def _fingerprints(self) -> Fingerprints:
        return Fingerprints(self.site, self.digests, self.listing_digests, self.inputs, self.scan)

    def take_bodies(self, loaded: list[CachedFile]) -> None:
        """Take the content hashes of a build with the same key; re-fingerprint the pages that show a changed body."""
        changed = []
        for entry in loaded:
            article = self._articles[str(entry.article.path)]
            if self.digests[id(article)] != entry.digest:
                self.digests[id(article)] = entry.digest
                changed.append(id(article))
        if not changed:
            return
        readers, always = self.body_readers()
        fingerprints = self._fingerprints()  # fresh: hashes of shared feeds may hold an old body
        for number in sorted(set(always).union(*(readers.get(article, ()) for article in changed))):
            page = self.planned[number][0]
            self.planned[number] = (page, fingerprints.of(page))

    def body_readers(self) -> tuple[dict[int, list[int]], list[int]]:
        """(id(article) → the pages whose fingerprint has its body, the pages that depend on every body)."""
        if self._body_readers is None:
            readers: dict[int, list[int]] = defaultdict(list)
            always = []
            for number, (page, _) in enumerate(self.planned):
                template = page.template
                # The whole site's hash, or collections with members seen with their bodies: any body counts.
                if self.scan.reads_whole_site(template) or (self.scan.prints_body(template) and self.scan.reads_members(template)):
                    always.append(number)
                elif self.scan.prints_body(template):
                    for article in articles_shown_in_full(page):
                        readers[id(article)].append(number)
            self._body_readers = (readers, always)
        return self._body_readers


class BuildSession:
    """The cache and site model kept between the builds of one process; one build at a time."""

    def __init__(self, *, persistent: bool) -> None:
        self.persistent = persistent  # keep things for the next build (serve), or not (one build)
        self.lock = threading.Lock()
        self._cache: ArticleCache | None = None
        self._model: SiteModel | None = None

    def cache(self, config: Config) -> ArticleCache:
        cache = self._cache
        if cache is None or cache.directory != config.root / CACHE_DIR_NAME or cache.content_dir != config.content_dir:
            self.save()
            cache = ArticleCache(config.root, config.content_dir)
        if self.persistent:
            self._cache = cache
        return cache

    def model(self, config: Config, loaded: list[CachedFile], inputs: str) -> SiteModel:
        key = model_key(config, loaded, inputs) if self.persistent else ""
        if self._model is not None and self._model.key == key:
            self._model.take_bodies(loaded)
            return self._model
        model = SiteModel(config, loaded, inputs, key)
        if self.persistent:
            model.body_readers()  # now, so that the first save is as quick as the next ones
            self._model = model
        return model

    def prepare(self, config: Config, loaded: list[CachedFile], inputs: str) -> None:
        """After a build with nothing to do: a session makes the model anyway, for the first save to reuse."""
        if self.persistent:
            self.model(config, loaded, inputs)

    def after_build(self, cache: ArticleCache) -> None:
        """A one-off build saves the cache index now; a session, when it closes."""
        if not self.persistent:
            cache.save()

    def save(self) -> None:
        if self._cache is not None:
            self._cache.save()

    def close(self) -> None:
        with self.lock:
            self.save()
