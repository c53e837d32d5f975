"""The one build pipeline: load → model → render → write. Used by `build`, `serve` and the tests.

Articles come from the content-hash cache (cache.py): only new or changed
files are parsed. Every page gets a fingerprint of its inputs (rebuild.py);
only pages whose fingerprint differs from the last build's manifest
(manifest.py) are rendered, and only files whose bytes differ are written.

Two ways to update `output/`, both leaving it as it was if the build fails:
- full (no usable manifest, output/ missing or touched by hand): every
  page is written into a staging folder beside output/, which then
  replaces it in one rename;
- incremental: the changed files are written into the staging folder and,
  once all rendered, moved into output/ one rename each, stale files
  deleted, Ctrl-C held off meanwhile (if one fails, those already moved
  or deleted are put back); when HTML changed, the search index
  is made anew beside output/ and swapped in whole; the manifest is written
  last.
Either way the result is byte for byte what a full build makes.

`output/` belongs to newsarchive: each build makes it exactly the site
(files to publish as they are go in `static/`).
"""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .cache import ArticleCache, CachedFile, digest, parse_and_render
from .config import CACHE_DIR_NAME, DEFAULT_OUTPUT_DIR_NAME, STATIC_PREFIX, Config
from .content import Article, Claim, content_files, read_claims, unlisted_subdistricts
from .errors import BuildInterrupted, InputError, OutputError, Problem
from .fsutil import (
    collector_paused,
    exclusive_lock,
    path_inside,
    remove_tree,
    replace_directory,
)
from .manifest import Manifest, OutputFile, apply_staged, built_outputs, record_output
from .markdown import MarkdownRenderer
from .pages import Page, planned_pages
from .parallel import Background, map_chunks
from .rebuild import (
    Templates,
    TemplateScan,
    articles_shown_in_full,
    build_signature,
    inputs_digest,
)
from .render import Renderer
from .search import SearchOutcome, index_site
from .session import BuildSession, SiteModel, SiteReady
from .site import url_collisions

# Output trees with this many paths are checked in a child process (below, a fork costs more than it saves).
BACKGROUND_TREE_CHECK = 2000
SEARCH_OFF = SearchOutcome(False, 0, "turned off (--no-search)")
# What output/ holds when Ctrl-C stops a build that has begun to change it (before that: as it was). The manifest
# is saved last, so the next build finds output/ unlike the last one it recorded and makes it whole again.
PAGES_BEFORE_INDEX = "the pages are updated; the search index is the previous one until the next build"
SITE_IN_PLACE = "output/ holds this build's site"
OUTPUT_AS_IT_WAS = "output/ is as it was before this build"


@contextmanager
def _interrupted_leaves(output_holds: str) -> Iterator[None]:
    """Ctrl-C in this step raises BuildInterrupted, saying what output/ holds then."""
    try:
        yield
    except KeyboardInterrupt:
        raise BuildInterrupted(output_holds) from None


class Preview(Protocol):
    """A preview server showing pages before the build that changes them is done (serve.py).

    As Hugo's server renders the pages a browser has open first, an
    incremental build renders those before the others and hands over their
    new bytes; output/ is still changed only once every page is rendered.
    """

    def open_pages(self) -> Collection[str]:
        """Output paths (`index.html`, `2021/01/05/x/index.html`) open in a browser: rendered first."""
        ...

    def pages_ready(self, ready: dict[str, bytes], changing: set[str]) -> None:
        """`ready`: the new bytes of the open pages that changed; `changing`: every other path this build will write or delete.

        Called once or twice before `output_updated`: where the site model is
        made anew (an article added or deleted), first as soon as the new site
        is whole, `changing` then every page the last build wrote and every
        article's (which of them change is not known yet); then as the pages
        are rendered.
        """
        ...

    def output_updated(self) -> None:
        """output/ holds the pages handed over and the paths changing (the search index may follow)."""
        ...

    def superseded(self) -> bool:
        """A newer change waits to be built: the search index, which its build makes again, may be left as it is."""
        ...


@dataclass
class BuildResult:
    pages: int
    articles: int
    seconds: float
    output_dir: Path
    search: SearchOutcome
    written: int = 0  # files written or removed in output/
    full: bool = True  # the whole tree was rebuilt
    warnings: list[Problem] = field(default_factory=list)  # in the content; the site is built all the same
    drafts: int = 0  # articles left out: `draft: true`

    def summary_line(self) -> str:
        drafts = f" ({self.drafts} draft{'s' if self.drafts != 1 else ''} left out)" if self.drafts else ""
        return (
            f"built {self.pages} pages from {self.articles} articles{drafts} into {self.output_dir} "
            f"in {self.seconds:.2f} s; {self.search.summary()}"
        )


