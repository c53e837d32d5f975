"""Article body (Markdown) → safe HTML.

Python-Markdown renders; a tree processor joins the lines of one paragraph
without a space where they meet between Chinese characters (a browser shows
a newline as a space, which is wrong in Chinese); nh3 then keeps only the
tags and attributes Markdown produces, plus images, figures and tables, and
only links with safe URL schemes. Editors' raw HTML passes through the same
filter, so a `<script>` or `onclick=` never reaches a page.

Most articles are plain paragraphs of text with no Markdown or HTML syntax
at all, some opening with a bold lead-in. For those (and only those:
`fast_path_html` is deliberately strict, anything in doubt goes to
Python-Markdown) the HTML is written directly, exactly as the full path
writes it (tests/test_markdown_fast_path.py proves it on the corpus and on
generated text); it is several times faster.
"""
from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

import nh3

from .dateline import DATELINE

if TYPE_CHECKING:
    import markdown as _markdown

# CJK ideographs, kana, Hangul, CJK and full-width punctuation.
_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019"
_NEWLINE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]*\n[ \t]*(?=[{_CJK}])")

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt",
    "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
    "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "abbr": {"title"},
    "div": {"class"},
    "span": {"class"},
    "code": {"class"},
    "pre": {"class"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


# Characters that start inline syntax in Python-Markdown (code, escapes, emphasis, links, images,
# HTML, entities), tables and headings, or that nh3 writes as an entity (no-break space).
_SYNTAX_CHARACTER = re.compile(r"[<>&*_`\[\]!\\#|~\u00a0]")
# A line that could open a block other than a paragraph: list, quote, heading, rule, setext
# underline, code (indent), ordered list; or that ends in a space (a hard line break).
_NOT_PARAGRAPH_LINE = re.compile(r"^(?:[-+=>#*_ \t]|\d+[.)])|[ \t]$", re.M)


def is_plain_paragraphs(text: str) -> bool:
    """True when `text` is only paragraphs of plain text, one blank line apart, with no syntax at all."""
    text = text.strip("\n")
    return (
        text != ""
        # No control characters (tabs, CR, STX/ETX), no Unicode spaces Python-Markdown strips.
        and text.replace("\n", "").isprintable()
        and "\n\n\n" not in text
        and _SYNTAX_CHARACTER.search(text) is None
        and _NOT_PARAGRAPH_LINE.search(text) is None
    )


# What in a paragraph of plain text Python-Markdown would read as syntax: a backslash, emphasis, code,
# links and images (`[`); at its start, a heading, a quote, a list (`1. `, not `1.使用`) or a rule (`---`).
_INLINE_SYNTAX = re.compile(r"[\\*_`\[\]]")
_BLOCK_START = re.compile(r"^(?:[#>+\-]|(\d+)[.)](?=\s))")


def escape_markdown(text: str) -> str:
    """A paragraph of plain text (a page's, as the importer reads it) as Markdown that renders to exactly that text.

    `#我为群众办实事#` is no heading, `7*24小时` no emphasis, `2020. 这一年`
    no list, `<b>` no tag. Only what could be syntax is escaped, so that the
    file stays readable; `&` and `<` are written as entities.
    """
    escaped = _INLINE_SYNTAX.sub(r"\\\g<0>", text).replace("&", "&amp;").replace("<", "&lt;")
    return _BLOCK_START.sub(lambda found: (found[1] or "") + "\\" + found[0][-1], escaped, count=1)


def _bold_lead(paragraph: str) -> tuple[str, str] | None:
    """(lead, rest) of a paragraph that opens with `**lead**` (a bold lead-in, one line, no space inside its ends)."""
    end = paragraph.find("**", 2)
    if not paragraph.startswith("**") or end < 3:
        return None
    lead = paragraph[2:end]
    if "\n" in lead or lead != lead.strip():
        return None
    return lead, paragraph[end + 2 :]


def fast_path_html(text: str) -> str | None:
    """What Python-Markdown, the line joining and nh3 make of `text`, written directly; None unless `text` is simple.

    Simple: plain paragraphs (`is_plain_paragraphs`), each of which may open
    with a bold lead-in, `**定人,定责。**正文……`, as news items often do.
    """
    paragraphs = text.strip("\n").split("\n\n")
    leads = [_bold_lead(paragraph) for paragraph in paragraphs]
    # Checked with each lead's asterisks taken out: lead and rest must then be plain text too.
    unwrapped = [item[0] + item[1] if item else paragraph for paragraph, item in zip(paragraphs, leads)]
    if not is_plain_paragraphs("\n\n".join(unwrapped)):
        return None
    return "\n".join(
        f"<p><strong>{_join_lines(item[0])}</strong>{_join_lines(item[1])}</p>" if item else f"<p>{_join_lines(paragraph)}</p>"
        for paragraph, item in zip(paragraphs, leads)
    )


def _join_lines(text: str) -> str:
    return _NEWLINE_BETWEEN_CJK.sub("", text)


class MarkdownRenderer:
    """One configured Markdown converter, reused for every article (cheaper than a new one each time)."""

    def __init__(self) -> None:
        # Made on the first body the fast path cannot take (making one costs ~15 ms, a tenth of an edit build's budget).
        self._converter: _markdown.Markdown | None = None

    def render(self, text: str) -> str:
        """Markdown text → sanitized HTML."""
        fast = fast_path_html(text)
        return fast if fast is not None else self.render_full(text)

    def render_full(self, text: str) -> str:
        """Markdown text → sanitized HTML, always through Python-Markdown and nh3."""
        if self._converter is None:
            self._converter = _python_markdown()
        self._converter.reset()
        return sanitize_html(self._converter.convert(text))


def _python_markdown() -> _markdown.Markdown:
    """A Python-Markdown converter that joins the lines of a paragraph without a space between Chinese characters.

    Python-Markdown is imported here, for the first body the fast path cannot
    take: importing it cost every build ~0.02 s, most of them for nothing.
    """
    import markdown
    from markdown.treeprocessors import Treeprocessor

    class JoinChineseLines(Treeprocessor):
        """Drop the newline (and a space around it) between two Chinese characters."""

        SKIP = frozenset({"pre", "code"})

        def run(self, root) -> None:
            self._join(root)

        def _join(self, element) -> None:
            if element.tag in self.SKIP:
                return
            if element.text:
                element.text = _NEWLINE_BETWEEN_CJK.sub("", element.text)
            for child in element:
                self._join(child)
                if child.tail:
                    child.tail = _NEWLINE_BETWEEN_CJK.sub("", child.tail)

    class ChineseExtension(markdown.Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.treeprocessors.register(JoinChineseLines(md), "join_chinese_lines", 5)

    return markdown.Markdown(
        extensions=["tables", "sane_lists", ChineseExtension()],
        # align="…" rather than style="…": the sanitizer keeps no inline styles.
        extension_configs={"tables": {"use_align_attribute": True}},
        output_format="html",
    )


def sanitize_html(fragment: str) -> str:
    """Keep only harmless markup: no scripts, no event handlers, no javascript: URLs."""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


# Tags that end a run of text (blocks, line breaks) read as a space; the others (bold, links, code) stand
# inside a sentence and read as nothing: `近日，<b>北下街</b>联合` is `近日，北下街联合`, not `近日， 北下街 联合`.
_BREAKING_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|caption|thead|tbody|tfoot|tr|td|th|figure|figcaption|br|hr)\b[^>]*>"
)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain_text(fragment: str) -> str:
    """The visible text of an HTML fragment, on one line."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", _BREAKING_TAG.sub(" ", fragment)))).strip()


# What a news item's text opens with before its news: `本报讯（记者 柴琳琳 通讯员 陈思）`, `本报郑州讯 `.
_DATELINE_AND_BYLINE = re.compile(rf"^(?:{DATELINE.pattern})\s*(?:[(（][^()（）]{{0,40}}[)）])?\s*")
# A space between two paragraphs (blocks) after a Chinese sentence's end or colon: Chinese puts none there,
# whatever comes next (`…举行。12月28日下午，…`).
_SPACE_AFTER_SENTENCE = re.compile(r"(?<=[。！？…”’」』）：]) (?=\S)")


def summary(fragment: str, length: int = 90) -> str:
    """The first `length` characters of the text, for lists and meta descriptions: its news, without `本报讯（记者 …）`."""
    whole = plain_text(fragment)
    text = _SPACE_AFTER_SENTENCE.sub("", _DATELINE_AND_BYLINE.sub("", whole)) or whole
    return text if len(text) <= length else text[:length].rstrip() + "……"
