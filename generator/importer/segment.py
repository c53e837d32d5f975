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
from .pagebreaks import Paragraph, join_paragraphs, repeated_tail_length

LEAD = "本报讯"


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
        return self.byline.number if self.byline else self.paragraphs[-1].last

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
    for chunk in _chunks(lines):
        text = list(chunk.lines)
        previous = result.articles[-1] if chunk.after_byline and result.articles else None
        if previous is not None:
            tail = repeated_tail_length(text, previous.key)
            if tail:
                result.dropped.append(Dropped(tuple(text[:tail]), f"repeated column tail of “{previous.title.text}”"))
                text = text[tail:]
        if not text:
            if chunk.byline is not None:
                repeated = previous is not None and previous.credits == chunk.byline.byline
                reason = "repeated byline" if repeated else "byline without an article"
                result.dropped.append(Dropped((chunk.byline,), reason))
            continue
        _read_articles(text, chunk, result)
    result.dropped.sort(key=lambda dropped: dropped.lines[0].number)
    return result


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


def _read_articles(text: list[Line], chunk: _Chunk, result: Segmentation) -> None:
    """The articles in one chunk: usually one, more when bylines are missing.

    Each lead paragraph (`本报讯 …`) after a headline starts an article; a
    chunk without a lead is one article headed by its first line.
    """
    leads = {index for index, line in enumerate(text) if line.key.startswith(LEAD)}
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
        result.articles.append(PageArticle(text[start], tuple(join_paragraphs(body)), chunk.section, byline))
