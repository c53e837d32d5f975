"""The content-hash cache: each content file parsed and rendered once, reused while its bytes stay the same.

Kept under the site root in `.newsarchive-cache/` (never in output/):
- `index.pickle` + `index.log` (a snapshot and the changes since it, see
  journal.py): per content file, its last stat, the hash of its bytes, the
  parsed article *without* its body and HTML (what the site model needs
  for every build: title, date, tags, summary, …) and the hash of that
  article (what lists of articles can show: a body edit that leaves the
  summary as it was changes no list page) and of it without its title and
  summary (its "shape": what decides which pages exist, see session.py); and the slugs of the collection
  names seen so far, so that pypinyin is loaded only for a new name;
- `html.sqlite`: the rendered body HTML by content hash, read only for the
  pages that show it (article pages, feeds), so a build at 10,000 articles
  does not hold every body in memory. It is deleted whenever the index is
  started afresh (other parsing code: every file is parsed and stored
  again), so it never keeps a generation of HTML per upgrade; when it is
  missing or not a database, the index is started afresh too; a body
  missing from it is made again from its file.

A file whose stat (mtime, ctime, size, inode) is unchanged is not read
again, unless it changed so shortly before it was last read that a later
write could have kept the same timestamps ("racy" files, as git calls them);
those are hashed. Everything is keyed by a fingerprint of the parsing code
(content.py, markdown.py, yaml_io.py and the library versions), so a change
there re-parses everything. Deleting the folder is always safe.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import os
import pickle
import sqlite3
import time
from dataclasses import dataclass, replace
from pathlib import Path

import nh3

from . import __version__, content, slugs, yaml_io
from . import markdown as markdown_module
from .config import CACHE_DIR_NAME
from .content import Article, parse_article
from .errors import InputError, Problem
from .fsutil import paths_left_out
from .journal import Journal
from .markdown import MarkdownRenderer, summary
from .parallel import map_chunks

HTML_STORE_NAME = "html.sqlite"
# A file changed within this long before it was read may change again without its stat showing it.
RACY_SECONDS = 2
# Files parsed between two writes to the HTML store: bounds the memory a cold build holds at once.
PARSE_BATCH = 1000


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def hash_of(value) -> str:
    """A short hash of plain data: equal values hash alike, however their objects are shared.

    Plain `pickle.dumps` would not do: its memo writes an object met twice as a
    back-reference, so a site model loaded from disk (its strings shared
    unlike a new model's) would hash differently and re-render pages in vain.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo
    pickler.dump(value)
    return digest(buffer.getvalue())


def parser_fingerprint() -> str:
    """Changes whenever the code or libraries that turn a content file into an Article change."""
    # This module too: it decides what the index stores.
    # pypinyin: the name slugs kept with the index are its spelling. Python-Markdown renders the bodies
    # the fast path does not take. Their versions are read from their files, without importing them:
    # pypinyin loads its dictionaries, and Python-Markdown itself, only when a build needs them.
    pypinyin = importlib.util.find_spec("pypinyin").origin
    markdown_folder = Path(importlib.util.find_spec("markdown").origin).parent
    # Its version is in __meta__.py (since 3.0); __init__.py too, should a release move it.
    markdown_files = [path for path in (markdown_folder / "__init__.py", markdown_folder / "__meta__.py") if path.exists()]
    files = [module.__file__ for module in (content, markdown_module, yaml_io)] + [__file__, pypinyin, *markdown_files]
    sources = b"".join(Path(name).read_bytes() for name in files)
    versions = f"{__version__}|{getattr(nh3, '__version__', '')}".encode()
    return digest(versions + sources)


# (mtime_ns, ctime_ns, size, inode): a plain tuple, made and compared 10,000 times a build.
FileStat = tuple[int, int, int, int]


# One per content file in the index, which every build loads: slots, pickled as a tuple (0.033 s to load
# at 10,000 articles, against 0.043 s pickled as a dict).
@dataclass(slots=True)
class CachedFile:
    stat: FileStat
    read_ns: int  # wall-clock time when the bytes were read
    digest: str
    article: Article  # body and html left empty
    listing_digest: str  # of `article`: everything but the body
    shape_digest: str  # of `article` but its title and summary: what decides which pages exist and their order, but a title

    def __reduce__(self):
        return CachedFile, (self.stat, self.read_ns, self.digest, self.article, self.listing_digest, self.shape_digest)


@dataclass
class ParsedFile:
    relative: str
    stat: FileStat
    read_ns: int
    digest: str
    article: Article | None  # body and html left empty
    listing_digest: str
    shape_digest: str
    html: str | None
    problems: list[Problem]


class ArticleCache:
    """Parsed articles of one content folder, by content hash."""

    def __init__(self, root: Path, content_dir: Path):
        self.directory = root / CACHE_DIR_NAME
        self.content_dir = content_dir
        self.fingerprint = parser_fingerprint()
        self._store_path = self.directory / HTML_STORE_NAME
        self._database: sqlite3.Connection | None = None
        self._database_pid = 0
        self._journal = Journal(self.directory, "index")
        self._files: dict[str, CachedFile] = self._load_index()
        self._changes: dict[str, CachedFile | None] = {}  # since the last save; None: file gone

    # -- the index ----------------------------------------------------------------
    def _load_index(self) -> dict[str, CachedFile]:
        header, tables = self._journal.load() or (None, None)
        if not isinstance(header, dict) or header.get("fingerprint") != self.fingerprint or not self._html_store_kept():
            # Every file is parsed and its HTML stored anew: the HTML kept (another parser's) would never be read.
            self._store_path.unlink(missing_ok=True)
            self._store_path.with_name(HTML_STORE_NAME + "-journal").unlink(missing_ok=True)
            self._journal.token = None  # the next save starts afresh
            return {}
        slugs.remember_name_slugs(header["name_slugs"])
        return tables["files"]

    def _html_store_kept(self) -> bool:
        """Is the HTML store there, and a database? (Deleted or damaged, the index is started afresh.)"""
        if not self._store_path.is_file():
            return False
        try:
            with contextlib.closing(sqlite3.connect(self._store_path)) as database:
                database.execute("SELECT 1 FROM html LIMIT 1").fetchall()
        except sqlite3.Error:
            return False
        return True

    def save(self) -> None:
        """Write the entries this build changed (the HTML store is committed as it is filled)."""
        if self._changes:
            header = {"fingerprint": self.fingerprint, "name_slugs": slugs.known_name_slugs()}
            changed = [entry.article for entry in self._changes.values() if entry is not None]
            with paths_left_out([entry.article for entry in self._files.values()] + changed):  # load() sets them
                self._journal.save(header, {"files": self._files}, {"files": self._changes})
            self._changes = {}

    # -- loading articles ---------------------------------------------------------
    def load(self, paths: list[str]) -> tuple[list[CachedFile], list[Problem]]:
        """The cached entry of every path (`content_files`), parsing only files not seen before; and all problems."""
        known: dict[str, CachedFile | None] = {}  # None: to be read, in its place in the order of `paths`
        to_read: list[tuple[str, str, FileStat]] = []
        files = self._files
        prefix = len(str(self.content_dir)) + 1
        racy_ns = RACY_SECONDS * 1_000_000_000
        problems: list[Problem] = []
        for path in paths:  # every build, for each of 10,000 files: the stat and a few comparisons, no calls
            relative = path[prefix:]
            try:
                result = os.stat(path)
            except OSError as exc:  # gone since it was listed (a checkout, a sync), or a link to nothing
                problems.append(Problem(path, None, None, f"cannot be read: {exc.strerror or exc}"))
                continue
            stat = (result.st_mtime_ns, result.st_ctime_ns, result.st_size, result.st_ino)
            cached = files.get(relative)
            # Valid: the same stat, and not changed so shortly before it was read that it could have changed again since unseen.
            if cached is not None and stat == cached.stat and max(stat[0], stat[1]) < cached.read_ns - racy_ns:
                cached.article.path = path  # the site folder may have moved
                known[relative] = cached
            else:
                known[relative] = None
                to_read.append((relative, path, stat))
        if to_read:
            problems += self._read(to_read, known)
            for relative, _, _ in to_read:
                if (entry := known[relative]) is None:  # unreadable, or not an article
                    del known[relative]
                else:
                    self._changes[relative] = entry
        if to_read or len(known) != len(files):  # else `known` is `files`: every entry still valid
            self._changes.update((relative, None) for relative in files.keys() - known.keys())
        self._files = known
        return list(known.values()), problems

    def _read(self, to_read, known: dict[str, CachedFile | None]) -> list[Problem]:
        """Hash the files; parse (on both cores when many) those whose bytes were never parsed.

        Parsed a batch at a time as the batch fills, so that a cold build holds
        the bytes of one batch, not of every file.
        """
        by_digest = {entry.digest: entry for entry in self._files.values()}
        unparsed: list[tuple[str, str, FileStat, bytes, str, int]] = []
        problems: list[Problem] = []
        for relative, path, stat in to_read:
            read_ns = time.time_ns()
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError as exc:
                problems.append(Problem(path, None, None, f"cannot be read: {exc.strerror or exc}"))
                continue
            file_digest = digest(data)
            same = by_digest.get(file_digest)
            if same is not None:
                known[relative] = CachedFile(stat, read_ns, file_digest, replace(same.article, path=path), same.listing_digest, same.shape_digest)
            else:
                unparsed.append((relative, path, stat, data, file_digest, read_ns))
                if len(unparsed) == PARSE_BATCH:
                    problems += self._parse(unparsed, known)
                    unparsed = []
        return problems + self._parse(unparsed, known)

    def _parse(self, batch, known: dict[str, CachedFile | None]) -> list[Problem]:
        parsed = [item for chunk in map_chunks(_parse_files, batch) for item in chunk]
        self._store_html([(item.digest, item.html) for item in parsed if item.article is not None])
        problems = []
        for item in parsed:
            problems.extend(item.problems)
            if item.article is not None:
                known[item.relative] = CachedFile(item.stat, item.read_ns, item.digest, item.article, item.listing_digest, item.shape_digest)
        return problems

    # -- the HTML store -----------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        # A forked render worker opens its own connection: SQLite handles must not cross a fork.
        if self._database is None or self._database_pid != os.getpid():
            self.directory.mkdir(exist_ok=True)
            self._database = sqlite3.connect(self._store_path)
            self._database_pid = os.getpid()
            self._database.execute("CREATE TABLE IF NOT EXISTS html (key TEXT PRIMARY KEY, html TEXT NOT NULL)")
        return self._database

    def _key(self, file_digest: str) -> str:
        return f"{self.fingerprint}:{file_digest}"

    def _store_html(self, items: list[tuple[str, str]]) -> None:
        with self._db() as database:
            database.executemany("INSERT OR REPLACE INTO html VALUES (?, ?)", [(self._key(d), html) for d, html in items])

    def html_of(self, articles: dict[str, Article]) -> dict[str, str]:
        """Body HTML by content hash, for `articles` (content hash → the article of a file with those bytes)."""
        keys = [self._key(d) for d in articles]
        found: dict[str, str] = {}
        database = self._db()
        for start in range(0, len(keys), 500):  # SQLite limits the number of parameters
            chunk = keys[start : start + 500]
            rows = database.execute(f"SELECT key, html FROM html WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update((key.split(":", 1)[1], html) for key, html in rows)
        for file_digest in articles.keys() - found.keys():  # lost from the store since it was indexed
            found[file_digest] = self._html_again(articles[file_digest], file_digest)
        return found

    def _html_again(self, article: Article, file_digest: str) -> str:
        """The body HTML of `article`, made again from its file, which must still have the bytes it was indexed by."""
        try:
            data = Path(article.path).read_bytes()
        except OSError as exc:
            raise InputError([Problem(article.path, None, None, f"cannot be read: {exc.strerror or exc}")]) from None
        if digest(data) != file_digest:
            raise InputError([Problem(article.path, None, None, "changed while the site was being built: build again")])
        parsed, problems = parse_and_render(MarkdownRenderer(), article.path, data)
        if parsed is None:  # the same bytes parsed when indexed, by the same code (the fingerprint says so)
            raise InputError(problems)
        self._store_html([(file_digest, parsed.html)])
        return parsed.html

    def prune(self) -> None:
        """Forget the HTML of content no file has any more (run after a full build)."""
        live = [(self._key(entry.digest),) for entry in self._files.values()]
        with self._db() as database:
            database.execute("CREATE TEMP TABLE IF NOT EXISTS live (key TEXT PRIMARY KEY)")
            database.execute("DELETE FROM live")
            database.executemany("INSERT OR IGNORE INTO live VALUES (?)", live)
            database.execute("DELETE FROM html WHERE key NOT IN (SELECT key FROM live)")

    def close(self) -> None:
        if self._database is not None and self._database_pid == os.getpid():
            self._database.close()
            self._database = None


def parse_and_render(renderer: MarkdownRenderer, path: str | Path, data: bytes) -> tuple[Article | None, list[Problem]]:
    """One content file → the article with its body HTML and summary, or its problems."""
    article, problems = parse_article(path, data)
    if article is None:
        return None, problems
    html = renderer.render(article.body)
    return replace(article, html=html, summary=summary(html)), problems


def _parse_files(batch) -> list[ParsedFile]:
    """Parse and render a batch of content files (runs in a forked worker, too)."""
    renderer = MarkdownRenderer()
    results = []
    for relative, path, stat, data, file_digest, read_ns in batch:
        article, problems = parse_and_render(renderer, path, data)
        html = article.html if article else None
        light = replace(article, body="", html="") if article else None
        listing = hash_of(replace(light, path=None)) if light else ""
        shape = hash_of(replace(light, path=None, title="", summary="")) if light else ""
        results.append(ParsedFile(relative, stat, read_ns, file_digest, light, listing, shape, html, problems))
    return results
