"""`newsarchive check`: what a reader of the built site would trip over.

- links and assets (href, src, srcset) that point at no file of the site,
  or outside the site's base path;
- two files that are one URL (`x.html` and `x/index.html`), or two paths that
  differ only in case and collide on Windows and macOS;
- pages without a <title>, or with an empty one;
- feeds (*.xml) that are not well-formed, and Atom feeds or entries that lack
  what a feed reader needs (id, title, updated; each entry's link).

It reads `output/`: HTML with the stdlib parser, XML with ElementTree.
Pagefind's bundle (`pagefind/`) is a link target, never checked itself.
It also repeats what `build` warns of in the content's front matter (a
subdistrict newsarchive.yml does not list): warnings, not problems.
"""
from __future__ import annotations

import dataclasses
import os
import re
import xml.etree.ElementTree as etree
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .config import Config
from .content import Article, content_files, read_article_files, unlisted_subdistricts
from .errors import InputError, Problem
from .parallel import map_chunks

ATOM = "{http://www.w3.org/2005/Atom}"
SKIPPED_FOLDERS = ("pagefind/",)
LINK_ATTRIBUTES = {"href", "src", "srcset"}
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@dataclass
class CheckResult:
    problems: list[Problem]
    pages: int
    xml_files: int
    links: int
    warnings: list[Problem]  # in the content: the site is fine to publish

    def summary_line(self) -> str:
        return f"checked {self.pages} pages, {self.xml_files} XML files and {self.links} links: no problems"


