"""What is kept from one build to the next: in memory (`serve`) and in the cache folder (`build`).

`serve` keeps a BuildSession: the content cache with its index already
loaded (saved when the session closes), the manifest the last build saved
(read again only if another process saved one since), and the last build's site model:
the Site, the page plan, the Jinja environment and every page's
fingerprint. While config, code and the list of content files stay the
same and no article's listing fields change (the usual save: a body edit),
the model would come out the same, so it is reused: only the pages whose
fingerprint read a changed article get new fingerprints. So it is after a
title or summary edit that moves no article in the reading order: the
retitled articles take their new fields in place. So it is, too, after a
template edit that leaves what the templates read the same (TemplateScan):
fingerprints hash what a page shows, not its template, so none changes;
the build renders the pages whose template reaches the edited one, as the
manifest's template digests tell. Any other change makes a new model.

A one-off build (`newsarchive build`) saves the cache index at once, and
the model too, in the cache folder, in two files: `model.pickle`, the
structure (site, pages, template scan, the articles each page hashed by
its whole file), written only when a model is made anew; and
`model-bodies.pickle`, small, the model's key, the content hashes, the
digests of the templates and every page's fingerprint, written after each
build that changed them. The next build reads the small file
first and loads the structure only when the key is its own, then proceeds
as `serve` does. It loads it too when only titles or summaries changed
(the shape key, of every listing field but those two, is its own) and no
title moved an article in the reading order: the structure, made of
today's articles, is then what a new model would be, and the pages that
read a retitled article are fingerprinted anew; which pages read an
article in a list is in a third file, `model-listing-reads.pickle`, read
only then (and by a donor, below). Anything else (no file, another key, a file that does not
load) makes a new model. Deleting any of these files is always safe.

`newsarchive build` writes the structure (~0.1 s at 10,000 articles) in a
detached process after output/ is complete, so the command ends without
waiting for it: a lock file, `model.lock`, is held while the model files
are written, and a build waits for it before reading them. A save lost
half-way (the machine stopped) leaves files whose tokens do not match:
the next build makes the model anew.

A model made anew (an article added or deleted: the pages and their order
change) takes the last model's fingerprints for the pages that show what
they showed (a `Donor`: in memory, or read from the cache folder whatever
its key), and fingerprints only the others: ~700 of 16,000 pages at 10,000
articles.
"""
from __future__ import annotations

import copyreg
import dataclasses
import datetime as dt
import pickle
import threading
import uuid
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from .cache import ArticleCache, CachedFile, hash_of
from .config import CACHE_DIR_NAME, Config
from .content import Article
from .fsutil import atomic_file, collector_paused, held_lock, read_pickle, wait_for_lock, write_atomic
from .journal import LOAD_ERRORS
from .manifest import Manifest
from .pages import Page, plan_pages, planned_pages, related_lists
from .parallel import detach, map_chunks
from .rebuild import (
    GONE,
    Fingerprints,
    PageReads,
    Templates,
    TemplateScan,
    carried_over,
)
from .render import Renderer
from .site import Site, reading_order

STRUCTURE_NAME = "model.pickle"
BODIES_NAME = "model-bodies.pickle"
LISTING_READS_NAME = "model-listing-reads.pickle"
SAVE_LOCK_NAME = "model.lock"  # held while the model files are written (see the module's docstring)
COMPILED_TEMPLATES = "templates"  # Jinja's bytecode cache, in the cache folder
# A page's fingerprint costs about a tenth of its render (at 10,000 articles: 15–40 µs): the ~700 pages
# an added article changes took 0.022 s in one process and 0.031 s with a fork (parallel.map_chunks).
FINGERPRINT_WEIGHT = 0.1


def model_key(config: Config, loaded: list[CachedFile], inputs: str) -> str:
    """Equal keys, equal site model (articles compared by all but their body)."""
    return _key(config, inputs, [(entry.article.path, entry.listing_digest) for entry in loaded])


def shape_key(config: Config, loaded: list[CachedFile], inputs: str) -> str:
    """Equal shape keys, the same pages in the same places, whatever the articles' titles and summaries (but see `SiteModel.load`)."""
    return _key(config, inputs, [(entry.article.path, entry.shape_digest) for entry in loaded])


def _key(config: Config, inputs: str, articles: list[tuple[str, str]]) -> str:
    return hash_of((inputs, (str(config.content_dir), str(config.output_dir)), articles))


