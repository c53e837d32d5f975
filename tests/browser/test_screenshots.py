"""Screenshots of the main pages at phone and desktop widths (and one in dark mode), plus the basics a
Lighthouse-style audit checks: a title, one h1, alt text, readable contrast, no web fonts to shift the layout.

The PNGs land in tests/artifacts/ for a person to look at.
"""
from __future__ import annotations

import pytest

from generator.build import load_articles

from ..conftest import REPO, build_with_search, copy_site
from .conftest import DESKTOP, PHONE, screenshot

pytestmark = pytest.mark.browser

ARTICLE = load_articles(REPO / "content")[0]
PAGES = {
    "home": "",
    "article": ARTICLE.url,
    "subdistrict": "subdistricts/bei-xia-jie-jie-dao/",
    "huanjie": "tags/huan-jie/",
    "search": "search/?q=饺子",
    "archive": "archive/",
    "issue": ARTICLE.date.strftime("%Y/%m/%d/"),
}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}

# Contrast of every visible text against its nearest opaque background (WCAG relative luminance).
CONTRAST_JS = """
() => {
  const parse = c => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0.5) return c;
    }
    return [255, 255, 255];
  };
  const worst = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
    const a = lum(parse(getComputedStyle(el).color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) worst.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${el.textContent.trim().slice(0, 20)}"`);
  }
  return worst;
}
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("shots") / "site")
    build_with_search(root)
    return root / "output"


def open_page(browser, static_server, site, path, viewport, color_scheme="light"):
    context = browser.new_context(viewport=viewport, locale="zh-CN", color_scheme=color_scheme)
    page = context.new_page()
    page.goto(static_server(site) + path)
    page.wait_for_load_state("networkidle")
    if path.startswith("search/"):
        page.wait_for_selector(".pagefind-ui__result mark")
    return page


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGES)
def test_page_screenshot_and_basics(browser, static_server, site, name, viewport):
    page = open_page(browser, static_server, site, PAGES[name], VIEWPORTS[viewport])
    try:
        screenshot(page, f"{name}-{viewport}")
        assert page.title().strip()
        assert page.locator("h1").count() == 1
        assert page.locator("img:not([alt])").count() == 0
        # No horizontal scrolling on a phone.
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        # System fonts only: no web font that could arrive late and move the text.
        assert page.evaluate("document.fonts.size") == 0
        assert page.evaluate(CONTRAST_JS) == []
    finally:
        page.context.close()


@pytest.mark.parametrize("name", ["article", "search"])
def test_dark_mode_follows_the_system(browser, static_server, site, name):
    page = open_page(browser, static_server, site, PAGES[name], PHONE, color_scheme="dark")
    try:
        screenshot(page, f"{name}-phone-dark")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert sum(int(v) for v in background[4:-1].split(",")) < 3 * 64, background
        assert page.evaluate(CONTRAST_JS) == []
    finally:
        page.context.close()


def test_print_hides_navigation(browser, static_server, site):
    page = open_page(browser, static_server, site, PAGES["article"], DESKTOP)
    try:
        page.emulate_media(media="print")
        assert not page.is_visible(".site-nav") and not page.is_visible(".neighbours")
        assert page.is_visible(".article h1")
    finally:
        page.context.close()
