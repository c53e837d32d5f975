"""The fast path (plain paragraphs, bold lead-ins) writes exactly the HTML the full Markdown path writes, and is taken only for such text."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.content import parse_article
from generator.markdown import (
    MarkdownRenderer,
    escape_markdown,
    fast_path_html,
    plain_text,
)

from .conftest import REPO, write_article

sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

RENDERER = MarkdownRenderer()


def takes_fast_path(text: str) -> bool:
    return fast_path_html(text) is not None


def assert_fast_path_exact(text: str) -> None:
    assert fast_path_html(text) == RENDERER.render_full(text)


def test_every_article_of_the_bench_corpus():
    """The benchmark's 10,000-article corpus: plain bodies and bold lead-ins take the fast path and give the same HTML."""
    bodies = [article.body for article in corpus.generate_articles(10_000)]
    fast = [body for body in bodies if takes_fast_path(body)]
    assert len(fast) > len(bodies) * 0.9  # the fast path is really taken...
    assert sum("<strong>" in fast_path_html(body) for body in fast) > len(bodies) // 5  # ...bold lead-ins included
    for body in bodies:
        assert RENDERER.render(body) == RENDERER.render_full(body)


def test_every_article_of_the_sample_site():
    for path in sorted((REPO / "content").glob("*.md")):
        article, problems = parse_article(path, path.read_bytes())
        assert article is not None, problems
        assert RENDERER.render(article.body) == RENDERER.render_full(article.body)


# Chinese text, ASCII words and the punctuation of news text; no Markdown or HTML syntax.
PLAIN_CHARACTERS = st.sampled_from(
    list("本报讯近日南关街道社区居民志愿服务党建引领换届选举饺子温暖群众,。、;:“”‘’()《》!?—…")
    + list("abcXYZ019 .,;:'\"()/?-+=%$@^{}")
)
LINE = st.text(PLAIN_CHARACTERS, min_size=1, max_size=30)
PLAIN_PARAGRAPH = st.lists(LINE, min_size=1, max_size=4).map("\n".join)
# Some paragraphs open with a bold lead-in, `**…**` (its text may start or end with a space: then not fast).
PARAGRAPH = st.tuples(st.none() | LINE, PLAIN_PARAGRAPH).map(lambda parts: f"**{parts[0]}**{parts[1]}" if parts[0] else parts[1])
DOCUMENT = st.lists(PARAGRAPH, min_size=1, max_size=5).map("\n\n".join)


@settings(max_examples=400, deadline=None)
@given(DOCUMENT)
@example("本报讯 近日,\n社区居民\nabc def\n\n第二段。")
@example("**定人,定责。**本报讯 近日,\n社区居民\n\n**倒排工期。**\n第二段。")
def test_generated_plain_text_gives_the_same_html_whichever_path(text):
    if takes_fast_path(text):
        assert_fast_path_exact(text)
    else:
        assert RENDERER.render(text) == RENDERER.render_full(text)


# Anything at all, syntax included: whenever the fast path is taken, its HTML is the full path's.
ANY_CHARACTERS = st.sampled_from(list("本报讯社区,。“”ab1 \n\t\u3000\u00a0<>&*_`[]!\\#|~-+=>.)0:'\"/\r"))


@settings(max_examples=600, deadline=None)
@given(st.text(ANY_CHARACTERS, max_size=60))
def test_whenever_the_fast_path_is_taken_it_is_exact(text):
    if takes_fast_path(text):
        assert_fast_path_exact(text)


@pytest.mark.parametrize("text", ["**加粗**的导语", "**定时。**\n下一行", "第一段\n\n**导语。**正文", "**只有导语**"])
def test_a_bold_lead_in_takes_the_fast_path(text):
    assert takes_fast_path(text)
    assert_fast_path_exact(text)


@pytest.mark.parametrize("text", ["** 空格**正文", "**空格 **正文", "**跨\n行**正文", "**两处**中间**加粗**", "正文**加粗**", "**导语**\n- 列表", "****正文"])
def test_other_bold_text_goes_to_python_markdown(text):
    assert not takes_fast_path(text)


@pytest.mark.parametrize(
    "text",
    [
        "*强调*", "_强调_", "`代码`", "[链接](http://x.cn)", "![图](a.png)", "<b>粗</b>", "a &amp; b",
        "反斜杠\\*", "# 标题", "标题\n===", "标题\n---", "---", "***", "- 一项", "+ 一项", "* 一项", "1. 第一",
        "2023. 年", "> 引文", "    代码块", "\t代码块", "| a | b |\n| - | - |", "行尾两个空格  \n下一行", "~~删除~~",
        "第一段\n\n\n第二段", "\u3000\u3000缩进的段落", "不换行\u00a0空格", "回车\r换行", "",
    ],
)
def test_syntax_never_takes_the_fast_path(text):
    assert not takes_fast_path(text)


@pytest.mark.parametrize(("body", "imported"), [("第一段。\n\n**导语。**第二段。", False), ("- 一项\n- 两项", True)])
def test_python_markdown_is_imported_only_for_a_body_the_fast_path_cannot_take(empty_site, body, imported):
    """Importing Python-Markdown costs every build ~0.03 s: a site of plain articles never pays it."""
    write_article(empty_site / "content", body=body)
    script = (
        "import sys\nfrom generator.build import build_site\nfrom generator.config import load_config\n"
        f"build_site(load_config({str(empty_site)!r}), search=False)\nprint('markdown' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == str(imported)
    assert ("<li>一项</li>" in (empty_site / "output/2021/01/05/ce-shi-wen-zhang/index.html").read_text(encoding="utf-8")) == imported


# -- a page's plain text written as Markdown by the importer -------------------------------------------
PAGE_TEXT_CHARACTERS = st.sampled_from(list("本报讯社区,。“”ab1 \u3000<>&*_`[]()!\\#|~-+=>.:'\"/0123456789") + ["&amp;", "<b>", "**", "---", "1. ", "- "])
PAGE_PARAGRAPH = st.lists(PAGE_TEXT_CHARACTERS, min_size=1, max_size=30).map("".join).map(str.strip).filter(bool)


@settings(max_examples=600, deadline=None)
@given(PAGE_PARAGRAPH)
@example("#管城好人#评选活动正式启动")
@example("7*24小时，5*8小时")
@example("2020. 这一年")
@example("[文字](不是链接)")
@example("---")
@example("<b>粗</b> &amp; 1<2")
def test_page_text_escaped_renders_as_exactly_that_text(text):
    html = RENDERER.render(escape_markdown(text))
    assert html.startswith("<p>") and html.endswith("</p>") and html.count("<") == 2  # one paragraph, no other tag
    assert plain_text(html) == " ".join(text.split())