# Given a model made anew as soon as its site is whole, before its pages are planned and fingerprinted (~0.1 s at
# 10,000 articles): `serve` renders the pages open in a browser then (build.py).
SiteReady = Callable[["SiteModel"], None]


class Donor(NamedTuple):
    """What a model made anew takes from the last build's: the fingerprints of the pages that stayed the same.

    Made when an article was added or deleted: most pages then show what
    they showed, and fingerprinting them all again would cost more than
    finding those that differ (rebuild.carried_over).
    """

    site: Site
    planned: list[tuple[Page | None, str | None]]  # its pages are let go as they are compared
    file_reads: PageReads
    listing_reads: PageReads
    # id(article) → the hash of its file the donor's fingerprints hashed; by the ids of the donor's
    # articles, which are today's where it was loaded from the cache folder (`donation_on_disk`).
    digests: dict[int, str]
    inputs: str
    templates_digest: str
    template_digests: dict[str, str]  # page template → Templates.closure_digest
    scan: TemplateScan


class SiteModel:
    """The site, its pages, their fingerprints and the renderer of one build."""

    def __init__(
        self, config: Config, loaded: list[CachedFile], inputs: str, key: str, templates: Templates, donor: Donor | None = None, site_ready: SiteReady | None = None
    ):
        self.key = key
        self.inputs = inputs
        self.config = config
        if donor is not None and donor.inputs != inputs:
            donor = None  # its fingerprints hashed another config or code
        self.site = Site(config, [entry.article for entry in loaded])
        self.digests = {id(entry.article): entry.digest for entry in loaded}  # id(article) → hash of its file
        self._renderer: Renderer | None = None
        changed: set[int] = set()  # ids of the articles whose file changed since the donor's fingerprints
        if donor is not None:
            changed = {id(entry.article) for entry in loaded if donor.digests.get(id(entry.article)) != entry.digest}
            self.site.keep_related(donor.site, related_lists(donor.planned), changed)
        if site_ready is not None:
            site_ready(self)
        if donor is not None:
            pages, origins = carried_over(donor.site, donor.planned, self.site, planned_pages(self.site), donor.scan)
        else:
            pages, origins = plan_pages(self.site), None
        page_templates = {page.template for page in pages}
        self.scan = TemplateScan.of(templates, page_templates)
        self.templates_digest = templates.digest
        same_templates = donor is not None and donor.templates_digest == templates.digest
        known = donor.template_digests if same_templates else {}
        self.template_digests = {name: known.get(name) or templates.closure_digest(name) for name in page_templates}
        self.listing_digests = {id(entry.article): entry.listing_digest for entry in loaded}
        self.shape = shape_key(config, loaded, inputs)
        self._articles = {entry.article.path: entry.article for entry in loaded}
        if origins is None or self.scan != donor.scan or not self._carry_over(pages, origins, donor, changed):
            self._fingerprint_all(pages)
        self._listings_changed = False  # since the fingerprints were made (a title or summary edit)
        self._token = uuid.uuid4().hex  # names this structure in the bodies and listing-reads files
        self._directory: Path | None = None  # where the listing reads can be loaded from, if not here
        self._structure_saved = False
        self._bodies_saved = False

    @property
    def renderer(self) -> Renderer:
        if self._renderer is None:
            self._renderer = Renderer(self.config, self.site, self.config.root / CACHE_DIR_NAME / COMPILED_TEMPLATES)
        return self._renderer

    def _fingerprint_all(self, pages: list) -> None:
        """Fingerprint every page, noting which articles each one read."""
        found, self._file_reads, self._listing_reads = self._fingerprint(pages)
        self.planned = list(zip(pages, found))

    def _carry_over(self, pages: list, origins: list[int | None], donor: Donor, changed: set[int]) -> bool:
        """Fingerprint only the pages not carried over from the donor (`origins`: see `carried_over`); False if its reads do not fit.

        `changed`: the ids of the articles whose file changed since the donor's fingerprints (new ones too).
        """
        found, file_reads, listing_reads = self._fingerprint([page for page, origin in zip(pages, origins) if origin is None])
        places = self.site.places
        renumber = array("I", [places.get(id(article), GONE) for article in donor.site.articles])
        for number in [number for number, new in enumerate(renumber) if new == GONE]:
            # Gone, or (in `serve`) another object for the same file: a file read again, an article retitled in place.
            today = self._articles.get(donor.site.articles[number].path)
            if today is not None:
                renumber[number] = places[id(today)]
        self._file_reads = PageReads.combined(origins, donor.file_reads, renumber, file_reads)
        self._listing_reads = PageReads.combined(origins, donor.listing_reads, renumber, listing_reads)
        if self._file_reads is None or self._listing_reads is None:
            return False
        fresh = iter(found)
        self.planned = [(page, next(fresh) if origin is None else donor.planned[origin][1]) for page, origin in zip(pages, origins)]
        # A carried page that read an article whose file changed since the donor's fingerprints: fingerprinted anew.
        numbers = {places[article_id] for article_id in changed}
        stale = set(self._file_reads.pages_reading(numbers)) | set(self._listing_reads.pages_reading(numbers))
        self._fingerprint_again(sorted(number for number in stale if origins[number] is not None))
        return True

    def _fingerprint(self, pages: list) -> tuple[list[str | None], PageReads, PageReads]:
        """The pages' fingerprints, and which articles each one read (by its whole file, as lists show it)."""
        fingerprints = self._fingerprints()

        def fingerprint_chunk(chunk: list) -> tuple[list[str | None], PageReads, PageReads]:
            found, file_reads, listing_reads = [], PageReads(), PageReads()
            for page in chunk:
                fingerprint, files, listings = fingerprints.read(page)
                found.append(fingerprint)
                file_reads.add(files, fingerprints.group)
                listing_reads.add(listings, fingerprints.group)
            return found, file_reads, listing_reads

        # On both cores: each process hashes the shared feeds and collections it meets on its own.
        found, file_reads, listing_reads = [], PageReads(), PageReads()
        for chunk_found, chunk_file_reads, chunk_listing_reads in map_chunks(fingerprint_chunk, pages, FINGERPRINT_WEIGHT):
            found.extend(chunk_found)
            file_reads.extend(chunk_file_reads)
            listing_reads.extend(chunk_listing_reads)
        return found, file_reads, listing_reads

    def _fingerprints(self) -> Fingerprints:
        return Fingerprints(self.site, self.digests, self.listing_digests, self.inputs, self.scan)

    def _fingerprint_again(self, numbers: list[int]) -> None:
        """New fingerprints for the planned pages `numbers` (their reads stay: the same articles, the same groups)."""
        fingerprints = self._fingerprints()  # fresh: hashes of shared feeds may hold an old article

        def fingerprint_chunk(chunk: list[int]) -> list[str | None]:
            return [fingerprints.of(self.planned[number][0]) for number in chunk]

        done = 0
        for found in map_chunks(fingerprint_chunk, numbers, FINGERPRINT_WEIGHT):
            for number, fingerprint in zip(numbers[done:], found):
                self.planned[number] = (self.planned[number][0], fingerprint)
            done += len(found)

    def take_templates(self, templates: Templates) -> bool:
        """Take this build's templates; the fingerprints stay, as they hash what pages show, not how (rebuild.py).

        False if the templates now read other things from their context or
        from `site` (TemplateScan): what each page hashes changes, so a new
        model is needed.
        """
        if templates.digest == self.templates_digest:
            return True
        if TemplateScan.of(templates, set(self.template_digests)) != self.scan:
            return False
        self.template_digests = {name: templates.closure_digest(name) for name in self.template_digests}
        self.templates_digest = templates.digest
        self._renderer = None  # its templates were compiled from the old files
        self._bodies_saved = False
        return True

    def retitle(self, config: Config, loaded: list[CachedFile], inputs: str, key: str) -> bool:
        """Become the model of `key` in place, if only titles or summaries changed and no title moved an article; else False.

        A session's model holds the articles of the build that made it: the
        retitled ones take their new fields (their pages are re-fingerprinted
        by `take_changes`).
        """
        if self.shape != shape_key(config, loaded, inputs) or not _order_holds(self.site, loaded):
            return False
        for entry in loaded:
            article = self._articles[entry.article.path]
            if self.listing_digests[id(article)] != entry.listing_digest:
                for field in dataclasses.fields(Article):
                    setattr(article, field.name, getattr(entry.article, field.name))
        self.key = key
        self._listings_changed = True
        return True

    def take_changes(self, loaded: list[CachedFile]) -> None:
        """Take the content hashes of a build with the same pages; re-fingerprint the pages that read a changed article."""
        changed = set()
        for entry in loaded:
            article = self._articles[entry.article.path]
            article.path = entry.article.path  # a loaded model has none
            if self.digests[id(article)] != entry.digest:
                self.digests[id(article)] = entry.digest
                self.listing_digests[id(article)] = entry.listing_digest
                changed.add(id(article))
        if not changed:
            return
        self._bodies_saved = False
        changed_numbers = {self.site.places[article_id] for article_id in changed}
        pages = set(self._file_reads.pages_reading(changed_numbers))
        if self._listings_changed:  # a changed file may have a changed title: the lists showing it too
            listing_reads = self._load_listing_reads()
            if listing_reads is None:  # the file is gone or damaged: fingerprint everything
                self._fingerprint_all([page for page, _ in self.planned])
                self._structure_saved = self._listings_changed = False
                return
            pages.update(listing_reads.pages_reading(changed_numbers))
        self._listings_changed = False
        self._fingerprint_again(sorted(pages))

    # -- kept in the cache folder between processes ------------------------------------------
    @property
    def structure_unsaved(self) -> bool:
        return not self._structure_saved

    def save(self, directory: Path) -> None:
        """Write what changed since this model was made or loaded: the structure once, the bodies file after each change."""
        if self._structure_saved and self._bodies_saved:
            return
        path_of = {id(article): path for path, article in self._articles.items()}
        if not self._structure_saved:
            structure = {
                "token": self._token,
                "site": self.site,
                "pages": [page for page, _ in self.planned],
                "scan": self.scan,
                "file_reads": self._file_reads,
            }
            (directory / BODIES_NAME).unlink(missing_ok=True)  # never a bodies file naming another structure
            with atomic_file(directory / STRUCTURE_NAME) as handle:  # streamed: 5 MB at 10,000 articles
                _ArticleNamingPickler(handle, path_of).dump(structure)
            if self._listing_reads is not None:
                listings = {"token": self._token, "reads": self._listing_reads}
                write_atomic(directory / LISTING_READS_NAME, pickle.dumps(listings, protocol=pickle.HIGHEST_PROTOCOL))
            self._structure_saved = True
        bodies = {
            "key": self.key,
            "shape": self.shape,
            "inputs": self.inputs,
            "token": self._token,
            "digests": {path_of[number]: digest for number, digest in self.digests.items()},
            "fingerprints": [fingerprint for _, fingerprint in self.planned],
            "templates": (self.templates_digest, self.template_digests),
        }
        write_atomic(directory / BODIES_NAME, pickle.dumps(bodies, protocol=pickle.HIGHEST_PROTOCOL))
        self._bodies_saved = True

    def donation(self) -> Donor | None:
        """This model as the donor of the next one (see `Donor`); None if which pages read what in a list is not at hand.

        The model is spent: the next one lets its pages go as it compares them (rebuild.carried_over).
        """
        listing_reads = self._load_listing_reads()
        if listing_reads is None:
            return None
        return Donor(self.site, self.planned, self._file_reads, listing_reads, self.digests, self.inputs, self.templates_digest, self.template_digests, self.scan)

    @staticmethod
    def donation_on_disk(directory: Path, loaded: list[CachedFile], bodies: dict) -> Donor | None:
        """The saved model, whatever its key, as a donor: its deleted articles stand in its pages as placeholders."""
        try:
            articles = {entry.article.path: entry.article for entry in loaded}
            structure = _load_naming_articles(directory / STRUCTURE_NAME, articles, placeholders=True)
            listings = read_pickle(directory / LISTING_READS_NAME)
            if structure["token"] != bodies["token"] or listings["token"] != bodies["token"]:
                return None
            pages = list(zip(structure["pages"], bodies["fingerprints"]))
            digests = {id(articles[path]): digest for path, digest in bodies["digests"].items() if path in articles}
            return Donor(structure["site"], pages, structure["file_reads"], listings["reads"], digests, bodies["inputs"], *bodies["templates"], structure["scan"])
        except LOAD_ERRORS:
            return None

    @classmethod
    def load(cls, directory: Path, config: Config, inputs: str, key: str, loaded: list[CachedFile], bodies: dict | None) -> SiteModel | None:
        """The model a previous build saved, if its key is `key`, made of the articles in `loaded`; else None.

        Also when only titles or summaries changed (same shape key) and no
        title changed the reading order: the saved structure, made of today's
        articles, is then the model a new build would make (`take_changes`
        then re-fingerprints the pages that read a retitled article).
        """
        if bodies is None:
            return None
        try:
            retitled = bodies.get("key") != key
            if retitled and bodies.get("shape") != shape_key(config, loaded, inputs):
                return None
            articles = {entry.article.path: entry.article for entry in loaded}
            structure = _load_naming_articles(directory / STRUCTURE_NAME, articles)
            if not isinstance(structure, dict) or structure.get("token") != bodies["token"]:
                return None
            model = cls.__new__(cls)
            model.key, model.shape, model.inputs, model.config = key, bodies["shape"], inputs, config
            model.site = structure["site"]
            if retitled and not _order_holds(model.site, loaded):
                return None
            model.site.config = config  # equal in all a page shows (the key says so); this one has today's folders
            model.scan = structure["scan"]
            model._articles = articles
            model._file_reads = structure["file_reads"]
            model._listing_reads = None  # loaded when a title or summary changed
            model._listings_changed = retitled
            # Keyed by id() in memory: the ids of the objects just unpickled. As the saved
            # build had them; take_changes brings in today's.
            model.digests = {id(articles[path]): digest for path, digest in bodies["digests"].items()}
            model.listing_digests = {id(entry.article): entry.listing_digest for entry in loaded}
            model.planned = list(zip(structure["pages"], bodies["fingerprints"]))
            model.templates_digest, model.template_digests = bodies["templates"]
        except LOAD_ERRORS:
            return None
        model._renderer = None
        model._token = bodies["token"]
        model._directory = directory
        model._structure_saved = model._bodies_saved = True
        return model

    def _load_listing_reads(self) -> PageReads | None:
        """Which articles each page shows in a list, saved with the structure; None if that file is missing or not this structure's."""
        if self._listing_reads is None and self._directory is not None:
            try:
                listings = read_pickle(self._directory / LISTING_READS_NAME)
                if listings["token"] == self._token:
                    self._listing_reads = listings["reads"]
            except LOAD_ERRORS:
                pass
        return self._listing_reads


