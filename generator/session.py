"""What is kept from one build to the next: in memory (`serve`) and in the cache folder (`build`).

`serve` keeps a BuildSession: the content cache with its index already
loaded (saved when the session closes), and the last build's site model:
the Site, the page plan, the Jinja environment and every page's
fingerprint. While config, templates, code and the list of content files
stay the same and no article's listing fields change (the usual save: a
body edit), the model would come out the same, so it is reused: only the
pages that print a changed article's body get new fingerprints. Any other
change makes a new model.

A one-off build (`newsarchive build`) saves the cache index at once, and
the model too, in the cache folder, in two files: `model.pickle`, the
structure (site, pages, template scan, which pages print which body),
written only when a model is made anew; and `model-bodies.pickle`, small,
the model's key, the content hashes and every page's fingerprint, written
after each build that changed them. The next build reads the small file
first and loads the structure only when the key is its own, then proceeds
as `serve` does. It loads it too when only titles or summaries changed
(the shape key, of every listing field but those two, is its own) and no
title moved an article in the reading order: the structure, made of
today's articles, is then what a new model would be, and every page is
fingerprinted anew. Anything else (no file, another key, a file that does
not load) makes a new model. Deleting either file is always safe.
"""
from __future__ import annotations

import pickle
import threading
import uuid
from collections import defaultdict
from pathlib import Path

from .cache import CACHE_DIR_NAME, ArticleCache, CachedFile, hash_of
from .config import Config
from .content import Article
from .fsutil import atomic_file, collector_paused, read_pickle, write_atomic
from .pages import plan_pages
from .parallel import map_halves
from .rebuild import Fingerprints, TemplateScan, articles_shown_in_full
from .render import Renderer
from .site import Site, reading_order

STRUCTURE_NAME = "model.pickle"
BODIES_NAME = "model-bodies.pickle"


def model_key(config: Config, loaded: list[CachedFile], inputs: str) -> str:
    """Equal keys, equal site model (articles compared by all but their body)."""
    return _key(config, inputs, [(str(entry.article.path), entry.listing_digest) for entry in loaded])


def shape_key(config: Config, loaded: list[CachedFile], inputs: str) -> str:
    """Equal shape keys, the same pages in the same places, whatever the articles' titles and summaries (but see `SiteModel.load`)."""
    return _key(config, inputs, [(str(entry.article.path), entry.shape_digest) for entry in loaded])


def _key(config: Config, inputs: str, articles: list[tuple[str, str]]) -> str:
    return hash_of((inputs, (str(config.content_dir), str(config.output_dir)), articles))


class SiteModel:
    """The site, its pages, their fingerprints and the renderer of one build."""

    def __init__(self, config: Config, loaded: list[CachedFile], inputs: str, key: str):
        self.key = key
        self.inputs = inputs
        self.config = config
        self.site = Site(config, [entry.article for entry in loaded])
        pages = plan_pages(self.site)
        self.scan = TemplateScan.of(config.templates_dir, {page.template for page in pages})
        self.digests = {id(entry.article): entry.digest for entry in loaded}  # id(article) → hash of its file
        self.listing_digests = {id(entry.article): entry.listing_digest for entry in loaded}
        self.shape = shape_key(config, loaded, inputs)
        self._renderer: Renderer | None = None
        self.planned: list[tuple] = list(zip(pages, self._fingerprint_all(pages)))
        self._articles = {str(entry.article.path): entry.article for entry in loaded}
        self._body_readers: tuple[dict[int, list[int]], list[int]] | None = None
        self._token = uuid.uuid4().hex  # names this structure in the bodies file
        self._structure_saved = False
        self._bodies_saved = False

    @property
    def renderer(self) -> Renderer:
        if self._renderer is None:
            self._renderer = Renderer(self.config, self.site)
        return self._renderer

    def _fingerprint_all(self, pages: list) -> list[str | None]:
        fingerprints = self._fingerprints()
        # On both cores: each half hashes the shared feeds and collections it meets on its own.
        halves = map_halves(lambda half: [fingerprints.of(page) for page in half], pages)
        return [fingerprint for half in halves for fingerprint in half]

    def _fingerprints(self) -> Fingerprints:
        return Fingerprints(self.site, self.digests, self.listing_digests, self.inputs, self.scan)

    def take_bodies(self, loaded: list[CachedFile]) -> None:
        """Take the content hashes of a build with the same key; re-fingerprint the pages that show a changed body."""
        changed = []
        for entry in loaded:
            article = self._articles[str(entry.article.path)]
            article.path = entry.article.path  # a loaded model has none
            if self.digests[id(article)] != entry.digest:
                self.digests[id(article)] = entry.digest
                changed.append(id(article))
        if not changed:
            return
        self._bodies_saved = False
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

    # -- kept in the cache folder between processes ------------------------------------------
    def save(self, directory: Path) -> None:
        """Write what changed since this model was made or loaded: the structure once, the bodies file after each change."""
        if self._structure_saved and self._bodies_saved:
            return
        directory.mkdir(exist_ok=True)
        path_of = {id(article): path for path, article in self._articles.items()}
        if not self._structure_saved:
            readers, always = self.body_readers()
            structure = {
                "token": self._token,
                "site": self.site,
                "pages": [page for page, _ in self.planned],
                "scan": self.scan,
                "body_readers": ({path_of[number]: pages for number, pages in readers.items()}, always),
            }
            (directory / BODIES_NAME).unlink(missing_ok=True)  # never a bodies file naming another structure
            with atomic_file(directory / STRUCTURE_NAME) as handle:  # streamed: 5 MB at 10,000 articles
                _ArticleNamingPickler(handle, path_of).dump(structure)
            self._structure_saved = True
        bodies = {
            "key": self.key,
            "shape": self.shape,
            "token": self._token,
            "digests": {path_of[number]: digest for number, digest in self.digests.items()},
            "fingerprints": [fingerprint for _, fingerprint in self.planned],
        }
        write_atomic(directory / BODIES_NAME, pickle.dumps(bodies, protocol=pickle.HIGHEST_PROTOCOL))
        self._bodies_saved = True

    @classmethod
    def load(cls, directory: Path, config: Config, inputs: str, key: str, loaded: list[CachedFile]) -> SiteModel | None:
        """The model a previous build saved, if its key is `key`, made of the articles in `loaded`; else None.

        Also when only titles or summaries changed (same shape key) and no
        title changed the reading order: the saved structure, made of today's
        articles, is then the model a new build would make; its pages are
        fingerprinted anew (what lists show has changed).
        """
        try:
            bodies = read_pickle(directory / BODIES_NAME)
            if not isinstance(bodies, dict):
                return None
            retitled = bodies.get("key") != key
            if retitled and bodies.get("shape") != shape_key(config, loaded, inputs):
                return None
            articles = {str(entry.article.path): entry.article for entry in loaded}
            structure = _load_naming_articles(directory / STRUCTURE_NAME, articles)
            if not isinstance(structure, dict) or structure.get("token") != bodies["token"]:
                return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, KeyError):
            return None
        model = cls.__new__(cls)
        model.key, model.shape, model.inputs, model.config = key, bodies["shape"], inputs, config
        model.site = structure["site"]
        model.site.config = config  # equal in all a page shows (the key says so); this one has today's folders
        if retitled and [id(article) for article in model.site.articles] != [id(article) for article in _reading_ordered(loaded)]:
            return None  # a title decides the order of articles without a page position on one day
        model.scan = structure["scan"]
        model._articles = articles
        # Keyed by id() in memory: the ids of the objects just unpickled.
        model.listing_digests = {id(entry.article): entry.listing_digest for entry in loaded}
        readers, always = structure["body_readers"]
        model._body_readers = ({id(articles[path]): pages for path, pages in readers.items()}, always)
        model._renderer = None
        model._token = bodies["token"]
        model._structure_saved = model._bodies_saved = True
        if retitled:
            model.digests = {id(entry.article): entry.digest for entry in loaded}
            model.planned = list(zip(structure["pages"], model._fingerprint_all(structure["pages"])))
            model._bodies_saved = False
        else:
            model.digests = {id(articles[path]): digest for path, digest in bodies["digests"].items()}
            model.planned = list(zip(structure["pages"], bodies["fingerprints"]))
        return model


