"""One raw page → its articles, with front matter worked out (all but the slug).

Pure: takes the page's name and bytes, returns what it read, or raises
InputError naming the page. Slugs and files are writer.py's business.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..content import Article, Source
from ..errors import InputError, Problem
from ..markdown import escape_markdown
from .blocks import Line, classify_lines, lists_a_place, running_date
from .decode import UndecodableError, decode_page, fold, split_lines
from .places import find_community, find_subdistrict
from .segment import Dropped, PageArticle, segment

_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")


@dataclass(frozen=True)
class ReadPage:
    path: Path
    encoding: str
    date: dt.date
    date_from: str  # where the date came from: '--date', 'file name' or 'running date line'
    articles: tuple[Article, ...]  # slug still empty
    printed: tuple[PageArticle, ...]  # the same articles as printed, for the --verbose report
    dropped: tuple[Dropped, ...]
    cut: tuple[Line, ...]  # lines a jump marker was cut from, for the --verbose report


def read_page(path: Path, data: bytes, *, config: Config, date: dt.date | None, encoding: str = "auto") -> ReadPage:
    """Read the page `data` (the bytes of the file at `path`)."""
    try:
        decoded = decode_page(data, encoding)
    except UndecodableError as exc:
        raise InputError([Problem(path, exc.line, None, str(exc))]) from None
    lines = classify_lines(split_lines(decoded.text))
    found = segment(lines)
    problems = []
    if not found.articles:
        problems.append(Problem(path, None, None, "no article found: expected a headline followed by its text (本报讯 …)"))
    page_date, date_from = _page_date(path.name, lines, date)
    if page_date is None:
        problems.append(
            Problem(
                path,
                None,
                None,
                "has no date: give --date YYYY-MM-DD, put it in the file name (…-2020-12-30.txt) "
                "or keep the running date line (2020年12月30日) on the page",
            )
        )
    if problems:
        raise InputError(problems)
    articles = tuple(_article(item, page=path.name, date=page_date, config=config) for item in found.articles)
    return ReadPage(
        path, decoded.encoding, page_date, date_from, articles, tuple(found.articles), tuple(found.dropped), tuple(found.cut)
    )


def _page_date(name: str, lines: list[Line], given: dt.date | None) -> tuple[dt.date | None, str]:
    for found, where in ((given, "--date"), (date_from_name(name), "file name"), (running_date(lines), "running date line")):
        if found is not None:
            return found, where
    return None, ""


def date_from_name(name: str) -> dt.date | None:
    """A YYYY-MM-DD or YYYYMMDD date in a file name, if it is a real date."""
    for match in _NAME_DATE.finditer(name):
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


def _article(item: PageArticle, *, page: str, date: dt.date, config: Config) -> Article:
    title = item.headline
    text = "\n\n".join(paragraph.text for paragraph in item.paragraphs)
    # Last, the byline: a correspondent printed with the subdistrict they work for (`通讯员 南曹街道 范晓东`) writes of its work.
    signed = "\n".join(line.text for line in (item.byline, *item.credit_lines) if line is not None)
    # A table's rows (`南关街街道　96.8` / `城东路街道　95.2`, `东大街街道：0371-66221234`) list places alongside one
    # another, naming none as the item's own.
    told = "\n\n".join(paragraph.text for paragraph in item.paragraphs if not lists_a_place(paragraph.text))
    subdistrict = find_subdistrict(title, f"{told}\n{signed}", config.subdistricts)
    full_text = f"{title}\n{text}"
    credits = item.credits
    return Article(
        title=title,
        date=date,
        slug="",
        body="\n\n".join(escape_markdown(paragraph.text) for paragraph in item.paragraphs),  # the page's text, never Markdown syntax
        section=item.section,
        subdistrict=subdistrict,
        community=find_community(title, told, subdistrict),
        # Keywords are matched on the page's text and on its NFKC form alike, and on the rubric (`■换届进行时`).
        tags=config.tags_for(f"{item.section or ''}\n{full_text}\n{fold(full_text)}"),
        reporters=list(credits.reporters) if credits else [],
        correspondents=list(credits.correspondents) if credits else [],
        photo=credits.photo if credits else False,
        source=Source(page, item.first_line, item.last_line),
    )


def describe_lines(lines: tuple[Line, ...]) -> str:
    """'line 7' or 'lines 7-9', as the --verbose listing names them."""
    first, last = lines[0].number, lines[-1].last_number
    return f"line {first}" if first == last else f"lines {first}-{last}"
