"""The content model: one Markdown file per article, YAML front matter on top.

    ---
    title: 一碗饺子温暖群众心
    date: 2020-12-30
    slug: yi-wan-jiao-zi-wen-nuan-qun-zhong-xin
    section: 活动室
    subdistrict: 北下街街道
    community: 北下街社区
    tags: []
    reporters: [柴琳琳]
    correspondents: [陈思]
    photo: false
    source: guancheng-2020-12-30.txt:38-46
    ---
    本报讯 近日,……

An optional `draft: true` keeps an article out of the site. Front matter
is parsed once, here, into an `Article`; the rest of the program never sees
the raw mapping. `parse_article` returns every problem it finds in a file,
each with its line and field.
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path

from .errors import Problem
from .slugs import slug_problem
from .yaml_io import YamlSyntaxError, dump_yaml, load_yaml

# Keys in the order the importer writes them; other tools read these names.
FIELDS = (
    "title",
    "date",
    "slug",
    "section",
    "subdistrict",
    "community",
    "tags",
    "reporters",
    "correspondents",
    "photo",
    "source",
    "draft",
)
REQUIRED = ("title", "date", "slug")
_SOURCE_PATTERN = re.compile(r"^(?P<file>.+):(?P<first>\d+)-(?P<last>\d+)$")


# Articles are kept by the ten thousand (cache index, site model): slots rather than a dict each, and
# pickled as the tuple of their fields (a dict per object costs memory in the pickle and in the loader).
@dataclass(frozen=True, slots=True)
class Source:
    """Where an imported article came from: the page file and its line range (1-based, inclusive)."""

    file: str
    first_line: int
    last_line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.first_line}-{self.last_line}"

    def __reduce__(self):
        return Source, (self.file, self.first_line, self.last_line)


def year_url(year: int) -> str:
    """A year's folder, '2020/': in four digits, as every date folder has it."""
    return f"{year:04d}/"


# Cached: called for every link to an article (160,000 in a full render at 10,000 articles), for a few thousand dates.
@functools.cache
def month_url(year: int, month: int) -> str:
    """A month's folder, '2020/12/'."""
    return f"{year_url(year)}{month:02d}/"


@functools.cache
def day_url(date: dt.date) -> str:
    """A day's folder, '2020/12/30/' (not strftime, which writes year 905 as '905'; and slower: 160,000 links in a full render at 10,000 articles)."""
    return f"{month_url(date.year, date.month)}{date.day:02d}/"


@dataclass(slots=True)
class Article:
    title: str
    date: dt.date
    slug: str
    body: str  # Markdown
    section: str | None = None
    subdistrict: str | None = None
    community: str | None = None
    tags: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photo: bool = False
    source: Source | None = None
    draft: bool = False  # not published: no page, in no list, feed, sitemap or search
    path: str | None = None  # the content file, when read from one
    # Filled by the build, not read from front matter:
    html: str = ""  # the body as sanitized HTML
    summary: str = ""  # the first sentences as plain text

    @property
    def url(self) -> str:
        """Site-relative URL path, without the base path: '2020/12/30/<slug>/'."""
        return f"{day_url(self.date)}{self.slug}/"

    def __reduce__(self):
        return Article, _article_values(self)

    def front_matter(self) -> dict:
        """The front matter mapping, keys in `FIELDS` order, as the importer writes it."""
        return {
            "title": self.title,
            "date": self.date,
            "slug": self.slug,
            "section": self.section,
            "subdistrict": self.subdistrict,
            "community": self.community,
            "tags": list(self.tags),
            "reporters": list(self.reporters),
            "correspondents": list(self.correspondents),
            "photo": self.photo,
            "source": str(self.source) if self.source else None,
            **({"draft": True} if self.draft else {}),  # written only when set: a published file does not name it
        }


_article_values = attrgetter(*(f.name for f in fields(Article)))


@dataclass(frozen=True)
class Claim:
    """The URL an article asks for (its date and slug): known for a file whose other fields have problems too."""

    path: str | None  # the content file, when read from one
    title: str | None
    date: dt.date
    slug: str

    @classmethod
    def of(cls, article: Article) -> Claim:
        return cls(article.path, article.title, article.date, article.slug)

    @property
    def url(self) -> str:
        return f"{day_url(self.date)}{self.slug}/"

    @property
    def name(self) -> str:
        return self.path or self.title or self.slug