def _order_holds(site: Site, loaded: list[CachedFile]) -> bool:
    """Are the site's articles in the order a new Site would put today's? (A title orders a day's articles without a page position.)"""
    return [article.path for article in site.articles] == [article.path for article in sorted((entry.article for entry in loaded), key=reading_order)]


# The structure names each article by its file's path instead of holding a copy: the cache index
# has them all (the model's key vouches they are the same), so they are stored and loaded once.
def _article_named(path: str) -> Article:
    """Stands for an article in model.pickle; `_ArticleNamingUnpickler` puts today's article of that path in its place."""
    raise RuntimeError(f"{path}: an article in the saved model is resolved by its loader")


class _ArticleNamingPickler(pickle.Pickler):
    def __init__(self, file, path_of: dict[int, str]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)

        def named(article: Article):
            path = path_of.get(id(article))
            return article.__reduce__() if path is None else (_article_named, (path,))

        # Asked only for articles not already written (pickle's memo): each once, not at each of its ~220,000
        # references at 10,000 articles, as persistent_id would be; and not for every other object, as
        # reducer_override would be (0.01 s of 0.05 s).
        self.dispatch_table = {**copyreg.dispatch_table, Article: named}


class _ArticleNamingUnpickler(pickle.Unpickler):
    def __init__(self, file, articles: dict[str, Article], placeholders: bool):
        super().__init__(file)
        self.articles = articles
        self.placeholders = placeholders

    def find_class(self, module: str, name: str):
        if (module, name) == (__name__, _article_named.__name__):
            articles = self.articles  # not self: the memo keeps what this returns, and a cycle would outlive the load
            if self.placeholders:
                return lambda path: articles.get(path) or _placeholder(path)
            return articles.__getitem__  # a C function: called once per article
        return super().find_class(module, name)


