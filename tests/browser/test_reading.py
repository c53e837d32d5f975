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
