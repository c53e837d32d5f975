"""Classified lines → the articles on a page.

The page gives no markup, only habits: an article is a headline (with a
`——` subtitle line under it now and then), a body
whose first paragraph starts with the lead `本报讯`, and a byline that ends
it; a rubric line (`■活动室`) sets the section of the articles below it
until the next rubric. Briefs (`■简讯`) print no headline: each is a lead
paragraph and a byline, titled from its first sentence (titles.py). Short
news, a notice, a commentary, photo news may print neither a lead nor a
byline: a headline standing apart over text heads them. A
photo credit line (`王磊 摄`) signs the article it is printed in or right
under, and is no part of its text. Lines that belong to no article are
dropped and listed, never lost silently.

A story that goes on on another page (`（下转第2版）`) ends there on this
one, without its byline; its rest, under `（上接第1版）` on the other page,
is an article of its own, titled from its first sentence unless a headline
is printed over it again. Each page is read by itself: the editor joins
the two, told so by the report.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from .blocks import (
    BULLETS,
    CAPTION_MARKS,
    CLAUSE_MARKS,
    EDITORS_NOTE,
    MAX_HEADLINE_LENGTH,
    MAX_NOTE_PARAGRAPHS,
    OPENERS,
    PAGE_BOX,
    Jump,
    Kind,
    Line,
    dateline,
    ends_paragraph,
    ends_sentence,
    gives_a_labelled_value,
    holds_spaced_words,
    labels_a_page_box,
    lead_in_with_a_colon,
    names_a_place_alone,
    names_briefs,
    printed_again_going_on,
    printed_together,
    signs_a_notice,
    titles_a_document,
)
from .byline import (
    Byline,
    caption_credit,
    closes_bracket_above,
    closing_byline,
    combined,
    credits_a_photo,
    ends_signed,
    lead_byline,
    notes_photos_given,
    opens_with_a_byline,
    signs_as_a_writer,
    signs_for_an_office,
)
from .decode import HAN, compact, fold
from .pagebreaks import (
    MIN_REPRINT_LENGTH,
    Paragraph,
    indents_paragraphs,
    join_paragraphs,
    opens_with_a_mark,
    rejoin_by_reprint,
    rejoined,
    repeated_tail_length,
    reprints_from_inside_a_word,
    without_reprints,
)
from .titles import opens_with_when, prints_its_own_headline, title_from_lead

# A column's name set in brackets on a line of its own, over an article's headline: `【社区动态】`.
_COLUMN_LABEL = re.compile(r"^【[^【】]*】$")
_MAX_NOTE_LINES = 10  # an editor's note runs to a few sentences: a hard-wrapped page prints them on ten lines at most


@dataclass(frozen=True)
class Dropped:
    """Lines the importer leaves out, and why."""

    lines: tuple[Line, ...]
    reason: str


MAX_HEADLINE_LINES = 3  # a headline printed over more is text
_DOCUMENT_NUMBER = re.compile(r"\(?第[\d一二三四五六七八九十]{1,3}号\)?")  # on the NFKC form: `（第2号）` under a notice's title
_MIN_HEADLINE_REPRINT = 4  # characters: a headline's line printed again at the top of the next column, its rest after it
# A reader's signature under a letter (on the NFKC form): `读者 张国强`, `读者：王秀兰`, or who they are and their name,
# `管城区居民 李明`, `郑州市民 王先生`, `退休教师 李明`. Text, as a notice's signature is.
_READER_SIGNATURE = re.compile(
    r"读者\s*:?\s*[\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff]{0,6}(?:居民|市民|村民|群众|教师|职工|党员|志愿者|网友)\s+[\u4e00-\u9fff·]{2,4}"
)  # who they are is set off from the name: `顺城街社区居民选举委员会` signs a notice
# Who gave a speech (on the NFKC form): a post, then the name set off (`区委书记 张宏伟`, `南曹街道党工委书记　刘建国`).
_SPEAKER = re.compile(rf"[{HAN}]{{0,14}}(?:书记|主任|区长|市长|局长|主席|部长|镇长|乡长|校长|院长|所长|站长|会长)\s+[{HAN}·]{{2,4}}")
_MAX_TITLE_LENGTH = 30  # characters: a line that ends a sentence and is longer is text, not a headline that exclaims


@dataclass(frozen=True)
class PageArticle:
    """One article as the page prints it, before front matter is worked out."""

    title: Line | None  # its headline; None when the page prints none (a brief, the rest of a story)
    paragraphs: tuple[Paragraph, ...]
    section: str | None
    byline: Line | None
    credit_lines: tuple[Line, ...] = ()  # photo credits in it, a byline above its text
    continued_from: Jump | None = None  # it is the rest of a story from another page
    continues_on: Jump | None = None  # its rest is on another page

    @property
    def headline(self) -> str:
        """The title: the headline as printed, else one made from the first sentence."""
        return self.title.text if self.title else title_from_lead(self.paragraphs[0].text)

    @property
    def first_line(self) -> int:
        return self.title.number if self.title else self.paragraphs[0].first

    @property
    def last_line(self) -> int:
        end = max(self.paragraphs[-1].last, self.byline.last_number if self.byline else 0)  # an appendix is under its byline
        return max([end, *(line.number for line in self.credit_lines)])

    @property
    def credits(self) -> Byline | None:
        """Who wrote it and took its photos: the byline after the lead, in brackets at the text's end, the byline that ends it, its photo credits and captions' credits.

        A caption without a credit (`图为活动现场。`), or a note at a paragraph's end that
        someone gave the photos (`（图片由社区提供）`), says only that the article prints some.
        """
        # The lead, under an editor's note the body may open with (`编者按：…` / `本报讯（记者 柴琳琳）…`).
        opening_note = len(self.paragraphs) > 1 and compact(self.paragraphs[0].text).startswith(EDITORS_NOTE)
        in_lead = _lead_signature(self.paragraphs[1 if opening_note else 0].text)
        # The text's end is over the captions of its photos printed under it (`…。（通讯员 孙丽）` / `图为晚会现场。`).
        text_end = next((paragraph for paragraph in reversed(self.paragraphs) if not paragraph.lines[0].starts_as_caption), self.paragraphs[-1])
        at_end = closing_byline(text_end.text)
        captions = (caption_credit(paragraph.text) for paragraph in self.paragraphs)
        photos = any(paragraph.lines[0].is_caption or notes_photos_given(paragraph.text) for paragraph in self.paragraphs)
        photo = Byline((), (), True) if photos else None
        return combined(in_lead, at_end, self.byline.byline if self.byline else None, *(line.byline for line in self.credit_lines), *captions, photo)

    @property
    def key(self) -> str:
        return compact("".join(paragraph.text for paragraph in self.paragraphs))


@dataclass
class Segmentation:
    articles: list[PageArticle] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    cut: list[Line] = field(default_factory=list)  # lines a jump marker was cut from


@dataclass(frozen=True)
class _Chunk:
    """The text lines up to a byline, a rubric or the end of the page."""

    lines: tuple[Line, ...]
    section: str | None
    byline: Line | None
    after_byline: bool  # follows a byline directly: may start with a repeated tail
    continued_from: Jump | None  # it starts with the rest of a story from another page
    continues_on: Jump | None  # it ends where a story breaks off, to go on on another page
    headed: int = 0  # that rest's headline, reprinted over it, is its first lines: how many (a subtitle under it too)
    signed_above: tuple[int, ...] = ()  # the lines of bylines under a headline, over its text
    credited: tuple[int, ...] = ()  # the lines a photo credit line is printed right under (`▲…。` / `王磊 摄`)


def segment(lines: list[Line]) -> Segmentation:
    result = Segmentation()
    result.dropped.extend(Dropped((line,), line.what) for line in lines if line.kind in (Kind.FURNITURE, Kind.JUMP))
    result.cut.extend(line for line in lines if line.jump is not None and line.kind is not Kind.JUMP)
    indented_page = indents_paragraphs(lines)
    for chunk in _chunks(lines):
        text = list(chunk.lines)
        at, tail = _reprinted_tail(text, result.articles) if chunk.after_byline else (None, 0)
        reprinted = result.articles[at] if at is not None else None
        if tail:
            result.dropped.append(Dropped(tuple(text[:tail]), f"repeated column tail of “{reprinted.headline}”"))
            paragraphs = rejoin_by_reprint(list(reprinted.paragraphs), text[:tail])
            result.articles[at] = reprinted = replace(reprinted, paragraphs=tuple(paragraphs))
            text = text[tail:]
        if not text:
            if chunk.byline is not None:
                printed_before = reprinted.byline if reprinted is not None else None
                repeated = printed_before is not None and printed_before.byline == chunk.byline.byline
                reason = "repeated byline" if repeated else "byline without an article"
                result.dropped.append(Dropped((chunk.byline,), reason))
            continue
        _read_articles(text, chunk, result, indented_page)
    _place_credit_lines(lines, result)
    result.dropped.extend(Dropped((rubric,), "rubric over no article") for rubric in _rubrics_over_no_article(lines, result.articles))
    result.dropped.sort(key=lambda dropped: dropped.lines[0].number)
    return result


def _rubrics_over_no_article(lines: list[Line], articles: list[PageArticle]) -> list[Line]:
    """The rubric lines no article starts under before the next rubric: they name no section, and are reported, never lost."""
    rubrics = [line for line in lines if line.kind is Kind.RUBRIC]
    ends = [rubric.number for rubric in rubrics[1:]] + [len(lines) + 1]
    return [
        rubric
        for rubric, end in zip(rubrics, ends)
        if not any(rubric.number < article.first_line < end for article in articles)
    ]


def _place_credit_lines(lines: list[Line], result: Segmentation) -> None:
    """Each photo credit, and each byline above its text, to its article (see _credited_article), or to the dropped lines if it has none."""
    for credit in (line for line in lines if line.kind in (Kind.CREDIT, Kind.SIGNED_ABOVE)):
        at = _credited_article(credit, result.articles, lines)
        if at is None:
            what = "photo credit" if credit.kind is Kind.CREDIT else "byline"
            result.dropped.append(Dropped((credit,), f"{what} outside any article"))
        else:
            article = result.articles[at]
            result.articles[at] = replace(article, credit_lines=(*article.credit_lines, credit))


def _credited_article(credit: Line, articles: list[PageArticle], lines: list[Line]) -> int | None:
    """Which article (its index) a photo credit line belongs to, if any.

    The photo stood in the article printed around the credit, or right
    above it: the last article whose headline is above the credit, when
    the credit is within its lines or only blank lines, furniture and other
    credits come between its end and the credit.
    """
    above = [at for at, article in enumerate(articles) if article.first_line < credit.number]
    if not above:
        return None
    at = max(above, key=lambda at: articles[at].first_line)
    between = (line for line in lines if articles[at].last_line < line.number < credit.number)
    return at if all(line.kind in (Kind.BLANK, Kind.FURNITURE, Kind.CREDIT) for line in between) else None


def _reprinted_tail(text: list[Line], articles: list[PageArticle]) -> tuple[int | None, int]:
    """Which article (its index) the lines after a byline reprint the end of, and how many lines.

    Usually the article just ended; a page may also reprint an earlier one
    after the next article's byline. With no tail, the article just ended
    (its byline may be reprinted alone).
    """
    for at in reversed(range(len(articles))):
        tail = repeated_tail_length(text, articles[at].key)
        if tail:
            return at, tail
    return (len(articles) - 1 if articles else None), 0


def _chunks(lines: list[Line]) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    section: str | None = None
    pending: list[Line] = []
    after_byline = False
    continued_from: Jump | None = None
    headed = 0
    signed_above: tuple[int, ...] = ()
    credited: tuple[int, ...] = ()

    def close(byline: Line | None, continues_on: Jump | None = None) -> None:
        nonlocal pending, after_byline, continued_from, headed, signed_above, credited
        if pending or byline is not None:
            chunks.append(_Chunk(tuple(pending), section, byline, after_byline, continued_from, continues_on, headed, signed_above, credited))
        pending = []
        after_byline = byline is not None
        continued_from = None
        headed, signed_above, credited = 0, (), ()

    for line in lines:
        if line.jump is not None and not line.jump.onward:
            reprinted = _reprinted_headline(pending, line)
            headline, pending = (pending[-reprinted:], pending[:-reprinted]) if reprinted else ([], pending)
            close(None)  # what is above belongs to other stories, but for the story's headline reprinted over its rest
            continued_from, pending, headed = line.jump, headline, len(headline)
        if line.section is not None:
            close(None)
            section = line.section
        if line.kind is Kind.BYLINE:
            close(line)
        elif line.kind is Kind.SIGNED_ABOVE:
            signed_above += (line.number,)  # the byline itself goes to its article with the credit lines
        elif line.kind is Kind.TEXT:
            pending.append(line)
        elif line.kind is Kind.CREDIT and pending and printed_together(pending[-1], line):
            credited += (pending[-1].number,)
        if line.jump is not None and line.jump.onward:
            close(None, line.jump)  # nor is what follows the story's: its rest and byline are on the other page
    close(None)
    return chunks


def _goes_on_past_a_photo_credit(text: list[Line], chunk: _Chunk, result: Segmentation, indented_page: bool) -> bool:
    """True when `text`, after the byline of the article above, is more of that article: the byline was a photo's credit.

    A photo printed inside an article carries its credit (`记者 王磊 摄`),
    which reads as a byline. The text after it goes on with the article when
    it can start none: no lead, and its first paragraph ends a sentence with
    `。` and its first line a sentence or a clause (`…赢得阵阵掌声，`, where a
    page break cut the paragraph), as no headline does, or holds a clause
    (`改造后，…居民告别了` / `“水压低”的烦恼。`, wrapped); and nothing but page
    furniture stands between the credit and it: a headline and a byline
    left out there (`菜篮子里的幸福年` / `记者柴琳琳`, its role run into the
    name, not read as a byline over text) head other text.
    """
    above = result.articles[-1] if result.articles else None
    return (
        chunk.after_byline
        and above is not None
        and above.byline is not None
        and (credits_a_photo(above.byline.text) or _reports_a_captioned_photo(above))
        and not (above.title is None and above.paragraphs[0].lines[0].starts_as_caption and text[0].starts_as_caption)  # photos printed alone, one after another
        and not _dropped_between(result.dropped, above.last_line, text[0].number)
        and (
            _next_photo_of_a_group(above, text)
            or (
                (text[0].ends_with_full_stop or text[0].ends_a_clause or text[0].stops_after_a_clause)
                and join_paragraphs(text, indented_page=indented_page)[0].lines[-1].ends_with_full_stop  # last: the costliest
            )
        )
    )


def _reports_a_captioned_photo(article: PageArticle) -> bool:
    """True when `article` ends with a caption and a byline that reports in photos right under it (`图为…。` /
    `记者 王磊 摄影报道`): the photo's credit, as `记者 王磊 摄` is there, not the end of the article's text."""
    last = article.paragraphs[-1].lines[0] if article.paragraphs else None
    return last is not None and last.starts_as_caption and article.byline is not None and "摄影报道" in article.byline.text


def _more_photos_of_the_group_above(text: list[Line], chunk: _Chunk, result: Segmentation, indented_page: bool) -> bool:
    """True when `text`, over the next article's headline, is captions only, the next photos of the group above (see _next_photo_of_a_group)."""
    return (
        _goes_on_past_a_photo_credit(text, chunk, result, indented_page)
        and _next_photo_of_a_group(result.articles[-1], text)
        and all(paragraph.lines[0].is_caption for paragraph in join_paragraphs(text, indented_page=indented_page))
    )


