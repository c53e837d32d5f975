"""Each line of a page, told apart: blank, page furniture, rubric, byline or text.

Furniture is what the printing puts around the articles: running date
lines (`2020年12月30日 星期三`), page numbers (`3`, `- 3 -`, `第3版`) and
ornament rules (`————`). The importer drops it, and says so with --verbose.
"""
from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from .byline import Byline, parse_byline
from .decode import compact, fold

RUBRIC_MARK = "■"
_FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# Furniture never holds a sentence, so it has no sentence punctuation.
_SENTENCE_MARKS = re.compile(r"[。,，;；!！?？“”\"]")
_PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$|^第[\d一二三四五六七八九十]+[版页]")
_ORNAMENT = re.compile(r"^[-—–_=*·■□◆◇●○★☆▲△\s]+$")
_MAX_FURNITURE_LENGTH = 40
_MAX_RUBRIC_LENGTH = 30


class Kind(enum.Enum):
    BLANK = "blank"
    FURNITURE = "furniture"
    RUBRIC = "rubric"
    BYLINE = "byline"
    TEXT = "text"


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor counts lines in the page file
    text: str  # as printed, without indentation
    kind: Kind
    byline: Byline | None = None
    what: str = ""  # for furniture: what it is, for the --verbose listing

    @property
    def key(self) -> str:
        """The text in the form two printings of it compare equal."""
        return compact(self.text)

    @property
    def rubric(self) -> str:
        """The section a rubric line starts: `■活动室` → `活动室`."""
        return self.text.lstrip(RUBRIC_MARK).strip()


def classify_lines(texts: list[str]) -> list[Line]:
    return [classify_line(number, text) for number, text in enumerate(texts, 1)]


def classify_line(number: int, text: str) -> Line:
    folded = fold(text).strip()
    if not folded:
        return Line(number, text, Kind.BLANK)
    what = _furniture(folded)
    if what:
        return Line(number, text, Kind.FURNITURE, what=what)
    if folded.startswith(RUBRIC_MARK) and len(folded) <= _MAX_RUBRIC_LENGTH and "。" not in folded:
        return Line(number, text, Kind.RUBRIC)
    byline = parse_byline(text)
    if byline is not None:
        return Line(number, text, Kind.BYLINE, byline=byline)
    return Line(number, text, Kind.TEXT)


def _furniture(folded: str) -> str:
    """What kind of page furniture `folded` is, or '' when it is not furniture."""
    if len(folded) > _MAX_FURNITURE_LENGTH or _SENTENCE_MARKS.search(folded):
        return ""
    if _PAGE_NUMBER.match(folded):
        return "page number"
    if _FULL_DATE.search(folded):
        return "running date line"
    if _ORNAMENT.match(folded):
        return "ornament"
    return ""


def running_date(lines: list[Line]) -> dt.date | None:
    """The date printed on the page's first running date line that holds a real date."""
    for line in lines:
        if line.what == "running date line":
            match = _FULL_DATE.search(fold(line.text))
            try:
                return dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                continue
    return None