def read_claims(paths: list[str]) -> list[Claim]:
    """The URLs the files at `paths` ask for, of those whose date and slug can be read (whatever else is wrong in them)."""
    claims = []
    for path in paths:
        try:
            parts = split_front_matter(decode_content(Path(path).read_bytes()))
            data = load_yaml(parts[0]).data if parts else None
        except (OSError, UnicodeDecodeError, YamlSyntaxError):
            continue
        if not isinstance(data, dict):
            continue
        slug, date = data.get("slug"), _date(data.get("date"))
        if isinstance(slug, str) and slug_problem(slug.strip()) is None and date is not None:
            title = data.get("title")
            claims.append(Claim(path, title if isinstance(title, str) else None, date, slug.strip()))
    return claims


def unlisted_subdistricts(articles: Iterable[Article], listed: Sequence[str]) -> list[Problem]:
    """A warning for each article whose subdistrict `subdistricts` in newsarchive.yml does not list, naming the closest listed one.

    A warning, not an error: the name may be a typo (南关接街道), or a new subdistrict the
    config does not have yet; either way the site still builds. A site that lists none is not checked.
    """
    known = frozenset(listed)
    warnings = []
    for article in articles:
        name = article.subdistrict
        if known and name is not None and name not in known:
            close = difflib.get_close_matches(name, listed, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            message = f"{name} is not one of the subdistricts in newsarchive.yml{hint}; if it is a new one, add it there"
            warnings.append(Problem(article.path, line_of_field(article.path, "subdistrict"), "subdistrict", message))
    return warnings


def line_of_field(path: str | None, key: str) -> int | None:
    """The line of a content file where `key:` is written (for a problem found after parsing), or None."""
    if path is None:
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return next((number for number, line in enumerate(lines, 1) if line.startswith(f"{key}:")), None)


def format_article(article: Article) -> str:
    """The text of a content file for `article`."""
    body = article.body.strip("\n")
    return f"---\n{dump_yaml(article.front_matter())}---\n\n{body}\n"


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(front matter, body, line where the body starts) or None when the file has no `---` block."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return None


def decode_content(data: bytes) -> str:
    """Content files are UTF-8 (a BOM is allowed); raises UnicodeDecodeError otherwise."""
    return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def parse_article(path: str | Path, data: bytes) -> tuple[Article | None, list[Problem]]:
    """Read one content file. Returns the article, or None and every problem found."""
    try:
        text = decode_content(data)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(path, line, None, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8")]
    if "\x00" in text:
        return None, [Problem(path, None, None, "is a binary file, not a Markdown article")]
    if not text.strip():
        return None, [Problem(path, 1, None, "is empty; an article needs front matter between '---' lines")]
    parts = split_front_matter(text)
    if parts is None:
        return None, [Problem(path, 1, None, "has no front matter: the file must start with a '---' line and the block end with another")]
    raw, body, _ = parts
    try:
        document = load_yaml(raw, first_line=2)
    except YamlSyntaxError as exc:
        return None, [Problem(path, exc.line, None, str(exc))]
    data_map = document.data if document.data is not None else {}
    if not isinstance(data_map, dict):
        return None, [Problem(path, 2, None, "front matter must be a mapping of fields (key: value)")]
    repeated = [key.problem(path) for key in document.repeated_keys]
    return _article_from_mapping(path, data_map, document.line_of, body, repeated)


def _article_from_mapping(path, data: dict, line_of, body: str, problems: list[Problem]) -> tuple[Article | None, list[Problem]]:
    """The article, or None and every problem: `problems` (found in the file already) and those of its fields."""

    def problem(key: str, message: str) -> None:
        problems.append(Problem(path, line_of(key, 2), key, message))

    for key in data:
        if key not in FIELDS:
            hint = difflib.get_close_matches(str(key), FIELDS, n=1, cutoff=0.6)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else f"; known fields: {', '.join(FIELDS)}"
            problem(str(key), f"unknown field{suggestion}")
    for key in REQUIRED:
        if data.get(key) in (None, ""):
            problems.append(Problem(path, line_of(key, 2), key, "is missing; every article needs one"))

    def text(key: str, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None or (value == "" and not required):
            return None
        if not isinstance(value, str):
            problem(key, f"must be a text, not {_describe(value)}")
            return None
        value = value.strip()
        if "\n" in value:
            problem(key, "must be on one line")
            return None
        return value or None

    def names(key: str) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = split_names(value)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problem(key, f"must be a list of names, e.g. [柴琳琳], not {_describe(value)}")
            return []
        return list(dict.fromkeys(_shared(v.strip()) for v in value))  # a name written twice counts once

    def flag(key: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            quoted = isinstance(value, str) and value.strip().lower() in ("true", "false")
            problem(key, f"must be true or false{' without quotes' if quoted else ''}, not {_describe(value)}")
            return False
        return value

    title = text("title", required=True)
    slug = text("slug", required=True)
    unsafe = slug_problem(slug) if slug is not None else None
    if unsafe:
        problem("slug", unsafe)
        slug = None
    date = None
    raw_date = data.get("date")
    if raw_date not in (None, ""):
        date = _date(raw_date)
        if date is None:
            problem("date", f"{raw_date!r} is not a date; write it as YYYY-MM-DD, e.g. 2020-12-30")
    photo, draft = flag("photo"), flag("draft")
    source = None
    raw_source = text("source")
    if raw_source is not None:
        match = _SOURCE_PATTERN.match(raw_source)
        if match is None:
            problem("source", f"{raw_source!r} must look like PAGE-FILE:FIRST-LAST, e.g. guancheng-2020-12-30.txt:5-20")
        else:
            source = Source(_shared(match["file"]), int(match["first"]), int(match["last"]))
    article_fields = dict(
        section=_shared(text("section")),
        subdistrict=_shared(text("subdistrict")),
        community=_shared(text("community")),
        tags=names("tags"),
        reporters=names("reporters"),
        correspondents=names("correspondents"),
    )
    if problems or title is None or slug is None or date is None:
        return None, sorted(problems, key=lambda p: p.line or 0)
    return (
        Article(
            title=title,
            date=date,
            slug=slug,
            body=body.strip("\n"),
            photo=photo,
            source=source,
            draft=draft,
            path=str(path),
            **article_fields,
        ),
        [],
    )


# What editors type between names on one line. A name that holds one of them can still be given in a list: ['甲、乙'].
_NAME_SEPARATORS = re.compile(r"[,，、]")


def split_names(text: str) -> list[str]:
    """The names in one text, as Pelican reads `Tags: a, b`: '换届, 党建' and '柴琳琳、陈思' are two each."""
    return [name for part in _NAME_SEPARATORS.split(text) if (name := part.strip())]


def _shared(name: str | None) -> str | None:
    """One object for a name that many articles repeat (subdistrict, tag, person, page file): a pickle of them holds it once."""
    return None if name is None else sys.intern(name)


def _date(raw) -> dt.date | None:
    """The date written YYYY-MM-DD (one object per day, see `_shared_date`), or None."""
    try:
        return _shared_date(dt.date.fromisoformat(str(raw).strip()))
    except ValueError:
        return None


_dates: dict[dt.date, dt.date] = {}


def _shared_date(date: dt.date) -> dt.date:
    """One object per day, as `_shared` does for names: a date pickles as three objects, ~4 articles share a day."""
    return _dates.setdefault(date, date)


def _describe(value) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    return repr(value)


def content_files(content_dir: Path) -> list[str]:
    """Every article file (`*.md`, in subfolders too), in a stable order; as text (a Path for each of
    10,000 files took 0.036 s, more than all the rest of listing them).

    Hidden files and folders are not articles: editors keep their lock and swap files there
    (Emacs's `.#name.md`, a link to nowhere while a buffer has unsaved changes), as do other tools.
    """
    found = []
    for folder, folders, files in os.walk(content_dir):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        # A folder named like an article is listed too: reading it then reports a problem.
        found.extend(os.path.join(folder, name) for name in files + folders if name.endswith(".md") and not name.startswith("."))
    found.sort()  # no two are equal
    return found


def read_articles(content_dir: Path) -> Iterator[tuple[str, Article | None]]:
    """Each content file (`content_files`) and its article; None for one that cannot be read or has problems (`build` reports them)."""
    return read_article_files(content_files(content_dir))


def read_article_files(paths: Iterable[str]) -> Iterator[tuple[str, Article | None]]:
    """Each of these content files and its article, as `read_articles` gives them."""
    for path in paths:
        try:
            article, _ = parse_article(path, Path(path).read_bytes())
        except OSError:
            article = None
        yield path, article