def _given_to_the_article_above(text: list[Line], starts: list[_Start], end: int, result: Segmentation, indented_page: bool) -> tuple[list[Line], list[_Start]]:
    """`text` and its `starts` without its first `end` lines, which become the last paragraphs of the article above."""
    article = result.articles[-1]
    result.articles[-1] = replace(article, paragraphs=article.paragraphs + tuple(join_paragraphs(text[:end], indented_page=indented_page)))
    return text[end:], [replace(start, first=start.first - end, body=start.body - end) for start in starts]


def _next_photo_of_a_group(above: PageArticle, text: list[Line]) -> bool:
    """True when `text` opens with a caption under an article with a headline of its own that ends with a photo's caption:
    its next photo. A group of photos, all of it captions (`风雨同舟　守护家园` / `▲…。` / `通讯员　周双双　摄` /
    `▲…。　记者　王磊　摄`); or photos printed amid an article's text (`本报讯 …。` / `▲…。` / `记者　王磊　摄` / `▲…。` / …)."""
    return above.title is not None and text[0].starts_as_caption and above.paragraphs[-1].lines[0].is_caption


def _appendix_under_a_byline(text: list[Line], chunk: _Chunk, result: Segmentation) -> bool:
    """True when `text`, right under the byline of the article above, is that article's appendix: `附：部分村党支部书记当选名单` / `大湖村　王建设`; or where it came from, `来源：管城发布`."""
    above = result.articles[-1] if result.articles else None
    return (
        chunk.after_byline and above is not None and above.byline is not None
        and (text[0].heads_an_appendix or text[0].names_a_source)
        and not _dropped_between(result.dropped, above.last_line, text[0].number)
    )