def _placeholder(path: str) -> Article:
    """Stands for an article deleted since the model was saved: equal to no article of today's."""
    return Article(title="", date=dt.date.min, slug="", body="", path=path)


def _load_naming_articles(path: Path, articles: dict[str, Article], *, placeholders: bool = False):
    """The saved structure, its articles today's of the same path; missing ones raise KeyError, or are placeholders."""
    with collector_paused(), open(path, "rb") as handle:
        return _ArticleNamingUnpickler(handle, articles, placeholders).load()


def save_model(model: SiteModel, directory: Path, *, detached: bool) -> None:
    """`model.save(directory)` holding the save lock; `detached`: a new structure is written by a process this one does not wait for."""
    directory.mkdir(exist_ok=True)
    with held_lock(directory / SAVE_LOCK_NAME):  # waits for a detached save still writing
        if detached and model.structure_unsaved:
            detach(model.save, directory)  # holds the lock (the same open file) until its last file is written
        else:
            model.save(directory)


def wait_for_save(directory: Path) -> None:
    """Return once no process is writing the model files in `directory` (a detached save of the last build)."""
    wait_for_lock(directory / SAVE_LOCK_NAME)


def read_bodies(directory: Path) -> dict | None:
    """The small file of the saved model (see the module's docstring), or None."""
    try:
        bodies = read_pickle(directory / BODIES_NAME)
    except LOAD_ERRORS:
        return None
    return bodies if isinstance(bodies, dict) else None


