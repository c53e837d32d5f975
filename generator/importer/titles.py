"""A title for an article the page prints without a headline, made from its first sentence.

Briefs (`■简讯`: `本报讯 近日，…。` / `记者 …`, one after another) have no
headline, nor has a photo printed alone (`▲…。 通讯员 周双双 摄`). Their
title is the first clause of the lead, without `本报讯` and the byline
after it (or of the caption, without `▲` or `图为`), and past the clauses
that only set the scene: when (`近日`, `12月28日上午`) or, shorter than
MIN_LENGTH, where (`活动现场`, `会上`). Most leads start so, and such a
title would say nothing. A clause longer than MAX_LENGTH is cut, and ends with `…`. The
importer reports every title it made, for the editor to review.
"""
from __future__ import annotations

import re

from .blocks import BULLETS, CAPTION_START, RUBRIC_MARKS, dateline
from .byline import lead_byline, without_photo_credit
from .decode import fold

MAX_LENGTH = 30  # characters: a long headline's length
MIN_LENGTH = 5  # characters: a shorter clause (`活动现场`, `据了解`, `今年以来`) only sets the scene
_MIN_SET_OFF_LENGTH = 4  # characters: a headline set off by spaces says what it is in four (`停水通知　因…`); `近日　…` only says when
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:]")
# A date too long for MIN_LENGTH, checked on the NFKC form: `12月28日上午`, `2020年12月28日`, `12月28日下午3时`,
# `7月27日晚`, `7月下旬`, `7月底`.
_DATE = (
    r"(?:\d{4}年)?(?:\d{1,2}月)?(?:[上中下]旬|底|初)?(?:\d{1,2}[日号])?"
    r"(?:上午|下午|中午|晚上|早上|凌晨|傍晚|清晨|早晨|晚间|夜间|当晚|晚|夜)?(?:\d{1,2}[时点](?:\d{1,2}分|半)?许?)?"
)
# A date or a span of dates: `7月1日起`, `从7月1日起`, `6月30日至7月2日`, `6月以来`; or a day named, when a festival
# or a season fell (`古尔邦节当天`, `开斋节期间`, `入夏以来`, `暑假期间`), or by its distance from the issue (`昨天`, `上周`).
_WHEN = re.compile(
    rf"(?:(?:从|自|截至)?{_DATE}(?:(?:至|到|—|-|~){_DATE})?(?:起|以来|开始|至今|期间|当天|当日|当晚)?"
    rf"|[\u4e00-\u9fff]{{1,4}}节(?:当天|当日|当晚|期间|前夕|前后)|入[春夏秋冬]以来|[暑寒]假(?:期间|以来)"
    rf"|当天|当日|当晚|昨天|昨日|前天|上周|本周|今年|去年|傍晚|夜间|晚间)"
)
# A date set off by a space or brackets rather than a comma, at a brief's start (NFKC): `6月1日　书院街社区…`, `【6月2日】…`.
_WHEN_SET_OFF = re.compile(rf"^(?:【(?:{_WHEN.pattern})】|(?:{_WHEN.pattern})(?<=\S)\s+)")
# Before its first clause, a brief may print its own headline, set off by spaces or in brackets (NFKC):
# `东大街街道　“敲门行动”摸清独居老人底数　近日，…`, `【“小板凳”议事会解难题】7月22日晚，…`.
_FIRST_CLAUSE = re.compile(r"[^，,。；;！!？?]*")
_HEAD_IN_BRACKETS = re.compile(r"^【([^【】]+)】")
# Only a place, no headline: `城东路街道　7月23日，城东路街道组织…`.
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:街道|社区|乡|镇|村)$")
# A clause cut out of a quotation keeps only one of its quotes: `“小区地面全部硬化`.
_PAIRS = ("“”", "‘’", "「」", "『』", "《》", "（）", "()")


# When, as a brief's first words say it before a comma (NFKC): `7月26日，`, `12月28日上午，`, `近日，`.
_OPENS_WITH_WHEN = re.compile(rf"^(?:近日|日前|近期|连日来|今年以来|{_WHEN.pattern})(?<=\S),")


def opens_with_when(text: str) -> bool:
    """True when `text` opens with when something happened and a comma, as a brief does: `7月26日，城东路街道…`, `近日，…`."""
    return _OPENS_WITH_WHEN.match(fold(text).strip()) is not None


def prints_its_own_headline(text: str) -> bool:
    """True when the paragraph `text` prints its headline before its first clause, set off by spaces or in brackets
    (`●停水通知　因供水管网改造，…`): see _headline_set_off."""
    return _headline_set_off(_without_lead(text))[0] is not None


def title_from_lead(text: str) -> str:
    """The title made from the paragraph `text`, the first of an article printed without a headline."""
    sentence = _without_lead(text)
    found = _WHEN_SET_OFF.match(fold(sentence))
    if found and found.end() < len(sentence):
        sentence = sentence[found.end():]  # NFKC keeps a date's length: digits and Han characters
    headline, sentence = _headline_set_off(sentence)
    if headline is None:
        clauses = [clause.strip() for clause in _CLAUSE_END.split(sentence) if clause.strip()]
        saying_more = [clause for clause in clauses if len(clause) >= MIN_LENGTH and not _WHEN.fullmatch(fold(clause))]
        headline = (saying_more or clauses or [text.strip()])[0]
    title = _paired_quotes_only(headline) or headline
    return title if len(title) <= MAX_LENGTH else title[: MAX_LENGTH - 1] + "…"


def _headline_set_off(sentence: str) -> tuple[str | None, str]:
    """The headline a brief prints before its first clause, set off by spaces or in brackets, and the sentence after it.

    What stands before the first clause's last word (and a dateline
    opening it: `…防汛演练　本报讯 7月20日，`) is such a headline if it says
    more than where (`城东路街道　7月23日，…`: then the sentence is what
    follows) or when.
    """
    bracketed = _HEAD_IN_BRACKETS.match(sentence)
    if bracketed:
        head, rest = bracketed[1].strip(), sentence[bracketed.end():]
    else:
        words = list(re.finditer(r"\S+", _FIRST_CLAUSE.match(sentence)[0]))
        start = len(words) - 1
        while start > 1 and dateline(words[start - 1][0]) == words[start - 1][0]:
            start -= 1
        if start < 1:
            return None, sentence
        head, rest = " ".join(word[0] for word in words[:start]), sentence[words[start].start():]
    if not rest.strip() or _WHEN.fullmatch(fold(head)):
        return None, sentence
    if _PLACE_ONLY.match(head):
        return None, rest
    return (head, rest) if _MIN_SET_OFF_LENGTH <= len(head) else (None, sentence)


def _without_lead(text: str) -> str:
    """`text` without its dateline (`本报讯`) and the byline after it, or a caption's opening (`图为`, `▲`: a photo printed
    alone) and the photo's credit it ends with (`活动现场。（王磊 摄）`)."""
    text = text.strip().lstrip(BULLETS + RUBRIC_MARKS).lstrip()  # a brief's bullet (`●3月9日，…`, `◆…`)
    text = text[len(dateline(text)):]
    for opening in CAPTION_START:
        if text.startswith(opening):
            text = without_photo_credit(text.removeprefix(opening))
    return lead_byline(text.lstrip(" \u3000:："))[1]


def _paired_quotes_only(title: str) -> str:
    """`title` without the quotes and brackets of which it holds one side only."""
    for opening, closing in _PAIRS:
        if title.count(opening) != title.count(closing):
            title = title.replace(opening, "").replace(closing, "")
    return title
