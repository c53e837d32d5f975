"""Classified lines → the articles on a page.

The page gives no markup, only habits: an article is a headline, a body
whose first paragraph starts with the lead `本报讯`, and a byline that ends
it; a rubric line (`■活动室`) sets the section of the articles below it
until the next rubric. Lines that belong to no article are dropped and
listed, never lost silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Kind, Line
from .byline import Byline
from .decode import compact
from .pagebreaks import Paragraph, indents_paragraphs, join_paragraphs, repeated_tail_length


@dataclass(frozen=True)
class Dropped:
    """Lines the importer leaves out, and why."""

    lines: tuple[Line, ...]
    reason: str


@dataclass(frozen=True)
class PageArticle:
    """One article as the page prints it, before front matter is worked out."""

    title: Line
    paragraphs: tuple[Paragraph, ...]
    section: str | None
    byline: Line | None

    @property
    def first_line(self) -> int:
        return self.title.number

    @property
    def last_line(self) -> int:
        return self.byline.last_number if self.byline else self.paragraphs[-1].last

    @property
    def credits(self) -> Byline | None:
        return self.byline.byline if self.byline else None

    @property
    def key(self) -> str:
        return compact("".join(paragraph.text for paragraph in self.paragraphs))


@dataclass
class Segmentation:
    articles: list[PageArticle] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


@dataclass(frozen=True)
class _Chunk:
    """The text lines up to a byline, a rubric or the end of the page."""

    lines: tuple[Line, ...]
    section: str | None
    byline: Line | None
    after_byline: bool  # follows a byline directly: may start with a repeated tail


def segment(lines: list[Line]) -> Segmentation:
    result = Segmentation()
    result.dropped.extend(Dropped((line,), line.what) for line in lines if line.kind is Kind.FURNITURE)
    indented_page = indents_paragraphs(lines)
    for chunk in _chunks(lines):
        text = list(chunk.lines)
        reprinted, tail = _reprinted_tail(text, result.articles) if chunk.after_byline else (None, 0)
        if tail:
            result.dropped.append(Dropped(tuple(text[:tail]), f"repeated column tail of “{reprinted.title.text}”"))
            text = text[tail:]
        if not text:
            if chunk.byline is not None:
                repeated = reprinted is not None and reprinted.credits == chunk.byline.byline
                reason = "repeated byline" if repeated else "byline without an article"
                result.dropped.append(Dropped((chunk.byline,), reason))
            continue
        _read_articles(text, chunk, result, indented_page)
    result.dropped.sort(key=lambda dropped: dropped.lines[0].number)
    return result


def _reprinted_tail(text: list[Line], articles: list[PageArticle]) -> tuple[PageArticle | None, int]:
    """Which article the lines after a byline reprint the end of, and how many lines.

    Usually the article just ended; a page may also reprint an earlier one
    after the next article's byline. With no tail, the article just ended
    (its byline may be reprinted alone).
    """
    for article in reversed(articles):
        tail = repeated_tail_length(text, article.key)
        if tail:
            return article, tail
    return (articles[-1] if articles else None), 0


def _chunks(lines: list[Line]) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    section: str | None = None
    pending: list[Line] = []
    after_byline = False

    def close(byline: Line | None) -> None:
        nonlocal pending, after_byline
        if pending or byline is not None:
            chunks.append(_Chunk(tuple(pending), section, byline, after_byline))
        pending = []
        after_byline = byline is not None

    for line in lines:
        if line.kind is Kind.RUBRIC:
            close(None)
            section = line.rubric
        elif line.kind is Kind.BYLINE:
            close(line)
        elif line.kind is Kind.TEXT:
            pending.append(line)
    close(None)
    return chunks


def _read_articles(text: list[Line], chunk: _Chunk, result: Segmentation, indented_page: bool) -> None:
    """The articles in one chunk: usually one, more when bylines are missing.

    Each lead paragraph (`本报讯 …`) after a headline starts an article; a
    chunk without a lead is one article headed by its first line if a
    byline ends it, and text no article can hold if not (an editor's note,
    the end of a story continued from another page).
    """
    leads = {index for index, line in enumerate(text) if line.is_lead}
    if not leads and chunk.byline is None:
        result.dropped.append(Dropped(tuple(text), "text outside any article (no headline, 本报讯 lead or byline)"))
        return
    headlines = sorted(index - 1 for index in leads if index >= 1 and index - 1 not in leads) or [0]
    if headlines[0] > 0:
        result.dropped.append(Dropped(tuple(text[: headlines[0]]), "text before a headline"))
    ends = headlines[1:] + [len(text)]
    for number, (start, end) in enumerate(zip(headlines, ends), 1):
        is_last = number == len(headlines)
        byline = chunk.byline if is_last else None
        body = text[start + 1 : end]
        if not body:
            unread = (text[start],) + ((byline,) if byline else ())
            result.dropped.append(Dropped(unread, "headline without text"))
            continue
        paragraphs = join_paragraphs(body, indented_page=indented_page)
        result.articles.append(PageArticle(text[start], tuple(paragraphs), chunk.section, byline))
