"""Content files: which file each imported article goes to, and writing it safely.

Editors edit imported articles by hand, so the importer must never undo
their work. It keeps a manifest, `content/.imported.json`, of the SHA-256
of every file it wrote. A file whose bytes still match the manifest is the
importer's to rewrite; any other existing file is skipped unless --force.
Re-importing a page finds each article's file again by where it came from:
its page, headline and place on the page, as the manifest or the file's own
`source` says (a file of no known page, by date and headline), so slugs, and
with them permalinks, stay put, even if the file was renamed. A file that is
gone is written again, and reported as created.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..content import Article, Source, format_article, read_articles
from ..fsutil import write_atomic
from ..slugs import pinyin_slug, unique_slug
from .decode import compact

MANIFEST_NAME = ".imported.json"
_FILE_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>.+)\.md$")


@dataclass(frozen=True)
class ManifestEntry:
    """What the importer wrote to one content file."""

    page: str
    title: str
    date: str
    slug: str
    sha256: str


@dataclass(frozen=True)
class Manifest:
    entries: dict[str, ManifestEntry]  # content file name → entry
    problem: str = ""  # why the manifest file could not be used, if it could not

    def to_bytes(self) -> bytes:
        data = {"files": {name: dataclasses.asdict(self.entries[name]) for name in sorted(self.entries)}}
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def load_manifest(content_dir: Path) -> Manifest:
    """The manifest; an unreadable one counts as empty, so every existing file is left alone."""
    path = content_dir / MANIFEST_NAME
    if not path.exists():
        return Manifest({})
    try:
        files = json.loads(path.read_bytes())["files"]
        return Manifest({name: ManifestEntry(**entry) for name, entry in files.items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return Manifest({}, f"{path} cannot be read ({exc}); existing content files are left alone")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ExistingFile:
    """A content file already there, as far as it can be read."""

    path: Path
    date: str | None
    slug: str | None
    title: str | None
    source: Source | None  # the page lines it says it was imported from
    printed: str | None = None  # its headline and text (`printed_key`), to tell a page imported twice
    draft: bool = False  # withdrawn by an editor (`draft: true`)


def scan_content(content_dir: Path) -> list[ExistingFile]:
    found = []
    for name, article in read_articles(content_dir):  # as the build reads them: subfolders too, hidden files not
        path = Path(name)
        named = _FILE_NAME.match(path.name)
        if article is not None:
            found.append(
                ExistingFile(path, article.date.isoformat(), article.slug, article.title, article.source, printed_key(article), article.draft)
            )
        else:
            # Unreadable as an article, but its name still holds a slug for its date.
            found.append(ExistingFile(path, named and named["date"], named and named["slug"], None, None))
    return found


def printed_key(article: Article) -> str:
    """Its headline and text, compared without spaces: equal for the same article read from two copies of a page."""
    return compact(f"{article.title}\n{article.body}")


@dataclass(frozen=True)
class PlannedWrite:
    """What happens to one article's content file."""

    article: Article
    path: Path
    text: str
    action: str  # 'create', 'update', 'unchanged', 'skip', 'overwrite' or 'repeat' (not written: see reason)
    reason: str = ""  # for 'skip' and 'overwrite': why the file is not the importer's own; for 'repeat', which article it repeats


def slugs_by_date(existing: list[ExistingFile]) -> dict[str, set[str]]:
    """ISO date → the slugs in use that day, from front matter and from file names (an editor may change either)."""
    taken: dict[str, set[str]] = {}
    for file in existing:
        if file.date and file.slug:
            taken.setdefault(file.date, set()).add(file.slug)
        named = _FILE_NAME.match(file.path.name)
        if named:
            taken.setdefault(named["date"], set()).add(named["slug"])
    return taken


# (page file, ISO date, compacted headline); page None for a file of no known page (written by hand).
Origin = tuple[str | None, str, str]


def _origin(file: ExistingFile, entry: ManifestEntry | None) -> Origin | None:
    """Where `file` came from: as the manifest has it (the editor may have changed the title since), else as the
    file's own front matter says (a renamed file, a lost manifest)."""
    if entry is not None:
        return entry.page, entry.date, compact(entry.title)
    if file.date and file.title:
        return _page_of(file.source), file.date, compact(file.title)
    return None


def _page_order(file: ExistingFile) -> float:
    return file.source.first_line if file.source else math.inf


