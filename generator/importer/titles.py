"""A title for an article the page prints without a headline, made from its first sentence.

Briefs (`■简讯`: `本报讯 近日，…。` / `记者 …`, one after another) have no
headline. Their title is the first clause of the lead, without `本报讯` and
the byline in brackets after it, and without a clause that only says when
(`近日`, `12月28日上午`): every brief starts so, and such a title would say
nothing. A clause longer than MAX_LENGTH is cut, and ends with `…`. The
importer reports every title it made, for the editor to review.
"""
from __future__ import annotations

import re

from .blocks import LEAD
from .byline import parse_byline
from .decode import fold

MAX_LENGTH = 30  # characters: a long headline's length
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:]")
# The byline in brackets that may follow the lead: `（记者 柴琳琳 通讯员 陈思）`.
_OPENING_BRACKETS = re.compile(r"^[(（\[［【〔][^()（）\[\]［］【】〔〕]*[)）\]］】〕]")
# Checked on the NFKC form: `近日`, `日前`, `当天`, `今年以来`, `12月28日上午`, `2020年12月`.
_WHEN = re.compile(
    r"(?:近日|日前|近期|连日来|当天|当日|目前|今年以来|入冬以来"
    r"|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上午|下午|中午|晚上|早上|凌晨)?)"
)
# A clause cut out of a quotation keeps only one of its quotes: `“小区地面全部硬化`.
_PAIRS = ("“”", "‘’", "「」", "『』", "《》", "（）", "()")


def title_from_lead(text: str) -> str:
    """The title made from the paragraph `text`, the first of an article printed without a headline."""
    sentence = _without_lead(text)
    clauses = [clause.strip() for clause in _CLAUSE_END.split(sentence) if clause.strip()]
    saying_more = [clause for clause in clauses if not _WHEN.fullmatch(fold(clause))]
    clause = (saying_more or clauses or [text.strip()])[0]
    title = _paired_quotes_only(clause) or clause
    return title if len(title) <= MAX_LENGTH else title[: MAX_LENGTH - 1] + "…"


def _without_lead(text: str) -> str:
    """`text` without `本报讯` and the byline in brackets after it."""
    text = text.strip().removeprefix(LEAD).lstrip(" \u3000:：")
    bracketed = _OPENING_BRACKETS.match(text)
    if bracketed and parse_byline(bracketed[0]) is not None:
        text = text[bracketed.end() :].lstrip()
    return text


def _paired_quotes_only(title: str) -> str:
    """`title` without the quotes and brackets of which it holds one side only."""
    for opening, closing in _PAIRS:
        if title.count(opening) != title.count(closing):
            title = title.replace(opening, "").replace(closing, "")
    return title