def _reading_ordered(loaded: list[CachedFile]) -> list[Article]:
    """The articles in the order a new Site would put them."""
    return sorted((entry.article for entry in loaded), key=reading_order)


# The structure names each article by its file's path instead of holding a copy: the cache index
# has them all (the model's key vouches they are the same), so they are stored and loaded once.
class _ArticleNamingPickler(pickle.Pickler):
    def __init__(self, file, path_of: dict[int, str]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.path_of = path_of

    def persistent_id(self, obj):
        return self.path_of.get(id(obj)) if type(obj) is Article else None


class _ArticleNamingUnpickler(pickle.Unpickler):
    def __init__(self, file, articles: dict[str, Article]):
        super().__init__(file)
        self.articles = articles

    def persistent_load(self, path: str) -> Article:
        return self.articles[path]


def _load_naming_articles(path: Path, articles: dict[str, Article]):
    with collector_paused(), open(path, "rb") as handle:
        return _ArticleNamingUnpickler(handle, articles).load()


class BuildSession:
    """The cache and site model kept between the builds of one process; one build at a time."""

    def __init__(self, *, persistent: bool) -> None:
        self.persistent = persistent  # keep things for the next build (serve), or not (one build)
        self.lock = threading.Lock()
        self._cache: ArticleCache | None = None
        self._model: SiteModel | None = None  # the last build's, with the cache folder it belongs to
        self._model_dir: Path | None = None

    def cache(self, config: Config) -> ArticleCache:
        cache = self._cache
        if cache is None or cache.directory != config.root / CACHE_DIR_NAME or cache.content_dir != config.content_dir:
            self.save()
            cache = ArticleCache(config.root, config.content_dir)
        if self.persistent:
            self._cache = cache
        return cache

    def model(self, config: Config, loaded: list[CachedFile], inputs: str) -> SiteModel:
        key = model_key(config, loaded, inputs)
        directory = config.root / CACHE_DIR_NAME
        model = self._model if self._model_dir == directory else None
        if model is None or model.key != key:
            model = SiteModel.load(directory, config, inputs, key, loaded)
        if model is not None:
            model.take_bodies(loaded)
        else:
            model = SiteModel(config, loaded, inputs, key)
            if self.persistent:
                model.body_readers()  # now, so that the first save is as quick as the next ones
        self._model, self._model_dir = model, directory
        return model

    def prepare(self, config: Config, loaded: list[CachedFile], inputs: str) -> None:
        """After a build with nothing to do: a session makes the model anyway, for the first save to reuse."""
        if self.persistent:
            self.model(config, loaded, inputs)

    def after_build(self, cache: ArticleCache) -> None:
        """A one-off build saves the cache index and the model now; a session, when it closes."""
        if not self.persistent:
            self.save(cache)

    def save(self, cache: ArticleCache | None = None) -> None:
        cache = cache or self._cache
        if cache is not None:
            cache.save()
        if self._model is not None and self._model_dir is not None:
            self._model.save(self._model_dir)

    def close(self) -> None:
        with self.lock:
            self.save()