class _Placement:
    """Finds each article's file: the one it was imported to before, else a new one with a new slug."""

    def __init__(self, content_dir: Path, manifest: Manifest, existing: list[ExistingFile]):
        self.content_dir = content_dir
        self.claimed: set[str] = set()
        self.taken = slugs_by_date(existing)
        # Only the files that are there: the manifest may still name one the editor renamed (its own `source`
        # finds it) or deleted (its article is then written again, and reported as created).
        self.files: dict[Origin, list[ExistingFile]] = {}  # each origin's files in page order
        for file in sorted(existing, key=_page_order):
            origin = _origin(file, manifest.entries.get(file.path.name))
            if origin and file.slug:
                self.files.setdefault(origin, []).append(file)

    def place(self, articles: list[Article]) -> list[tuple[Path, str]]:
        """(content file, slug) for each of `articles`, given in page order."""
        # Articles still at the lines their file came from (an unchanged page) take their files first; only then
        # do the others take what is left from their page and headline, in page order. So neither same-headline
        # articles nor a file deleted from a page can hand one article's file to another.
        found = [
            self._claim(file for file in self._imported_from(article) if file.source == article.source)
            for article in articles
        ]
        found = [
            file or self._claim(self._imported_from(article)) or self._claim(self._written_by_hand(article))
            for file, article in zip(found, articles)
        ]
        return [(file.path, file.slug) if file else self._new(article) for file, article in zip(found, articles)]

    def _imported_from(self, article: Article) -> list[ExistingFile]:
        """The files imported before from the article's page under its date and headline."""
        page = _page_of(article.source)
        return self.files.get((page, article.date.isoformat(), compact(article.title)), [])

    def _written_by_hand(self, article: Article) -> list[ExistingFile]:
        """The files of the article's date and headline that came from no page: an editor may have typed it in."""
        return self.files.get((None, article.date.isoformat(), compact(article.title)), [])

    def _claim(self, files: Iterable[ExistingFile]) -> ExistingFile | None:
        """The first of `files` no other article has, now this article's."""
        for file in files:
            if file.path.name not in self.claimed:
                self.claimed.add(file.path.name)
                return file
        return None

    def _new(self, article: Article) -> tuple[Path, str]:
        date = article.date.isoformat()
        slug = unique_slug(pinyin_slug(article.title) or "article", self.taken.get(date, ()))
        self.taken.setdefault(date, set()).add(slug)
        return self.content_dir / f"{date}-{slug}.md", slug


def plan_writes(articles: list[Article], content_dir: Path, manifest: Manifest, *, force: bool) -> tuple[list[PlannedWrite], Manifest]:
    """What to do with each article's file, and the manifest as it will be afterwards."""
    existing = scan_content(content_dir)
    placement = _Placement(content_dir, manifest, existing)
    # A new file for an article already in content/ from another page or date (the same page imported under
    # another name or date) is a repeat: not written unless --force. Twins on one page are two articles.
    printed = {file.printed: (file.path, (_page_of(file.source), file.date)) for file in existing if file.printed}
    withdrawn = {file.path for file in existing if file.draft}
    entries = dict(manifest.entries)
    planned = []
    for article, (path, slug) in zip(articles, placement.place(articles)):
        # A withdrawn article stays so, even when --force rewrites its file.
        article = dataclasses.replace(article, slug=slug, draft=path in withdrawn)
        text = format_article(article)
        data = text.encode("utf-8")
        action, reason = _action(path, data, manifest, force=force)
        origin = (_page_of(article.source), article.date.isoformat())
        repeated, twin_origin = printed.setdefault(printed_key(article), (path, origin))
        if action == "create" and repeated != path and twin_origin != origin:
            action, reason = ("create", f"repeats {repeated.name}") if force else ("repeat", f"has the headline and text of {repeated.name}")
        if action not in ("skip", "repeat"):
            entries[path.name] = ManifestEntry(_page_of(article.source) or "", article.title, article.date.isoformat(), slug, sha256(data))
        planned.append(PlannedWrite(article, path, text, action, reason))
    return planned, Manifest(entries)


def _page_of(source: Source | None) -> str | None:
    """The page file an article came from; None for one written by hand."""
    return source.file if source else None


def _action(path: Path, new: bytes, manifest: Manifest, *, force: bool) -> tuple[str, str]:
    if not path.exists():
        return "create", ""
    current = path.read_bytes()
    if current == new:
        return "unchanged", ""
    entry = manifest.entries.get(path.name)
    if entry is not None and entry.sha256 == sha256(current):
        return "update", ""
    reason = "was changed after it was imported" if entry else "was not written by the importer"
    return ("overwrite" if force else "skip"), reason


def apply_writes(planned: list[PlannedWrite], manifest: Manifest, content_dir: Path) -> None:
    """Write the planned files, then the manifest (each atomically, only what changed)."""
    for item in planned:
        if item.action in ("create", "update", "overwrite"):
            write_atomic(item.path, item.text)
    manifest_path = content_dir / MANIFEST_NAME
    data = manifest.to_bytes()
    if not manifest_path.exists() or manifest_path.read_bytes() != data:
        write_atomic(manifest_path, data)