def load_articles(content_dir: Path) -> list[Article]:
    """Parse every `*.md` under `content_dir`, without the cache; raise InputError with all problems."""
    _require_folder(content_dir)
    renderer = MarkdownRenderer()
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in content_files(content_dir):
        try:
            article, found = parse_and_render(renderer, path, Path(path).read_bytes())
        except OSError as exc:
            article, found = None, [Problem(path, None, None, f"cannot be read: {exc.strerror or exc}")]
        problems.extend(found)
        if article is not None:
            articles.append(article)
    _raise_problems(problems, articles)
    return articles


def _require_folder(content_dir: Path) -> None:
    if not content_dir.is_dir():
        raise InputError([Problem(content_dir, None, None, "content folder not found")])


def published(loaded: list[CachedFile]) -> list[CachedFile]:
    """The articles of the site: drafts are read and checked, and are then no part of it, as if their files were not there."""
    return [entry for entry in loaded if not entry.article.draft]


def _raise_problems(problems: list[Problem], articles: list[Article]) -> None:
    if problems:
        # Two files at one URL are reported too, one with other problems among them, so one run shows every problem.
        broken = sorted({str(problem.path) for problem in problems})
        claims = sorted([*map(Claim.of, articles), *read_claims(broken)], key=lambda claim: claim.name)
        found = problems + url_collisions(claims)
        raise InputError(sorted(found, key=lambda problem: (str(problem.path), problem.line or 0)))


def _output_file(staging: str, page: Page) -> str:
    """Where `page` is written; a page whose path would leave the output folder is rejected, never written."""
    try:
        return path_inside(staging, page.output_path)
    except ValueError:
        article = page.context.get("article")
        where = (article.path or article.title) if article else page.template
        raise InputError([Problem(where, None, None, f"its page would be written outside the output folder, at {page.output_path!r}")]) from None


def build_site(config: Config, *, search: bool = True, session: BuildSession | None = None, preview: Preview | None = None) -> BuildResult:
    """Build the site into `config.output_dir`, re-rendering only what changed; on any error, leave it untouched.

    `search=False` skips the Pagefind index (tests, `serve`, `--no-search`).
    `session`: what a long-running process keeps between builds (serve.py).
    `preview`: given the pages open in a browser before the rest (serve.py).
    """
    session = session or BuildSession(persistent=False)
    try:
        # One build of a site at a time, also across processes (`serve` and a `build`
        # in another terminal): they share the cache and the staging folder.
        with session.lock, exclusive_lock(config.root / CACHE_DIR_NAME / "build.lock"):
            return _build(config, search, session, preview)
    except OSError as exc:  # before output/ changed (the steps after say what it holds)
        raise _disk_error(exc, config.root / CACHE_DIR_NAME, OUTPUT_AS_IT_WAS) from None


def _disk_error(exc: OSError, where: Path, state: str) -> OutputError:
    """A file or folder the system refused (a full disk, permissions): the user's to mend, so named, with no traceback."""
    return OutputError(f"{exc.filename or where}: {exc.strerror or exc}; {state}")


