"""Repairing what the page layout did to the text.

Page breaks: a column can end anywhere, even mid-word, and the text goes on
after one or more blank lines. A printed paragraph ends with sentence-final
punctuation, so a line that does not is continued by the next text line.

Repeated column tails: after an article's byline, the page sometimes
reprints the article's last lines (often from mid-sentence) and its byline
again. They are recognised as a suffix of the article's text, compared in
NFKC without whitespace, and kept only once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Line
from .decode import fold

# Closing quotes and brackets may follow the final punctuation: `……表示。”`
_CLOSERS = "”’\"'」』)]》〉】"
# Checked on the NFKC form, where `！？：` read `!?:` and `…` reads `...`. A
# colon ends a paragraph that introduces a list or a quotation below it. A
# lone `.` does not count: a break can fall inside a number like 3456273.43.
_FINAL = re.compile(r"(?:[。!?:]|\.\.\.)$")


@dataclass(frozen=True)
class Paragraph:
    text: str
    lines: tuple[Line, ...]  # the page lines it was printed on

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


def ends_paragraph(text: str) -> bool:
    return bool(_FINAL.search(fold(text).rstrip().rstrip(_CLOSERS)))


def join_paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Text lines → paragraphs, a line without final punctuation joined to the next.

    Chinese text joins without a space, whatever the line was broken at.
    """
    paragraphs: list[Paragraph] = []
    pending: list[Line] = []
    for line in lines:
        pending.append(line)
        if ends_paragraph(line.text):
            paragraphs.append(_paragraph(pending))
            pending = []
    if pending:
        paragraphs.append(_paragraph(pending))
    return paragraphs


def _paragraph(lines: list[Line]) -> Paragraph:
    return Paragraph("".join(line.text for line in lines), tuple(lines))


def repeated_tail_length(lines: list[Line], article_key: str) -> int:
    """How many of `lines` (text lines after a byline) reprint the end of the article.

    `article_key` is the article's text in `compact` form. The longest run
    of leading lines whose text together is a suffix of it counts; 0 if none.
    """
    length = 0
    reprinted = ""
    for count, line in enumerate(lines, 1):
        reprinted += line.key
        if reprinted not in article_key:
            break
        if article_key.endswith(reprinted):
            length = count
    return length