def _appendix_end(text: list[Line], end: int) -> int:
    """Where an appendix at the top of `text` ends, at the latest at `end`: before a headline standing apart over text that
    is no row of the appendix's (`附：…当选名单` / `圃田村　李国强` / `商城路街道银河社区换届选举结果` / `7月29日，…。`), or
    before a marked brief signed in brackets (`记者手记` / `…。` / `●7月30日，…。（通讯员 薛新芳）`)."""
    for index in range(1, end):
        line, below = text[index], text[index + 1] if index + 1 < len(text) else None
        apart = not printed_together(text[index - 1], line) and (below is None or not printed_together(line, below))
        if apart and below is not None and _may_be_headline(line) and not holds_spaced_words(line.text) and below.is_body_text:
            return index
        if apart and line.text.lstrip().startswith(tuple(BULLETS)) and closing_byline(line.text) is not None:
            return index  # a marked brief signed in brackets (`●7月30日，…。（通讯员 薛新芳）`): an item of its own
    return end


def _dropped_between(dropped: list[Dropped], above: int, below: int) -> bool:
    """True when a line left out between the lines `above` and `below` is more than page furniture or a jump marker."""
    return any(above < line.number < below and line.kind not in (Kind.FURNITURE, Kind.JUMP) for item in dropped for line in item.lines)


def _reprinted_headline(pending: list[Line], marker: Line) -> int:
    """How many of the last lines of `pending`, above `（上接第1版）` (`marker`), are the headline of the story continued there: 0, 1 or 2.

    A page reprints it over the story's rest: a line of its own (first, or
    after a blank line), no lead, ending no paragraph; or a short one that
    asks, with no clause before (`老街为何“留得住”？`), as a headline may; or ending
    with `！` (`战疫情，我们在一起！`) when printed right above the marker, as the last
    paragraph of an article above may end so too. A subtitle may be printed
    right under it (`——书院街改造侧记`).
    """
    if not pending:
        return 0
    subtitled = len(pending) > 1 and pending[-1].is_subtitle and printed_together(pending[-2], pending[-1])
    count = 2 if subtitled else 1
    line = pending[-count]
    apart = len(pending) == count or not printed_together(pending[-count - 1], line)
    folded = fold(line.text).rstrip()
    exclaimed = folded.endswith("!") and printed_together(pending[-1], marker)
    asks = folded.endswith("?") and len(folded) <= _MAX_TITLE_LENGTH and not CLAUSE_MARKS.search(folded[:-1])  # no clause before it
    return count if apart and not line.is_lead and (exclaimed or asks or not ends_paragraph(line.text)) else 0


@dataclass(frozen=True)
class _Start:
    """Where an article starts in a chunk's text: its first line, and its body's (after the headline, if printed)."""

    first: int
    body: int
    continued_from: Jump | None = None


def _read_articles(text: list[Line], chunk: _Chunk, result: Segmentation, indented_page: bool) -> None:
    """The articles in one chunk: usually one, more when bylines are missing; or more of the article above (see
    _goes_on_past_a_photo_credit, _appendix_under_a_byline).

    Each lead paragraph (`本报讯 …`) starts an article, and so do the rest
    of a story from another page (see _starts), a headline over a byline
    over its text, and, above them all, an article printed with neither
    (see _unsigned_start); in a column of briefs, each paragraph signed in
    brackets, if all are (see _briefs_signed_in_brackets); a chunk with none
    is one article headed by its first line if a byline ends it, and text
    no article can hold if not.
    """
    starts = _headed_inside_text(text, _headed_above_bylines(text, chunk.signed_above, _starts(text, chunk.continued_from, chunk.headed)))
    starts = _commentary_signed_at_its_end(text, chunk, starts)
    if _appendix_under_a_byline(text, chunk, result):  # up to the next article's start, the article above's
        # A note of where it came from is one line: what is under it is read as any text is.
        end = 1 if text[0].names_a_source else _appendix_end(text, starts[0].first if starts else len(text))
        text, starts = _given_to_the_article_above(text, starts, end, result, indented_page)
        if not text:
            if chunk.byline is not None:
                result.dropped.append(Dropped((chunk.byline,), "byline without an article"))
            return
    elif starts and starts[0].first > 0 and _more_photos_of_the_group_above(text[: starts[0].first], chunk, result, indented_page):
        text, starts = _given_to_the_article_above(text, starts, starts[0].first, result, indented_page)
    if not starts and _goes_on_past_a_photo_credit(text, chunk, result, indented_page):
        article = result.articles[-1]
        paragraphs = article.paragraphs + tuple(join_paragraphs(text, indented_page=indented_page))
        credits = (*article.credit_lines, article.byline)
        result.articles[-1] = replace(article, paragraphs=paragraphs, byline=chunk.byline, credit_lines=credits)
        return
    # Photos printed alone are one article each, before the first caption is taken to head them all (_unsigned_start).
    printed = [] if starts else join_paragraphs(text, indented_page=indented_page)
    captions = (_captions_credited_under(text, printed, chunk) or _headed_photos(text, printed, chunk)) if printed else []
    # In a column of briefs, each paragraph signed in brackets is a brief, before its first line is taken for a headline;
    # also above an article the column runs into (`■街道动态` / `●…。（通讯员 陈思）` / headline / `本报讯 …`).
    above = text[: starts[0].first] if starts else text
    briefs = [] if captions else (_briefs_signed_in_brackets(above, chunk.section, indented_page) or _titled_items(above, indented_page))
    unsigned = None if captions or briefs else _unsigned_start(above, indented_page, last_in_chunk=not starts)
    starts = captions or [*briefs, *([unsigned] if unsigned else []), *starts]
    if not starts:
        if chunk.byline is None:
            result.dropped.append(Dropped(tuple(text), "text outside any article (no headline, 本报讯 lead or byline)"))
            return
        # Headed by its first line; but text no headline can be (`…一批群众关心的急难` / `愁盼问题，…。`, a page that
        # starts inside another page's story) is all the article's, titled from its first sentence.
        starts = [_Start(0, 0 if _opens_inside_a_sentence(text) else 2 if len(text) > 1 and text[1].is_subtitle else 1)]
    if starts[0].first > 0:
        result.dropped.append(Dropped(tuple(text[: starts[0].first]), "text before a headline"))
    ends = [start.first for start in starts[1:]] + [len(text)]
    for number, (start, end) in enumerate(zip(starts, ends), 1):
        is_last = number == len(starts)
        byline = chunk.byline if is_last else None
        headline = text[start.first : start.body]
        body = text[start.body : end]
        if not body:
            result.dropped.append(Dropped(tuple(headline) + ((byline,) if byline else ()), "headline without text"))
            continue
        text_once = without_reprints(body)
        paragraphs = rejoined(join_paragraphs(text_once.lines, indented_page=indented_page), text_once.spans)
        boxed = next((at for at, paragraph in enumerate(paragraphs) if labels_a_page_box(paragraph.lines[0].text)), len(paragraphs))
        if boxed == 0:  # `本期导读` under the masthead, read as an unsigned item's headline: no article
            result.dropped.append(Dropped((*headline, *body), "text before a headline"))
            continue
        if boxed < len(paragraphs):  # the weather under the text: the page's, no article's
            result.dropped.append(Dropped(tuple(line for paragraph in paragraphs[boxed:] for line in paragraph.lines), PAGE_BOX))
            paragraphs = paragraphs[:boxed]
        title = _headline(headline) if headline else None
        if reprinted := _headline_lines_printed_again(headline):
            result.dropped.append(Dropped(tuple(reprinted), "headline line printed again after a page break"))
        if tails := [line for above, line in zip(headline, headline[1:]) if _tail_printed_again(above, line)]:
            result.dropped.append(Dropped(tuple(tails), "headline's tail printed again after a page break; the rest of the line is kept"))
        continues_on = chunk.continues_on if is_last else None
        under, briefs, last_item = _items_under(paragraphs, byline) if continues_on is None else ([], [], None)
        paragraphs = paragraphs[: len(paragraphs) - len(under)]
        article = PageArticle(title, tuple(paragraphs), chunk.section, byline if last_item is None else None, (), start.continued_from, continues_on)
        for reprint in text_once.reprints:
            rest = "; the rest of the line is kept" if reprint.goes_on else ""
            result.dropped.append(Dropped(reprint.lines, f"repeated column tail of “{article.headline}”{rest}"))
        result.articles.append(article)
        # Briefs signed in brackets, one after another, maybe each under its headline; and the last item, under its headline.
        result.articles.extend(PageArticle(over and _headline(list(over.lines)), (brief,), chunk.section, None) for over, brief in briefs)
        if last_item:
            item_headline, item_text = last_item
            result.articles.append(PageArticle(_headline(list(item_headline.lines)), tuple(item_text), chunk.section, byline))
        if under and not briefs and not last_item:
            lines = tuple(line for paragraph in under for line in paragraph.lines)
            result.dropped.append(Dropped(lines, "text outside any article (under a brief signed at its end)"))