def _build(config: Config, search: bool, session: BuildSession, preview: Preview | None) -> BuildResult:
    started = time.perf_counter()
    _require_folder(config.content_dir)
    cache_dir = config.root / CACHE_DIR_NAME
    previous_build = _PreviousBuild(config, cache_dir, search, session.take_manifest())  # checks output/ while the content loads
    _refuse_others_files(config, cache_dir, previous_build.recorded_output)
    cache = None
    try:
        cache = session.cache(config)
        # Parsed articles, the site model, fingerprints: long-lived objects, made with little garbage.
        with collector_paused():
            loaded, problems = cache.load(content_files(config.content_dir))
            on_site = published(loaded)
            drafts, loaded = len(loaded) - len(on_site), on_site
            _raise_problems(problems, [entry.article for entry in loaded])
            warnings = unlisted_subdistricts((entry.article for entry in loaded), config.subdistricts)
            static = _static_files(config)
            inputs, templates = inputs_digest(config), Templates.read(config.templates_dir)
            builder = _Builder(
                config, cache_dir, search, build_signature(inputs, templates, loaded, static), previous_build.manifest(), previous_build.output_unchanged
            )
            if builder.up_to_date():  # same inputs as the last build: nothing to model or render
                session.keep_manifest(builder.previous)
                record_output(cache_dir, config.output_dir, config.base_url)
                session.prepare(config, loaded, inputs, templates)
                session.after_build(cache)
                return BuildResult(
                    builder.previous.pages, len(loaded), time.perf_counter() - started, config.output_dir, builder.previous.search_outcome, 0, False, warnings, drafts
                )
            site_ready = _open_pages_first(preview, cache, templates, builder.previous) if preview is not None and builder.previous is not None else None
            model = session.model(config, loaded, inputs, templates, site_ready)
        renderer = _BodyRenderer(model.renderer, cache, model.digests, model.scan)
        written, full, outcome = builder.run(renderer, model.planned, model.template_digests, static, preview)
        with _interrupted_leaves(SITE_IN_PLACE):
            session.keep_manifest(builder.manifest)
            # The manifests (45,000 rows each at 10,000 articles) are done with (but a session's): freed before the saves pickle the index and model.
            del builder, renderer
            try:
                record_output(cache_dir, config.output_dir, config.base_url)
                session.after_build(cache)
                if full:
                    cache.prune()
            except OSError as exc:
                raise _disk_error(exc, cache_dir, f"{SITE_IN_PLACE}, but the cache is not saved: the next build reads again what changed") from None
    finally:
        previous_build.close()
        if cache is not None:
            cache.close()
    return BuildResult(len(model.planned), len(loaded), time.perf_counter() - started, config.output_dir, outcome, written, full, warnings, drafts)


def refuse_others_files(config: Config) -> None:
    """Stop before a build if the output folder holds files no build of this site wrote (see `_refuse_others_files`)."""
    cache_dir = config.root / CACHE_DIR_NAME
    manifest = Manifest.load(cache_dir)
    _refuse_others_files(config, cache_dir, manifest.output_dir if manifest is not None else None)


def _refuse_others_files(config: Config, cache_dir: Path, recorded_output: str | None) -> None:
    """Leave alone an output folder given by --output-dir that holds files no build of this site wrote.

    A full build replaces the output folder whole. output/ in the site
    folder (or where a link of that name leads) is the site's by the README;
    another folder may hold only what a build of this site left at its top
    (`manifest.built_outputs`), or nothing: `--output-dir ~/Documents`, or a
    folder built once and then reused for a `git clone`, must not be emptied.
    """
    output = config.output_dir
    if output == Path(os.path.realpath(config.root / DEFAULT_OUTPUT_DIR_NAME)):
        return
    try:
        found = set(os.listdir(output))
    except (FileNotFoundError, NotADirectoryError):
        return
    built = built_outputs(cache_dir).get(str(output))
    if built is not None:
        found -= built.names
    elif str(output) == recorded_output:
        return  # the last build's, by a version that kept no record of its folders
    if found:
        found = sorted(found)
        shown = ", ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        raise OutputError(
            f"{output} holds files no build of this site wrote ({shown}); a build replaces its output folder whole, "
            "so it is left as it is: build into an empty or new folder, or empty this one first"
        )


class _PreviousBuild:
    """What the last build wrote, and whether output/ still holds exactly that (if not, a full build follows).

    Checking output/ stats every file in it (~30,000 files and folders at
    10,000 articles: 0.17 s): on a large site a forked child does it while
    this process loads the content and makes the model, and in `serve`
    renders the open pages; its answer is awaited only before output/ is
    changed (or found up to date).
    """

    def __init__(self, config: Config, cache_dir: Path, search: bool, kept: Manifest | None):
        manifest = Manifest.load(cache_dir, kept)
        output_dir = config.output_dir
        self.recorded_output = manifest.output_dir if manifest is not None else None  # where the last build wrote
        self._manifest = manifest
        self._check: Background | None = None
        if manifest is None or manifest.output_dir != str(output_dir) or manifest.search_requested != search or not output_dir.is_dir():
            self._manifest = None
        elif len(manifest.tree) >= BACKGROUND_TREE_CHECK:
            self._check = Background(manifest.tree_unchanged, output_dir)
        elif not manifest.tree_unchanged(output_dir):
            self._manifest = None

    def manifest(self) -> Manifest | None:
        """The manifest, handed over once (not kept here, so that it can be freed when the build is done with it).

        Whether output/ still holds what it records may not be known yet: see `output_unchanged`.
        """
        manifest, self._manifest = self._manifest, None
        return manifest

    def output_unchanged(self) -> bool:
        """Does output/ hold what the manifest records, as it was? (Waits for the check, if it still runs.)"""
        return self._check is None or self._check.result()

    def close(self) -> None:
        if self._check is not None:
            self._check.close()


