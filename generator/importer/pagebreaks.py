"""Repairing what the page layout did to the text.

Page breaks: a column can end anywhere, even mid-word, and the text goes on
after one or more blank lines. A printed paragraph ends with sentence-final
punctuation, so a line that does not is continued by the next text line.
A break right after `。` leaves nothing to see on most pages (blank lines
separate paragraphs and breaks alike); but a page that indents its
paragraphs shows it: the text after the break starts without the indent.

Repeated column tails: after an article's byline, the page sometimes
reprints the article's last lines (often from mid-sentence) and its byline
again; or, before the byline, its last lines; or, where the text goes on
after a break, the column's last line (or its tail) going on with the new
text in one line. They are recognised as the end of the text above them,
compared in NFKC without whitespace, and kept only once. A reprint that
starts before a page break also shows what the break hid: a reprinted line
that runs on past a `。` where the article's paragraph stopped at the break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .blocks import (
    Kind,
    Line,
    ends_paragraph,
    ends_sentence,
    gives_a_labelled_value,
    holds_spaced_words,
    is_bracketed_label,
    is_dateline_alone,
    printed_lines,
    printed_together,
    signs_a_notice,
    titles_a_document,
)
from .byline import break_in_bracketed_byline, caption_credit, closes_bracket_above, closing_byline, notes_photos_given
from .decode import HAN, HAN_CHARACTER, compact, fold

# A page indents its paragraphs when its leads are indented and at least
# this share of the other lines that follow a finished paragraph; the rest
# are continuations after page breaks.
_MOST = 0.75
_FEW = 3  # lines under a finished one, all but a few indented: enough to tell an indenting page by, whatever its leads do
# Characters: text repeated at this length is a reprint of the column's tail, not a phrase said twice.
MIN_REPRINT_LENGTH = 20
# Characters: shorter text said again after a page break is words said twice (`走进西关社区` / `社区居民…`).
_MIN_REPRINT = 5
# Characters: a feature's subhead over its paragraphs (`织密养老服务网`) is short, and holds no clause.
_MAX_SUBHEAD_LENGTH = 20
_MAX_PHOTOS_GIVEN_NOTE = 16  # characters: `图片由十八里河街道办事处提供`; a longer line says more than who gave the photo
_CLAUSE_MARK = re.compile(r"[。,;:!?、]")  # on the NFKC form: `，；：！？` read as `,;:!?`
# A list's item that names what it gives (`主任：张建国`, `开幕式地点：区文化馆广场`; its label padded to the width of
# the others, `主　　任：`, `副 主 任：`), checked on the NFKC form.
_FIELD = re.compile(f"^[{HAN}](?:\\s*[{HAN}]){{0,7}}:")
_NUMBER_THEN_CLAUSE = re.compile(r"[\d\-+() ]{5,}[,;、]")  # on the NFKC form: a phone number, then the sentence goes on
_TIME_CUT = re.compile(r"(?<!\d)\d{1,2}:$")  # on the NFKC form: the hour of a time, its minutes in the next line
# How a list's items printed as paragraphs open, each under a `；` (`一是…；` / `二是…；`): on the page as printed.
_ITEM_OPENING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,]|[①-⑳㈠-㈩]|[（(][一二三四五六七八九十]{1,2}[）)]"
    r"|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．](?!\d)|——|(?:首先|其次|再次|最后)[，,]|[●◆■★☆◎□])"
)
_GOES_ON_A_CLAUSE = re.compile(r"[,、;.。()]")  # on the NFKC form: a line going on with the sentence above (`，每天…`)
_ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")  # a line in English (`Welcome to Guancheng!`) is words, no number
_CLAUSE_OR_SENTENCE_MARKS = (",", "、", ";", ".", "。", ":", "!", "?")  # on the NFKC form: no paragraph opens with one


def opens_with_a_mark(text: str) -> bool:
    """True when `text` opens with a clause's or sentence's mark (`。（通讯员 李颖睿）`, `，效果良好。`): the rest of a sentence."""
    return fold(text).lstrip().startswith(_CLAUSE_OR_SENTENCE_MARKS)


def _cut_after_a_comma(line: Line) -> bool:
    """True when `line` stops after `，` or `、`: its sentence goes on below."""
    return fold(line.text).rstrip().endswith((",", "、"))


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


def indents_paragraphs(lines: list[Line]) -> bool:
    """True when the page marks each paragraph's start by indenting it.

    Most lines printed right under a finished one are indented (a line
    after blank lines, a headline, stands apart anyway), and so are its
    leads; or, where the page prints its leads flush (`本报讯` at the
    margin, the paragraphs under it indented), at least _FEW such lines.
    """
    printed = printed_lines(lines)
    leads = [line for line in printed if line.is_lead]
    starts = [
        line
        for before, line in zip(printed, printed[1:])
        if before.kind is Kind.TEXT and line.kind is Kind.TEXT and not line.is_lead and ends_paragraph(before.text)
        and printed_together(before, line)
    ]
    return (
        bool(leads)
        and (all(line.indented for line in leads) or len(starts) >= _FEW)
        and sum(line.indented for line in starts) >= _MOST * len(starts)
    )


def join_paragraphs(lines: list[Line], *, indented_page: bool = False) -> list[Paragraph]:
    """Text lines → paragraphs, a line without final punctuation joined to the next.

    On an `indented_page`, a line without the indent continues the
    paragraph before it whatever that ends with, and an indented one after
    a `；` starts one: the page prints a list's items (`一是…；`) so; but a
    caption (`图为…`), printed without the indent, starts one. A box's
    label (`■相关链接`) and a caption (`图为志愿者送饺子`, `…。社区供图`,
    whatever it ends with), a notice's signature and the date under it, a line
    naming editors printed apart (`审核：王芳`), a subhead (see
    _subhead_between) and a list's item (`◆加强巡逻防控；`, `1. 在自助机上刷身份证；`;
    see _list_items, _item_ends) are paragraphs of their own. A caption a
    page break cut goes on in the line after the break (see _caption_goes_on).
    """
    items = _list_items(lines)
    alone = _notice_signatures(lines) | _table_headings(lines, items)
    paragraphs: list[list[Line]] = []
    for line in lines:
        if paragraphs and not _apart(paragraphs, line, items, alone) and (_goes_on(paragraphs[-1], line, indented_page) or _caption_goes_on(paragraphs[-1], line, indented_page)):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [_paragraph(printed) for printed in paragraphs]


def _table_headings(lines: list[Line], items: set[int]) -> set[int]:
    """The lines that head a table's rows printed right under them (`当选人员名单` / `主任　李国强`) under a finished
    sentence: paragraphs of their own, also on an indented page, where a flush line otherwise goes on with the paragraph above."""
    return {
        line.number
        for above, line, below in zip([None, *lines], lines, lines[1:])
        if above is not None and ends_sentence(fold(above.text).rstrip()) and not _spaced_words(line) and below.number in items
        and _spaced_words(below) and printed_together(line, below)
    }


def _notice_signatures(lines: list[Line]) -> set[int]:
    """The lines that sign a notice over its date (`管城回族区医疗保障局` / `2021年3月8日`): paragraphs of their own.

    Also on an indented page, where a line without the indent otherwise goes on with the paragraph above.
    """
    signatures: set[int] = set()
    for higher, above, line, below in zip([None, None, *lines], [None, *lines], lines, lines[1:]):
        if below.is_date and signs_a_notice(above, line, higher):
            signatures.add(line.number)
            if not signs_a_notice(above, line):  # the second of two bodies signing together: the first too
                signatures.add(above.number)
    return signatures


def _goes_on(paragraph: list[Line], line: Line, indented_page: bool) -> bool:
    """True when `line` continues the `paragraph` printed above it: see join_paragraphs."""
    last = paragraph[-1]
    # After a comma the sentence goes on, whatever the line ends with (`…（通讯员 王晓 文/图）`).
    if (line.is_caption and not _cut_after_a_comma(last)) or line.is_date or _ends_its_paragraph(paragraph, line):
        return False
    no_words = HAN_CHARACTER.search(line.text) is None and not _ENGLISH_WORDS.search(line.text)  # `12345`, not `Welcome to…`
    if last.opens_a_list and (no_words or _NUMBER_THEN_CLAUSE.match(fold(line.text).strip())):
        # A colon announces a list or a quotation below; or a number, which goes on with its sentence
        # (`…热线：` / `12345`, `…热线：` / `0371-66661234，每天…`).
        return True
    if _TIME_CUT.search(fold(last.text).rstrip()) and line.text.lstrip()[:1].isdigit():
        return True  # a time a line break cut at its colon (`…早上8:` / `00准时出工。`)
    if gives_a_labelled_value(last.text) and not line.after_break and not _GOES_ON_A_CLAUSE.match(fold(line.text).lstrip()):
        # `咨询电话：0371-66201234` / `特此通知。`: a number or an address given after its label on one line ends the
        # line's sentence (given on the line under the label, it may go on: `…热线：` / `12345` / `或咨询…`).
        return False
    if titles_a_document(last.text) and len(paragraph) == 1 and not printed_together(last, line) and not line.after_break:
        return False  # a document's title standing apart over its text (`…工作方案` / `为切实解决…`), printed in a report
    if _spaced_words(last) and not last.is_lead and not printed_together(last, line) and not line.after_break:
        return False  # a table's row (`主任　李建军`) apart from the text under it, as no sentence a blank line cut is printed; a lead
        # cut after its dateline's space (`本报讯 7月` / `28日，…`) is no row
    after_an_item = fold(last.text).rstrip().endswith(";")
    # The next of a list's items: indented under a `；` on an indented page, or standing apart and opening as items do.
    item_after_item = after_an_item and (
        (indented_page and line.indented) or (not printed_together(last, line) and not line.after_break and _ITEM_OPENING.match(line.text) is not None)
    )
    if len(paragraph) > 1 and closes_bracket_above(paragraph[-2].text, last.text):
        # The rest of a byline in brackets a line break cut (`…活动。（记者 柴` / `琳琳 通讯员 王晓）`): the two lines end it.
        last = replace(last, text=paragraph[-2].text + last.text)
    if not ends_paragraph(last.text) and not item_after_item:
        return True
    return indented_page and not (line.indented or line.is_lead) and not _finished_above(last, line)


def _finished_above(last: Line, line: Line) -> bool:
    """True when, on an indented page, the flush `line` does not go on with the finished paragraph ending with `last`.

    It does, as a page break leaves it, but not under a text signed at its
    end (`…。（记者 柴琳琳）`, a brief), nor when it stands apart (a blank line
    above it) and is no sentence's part: a short line ending with no mark
    (`图片新闻`, a label over what follows).
    """
    if closing_byline(last.text) is not None:
        return True
    return not printed_together(last, line) and not line.is_body_text and not ends_paragraph(line.text)


def _ends_its_paragraph(paragraph: list[Line], line: Line) -> bool:
    """True when `paragraph` ends, whatever its last line ends with, `line` printed under it: a box's label, a caption, a line naming editors printed apart (not a quotation's)."""
    last = paragraph[-1]
    return last.is_box_label or paragraph[0].is_caption or (not printed_together(last, line) and last.names_editors)


def _caption_goes_on(paragraph: list[Line], line: Line, indented_page: bool) -> bool:
    """True when `line` is the rest of the caption `paragraph`, cut by a page break.

    The caption ends neither a sentence nor with a credit, and the line
    starts no caption nor a list's item; page furniture stands between
    them, or, on an indented page, the line is printed without the indent
    (the text under a caption starts with it). Blank lines alone may end a
    caption printed without final punctuation (`图为志愿者送饺子`).
    """
    last = fold(paragraph[-1].text)
    if paragraph[0].is_caption and printed_together(paragraph[-1], line) and notes_photos_given(line.text) and len(compact(line.text)) <= _MAX_PHOTOS_GIVEN_NOTE:
        return True  # who gave the photo, on the line under its caption (`▲…学习书法。` / `社区供图`): the caption's credit
    cut = paragraph[0].is_caption and not (ends_paragraph(last) or caption_credit(last))
    return cut and not (line.starts_as_caption or line.is_list_item) and (line.after_break or (indented_page and not line.indented))


def _under_a_subhead(paragraphs: list[list[Line]], line: Line) -> bool:
    """True when the last of `paragraphs` is a subhead standing over `line` (see _subhead_between).

    A feature's numbered part (`一、扎根社区二十年`, `（一）…`: see Line.is_numbered_subhead) says it is one by its
    number: it needs only to stand apart from its text, or over an indented line, and may open the body.
    """
    if len(paragraphs[-1]) != 1:
        return False
    subhead = paragraphs[-1][0]
    if subhead.is_numbered_subhead and (not printed_together(subhead, line) or line.indented):
        return True
    if len(paragraphs) == 1:  # over the body's first text, apart from it (`从“旁观者”到“主人翁”` under a feature's byline)
        return not printed_together(subhead, line) and _subhead_between(None, subhead, line)
    return _subhead_between(paragraphs[-2][-1], subhead, line)


def _apart(paragraphs: list[list[Line]], line: Line, items: set[int], alone: set[int]) -> bool:
    """True when `line` starts a paragraph whatever the one above ends with: a list's item (`items`), a line that is a
    paragraph of its own (`alone`: a notice's signature, a table's heading), text under a subhead or under an item that ended."""
    last = paragraphs[-1]
    return (
        line.number in items or line.number in alone or _under_a_subhead(paragraphs, line)
        or (last[0].number in items and _item_ends(last[-1], line))
    )


def _list_items(lines: list[Line]) -> set[int]:
    """The numbers of the lines in `lines` that are a list's items.

    Marked or numbered (`●书法展示`, `◆加强巡逻防控；`, `1.书画展：…`); or,
    under a line that opens a list (`当选人员名单如下：`) or another item,
    naming what they give (`主任：张建国`, `开幕式地点：区文化馆广场`), or words
    set apart by spaces (`王小明　刘红　李秀英`, `主任　张建国`); rows of such
    words printed one under another are items under any line, a table's
    heading without a colon too (`当选人员名单` / `主任　李建军` / `副主任　王芳`).
    """
    items: set[int] = set()
    in_a_list = False
    spaced_rows = {
        row.number
        for upper, lower in zip(lines, lines[1:])
        if printed_together(upper, lower) and _spaced_words(upper) and _spaced_words(lower)
        for row in (upper, lower)
    }
    for above, line in zip([None, *lines], lines):
        # Under an item, a line that opens a list, or what is printed right under them (`开幕式时间：` / `2月6日上午`).
        right_under = above is not None and (above.number in items or above.opens_a_list)
        in_a_list = right_under or (in_a_list and printed_together(above, line))
        # Spaced words only right under: under a quotation's first line (`…说：` / `“这上面还印着` / `责任编辑 王芳 李明`), text;
        # nor the rest of a byline in brackets a line break cut (`●…500余份。（记者 柴` / `琳琳 通讯员 李娜）`).
        spaced = (
            (right_under or line.number in spaced_rows) and _spaced_words(line)
            and (above is None or not closes_bracket_above(above.text, line.text))
        )
        if line.is_list_item or (in_a_list and _FIELD.match(fold(line.text))) or spaced:
            items.add(line.number)
    return items


def _spaced_words(line: Line) -> bool:
    """True when `line` holds only words set apart by spaces: a list's or a table's row (see blocks.holds_spaced_words)."""
    return holds_spaced_words(line.text)


def _item_ends(item: Line, line: Line) -> bool:
    """True when a list's item, whose last line is `item`, ends before the text `line` under it, whatever it ends with (`●元宵节猜灯谜`, `委员：王小明、赵丽、陈刚`).

    A blank line ends it, and a row's line ends it; but not a page break (its page number, its
    running head), nor one after a clause (`…、`, `…，`), nor after only
    the item's number (`（3）`), whose text goes on under it, nor before text opening with `，` or `。`.
    """
    # Nor before a line that opens with a clause's or sentence's mark (`…养生知识` / blank lines / `。（通讯员 李颖睿）`): it goes on.
    cut = _cut_after_a_comma(item) or item.is_list_number or opens_with_a_mark(line.text)
    # A row of words set apart by spaces is whole on its line (`委员　刘振华　张小红` / `特此公告。`), after a label too
    # (`委员：张伟　赵敏　孙丽` / `新当选的…`).
    return (_spaced_words(item) or _labels_spaced_words(item) or not printed_together(item, line)) and not line.after_break and not cut


def _labels_spaced_words(line: Line) -> bool:
    """True when `line` gives words set apart by spaces after a label: `委员：张伟　赵敏　孙丽`."""
    folded = fold(line.text).strip()
    label = _FIELD.match(folded)
    return label is not None and holds_spaced_words(folded[label.end() :].strip())


def _subhead_between(above: Line | None, subhead: Line, line: Line) -> bool:
    """True when `subhead`, a line of its own between the text lines `above` (None: it opens the text) and `line`, is a subhead (`织密养老服务网`, `2011`).

    It is short and holds no clause (no `，`, `。`, `：`…) nor only a list's
    number (`（3）`); the text above it ends a sentence or is a part's label in brackets (after a colon, it is
    what the colon announces: `…热线：` / `12345`); and it stands apart from
    the text under it: a blank line between, or that text indented and not
    it. A paragraph a page break cut after a few words goes on past the
    page's furniture (a page number, a running head), not past blank lines
    alone.
    """
    folded = fold(subhead.text).strip()
    apart = not printed_together(subhead, line) or (line.indented and not subhead.indented)
    return (
        apart and not line.after_break and not (subhead.is_lead or subhead.is_caption)
        and (above is None or ends_sentence(fold(above.text).rstrip()) or is_bracketed_label(above.text))  # under `【问需于民】` too
        and len(subhead.key) <= _MAX_SUBHEAD_LENGTH and _CLAUSE_MARK.search(folded) is None and not subhead.is_list_number
    )


def _paragraph(lines: list[Line]) -> Paragraph:
    """Chinese text joins without a space, whatever the line was broken at (English too: a fixed-width wrap cuts inside a
    word, `5G、A` / `I等…`); but a dateline alone on its line (`本报讯`) keeps its space, and so do two names a break parted in a bracketed byline."""
    text = lines[0].text
    for line in lines[1:]:
        text += (" " if is_dateline_alone(text) else break_in_bracketed_byline(text, line.text)) + line.text
    return Paragraph(text, tuple(lines))


def rejoin_by_reprint(paragraphs: list[Paragraph], reprint: list[Line]) -> list[Paragraph]:
    """`paragraphs` (an article's) with those a reprinted tail (`reprint`, a suffix of the article's text) prints as one joined again."""
    length = sum(len(compact(paragraph.text)) for paragraph in paragraphs)
    return rejoined(paragraphs, _spans(reprint, length - sum(len(line.key) for line in reprint)))


def rejoined(paragraphs: list[Paragraph], spans: list[tuple[int, int]]) -> list[Paragraph]:
    """`paragraphs` with those joined again that one printed line of a reprint shows to be one.

    A printed line never holds the end of one paragraph and the start of
    the next; so where a line of a reprint (each of `spans`: where it falls
    in the paragraphs' text, in `compact` form) covers the place between
    two paragraphs, a page break right after `。` split one paragraph there.
    """
    if not paragraphs:
        return paragraphs
    joined = [list(paragraphs[0].lines)]
    boundary = 0
    for before, paragraph in zip(paragraphs, paragraphs[1:]):
        boundary += len(compact(before.text))
        if any(start < boundary < end for start, end in spans):
            joined[-1].extend(paragraph.lines)
        else:
            joined.append(list(paragraph.lines))
    return [_paragraph(lines) for lines in joined]


def _spans(lines: list[Line], start: int) -> list[tuple[int, int]]:
    """Where each of `lines`, printed one after another from the `compact` position `start` on, falls in the text."""
    spans = []
    for line in lines:
        spans.append((start, start + len(line.key)))
        start += len(line.key)
    return spans


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


@dataclass(frozen=True)
class Reprint:
    """Text of an article the page printed again, after a page break or before its byline: a column's tail."""

    lines: tuple[Line, ...]  # as printed again; the last only up to where the text goes on, when it does
    goes_on: bool  # the last line goes on past the reprint with new text, which is kept


@dataclass(frozen=True)
class WithoutReprints:
    lines: list[Line]  # an article's text lines, each reprint cut from them
    reprints: list[Reprint]
    spans: list[tuple[int, int]]  # where each line of a reprint was printed in the text kept (see rejoined)


def without_reprints(lines: list[Line]) -> WithoutReprints:
    """`lines` (an article's text) without the text the page printed twice.

    A page reprints a column's tail where the text goes on after a break,
    and the reprint may go on with new text in its last line
    (`…享受到` / `4` / `…享受到智能化带来的便利。`), or before the
    article's byline. A reprint starts a line and repeats the text right
    above it, and shows itself as one (see _shows_a_reprint).
    """
    kept: list[Line] = []
    reprints, spans = [], []
    position = 0  # where the next line kept starts, in the `compact` text kept
    at = 0
    while at < len(lines):
        length = _reprint_length(kept, lines[at:]) if kept else 0
        if not length:
            kept.append(lines[at])
            position += len(lines[at].key)
            at += 1
            continue
        first, start, reprinted = at, position - length, []
        while length:
            line = lines[at]
            at += 1
            if len(line.key) <= length:
                reprinted.append(line)
                length -= len(line.key)
                continue
            head, rest = _split(line.text, length)  # the reprint ends inside this line: its rest goes on with the text
            reprinted.append(replace(line, text=head))
            kept.append(replace(line, text=rest))
            position += len(compact(rest))
            length = 0
        reprints.append(Reprint(tuple(reprinted), goes_on=kept[-1].number == reprinted[-1].number))
        spans += _spans(lines[first:at], start)  # each line as printed, the text it goes on with too
    return WithoutReprints(kept, reprints, spans)


def _reprint_length(above: list[Line], below: list[Line]) -> int:
    """How much of the text of `below` (in `compact` characters), from its start, reprints the end of the text `above`; 0 if none."""
    text_above = "".join(line.key for line in above)
    text_below = "".join(line.key for line in below)
    start = text_above.find(text_below[:1], max(0, len(text_above) - len(text_below)))
    while start != -1:  # from the longest repeat to the shortest
        length = len(text_above) - start
        if text_below.startswith(text_above[start:]) and _shows_a_reprint(above, below, text_above, length):
            return length
        start = text_above.find(text_below[:1], start + 1)
    return 0


def reprints_from_inside_a_word(above_key: str, below_key: str) -> bool:
    """True when the text `below_key` (`compact`) is the end of `above_key` printed again from inside a word or a number:
    a column's tail reprinted (`…跨越“数字鸿沟”。（通讯员 张磊）` / `助老人跨越“数字鸿沟”。（通讯员 张磊）`)."""
    return len(below_key) >= _MIN_REPRINT and above_key.endswith(below_key) and _from_inside_a_word(above_key, len(below_key))


def _from_inside_a_word(above_key: str, length: int) -> bool:
    """True when the last `length` characters of `above_key` start inside a word or a number, as no paragraph does."""
    return len(above_key) > length and above_key[-length - 1].isalnum()


def _shows_a_reprint(above: list[Line], below: list[Line], text_above: str, length: int) -> bool:
    """True when the first `length` characters of `below`, which repeat the end of the text `above` (`text_above`, in
    `compact` form), are a column's tail printed again.

    Not a word or two said again (`走进西关社区` / `社区居民…`), nor words
    the text repeats on purpose (`“119，记心间！”` twice, a chant): a
    reprint is long, a whole line of a paragraph or more; or starts inside a
    word (`者 柴琳琳 通讯员 李颖睿）` under `…（记者 柴琳琳 通讯员 李颖睿）`); or is a line that stops
    mid-sentence printed twice in a row (`…防汛避险意识和` / `…防汛避险意识和`); or a page break
    shows, between the text and its reprint (a page number, a running
    head; or a line that stops mid-sentence, away from the next) or inside
    the text reprinted.
    """
    if length < _MIN_REPRINT:
        return False
    if _from_inside_a_word(text_above, length):
        return True
    last = above[-1]
    if last.key == below[0].key and length == len(last.key) and printed_together(last, below[0]) and not ends_paragraph(last.text):
        return True  # a line that stops mid-sentence printed twice in a row, as an export of the page may print it
    original, covered = [], 0  # the lines the reprint repeats
    for line in reversed(above):
        original.insert(0, line)
        covered += len(line.key)
        if covered >= length:
            break
    printed = [*original, below[0]]
    cut = any(
        lower.after_break or not (printed_together(upper, lower) or ends_paragraph(upper.text))
        for upper, lower in zip(printed, printed[1:])
    )
    return length >= MIN_REPRINT_LENGTH or cut


def _split(text: str, length: int) -> tuple[str, str]:
    """`text` cut after its first `length` characters in `compact` form: the part a reprint repeats, and the rest."""
    end = next(end for end in range(len(text) + 1) if len(compact(text[:end])) >= length)
    return text[:end].strip(), text[end:].strip()