def _items_under(
    paragraphs: list[Paragraph], byline: Line | None
) -> tuple[list[Paragraph], list[tuple[Paragraph | None, Paragraph]], tuple[Paragraph, list[Paragraph]] | None]:
    """The paragraphs of an article's text under its finished first item, and the items they are: (those paragraphs,
    briefs, the last item as (headline, text)); ([], [], None) when the text is one item.

    Under a brief signed at its end (see _under_a_signed_lead, _items_under_a_brief); with no byline line, any
    text there is reported if it holds no briefs. Else under a notice signed and dated, a headline over its text.
    Else, with no byline line, the briefs signed in brackets the text ends with, each marked (`●7月30日，…。（通讯员
    薛新芳）`) or under a headline of its own, as a column of briefs under a feature signed under its headline prints them.
    """
    under = _under_a_signed_lead(paragraphs)
    briefs, last_item = _items_under_a_brief(under, byline)
    if under and (briefs or last_item or byline is None):
        return under, briefs, last_item
    under = _under_a_dated_signature(paragraphs)  # a notice, signed and dated, over an item of its own
    last_item = _headed_item(under) if under else None
    if last_item:
        return under, [], last_item
    if _photo_headed_under_a_signed_lead(paragraphs, byline):
        return paragraphs[-2:], [], _headed_item(paragraphs[-2:])
    if byline is None:  # briefs under an article no byline line ends (a feature signed under its headline)
        for start in range(1, len(paragraphs)):
            briefs = _headed_briefs(paragraphs[start:])
            # A headline of a paragraph of its own, no row; not the first line of a brief a break cut (`…。（通讯员 陈` / `思）`).
            headed_or_marked = all(
                (any(headline is paragraph for paragraph in paragraphs) and not holds_spaced_words(headline.text)) or (headline is None and _bulleted(brief))
                for headline, brief in briefs
            )
            if briefs and headed_or_marked and ends_sentence(fold(paragraphs[start - 1].text).rstrip()):
                return paragraphs[start:], briefs, None
    return [], [], None


def _photo_headed_under_a_signed_lead(paragraphs: list[Paragraph], byline: Line | None) -> bool:
    """True when the text, its lead signed in its brackets (`本报讯(记者 王磊)…`), ends with a photo item of its own that the
    byline line under it credits: a headline standing apart over one paragraph (`陇海马路街道宣传文明交通` / `4月8日,…。` /
    `本报记者 张华 摄`); the lead's brackets sign the text above, so the credit is the photo's."""
    return (
        byline is not None and credits_a_photo(byline.text) and len(paragraphs) >= 3 and _signed_in_its_lead(paragraphs[0].text)
        and _headline_alone(paragraphs[-2]) and ends_sentence(fold(paragraphs[-3].text).rstrip()) and _headed_item(paragraphs[-2:]) is not None
    )


def _lead_signature(text: str) -> Byline | None:
    """The byline a lead is signed with after its dateline or at its start (`本报讯（记者 柴琳琳）…`, `（记者 柴琳琳）近日，…`)."""
    lead = fold(text).lstrip()
    opening = dateline(lead)
    return lead_byline(lead[len(opening) :].lstrip())[0] if opening or opens_with_a_byline(lead) else None


def _signed_in_its_lead(text: str) -> bool:
    """True when the lead `text` is signed in brackets after its dateline (`本报讯(记者 王磊 通讯员 孙丽)4月6日,…`)."""
    return bool(dateline(fold(text).lstrip())) and _lead_signature(text) is not None