def _static_files(config: Config) -> dict[str, Path]:
    """'static/style.css' → the file in static/ to publish as it is."""
    folder = config.static_dir
    if not folder.is_dir():
        return {}
    return {STATIC_PREFIX + path.relative_to(folder).as_posix(): path for path in sorted(folder.rglob("*")) if path.is_file()}


def _open_pages_first(preview: Preview, cache: ArticleCache, templates: Templates, previous: Manifest) -> SiteReady:
    """For a site model made anew: the pages open in a browser, rendered from the new site and handed to `preview` at once.

    Planning and fingerprinting every page follows (~0.1 s at 10,000
    articles, an article added or deleted): a reader's open page need not
    wait for it. Each page is a pure function of the site, so these bytes are
    those the build writes later.
    """

    def render_open_pages(model: SiteModel) -> None:
        opened = preview.open_pages()
        pages = []
        for page in planned_pages(model.site) if opened else ():
            if page.output_path in opened:
                pages.append(page)
                if len(pages) == len(opened):
                    break
        renderer = _BodyRenderer(model.renderer, cache, model.digests, TemplateScan.of(templates, {page.template for page in pages}))
        ready = {page.output_path: data for page, data in zip(pages, renderer.render_all(pages))}
        ready = {name: data for name, data in ready.items() if _differs(previous.files, name, OutputFile(None, digest(data)))}
        if ready:
            # Which pages change is not known yet: any the last build wrote, and the new articles' (a new tag's
            # page, say, is found once output/ has it). Static files are compared later: served from output/
            # meanwhile (if they change too, the tabs reload again once they are ready).
            changing = {name for name in previous.files if not name.startswith(STATIC_PREFIX)}
            changing.update(article.url + "index.html" for article in model.site.articles)
            preview.pages_ready(ready, changing - ready.keys())

    return render_open_pages


class _BodyRenderer:
    """Renders pages, first giving the articles a page prints in full their body HTML from the cache."""

    # Pages whose bodies are read from the cache in one query (one query per page costs more than the read).
    CHUNK = 100

    def __init__(self, renderer: Renderer, cache: ArticleCache, article_digests: dict[int, str], scan: TemplateScan):
        self.renderer = renderer
        self.cache = cache
        self.article_digests = article_digests
        self.scan = scan

    def render_all(self, pages: Sequence[Page]) -> Iterator[bytes]:
        """Each page's bytes, in order."""
        for start in range(0, len(pages), self.CHUNK):
            chunk = pages[start : start + self.CHUNK]
            shown = [articles_shown_in_full(page) if self.scan.prints_body(page.template) else [] for page in chunk]
            # Bodies are held only while their chunk renders.
            bodies = self.cache.html_of({self.article_digests[id(article)]: article for articles in shown for article in articles})
            for page, articles in zip(chunk, shown):
                yield self._render(page, articles, bodies)

    def _render(self, page: Page, shown: list[Article], bodies: dict[str, str]) -> bytes:
        try:
            for article in shown:
                article.html = bodies[self.article_digests[id(article)]]
            return self.renderer.render(page).encode("utf-8")
        finally:
            for article in shown:
                article.html = ""  # a body is set only while a page that prints it renders