class _PageParser(HTMLParser):
    """Collects a page's title and every (line, URL) it links to or loads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: str | None = None
        self.links: list[tuple[int, str]] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
            self.title = self.title or ""
        line = self.getpos()[0]
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                urls = _srcset_urls(value) if name == "srcset" else [value]
                self.links.extend((line, url) for url in urls)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _srcset_urls(value: str) -> list[str]:
    """`a.jpg 1x, b.jpg 2x` → ['a.jpg', 'b.jpg']"""
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


class _Site:
    """The set of files in the output folder, and how a URL maps onto them."""

    def __init__(self, output_dir: Path, config: Config):
        self.output_dir = output_dir
        self.base_path = config.base_path
        self.absolute_base = config.absolute_base
        self.files = {
            Path(folder, name).relative_to(output_dir).as_posix()
            for folder, _, names in os.walk(output_dir)
            for name in names
        }
        # (URL, the folder of the page it is on; '' for a path from the root) → `link_problem`'s answer: every page
        # has the same navigation links, so 430,000 links at 10,000 articles are ~50,000 questions.
        self._answers: dict[tuple[str, str], str | None] = {}

    def page_url(self, relative: str) -> str:
        """The URL a browser shows for a file: `a/index.html` → `/base/a/`."""
        return self.base_path + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)

    def link_problem(self, page: str, url: str) -> str | None:
        """Why `url`, found in file `page`, leads nowhere in the site; None when it is fine or external."""
        url = url.strip()
        local = url
        if self.absolute_base and url.startswith(self.absolute_base):
            local = self.base_path + url[len(self.absolute_base) :]
        key = (url, "" if local.startswith("/") else self.page_url(page).rpartition("/")[0])
        if key not in self._answers:
            self._answers[key] = self._link_problem(page, url, local)
        return self._answers[key]

    def _link_problem(self, page: str, url: str, local: str) -> str | None:
        parts = urlsplit(local)
        if parts.scheme or parts.netloc or not parts.path:
            return None  # another site, mailto:, data:, or only a #fragment or ?query
        path = urlsplit(urljoin(self.page_url(page), local)).path
        if not path.startswith(self.base_path):
            return f"link to {url} is outside the site's base path {self.base_path}"
        target = unquote(path[len(self.base_path) :])
        candidates = [target + "index.html"] if target == "" or target.endswith("/") else [target, target + "/index.html"]
        if not any(candidate in self.files for candidate in candidates):
            return f"broken link to {url} (no file {candidates[0]} in the output folder)"
        return None


def _url_key(relative: str) -> str:
    """Files that one URL may serve, and paths one case-insensitive disk cannot hold apart, share a key."""
    key = relative.lower()
    for ending in ("/index.html", "index.html", ".html"):
        if key.endswith(ending):
            return key[: -len(ending)]
    return key


def _duplicate_problems(site: _Site) -> list[Problem]:
    groups: dict[str, list[str]] = defaultdict(list)
    for relative in site.files:
        groups[_url_key(relative)].append(relative)
    return [
        Problem(site.output_dir / first, None, None, f"is the same URL as {', '.join(others)}: a server or a case-insensitive disk cannot tell them apart")
        for first, *others in (sorted(group) for group in groups.values() if len(group) > 1)
    ]


def _files_problems(site: _Site, files: list[str]) -> tuple[list[Problem], int, int, int]:
    """The problems of these HTML pages and XML files; how many pages, XML files and links they hold."""
    problems, pages, links = [], 0, 0
    for relative in files:
        found, count = _page_problems(site, relative) if relative.endswith(".html") else _feed_problems(site, relative)
        problems.extend(found)
        pages += relative.endswith(".html")
        links += count
    return problems, pages, len(files) - pages, links


def _page_problems(site: _Site, relative: str) -> tuple[list[Problem], int]:
    path = site.output_dir / relative
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    problems = []
    if parser.title is None:
        problems.append(Problem(path, None, None, "has no <title>"))
    elif not parser.title.strip():
        problems.append(Problem(path, None, None, "has an empty <title>"))
    for line, url in parser.links:
        message = site.link_problem(relative, url)
        if message:
            problems.append(Problem(path, line, None, message))
    return problems, len(parser.links)


def _feed_problems(site: _Site, relative: str) -> tuple[list[Problem], int]:
    path = site.output_dir / relative
    try:
        root = etree.parse(path).getroot()
    except etree.ParseError as exc:
        return [Problem(path, exc.position[0], None, f"is not well-formed XML: {exc}")], 0
    if root.tag != f"{ATOM}feed":
        return [], 0
    problems = [Problem(path, None, None, message) for message in _missing(root, "the feed")]
    links = 0
    for number, entry in enumerate(root.iter(f"{ATOM}entry"), 1):
        where = f"entry {number}"
        problems.extend(Problem(path, None, None, message) for message in _missing(entry, where))
        hrefs = [link.get("href") for link in entry.iter(f"{ATOM}link") if link.get("href")]
        if not hrefs:
            problems.append(Problem(path, None, None, f"{where} has no <link href>"))
        for href in hrefs:
            links += 1
            message = site.link_problem(relative, href)
            if message:
                problems.append(Problem(path, None, None, f"{where}: {message}"))
    return problems, links


def _missing(element: etree.Element, where: str) -> list[str]:
    """What Atom requires of a feed or an entry: a non-empty id and title, an RFC 3339 `updated`."""
    messages = []
    for name in ("id", "title", "updated"):
        child = element.find(f"{ATOM}{name}")
        text = (child.text or "").strip() if child is not None else ""
        if not text:
            messages.append(f"{where} has no <{name}>")
        elif name == "updated" and not _RFC3339.match(text):
            messages.append(f"{where}: <updated> {text!r} is not an RFC 3339 date-time like 2020-12-30T00:00:00Z")
    return messages


def check_site(config: Config) -> CheckResult:
    """Every problem in the built site under `config.output_dir`."""
    output_dir = config.output_dir
    if not output_dir.is_dir():
        raise InputError([Problem(output_dir, None, None, "no built site here; run `newsarchive build` first")])
    site = _Site(output_dir, config)
    problems = _duplicate_problems(site)
    checked = [relative for relative in sorted(site.files) if relative.endswith((".html", ".xml")) and not relative.startswith(SKIPPED_FOLDERS)]
    counts = {"pages": 0, "xml_files": 0, "links": 0}
    # Parsing the pages is most of the work (10 s at 10,000 articles in one process): on both cores.
    for found, pages, xml_files, links in map_chunks(lambda chunk: _files_problems(site, chunk), checked):
        problems.extend(found)
        counts["pages"] += pages
        counts["xml_files"] += xml_files
        counts["links"] += links
    articles = _content(config)
    published = [article for article in articles if not article.draft]  # as `build` warns
    return CheckResult(_naming_content_files(problems, articles, output_dir), **counts, warnings=unlisted_subdistricts(published, config.subdistricts))


def _content(config: Config) -> list[Article]:
    """The articles in content/, as far as they parse (what does not is for `build` to report); on both cores."""
    if not config.content_dir.is_dir():
        return []
    chunks = map_chunks(lambda paths: [article for _, article in read_article_files(paths) if article is not None], content_files(config.content_dir))
    return [article for chunk in chunks for article in chunk]


def _naming_content_files(problems: list[Problem], articles: list[Article], output_dir: Path) -> list[Problem]:
    """Problems on an article's page, with the content file to mend: a broken link in a body is fixed there, not in output/."""
    file_of = {output_dir / article.url / "index.html": article.path for article in articles}
    return [
        dataclasses.replace(problem, message=f"{problem.message} (in the article {file_of[problem.path]})") if problem.path in file_of else problem
        for problem in problems
    ]