def _under_a_signed_lead(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs under a lead signed in brackets at its end (`本报讯 …。（记者 柴琳琳）`, a brief): not its.

    Such a text is finished; what follows it is another brief (signed so
    too) or another item printed without a headline (`更正：…`); so is a lead
    an office signs on the line under it (`（管城区文明办）`). A photo's
    credit (`…。（记者 王磊 摄）`) ends no text. The captions right under the lead are its photos'.
    """
    signed = closing_byline(paragraphs[0].text) if paragraphs else None
    if len(paragraphs) > 2 and signs_for_an_office(paragraphs[1].text):
        return paragraphs[2:]  # signed on the line under it: `本报讯 …。` / `（管城区文明办）`
    if signed is None or signed.photo:
        return []
    # Its photo's caption right under it is still its own (`…。（通讯员 孙丽）` / `图为晚会现场。`).
    captions = len(list(itertools.takewhile(lambda paragraph: paragraph.lines[0].starts_as_caption, paragraphs[1:])))
    return paragraphs[1 + captions :]


def _under_a_dated_signature(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs under a notice's signature and its date (`东大街街道办事处` / `2021年7月20日`): a finished
    notice; what follows is another item (see _items_under_a_brief)."""
    for at in range(1, len(paragraphs) - 1):
        above, signature, date = paragraphs[at - 1 : at + 2]
        if len(date.lines) == 1 and date.lines[0].is_date and signs_a_notice(above.lines[-1], signature.lines[0]):
            return paragraphs[at + 2 :]
    return []


def _briefs_signed_in_brackets(text: list[Line], section: str | None, indented_page: bool) -> list[_Start]:
    """In a column of briefs (`■简讯`), briefs printed with neither a headline nor `本报讯`, one paragraph each,
    signed in brackets at its end (`●3月9日，南曹街道开展植树活动。（通讯员 王晓）`): where each starts.

    Under another rubric (`■换届进行时`), only when each brief, or its headline, is marked as a list's item is (`●…`).
    None unless every paragraph is so signed: a paragraph that is not may be another's rest, and the
    text is then reported as outside any article, as elsewhere.
    """
    briefs = _headed_briefs(join_paragraphs(text, indented_page=indented_page))
    if not names_briefs(section) and not all(_bulleted(headline or brief) for headline, brief in briefs):
        return []
    return _one_article_each(text, briefs)


def _opens_inside_a_sentence(text: list[Line]) -> bool:
    """True when `text` opens with no headline's line: one ending a sentence or a clause, or holding a clause and
    going on in the line printed under it, which ends a sentence (`…推动解决了一批群众关心的急难` / `愁盼问题，…。`)."""
    first = text[0]
    if first.ends_with_full_stop or first.ends_a_clause:
        return True
    below = text[1] if len(text) > 1 else None
    return below is not None and printed_together(first, below) and first.stops_after_a_clause and below.ends_with_full_stop


def _titled_items(text: list[Line], indented_page: bool) -> list[_Start]:
    """A column's items signed by no one, each marked and printing its headline before its text, set off by spaces
    (`■便民信息` / `●停水通知　因供水管网改造，…。` / `●免费体检　8月5日至7日，…。`): where each starts.

    None unless every paragraph, two or more, is one: a paragraph that is not may be another's rest.
    """
    paragraphs = join_paragraphs(text, indented_page=indented_page)
    items = len(paragraphs) > 1 and all(
        _bulleted(paragraph) and prints_its_own_headline(paragraph.text) and (ends_paragraph(paragraph.text) or gives_a_labelled_value(paragraph.text))
        for paragraph in paragraphs
    )
    return _one_article_each(text, [(None, paragraph) for paragraph in paragraphs]) if items else []


def _bulleted(paragraph: Paragraph) -> bool:
    """True when `paragraph` starts with a bullet (`●…`), or a caption's mark printed as one (`▲…`, see blocks.bullets_before_briefs)."""
    return paragraph.lines[0].bullet or paragraph.text.lstrip().startswith(tuple(BULLETS))


def _items_under_a_brief(
    under: list[Paragraph], byline: Line | None
) -> tuple[list[tuple[Paragraph | None, Paragraph]], tuple[Paragraph, list[Paragraph]] | None]:
    """The items printed under a brief signed in brackets (see _under_a_signed_lead): briefs signed so (see
    _headed_briefs); and, when a byline line ends the text, last the item it signs, a headline over its text
    (`豫丰社区开展消防安全大排查` / `7月26日，…。` / `（通讯员 张磊 文/图）`): (briefs, (headline, text) or None).
    With no byline line, the last item may be signed by no one: a notice (`停电通知` / `因线路检修，…。` / `国网郑州供电公司`).
    No briefs and None when the paragraphs are printed otherwise.
    """
    if byline is None and (briefs := _headed_briefs(under)):
        return briefs, None
    for end in range(len(under) - 1, -1, -1):
        briefs = _headed_briefs(under[:end])
        item = _headed_item(under[end:]) if briefs or not end else None
        if item:
            return briefs, item
    return [], None


def _headed_item(paragraphs: list[Paragraph]) -> tuple[Paragraph, list[Paragraph]] | None:
    """`paragraphs` as a headline of one line over the text of an item that no bracket signs: (headline, text); else None."""
    headline, *body = paragraphs
    if not _headline_alone(headline):
        headline, first = _headline_over(headline)
        body = [first, *body] if headline else []
    return (headline, body) if headline and body and not any(closing_byline(paragraph.text) for paragraph in body) else None


def _headed_briefs(paragraphs: list[Paragraph]) -> list[tuple[Paragraph | None, Paragraph]]:
    """Briefs, one paragraph each signed in brackets at its end, each maybe under a headline of one line
    (`金岱社区“四点半课堂”开课` / `近日，…。（通讯员 李娜）`), maybe under a lead-in and colon alone (`商城路街道：`):
    (headline or None, brief) each; none unless all are so printed.
    """
    briefs: list[tuple[Paragraph | None, Paragraph]] = []
    headline = lead_in = None
    for paragraph in paragraphs:
        if briefs and headline is None and lead_in is None and _reprints_a_brief_s_end(briefs[-1][1], paragraph):
            continue  # left in the brief's text, where it is found and reported as a reprint (pagebreaks.without_reprints)
        if closing_byline(paragraph.text) is not None or _signed_with_names_alone(paragraph.text):
            if headline is None:
                headline, paragraph = _headline_over(paragraph)
            if lead_in is not None:  # `商城路街道：` / `“敲门行动”暖人心` / `7月23日，…。（通讯员 马丽）`: one headline
                if headline is None:
                    return []
                headline = Paragraph(lead_in.text + headline.text, (*lead_in.lines, *headline.lines))
            briefs.append((headline, paragraph))
            headline = lead_in = None
        elif headline is None and lead_in is None and len(paragraph.lines) == 1 and lead_in_with_a_colon(paragraph.text):
            lead_in = paragraph
        elif headline is None and _headline_alone(paragraph):
            headline = paragraph
        else:
            return []
    return [] if headline is not None or lead_in is not None else briefs


# A brief's end signed with names alone in brackets (`…。（柴琳琳）`, `…。（王晓 陈思）`; NFKC): it ends the brief, but with
# no role printed, it credits no one (a name alone in brackets may be anyone's).
_NAMES_ALONE_AT_END = re.compile(rf"[。!?]\s*\((?:[{HAN}]{{2,4}}\s*){{1,3}}\)$")


def _signed_with_names_alone(text: str) -> bool:
    return _NAMES_ALONE_AT_END.search(fold(text).rstrip()) is not None


def _reprints_a_brief_s_end(brief: Paragraph, paragraph: Paragraph) -> bool:
    """True when `paragraph` prints the end of `brief` again from inside a word (`…帮助老人跨越“数字鸿沟”。（通讯员 张磊）` /
    `助老人跨越“数字鸿沟”。（通讯员 张磊）`): a column's tail reprinted after a page break, no brief of its own."""
    return reprints_from_inside_a_word(compact(brief.text), compact(paragraph.text))


def _headline_alone(paragraph: Paragraph) -> bool:
    """True when `paragraph` is one line that may be a headline with no lead under it (see _may_be_headline)."""
    return len(paragraph.lines) == 1 and _may_be_headline(paragraph.lines[0])


def _headline_over(paragraph: Paragraph) -> tuple[Paragraph | None, Paragraph]:
    """A brief's headline standing apart over it (a blank line between), joined with it as if a page break cut a
    sentence there, or printed right over a line that opens with when it happened (`城东路街道开展禁毒宣传` /
    `7月26日，…`: no sentence breaks there), or a document's title right over its text (`遗失声明` / `张建国不慎遗失…`):
    (headline, brief); else (None, `paragraph`)."""
    first, *rest = paragraph.lines
    right_over = rest and (opens_with_when(rest[0].text) or titles_a_document(first.text))
    cut_in_a_number = rest and first.text.rstrip()[-1:].isdigit() and rest[0].text.lstrip()[:1].isdigit()  # `…药品12` / `3` / `00份。`
    cut_in_a_sentence = rest and opens_with_a_mark(rest[0].text)  # `…讲解夏季养生知识` / `。（通讯员 李颖睿）`
    if rest and (not printed_together(first, rest[0]) or right_over) and _may_be_headline(first) and not cut_in_a_number and not cut_in_a_sentence:
        brief = join_paragraphs(rest)
        if len(brief) == 1:
            return join_paragraphs([first])[0], brief[0]
    return None, paragraph


def _captions_credited_under(text: list[Line], paragraphs: list[Paragraph], chunk: _Chunk) -> list[_Start]:
    """Photos printed alone, each caption with its credit on the line under it (`▲圃田乡万亩麦田一片金黄。` / `张磊 摄`,
    the last one's maybe read as the chunk's byline: `通讯员 王晓 摄`) or at its end (`…。（通讯员 张磊 摄）`): where
    each starts, titled from its caption (a credit line is placed with the caption over it, see _place_credit_lines).

    None unless every paragraph of `text` (printed as `paragraphs`) is such a caption: text that is not may be an article's rest.
    """
    if not all(paragraph.lines[0].starts_as_caption and _credited(paragraph, paragraphs, chunk) for paragraph in paragraphs):
        return []
    return _one_article_each(text, [(None, paragraph) for paragraph in paragraphs])


def _credited(caption: Paragraph, paragraphs: list[Paragraph], chunk: _Chunk) -> bool:
    """True when the caption `caption`, one of the chunk's `paragraphs`, is credited: by a credit line placed with it,
    a credit or a note of who gave the photo at its end (`…。（王磊 摄）`, `▲…。（社区供图）`), or, the last of them,
    by the chunk's byline that credits a photo (`通讯员 王晓 摄`)."""
    last_credited = caption is paragraphs[-1] and chunk.byline is not None and credits_a_photo(chunk.byline.text)
    return caption.lines[-1].number in chunk.credited or caption_credit(caption.text) is not None or notes_photos_given(caption.text) or last_credited


def _headed_photos(text: list[Line], paragraphs: list[Paragraph], chunk: _Chunk) -> list[_Start]:
    """A column of photos, each under a headline of its own over its captions, one of them credited (`荷塘月色引客来` /
    `图为…。记者 王磊 摄` / `小小志愿者上岗` / `图为…。` / `通讯员 陈思 摄`): where each starts; none unless every paragraph
    of `text` (printed as `paragraphs`) is such a headline or caption, under two headlines or more."""

    def credited(caption: Paragraph) -> bool:
        return _credited(caption, paragraphs, chunk)

    items: list[tuple[Paragraph, list[Paragraph]]] = []
    for paragraph in paragraphs:
        if (paragraph.lines[0].is_caption or credited(paragraph)) and items:
            items[-1][1].append(paragraph)
        elif _headline_alone(paragraph) and (not items or items[-1][1]):
            items.append((paragraph, []))
        else:
            return []
    if len(items) < 2 or not all(captions and any(map(credited, captions)) for _, captions in items):
        return []
    return _one_article_each(text, [(headline, captions[0]) for headline, captions in items])


def _one_article_each(text: list[Line], items: list[tuple[Paragraph | None, Paragraph]]) -> list[_Start]:
    """Where each item of `text`, a paragraph maybe under a headline, starts as an article: (headline or None, paragraph) each."""
    place = {line.number: at for at, line in enumerate(text)}
    return [_Start(place[(headline or paragraph).first], place[paragraph.first]) for headline, paragraph in items]


def _unsigned_start(text: list[Line], indented_page: bool, *, last_in_chunk: bool) -> _Start | None:
    """Where an article starts in `text`, lines above any that a lead or a byline over its text starts: at their top, or nowhere.

    Headed by its first lines: a feature signed at its text's end (see
    _signed_at_its_end); short news, a notice, a commentary printed with
    no byline at all (see _headline_apart), photo news too, its caption
    crediting the photo (`瑞雪兆丰年` / `2月2日，…。 记者 柴琳琳 摄`).
    Or a photo printed alone with a caption crediting it
    (`▲2月1日，…饺子。 通讯员 周双双 摄`): titled from the caption.
    """
    if _signed_at_its_end(text):
        return _Start(0, 2 if text[1].is_subtitle else 1)
    headline = _headline_apart(text, indented_page, last_in_chunk=last_in_chunk)
    if headline:
        return _Start(0, headline)
    if text and text[0].is_caption and caption_credit(text[0].text) is not None:
        return _Start(0, 0)
    return None


def _headline_apart(text: list[Line], indented_page: bool, *, last_in_chunk: bool) -> int:
    """How many of the first lines of `text` are a headline over it, printed with neither a lead nor a byline; 0 if none are.

    `北下街街道开展“文明交通劝导”活动` / `近日，…。`; `关于…的通知` /
    `辖区各社区、居民：`. One to three lines that each may be a headline's
    (see _may_be_headline), printed one under another (or over a page
    break), stand apart from the text, after a blank line or a page break;
    and the text's first paragraph ends as text does, or the text opens with a table's rows; a document's title
    (`…选民登记公告`, see blocks.titles_a_document) may stand right over its text, as a page
    without blank lines prints it. Not over an
    editor's note (`编者按：…`) over a lead, or alone over the next headline: that headline is the article's under
    the note; but over a note alone, the chunk's last text (`last_in_chunk`), the note is the item's text (an
    editor's reply to readers), and over a note and text with no lead, the note opens that text (a Q&A, excerpts).
    """
    for length in range(min(MAX_HEADLINE_LINES, len(text) - 1), 0, -1):
        headline, body = text[:length], text[length:]
        one_under_another = all(printed_together(upper, lower) or lower.after_break for upper, lower in zip(headline, headline[1:]))
        if not (one_under_another and all(map(_may_be_headline, headline))) or any(_opens_with_a_table(text[at:]) for at in range(1, length)):
            continue  # a table's heading row under its title is no headline's line
        # Right over its text, a document's title; or any headline over a speech's speaker or the date it was given.
        speaker = _names_a_speaker(body[0])
        over_a_speech = speaker or body[0].is_date
        document = titles_a_document("".join(line.text for line in headline))
        if printed_together(headline[-1], body[0]) and not (document or over_a_speech or _opens_with_a_table(body)):
            continue
        first, *rest = join_paragraphs(body, indented_page=indented_page)
        # Over an editor's note with more under it, the headline is that text's (see _editors_note_over); over a
        # note alone, the last of its chunk, the note is its text: the editor's reply to readers (`■编读往来` /
        # `座椅8月底前装好` / `编者按：…`), not a column's note over the articles under it.
        # Over a note and text with no lead under them (a Q&A, speeches' excerpts), the note opens this item's text.
        over_a_note = compact(first.text).startswith(EDITORS_NOTE) and ((not rest and not last_in_chunk) or any(line.is_lead for line in body))
        headed = ends_paragraph(first.lines[-1].text) or _opens_with_a_table(body) or speaker  # the first paragraph opens with body[0]
        if (headed or document) and not over_a_note:  # a notice's items may end with no mark (`…声明作废`)
            return length
    return 0


def _names_a_speaker(line: Line) -> bool:
    """True when `line` names who gave a speech, their post set off from their name (`区委书记 张宏伟`): printed under
    the speech's headline, never a headline's line."""
    return line.kind is Kind.TEXT and _SPEAKER.fullmatch(fold(line.text).strip()) is not None


def _opens_with_a_table(text: list[Line]) -> bool:
    """True when `text` opens with a table's rows, two or more printed together (`街道　得分` / `南关街街道　96.8`), as a
    results table or a timetable prints under its headline with no text before it."""
    rows = text[:2]
    return len(rows) == 2 and printed_together(*rows) and all(row.kind is Kind.TEXT and holds_spaced_words(row.text) for row in rows)


def _may_be_headline(line: Line) -> bool:
    """True when `line` may be a line of a headline that no lead or byline shows: short, ending no sentence nor clause (but for a short line that asks or exclaims), and neither a caption, a column's label (`【社区动态】`) nor a speaker (`区委书记 张宏伟`)."""
    ends = ends_paragraph(line.text) and not (line.asks_or_exclaims and len(line.text) <= _MAX_TITLE_LENGTH)
    return (
        len(line.text) <= MAX_HEADLINE_LENGTH and not (line.is_lead or line.is_caption or ends or line.ends_a_clause)
        and not _COLUMN_LABEL.match(fold(line.text)) and not _names_a_speaker(line)
    )


def _signed_at_its_end(text: list[Line]) -> bool:
    """True when `text` is an article with neither a lead nor a byline line, signed at its text's end: a feature.

    `雪中的坚守` / `清晨六点，雪还在下。…` / `…我就放心了。”（记者 王磊）`: a
    headline (a line ending no sentence, and no lead; or a short one that
    asks or exclaims, `致敬最美“逆行者”！`, standing apart from the text
    under it) over text whose last line ends with a byline after its last
    sentence (`byline.closing_byline`).
    """
    if len(text) < 2 or text[0].is_lead:
        return False
    exclaimed_apart = text[0].asks_or_exclaims and len(text[0].text) <= _MAX_TITLE_LENGTH and not printed_together(*text[:2])
    if ends_paragraph(text[0].text) and not exclaimed_apart:
        return False
    body = text[2:] if text[1].is_subtitle else text[1:]
    return bool(body) and closing_byline(body[-1].text) is not None


def _headed_above_bylines(text: list[Line], signed_above: tuple[int, ...], starts: list[_Start]) -> list[_Start]:
    """`starts`, and an article headed by the line right above each byline printed over its text, if none starts there.

    So an article with no `本报讯` lead (a feature: headline, byline, text) starts.
    """
    leads = {index for index, line in enumerate(text) if line.is_lead}
    for number in signed_above:
        headline = max((index for index, line in enumerate(text) if line.number < number), default=None)
        if headline is None:
            continue
        body = _editors_note_over(text, headline + 1, leads)  # a note over the byline (`编者按：…`): the body's first paragraph
        headline = body - 1
        if headline >= 0 and not any(start.first <= headline < start.body for start in starts):
            # Over two or three lines, under a kicker, or over a subtitle, as headlines over a lead are.
            starts = sorted([*starts, _Start(_headline_start(text, body, leads), body)], key=lambda start: start.first)
    return starts


def _headed_inside_text(text: list[Line], starts: list[_Start]) -> list[_Start]:
    """`starts`, and an item headed inside the text of an article above it that no byline line ends.

    Such an article runs on to the next lead or byline, and an item with
    neither printed after it would be its last paragraphs: a notice headed
    by a document's title (`关于城东路临时封闭施工的通告` / `5月15日至…`, see
    titles_a_document), a Q&A headed by a line standing apart (`…政策问答` / `问：…？`), an item headed by a line standing
    apart under a notice's signature over text that opens with when, or a reader's letter headed by a line standing apart
    under the signature of the letter above, or its date (`读者 张国强` / `盼望小区门口的路灯早日修好`
    / `小区门口的3盏路灯…。`). The title, or the signature, says where it starts.
    """
    for index in range(1, len(text) - 1):
        line = text[index]
        signed = _letter_signed_above(text, index)
        # Not under text announcing it (`…工作方案》。全文如下：` / `管城回族区2021年民生实事工作方案` / …): printed in that text.
        announced = fold(text[index - 1].text).rstrip().endswith(":")
        title_lines = _document_title_lines(text, index) if not _opens_a_title(text[index - 1]) and not announced else 0
        document = title_lines > 0
        length = title_lines or 1
        # Or an item's headline standing apart under a notice's signature, over a text that opens with when it happens
        # (`紫荆山公园派出所` / `免费体检` / `8月5日至8月7日，…`), as a column of notices prints them with no dates.
        under_a_signature = index > 1 and signs_a_notice(text[index - 2], text[index - 1]) and opens_with_when(text[index + 1].text)
        # Or a Q&A's headline standing apart under a finished paragraph (`村委会换届选举政策问答` / `问：…？`).
        heads_questions = ends_paragraph(text[index - 1].text) and text[index + 1].is_question_or_answer and not line.is_question_or_answer
        # Under the first article's headline (or, above it or with none yet, under a letter, a notice or a column's note
        # over a Q&A), and in no headline.
        under_first = starts and starts[0].body <= index
        headed = signed or document or under_a_signature or heads_questions
        inside = (under_first or (headed and (not starts or index < starts[0].first))) and not any(
            start.first <= index < start.body for start in starts
        )
        # Right under the date a notice ends with, a document's title stands apart, as a page without blank lines prints it.
        # Also flush right under a finished paragraph, over indented text, as a page that indents paragraphs and prints no blank lines sets it.
        apart = (not printed_together(text[index - 1], line) and not printed_together(text[index + length - 1], text[index + length])) or (
            document and (text[index - 1].is_date or (not line.indented and text[index + length].indented and ends_paragraph(text[index - 1].text)))
        )
        if inside and apart and line.kind is Kind.TEXT and (document or ((signed or heads_questions or under_a_signature) and _may_be_headline(line))):
            starts = sorted([*starts, _Start(index, index + length)], key=lambda start: start.first)
    return starts


def _document_title_lines(text: list[Line], index: int) -> int:
    """How many lines from `text[index]` print a document's title (see blocks.titles_a_document): one, or two printed together
    (`关于公布…换届选举` / `监督举报方式的公告`, `…第十二届村民委员会` / `选举结果公告`), and its number printed
    right under it (`（第2号）`), with text under them; 0 if none do."""
    first, second = text[index], text[index + 1] if index + 1 < len(text) else None
    if titles_a_document(first.text):
        lines = 1
    elif second is not None and index + 2 < len(text) and printed_together(first, second) and _may_be_headline(first):
        lines = 2 if titles_a_document(first.text + second.text) else 0
    else:
        return 0
    # Its number printed under it (`…选举委员会公告` / `（第2号）`), with text under that: part of the title.
    number = text[index + lines] if index + lines + 1 < len(text) else None
    if lines and number is not None and printed_together(text[index + lines - 1], number) and _DOCUMENT_NUMBER.fullmatch(fold(number.key)):
        lines += 1
    return lines


def _commentary_signed_at_its_end(text: list[Line], chunk: _Chunk, starts: list[_Start]) -> list[_Start]:
    """`starts`, and a commentary's under an article signed under its headline, when a writer's marked name signs the chunk (`□ 王晓`).

    The article above is signed already, so the name at the end is the
    commentary's or an essay's (`短评：调解员是社区的“宝”` / text / `□ 王晓`; `文/李娜`, `作者：李娜`): it starts at the
    last line standing apart that may be a headline, under a finished
    paragraph, over text no headline can be.
    """
    if not (chunk.signed_above and starts and chunk.byline is not None and signs_as_a_writer(chunk.byline.text)):
        return starts
    for index in range(len(text) - 2, starts[-1].body, -1):
        above, line, below = text[index - 1], text[index], text[index + 1]
        apart = not printed_together(above, line) and not printed_together(line, below)
        if apart and _may_be_headline(line) and ends_paragraph(above.text) and below.is_body_text:
            return [*starts, _Start(index, index + 1)]
    return starts


def _opens_a_title(line: Line) -> bool:
    """True for the first part of a document's title a break cut (`关于春节期间暂停办理` over `部分业务的公告`, `致全区居民的`)."""
    title = compact(line.text)
    return not ends_paragraph(line.text) and (title.startswith(("关于", "致")) or title.endswith("的"))


def _letter_signed_above(text: list[Line], index: int) -> bool:
    """True when the line above `text[index]` is a reader's signature (`读者 张国强`), or the date under one."""
    signature = text[index - 2] if index > 1 and text[index - 1].is_date else text[index - 1]
    return _READER_SIGNATURE.fullmatch(fold(signature.text).strip()) is not None


def _starts(text: list[Line], continued_from: Jump | None, headed: int = 0) -> list[_Start]:
    """Where the articles in `text` start, in order.

    The rest of a story `continued_from` another page starts at the top,
    under its headline if it is `headed` (its first lines, printed over the marker) or the
    top line, or two with a subtitle, may be a headline standing apart from the text under it.
    An article led by a lead paragraph (`本报讯 …`) starts at the headline
    above the lead (see _headline_start), or above an editor's note printed
    over the lead (`编者按：…`, the body's first paragraph then); or at the lead itself when the
    line above it can be no headline: when there is none (a rubric, a
    byline or the page's top is above it), or it is a lead or ends with a
    full stop. So briefs print, one after another.
    """
    leads = {index for index, line in enumerate(text) if line.is_lead}
    leads -= {index for index in leads if _reprints_the_lead_above(text, index, leads)}

    def has_headline(lead: int) -> bool:
        return lead >= 1 and lead - 1 not in leads and not text[lead - 1].ends_with_full_stop and not _ends_a_bracket_above(text, lead - 1)

    starts = []
    for lead in sorted(leads):
        opening = _editors_note_over(text, lead, leads)  # the body opens with the note, under the headline
        starts.append(_Start(_headline_start(text, opening, leads) if has_headline(opening) else opening, opening))
    if continued_from is None:
        return starts
    if starts and starts[0].first == 0:  # the rest opens with a lead (or a headline over one): that article is it
        return [replace(starts[0], continued_from=continued_from), *starts[1:]]
    # Its headline reprinted under the marker, standing apart over the text: `（上接第1版）` / `…恢复重建工作` / (blank) / `会议强调，…`.
    lines = 2 if len(text) > 2 and text[1].is_subtitle and printed_together(text[0], text[1]) else 1
    headed_under = (
        len(text) > lines and _may_be_headline(text[0]) and not printed_together(text[lines - 1], text[lines]) and not (starts and starts[0].first == lines)
    )
    return [_Start(0, headed or (lines if headed_under else 0), continued_from), *starts]


def _reprints_the_lead_above(text: list[Line], index: int, leads: set[int]) -> bool:
    """True when the lead `text[index]` opens by printing again all the lines from the lead above it (`本报讯 近日，…产` /
    a page break / `本报讯 近日，…产业兴旺星…`): the page reprinted the column's tail, and the text goes on; no new article.
    Or it is the line right above it printed twice, as an export of the page may print a line."""
    above = max((lead for lead in leads if lead < index), default=None)
    if above is None:
        return False
    if above == index - 1 and text[above].key == text[index].key and printed_together(text[above], text[index]):
        return True
    printed = "".join(line.key for line in text[above:index])
    return len(printed) >= MIN_REPRINT_LENGTH and "".join(line.key for line in text[index:]).startswith(printed)


def _editors_note_over(text: list[Line], lead: int, leads: set[int]) -> int:
    """Where an editor's note printed right over the lead `text[lead]` starts (`编者按：城市的温度…`), else `lead`.

    The nearest line above that opens with `编者按`, the lines between it and the lead being the rest of the
    note: text of no other lead, in up to three paragraphs standing apart (a line ending a paragraph printed
    right over more text is another article's: `编者按：…` / `…。` / a headline / `本报讯 …`; a line standing apart
    that ends none is a headline), and the last ending it: a note over
    the headline (`编者按：本报今起开设…专栏。` / `南关街街道加装电梯` / `本报讯 …`) is not the article's.
    """
    if lead < 1 or not ends_paragraph(text[lead - 1].text):
        return lead
    paragraphs = 1
    for at in range(lead - 1, max(lead - 1 - _MAX_NOTE_LINES, -1), -1):
        if at in leads or text[at].kind is not Kind.TEXT:
            break
        if text[at].is_editors_note:
            return at
        if at < lead - 1 and printed_together(text[at], text[at + 1]) == ends_paragraph(text[at].text):
            break  # a paragraph's end printed together with more text, or a line standing apart that ends none (a headline)
        if at < lead - 1 and ends_paragraph(text[at].text):
            paragraphs += 1
            if paragraphs > MAX_NOTE_PARAGRAPHS:
                break
    return lead


def _ends_a_bracket_above(text: list[Line], index: int) -> bool:
    """True when `text[index]` closes a bracket the line right above it left open (`…（记者 柴` / `琳琳 通讯员 王晓）`): that line's end, no headline."""
    above = text[index - 1] if index >= 1 else None
    return above is not None and (printed_together(above, text[index]) or text[index].after_break) and closes_bracket_above(above.text, text[index].text)


def _headline_start(text: list[Line], lead: int, leads: set[int]) -> int:
    """Where the headline of the article led by `text[lead]` starts.

    The line before the lead, or the one before that when it is the
    headline's subtitle; and the lines above, when the headline is printed
    over two or three lines (`管城回族区召开` / `2021年经济工作会议` /
    `暨优化营商环境推进大会`), a kicker over it too (`喜报！`).

    Each line above is printed right above the next (no blank line between)
    and ends no sentence. And the first stands apart from what is above
    it: after a blank line, or first in its chunk (after a byline, a rubric
    or the page's top). A line printed right under other text belongs with
    that text: the last line of the article before (`服务热线：0371-66668888`),
    even when it ends no paragraph; but not under text signed at its end
    (`…。（通讯员 陈思）`), a finished item: a page printed without blank
    lines sets a headline so. A label in brackets that names no section
    (a box's, `【相关链接】`) is no part of the headline.
    """
    start = lead - 1
    if start >= 1 and text[start].is_subtitle and start - 1 not in leads:
        start -= 1
    first = start
    while start - first + 1 < MAX_HEADLINE_LINES and _headline_goes_on(text, first - 1, leads):
        first -= 1
    # Apart, or right under a text signed at its end (`…。（通讯员 陈思）`) or dated under its signature (a notice's
    # `2021年7月23日`): a finished item, the headline not its.
    above = text[first - 1] if first > 0 else None
    apart = above is None or not printed_together(above, text[first]) or ends_signed(above.text) or above.is_date
    return first if apart else start


def _headline_goes_on(text: list[Line], above: int, leads: set[int]) -> bool:
    """True when `text[above]` may be a line of the headline that goes on in the line under it.

    Printed right over it, or over a page break that cut the headline (`管城回族区召开` / `- 3 -` / `2021年经济工作会议`);
    a place's name and a colon alone (`北下街街道：`) over blank lines too: it can head nothing else; and so
    a line whose end the line under it prints again (`…“三官一律”进社区` / `“三官一律”进社区`: the break's reprint),
    and a line ending with an opening quote or bracket (`陇海马路街道：楼院“` / `微改造”提升居民幸福感`).
    It ends no paragraph, but for a lead-in with a colon over the headline's
    words (`北下街街道：`), a kicker (`喜报！`) and a first line that
    asks or exclaims (`老旧小区改造后谁来管？`, `战疫情，我们在一起！`) where
    nothing is above it in the chunk: under other text, such a line may end
    the article above. Nor does a headline give a number or an address
    after a label (`街道值班电话：0371-66668888`): an unsigned article's
    last line, over a page break above the next headline.
    """
    if above < 0 or above in leads:
        return False
    line = text[above]
    below = text[above + 1]
    folded = fold(line.text)
    cut = folded.rstrip().endswith(OPENERS)  # `陇海马路街道：楼院“` / `微改造”…`: a quotation it opens goes on
    reprinted = _reprints_the_end_of(line, below) or _printed_again_in(line, below) or _tail_printed_again(line, below) > 0
    if not (printed_together(line, below) or below.after_break or names_a_place_alone(line.text) or cut or reprinted):
        return False
    asks_first = above == 0 and line.asks_or_exclaims
    return (
        (line.is_kicker or asks_first or not ends_paragraph(line.text) or lead_in_with_a_colon(line.text))
        and not _COLUMN_LABEL.match(folded) and not gives_a_labelled_value(line.text)
    )


def _reprints_the_end_of(upper: Line, lower: Line) -> bool:
    """True when `lower` prints the end of `upper` again (`…“三官一律”进社区` / `“三官一律”进社区`), as a column's last line is
    reprinted after a page break: the headline's line is then printed once."""
    return len(lower.key) >= 2 and upper.key.endswith(lower.key)


def _tail_printed_again(upper: Line, lower: Line) -> int:
    """How many characters `lower` opens with that print the end of `upper` again before going on (`…开展“三官一律”进社区` /
    `“三官一律”进社区法律服务零距离`), as a column's last line is reprinted after a page break; 0 if none."""
    if printed_together(upper, lower):
        return 0  # no break between them: the words are said twice
    printed, again = upper.text.rstrip(), lower.text.lstrip()
    # All of `upper` printed again is a line printed again (see _printed_again_in), no tail.
    return next((length for length in range(min(len(printed), len(again)) - 1, _MIN_HEADLINE_REPRINT - 1, -1) if printed.endswith(again[:length])), 0)


def _printed_again_in(upper: Line, lower: Line) -> bool:
    """True when `lower` opens with all of `upper` and goes on (`十八里河街道：` / `十八里河街道：深入研讨，慎重推荐`): a column's
    last line reprinted at the top of the next column, with the rest of the headline after it."""
    return len(upper.key) >= _MIN_HEADLINE_REPRINT and printed_again_going_on(upper, lower)


def _headline_lines_printed_again(lines: list[Line]) -> list[Line]:
    """The lines of a headline printed twice: those that print the end of the line above them again (see
    _reprints_the_end_of), and those the line under them prints again before going on (see _printed_again_in)."""
    return [
        line
        for above, below in zip(lines, lines[1:])
        for line in ([below] if _reprints_the_end_of(above, below) else [above] if _printed_again_in(above, below) else [])
    ]


def _headline(lines: list[Line]) -> Line:
    """The title line: a headline over several lines, and its subtitle after it, as one (`一碗饺子温暖群众心`, `用心用情解民忧——记…`).

    Chinese text joins without a space, wherever the line was broken; but
    a line of phrases set off by spaces is whole, a lead title over the
    headline (`凝心聚力谋发展 砥砺奋进新征程`), and a space parts it from
    the headline. A bullet before it (`●东大街街道开展消防演练`, a brief's
    headline in a column of briefs) is no part of it.
    """
    headline, *rest = lines
    reprinted = {line.number for line in _headline_lines_printed_again(lines)}
    printed_once = [line for line in lines if line.number not in reprinted]
    first = printed_once[0]
    text = first.text.lstrip(BULLETS + (CAPTION_MARKS if first.bullet else "")).lstrip()
    for above, line in zip(printed_once, printed_once[1:]):
        text += (" " if len(above.text.split()) > 1 and not line.is_subtitle else "") + line.text.lstrip()[_tail_printed_again(above, line) :]
    return replace(headline, text=text, continued_on=tuple(line.number for line in rest))