class _Builder:
    """Brings output/ up to date with the planned pages and static files."""

    def __init__(self, config: Config, cache_dir: Path, search: bool, signature: str, previous: Manifest | None, output_unchanged: Callable[[], bool]):
        self.config = config
        self.output_dir = config.output_dir
        self.cache_dir = cache_dir
        self.search = search
        self.signature = signature
        self.staging = self.output_dir.with_name(f".{self.output_dir.name}.staging")
        self.previous = previous  # None: output/ is made anew, whole
        self.output_unchanged = output_unchanged  # False: output/ is not as `previous` records it, and is made anew
        self.manifest: Manifest | None = None  # once output/ is updated: what it now holds
        self.output_changed = False  # output/ holds this build's pages (its record may yet fail to save)

    def up_to_date(self) -> bool:
        previous = self.previous
        return previous is not None and previous.signature == self.signature and not previous.search_outcome.stopped and self.output_unchanged()

    def run(
        self, renderer: _BodyRenderer, planned: list[tuple[Page, str | None]], templates: dict[str, str], static: dict[str, Path], preview: Preview | None = None
    ) -> tuple[int, bool, SearchOutcome]:
        """`templates`: page template → the digest of it and all it reaches (rebuild.Templates.closure_digest)."""
        self.renderer, self.pages, self.templates, self.preview = renderer, len(planned), templates, preview
        previous = self.previous
        try:
            remove_tree(self.staging)
            if previous is not None:
                return self._incremental(previous, planned, static)
            return self._full(planned, static)
        except OSError as exc:
            state = "output/ holds this build's site, but not the record of it: the next build rebuilds it whole" if self.output_changed else OUTPUT_AS_IT_WAS
            raise _disk_error(exc, self.staging, state) from None
        finally:
            remove_tree(self.staging)

    def _full(self, planned, static: dict[str, Path]) -> tuple[int, bool, SearchOutcome]:
        files = self._render(planned, {})
        for name, source in static.items():
            target = self.staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            files[name] = OutputFile(None, digest(source.read_bytes()))
        self.staging.mkdir(exist_ok=True)  # a site with no pages still gets its (empty) output/
        if self.output_dir.is_dir():  # the new folder takes its place: with the access a web server was given to it
            shutil.copymode(self.output_dir, self.staging)
        # The one step outside the page plan: it indexes the finished HTML, so it runs last.
        outcome = index_site(self.staging, self.config, superseded=self._superseded()) if self.search else SEARCH_OFF
        # replace_directory swaps the trees in one rename, then spends almost all its time deleting the old one.
        with _interrupted_leaves(SITE_IN_PLACE):
            replace_directory(self.staging, self.output_dir)
            self.output_changed = True
            if self.preview is not None:  # open pages handed over before output/ was found changed by hand
                self.preview.output_updated()
            manifest = Manifest(
                str(self.output_dir), files, self.search, outcome, self.signature, self.pages, base_url=self.config.base_url, templates=self.templates
            )
            manifest.record_tree(self.output_dir, None if outcome.ran else files)
            manifest.save(self.cache_dir)
        self.manifest = manifest
        return len(files), True, outcome

    def _incremental(self, previous: Manifest, planned, static: dict[str, Path]) -> tuple[int, bool, SearchOutcome]:
        """Update output/ in place from staged changes."""
        # A template edit changes no fingerprint (rebuild.py): the pages of a template that now reaches other text render again.
        retemplated = {name for name, closure in self.templates.items() if previous.templates.get(name) != closure}
        stale = [(page, fingerprint) for page, fingerprint in planned if page.template in retemplated or _needs_render(previous, page.output_path, fingerprint)]
        static_now = {name: OutputFile(None, digest(path.read_bytes())) for name, path in static.items()}
        static_changed = [name for name, entry in static_now.items() if previous.files.get(name) != entry]
        current = {page.output_path for page, _ in planned} | set(static_now)
        removed = sorted(name for name in previous.files if name not in current)
        files = {name: entry for name, entry in previous.files.items() if name in current}
        self.staging.mkdir()
        rendered = self._render_stale(stale, previous.files, static_changed + removed)
        if not self.output_unchanged():  # someone changed output/ since the last build (known only now: see _PreviousBuild)
            remove_tree(self.staging)
            return self._full(planned, static)
        written = [name for name, entry in rendered.items() if _differs(previous.files, name, entry)]
        files.update(rendered)
        for name in static_changed:
            shutil.copy2(static[name], self.staging / _staged_name(name))
        files.update(static_now)
        written += static_changed
        moves = ((_staged_name(name), name) for name in written)
        # Also when the last build's indexing was stopped for this build (serve): the index is older than the pages.
        reindex = self.search and (previous.search_outcome.stopped or any(name.endswith(".html") for name in written + removed))
        # A Ctrl-C held off during the apply is raised at its end, once output/ has the new pages.
        with _interrupted_leaves(PAGES_BEFORE_INDEX if reindex else SITE_IN_PLACE):
            touched = apply_staged(self.staging, self.output_dir, moves, removed) if written or removed else set()
            self.output_changed = True
            if self.preview is not None:
                self.preview.output_updated()
            outcome = self._reindex() if reindex else previous.search_outcome
        with _interrupted_leaves(SITE_IN_PLACE):
            manifest = Manifest(
                str(self.output_dir), files, self.search, outcome, self.signature, self.pages, previous.tree, previous.recorded_ns, self.config.base_url, self.templates
            )
            if outcome is previous.search_outcome:
                manifest.update_tree(self.output_dir, written, removed, touched)
            else:
                manifest.record_tree(self.output_dir)  # the index bundle was replaced whole
            manifest.save(self.cache_dir, since=previous)
        self.manifest = manifest
        return len(written) + len(removed), False, outcome

    def _superseded(self) -> Callable[[], bool] | None:
        return self.preview.superseded if self.preview is not None else None

    def _render_stale(self, stale, previous_files: dict[str, OutputFile], other_changes: list[str]) -> dict[str, OutputFile]:
        """Render the stale pages flat into staging; with a preview, those open in a browser first, handed to it before the rest."""
        if self.preview is None:
            return self._render(stale, previous_files, flat=True)
        open_pages = self.preview.open_pages()
        first = [job for job in stale if job[0].output_path in open_pages]
        rest = [job for job in stale if job[0].output_path not in open_pages]
        rendered = self._render(first, previous_files, flat=True)
        ready = {name: (self.staging / _staged_name(name)).read_bytes() for name, entry in rendered.items() if _differs(previous_files, name, entry)}
        self.preview.pages_ready(ready, {page.output_path for page, _ in rest} | set(other_changes))
        rendered.update(self._render(rest, previous_files, flat=True))
        return rendered

    def _reindex(self) -> SearchOutcome:
        """Index the updated output/ into a new bundle beside it, then swap that in whole.

        The index covers every page, so it is made anew; readers meanwhile keep
        the old bundle, never half of one. If Pagefind fails, the pages are
        still updated and the old index stays, and the outcome says so.
        """
        bundle = self.output_dir.with_name(f".{self.output_dir.name}.pagefind")
        remove_tree(bundle)
        try:
            outcome = index_site(self.output_dir, self.config, bundle_dir=bundle, superseded=self._superseded())
            if outcome.ran:
                replace_directory(bundle, self.output_dir / "pagefind")
        finally:
            remove_tree(bundle)
        return outcome

    def _render(self, planned, previous_files: dict[str, OutputFile], *, flat: bool = False) -> dict[str, OutputFile]:
        """Render pages on both cores; write into staging those whose bytes differ from the last build's.

        Each at its place in the site (a full build: staging becomes output/),
        or `flat`: under `_staged_name` (an incremental build moves each into
        output/). Flat, no folder is made and removed per page: on an ext4
        disk, 16,000 of them cost over a second.
        """
        staging, renderer = str(self.staging), self.renderer

        def render_chunk(jobs) -> list[tuple[str, OutputFile]]:
            results = []
            folders: set[str] = set()  # made in staging (strings, not Paths: this runs for every page)
            for (page, fingerprint), data in zip(jobs, renderer.render_all([page for page, _ in jobs])):
                entry = OutputFile(fingerprint, digest(data))
                if _differs(previous_files, page.output_path, entry):
                    target = _output_file(staging, page)  # refuses a page whose path would leave output/
                    if flat:
                        target = f"{staging}/{_staged_name(page.output_path)}"
                    elif (folder := os.path.dirname(target)) not in folders:
                        os.makedirs(folder, exist_ok=True)
                        folders.add(folder)
                    with open(target, "wb") as handle:
                        handle.write(data)
                results.append((page.output_path, entry))
            return results

        return dict(item for chunk in map_chunks(render_chunk, planned) for item in chunk)


def _staged_name(path: str) -> str:
    """Where a changed file of an incremental build waits in the staging folder: flat, one name per output path, of fixed length."""
    return digest(path.encode())


def _differs(previous_files: dict[str, OutputFile], name: str, entry: OutputFile) -> bool:
    """Whether `entry`'s bytes differ from those the last build wrote at `name` (or it wrote none)."""
    old = previous_files.get(name)
    return old is None or old.digest != entry.digest


def _needs_render(previous: Manifest, output_path: str, fingerprint: str | None) -> bool:
    old = previous.files.get(output_path)
    return fingerprint is None or old is None or old.fingerprint != fingerprint