class BuildSession:
    """The cache and site model kept between the builds of one process; one build at a time."""

    def __init__(self, *, persistent: bool, detached_saves: bool = False) -> None:
        self.persistent = persistent  # keep things for the next build (serve), or not (one build)
        # Write a new model's structure in a detached process (`newsarchive build`: see the module's docstring).
        self.detached_saves = detached_saves
        self.lock = threading.Lock()
        self._cache: ArticleCache | None = None
        self._model: SiteModel | None = None  # the last build's, with the cache folder it belongs to
        self._model_dir: Path | None = None
        self._manifest: Manifest | None = None  # the last build's, as it saved it (Manifest.load checks it still is)

    def cache(self, config: Config) -> ArticleCache:
        cache = self._cache
        if cache is None or cache.directory != config.root / CACHE_DIR_NAME or cache.content_dir != config.content_dir:
            self.save()
            cache = ArticleCache(config.root, config.content_dir)
        if self.persistent:
            self._cache = cache
        return cache

    def model(self, config: Config, loaded: list[CachedFile], inputs: str, templates: Templates, site_ready: SiteReady | None = None) -> SiteModel:
        """The model of this build: the last one as it is or updated in place, else one made anew (`site_ready`: see SiteReady)."""
        key = model_key(config, loaded, inputs)
        directory = config.root / CACHE_DIR_NAME
        model = self._model if self._model_dir == directory else None
        donor = None
        if model is None:  # none of this cache folder in memory: the one saved there, if it is this build's, or as a donor
            wait_for_save(directory)
            bodies = read_bodies(directory)
            model = SiteModel.load(directory, config, inputs, key, loaded, bodies)
            if model is None and bodies is not None:
                donor = SiteModel.donation_on_disk(directory, loaded, bodies)
        elif model.key != key and not model.retitle(config, loaded, inputs, key):
            donor, model, self._model = model.donation(), None, None
        if model is not None and model.take_templates(templates):
            model.take_changes(loaded)
        else:
            model = SiteModel(config, loaded, inputs, key, templates, donor, site_ready)
        self._model, self._model_dir = model, directory
        return model

    def take_manifest(self) -> Manifest | None:
        """The manifest the last build saved, handed over once: a build that fails may have changed it."""
        manifest, self._manifest = self._manifest, None
        return manifest

    def keep_manifest(self, manifest: Manifest | None) -> None:
        """A session keeps the manifest a build saved, sparing the next build reading it (~0.03 s at 10,000 articles)."""
        if self.persistent:
            self._manifest = manifest

    def prepare(self, config: Config, loaded: list[CachedFile], inputs: str, templates: Templates) -> None:
        """After a build with nothing to do: a session makes the model anyway, for the first save to reuse."""
        if self.persistent:
            self.model(config, loaded, inputs, templates)

    def after_build(self, cache: ArticleCache) -> None:
        """A one-off build saves the cache index and the model now; a session, when it closes."""
        if not self.persistent:
            self.save(cache)

    def save(self, cache: ArticleCache | None = None) -> None:
        cache = cache or self._cache
        if cache is not None:
            cache.save()
        if self._model is not None and self._model_dir is not None:
            save_model(self._model, self._model_dir, detached=self.detached_saves)

    def close(self) -> None:
        with self.lock:
            self.save()
