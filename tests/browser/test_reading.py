"""Reading articles and lists in Chromium: long URLs and code stay inside the column, a link the sanitizer
emptied reads as text, and headlines are drawn in a Chinese font, quotation marks included."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.build import load_articles

from ..conftest import REPO, build, copy_site, write_article
from .conftest import DESKTOP, PHONE, screenshot

pytestmark = pytest.mark.browser

LONG_URL = "https://www.guancheng.gov.cn/news/2020/12/30/" + "a" * 70 + "/index.html?query=1&other=2"
LONG_BODY = f"""本报讯 详见 {LONG_URL} 以及更多内容。

另见 <https://example.org/{"very" * 15}longautolink/path/>。

代码: `{"very" * 15}_long_inline_code_without_breaks`

    a_code_block_line_{"very" * 15}_long = 1

| 网址 | 说明 |
| --- | --- |
| https://example.org/{"very" * 12}longcell | 很长的表格内容 |
"""
# Unbroken Latin strings, each starting where a line has room for only part of it on a 390 px phone.
LATIN_BODY = """本报讯 近日，社区在官网发布通知，详见 https://www.guancheng.gov.cn/news/2020/12/30/notice-about-the-community-election/index.html 了解更多内容。

居民可登录 WWW.GUANCHENGDISTRICTGOVERNMENTPORTAL.COM 查询，或拨打热线咨询，社区工作人员将耐心解答居民提出的问题。

活动现场，志愿者向居民讲解 ParticipatoryBudgetingAndCommunityGovernance 的做法，大家纷纷表示受益匪浅。
"""
# In the bundled sample content.
QUOTED = next(article for article in load_articles(REPO / "content") if "“" in article.title)
CHINESE_FONTS = {"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Zen Hei"}

# Right edge of every piece of text outside code blocks, and of the column it should stay in.
TEXT_EDGES_JS = """
column => {
  const box = document.querySelector(column).getBoundingClientRect();
  const walker = document.createTreeWalker(document.querySelector(column), NodeFilter.SHOW_TEXT);
  const outside = [];
  for (let node; (node = walker.nextNode());) {
    if (!node.textContent.trim() || node.parentElement.closest('pre')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const right = range.getBoundingClientRect().right;
    if (right > box.right + 1) outside.push(`${Math.round(right)} > ${Math.round(box.right)}: ${node.textContent.slice(0, 30)}`);
  }
  return outside;
}
"""
# Per paragraph: its widest Chinese character on a justified line (all but its last), in font sizes. A line spread
# wide apart draws each character far wider than the font size; unjustified, each is one font size wide.
WIDEST_CHINESE_CHARACTER_JS = """
selector => [...document.querySelectorAll(selector)].map(p => {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const chars = [];
  for (let node; (node = walker.nextNode());) {
    for (let i = 0; i < node.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box) chars.push([node.data[i], box]);
    }
  }
  const lastLine = chars[chars.length - 1][1].top;
  const widths = chars.filter(([c, box]) => /[\u4e00-\u9fff]/.test(c) && box.top < lastLine - 2).map(([, box]) => box.width);
  return Math.max(0, ...widths) / parseFloat(getComputedStyle(p).fontSize);
})
"""
STARTS_ON_FIRST_LINE_JS = """
element => {
  const line = document.createRange();
  line.selectNodeContents(element.closest('p'));
  return Math.abs(element.getClientRects()[0].top - line.getClientRects()[0].top) < 2;
}
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("reading") / "site")
    write_article(root / "content", title="社区开展“迎新春”活动", slug="chang-wang-zhi", date=dt.date(2021, 1, 6), tags=["换届"], body=LONG_BODY)
    write_article(root / "content", title="社区开展冬日慰问活动", slug="js-link", date=dt.date(2021, 1, 5),
                  body="本报讯 近日,社区开展冬日慰问活动,详见[活动页面](javascript:alert(1))。")
    write_article(root / "content", title="社区发布换届选举通知", slug="la-ding", date=dt.date(2021, 1, 4), body=LATIN_BODY)
    build(root)
    return root / "output"


@pytest.fixture
def open_page(browser, static_server, site):
    contexts = []

    def go(path: str, viewport=PHONE):
        context = browser.new_context(viewport=viewport, locale="zh-CN")
        contexts.append(context)
        page = context.new_page()
        page.goto(static_server(site) + path)
        page.wait_for_load_state("networkidle")
        return page

    yield go
    for context in contexts:
        context.close()


def scrolls_sideways(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_long_urls_and_code_wrap_inside_the_article_column(open_page, viewport):
    page = open_page("2021/01/06/chang-wang-zhi/", PHONE if viewport == "phone" else DESKTOP)
    screenshot(page, f"reading-long-url-{viewport}")
    assert not scrolls_sideways(page)
    assert page.evaluate(TEXT_EDGES_JS, ".article") == []
    # A link or inline code goes on from the words before it, rather than leaving their line to be justified wide apart.
    for element in (".article .body p a", ".article .body p code"):
        assert page.eval_on_selector(element, STARTS_ON_FIRST_LINE_JS), element
    # A code block keeps its lines and scrolls inside itself.
    assert page.evaluate("(p => p.scrollWidth > p.clientWidth && getComputedStyle(p).overflowX === 'auto')(document.querySelector('.article pre'))")


def test_a_bare_url_or_long_latin_word_does_not_spread_a_justified_line_on_a_phone(open_page):
    """Kept whole, such a string went to the next line, leaving 居 民 可 登 录 spread across the line before it."""
    page = open_page("2021/01/04/la-ding/")
    screenshot(page, "reading-long-latin-phone")
    assert not scrolls_sideways(page)
    widest = page.evaluate(WIDEST_CHINESE_CHARACTER_JS, ".article .body p")
    assert len(widest) == 3 and max(widest) < 1.5, widest


@pytest.mark.parametrize("path", ["", "tags/huan-jie/"])
def test_a_long_url_in_a_list_excerpt_wraps_on_a_phone(open_page, path):
    page = open_page(path)
    assert LONG_URL[:30] in page.inner_text("main")
    assert not scrolls_sideways(page)
    assert page.evaluate(TEXT_EDGES_JS, "main") == []


def test_a_link_the_sanitizer_emptied_reads_as_plain_text(open_page):
    """[活动页面](javascript:…) is kept as an <a> with no address: it must not look like a link that does nothing."""
    page = open_page("2021/01/05/js-link/")
    link, paragraph = page.locator(".article .body a"), page.locator(".article .body p")
    assert link.inner_text() == "活动页面" and link.get_attribute("href") is None
    style = "(element, name) => getComputedStyle(element)[name]"
    assert link.evaluate(style, "color") == paragraph.evaluate(style, "color")
    assert link.evaluate(style, "textDecorationLine") == "none"


def test_a_headline_is_drawn_in_a_chinese_font_quotation_marks_included(open_page):
    """“谈心谈话”: with a Latin font first in the list, the quotation marks came from it, narrow and set apart."""
    page = open_page(QUOTED.url)
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    document = cdp.send("DOM.getDocument")["root"]["nodeId"]
    heading = cdp.send("DOM.querySelector", {"nodeId": document, "selector": "h1"})["nodeId"]
    fonts = {font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": heading})["fonts"]}
    assert fonts and fonts <= CHINESE_FONTS, fonts
