"""Each line of a page, told apart: blank, page furniture, rubric, byline or text.

Furniture is what the printing puts around the articles: running date
lines (`2020年12月30日 星期三`, `管城回族区报 2020年12月30日 第3版`), page
numbers (`3`, `- 3 -`, `第3版`) and ornament rules (`————`). The importer
drops it, and says so with --verbose.

A page break can also fall inside a byline (`记者 柴琳琳` … `通讯员 赵敏`);
its parts are read as one byline.
"""
from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, replace

from .byline import Byline, parse_byline, starts_with_role
from .decode import HAN, clean_line, compact, fold, is_indented

RUBRIC_MARK = "■"
LEAD = "本报讯"  # opens the first paragraph of every news item
# `2020年12月30日` (spaces allowed between the parts), or `2020-12-30`,
# `2020.12.30`, `2020/12/30` as some running heads print it.
_FULL_DATE = re.compile(
    r"(?<!\d)(\d{4})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-./])(\d{1,2})\4(\d{1,2})(?!\d))"
)
# What a running date line may hold besides the date: weekday, lunar date,
# page, the paper's name. A headline with a date in it holds more.
_DATE_LINE_PARTS = re.compile(
    r"星期[一二三四五六日天]|周[一二三四五六日天]|农历\S*|第?[\d一二三四五六七八九十]+[版页]"
    rf"|[{HAN}·]{{2,12}}(?:报|新闻|周刊)|[\s\W_]"
)
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
    CONTINUED = "continued"  # the rest of a byline broken by a page break; its text is on the byline's line




@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor counts lines in the page file
    text: str  # as printed, without indentation
    kind: Kind
    byline: Byline | None = None
    what: str = ""  # for furniture: what it is, for the --verbose listing
    indented: bool = False
    continued_on: tuple[int, ...] = ()  # for a byline broken by a page break: the numbers of its other lines

    @property
    def last_number(self) -> int:
        return self.continued_on[-1] if self.continued_on else self.number

    @property
    def key(self) -> str:
        """The text in the form two printings of it compare equal."""
        return compact(self.text)

    @property
    def rubric(self) -> str:
        """The section a rubric line starts: `■活动室` → `活动室`."""
        return self.text.lstrip(RUBRIC_MARK).strip()

    @property
    def is_lead(self) -> bool:
        return self.kind is Kind.TEXT and self.key.startswith(LEAD)


def classify_lines(printed: list[str]) -> list[Line]:
    """Each printed line (indentation and all) classified; bylines broken by a page break joined."""
    lines = [classify_line(number, text) for number, text in enumerate(printed, 1)]
    return join_broken_bylines(headlines_read_as_text(lines))


def headlines_read_as_text(lines: list[Line]) -> list[Line]:
    """Lines that read like a byline (`记者站揭牌`, `摄影爱好者…`) but come right before a lead: headlines.

    A byline ends an article; the next article's headline stands between it and the next lead.
    """
    content = [line for line in lines if line.kind not in (Kind.BLANK, Kind.FURNITURE)]
    headlines = {line.number for line, after in zip(content, content[1:]) if line.kind is Kind.BYLINE and after.is_lead}
    return [replace(line, kind=Kind.TEXT, byline=None) if line.number in headlines else line for line in lines]


def classify_line(number: int, printed: str) -> Line:
    text = clean_line(printed)
    folded = fold(text)
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
    return Line(number, text, Kind.TEXT, indented=is_indented(printed))


def join_broken_bylines(lines: list[Line]) -> list[Line]:
    """Bylines a page break cut in two (`记者 柴琳琳 通讯员 张` … `磊 文/图`), read as one.

    A line that starts with a role is joined with the next printed line
    when together they make a byline, unless that next line is a headline
    (followed by a lead). The joined line keeps the first line's number and
    records the others; the lines it took in are marked CONTINUED.
    """
    lines = list(lines)
    content = [index for index, line in enumerate(lines) if line.kind not in (Kind.BLANK, Kind.FURNITURE)]
    position = 0
    while position < len(content) - 1:
        first, second = lines[content[position]], lines[content[position + 1]]
        after = lines[content[position + 2]] if position + 2 < len(content) else None
        joined = _joined_byline(first, second) if not (after and after.is_lead) else None
        if joined is None:
            position += 1
            continue
        lines[content[position]] = joined
        lines[content[position + 1]] = Line(second.number, second.text, Kind.CONTINUED)
        del content[position + 1]
    return lines


def _joined_byline(first: Line, second: Line) -> Line | None:
    if first.kind not in (Kind.BYLINE, Kind.TEXT) or second.kind not in (Kind.BYLINE, Kind.TEXT):
        return None
    if not starts_with_role(first.text) or (first.byline is not None and first.byline == second.byline):
        return None  # not a byline's start, or a byline printed twice
    # A break at a space between names leaves two names; one inside a name leaves halves.
    for text in (f"{first.text} {second.text}", first.text + second.text):
        byline = parse_byline(text)
        if byline is not None:
            return Line(first.number, text, Kind.BYLINE, byline=byline, continued_on=(*first.continued_on, second.number))
    return None


def _furniture(folded: str) -> str:
    """What kind of page furniture `folded` is, or '' when it is not furniture."""
    if len(folded) > _MAX_FURNITURE_LENGTH or _SENTENCE_MARKS.search(folded):
        return ""
    if _PAGE_NUMBER.match(folded):
        return "page number"
    if _FULL_DATE.search(folded) and not _DATE_LINE_PARTS.sub("", _FULL_DATE.sub("", folded)):
        return "running date line"
    if _ORNAMENT.match(folded):
        return "ornament"
    return ""


def running_date(lines: list[Line]) -> dt.date | None:
    """The date printed on the page's first running date line that holds a real date."""
    for line in lines:
        if line.what == "running date line":
            match = _FULL_DATE.search(fold(line.text))
            year, month, day = match[1], match[2] or match[5], match[3] or match[6]
            try:
                return dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
    return None
