"""A reader in Chromium: home → subdistrict → article, at the root and under a sub-path; an editor's page reloading by itself."""
from __future__ import annotations

import json
import re

import pytest

from ..conftest import SEED_PAGES, build, write_article
from ..test_open_pages import SLOW_APPLY
from ..test_serve import serving
from .conftest import PHONE, screenshot

pytestmark = pytest.mark.browser

ARTICLES = json.loads((SEED_PAGES / "guancheng-2020-12-30.expected.json").read_text(encoding="utf-8"))["articles"]


def h1(page) -> str:
    return page.locator("h1").inner_text().strip()


def test_click_from_home_to_a_subdistrict_and_an_article(site_dir, static_server, page):
    build(site_dir)
    page.goto(static_server(site_dir / "output"))
    assert h1(page) == "管城新闻档案"
    screenshot(page, "browse-home-desktop")

    page.get_by_role("link", name=re.compile(r"^南关街街道 \d+$")).click()  # the chip with its count
    assert h1(page) == "南关街街道"
    assert page.url.endswith("/subdistricts/nan-guan-jie-jie-dao/")
    screenshot(page, "browse-subdistrict-desktop")

    newest = next(a for a in ARTICLES if a["subdistrict"] == "南关街街道")
    page.locator("main").get_by_role("link", name=newest["title"]).click()
    assert h1(page) == newest["title"]
    assert page.locator(".byline").inner_text().startswith("记者")
    screenshot(page, "browse-article-desktop")

    page.set_viewport_size(PHONE)
    screenshot(page, "browse-article-phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways on a phone"


def test_browse_under_a_sub_path(site_dir, static_server, page):
    build(site_dir, base_url="/archive/")
    page.goto(static_server(site_dir / "output", "/archive/"))
    page.get_by_role("link", name=re.compile(r"^换届 \d+$")).click()
    assert h1(page) == "换届" and "/archive/tags/huan-jie/" in page.url
    elections = [a["title"] for a in ARTICLES if "换届" in a["tags_include"]]
    page.locator("main").get_by_role("link", name=elections[0]).click()
    assert h1(page) == elections[0] and "/archive/2020/12/30/" in page.url
    # The stylesheet loaded from under the sub-path too.
    assert page.evaluate("document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0")
    screenshot(page, "browse-article-under-sub-path")


def test_the_open_page_reloads_after_an_edit(empty_site, page, tmp_path):
    article = write_article(empty_site / "content", title="社区开展冬日慰问活动")
    page.add_init_script("sessionStorage.loads = Number(sessionStorage.loads || 0) + 1")
    # output/ is updated 2 s after the open page is ready: a second reload, once it is, would be seen.
    with serving(empty_site, tmp_path / "serve.log", patch=SLOW_APPLY) as (url, _):
        page.goto(url + "2021/01/05/ce-shi-wen-zhang/")
        assert h1(page) == "社区开展冬日慰问活动"
        article.write_text(article.read_text(encoding="utf-8").replace("社区开展冬日慰问活动", "社区开展新春慰问活动"), encoding="utf-8")
        page.wait_for_function("document.querySelector('h1').textContent.trim() === '社区开展新春慰问活动'", timeout=5000)
        page.wait_for_timeout(3000)
        assert page.evaluate("sessionStorage.loads") == "2", "one save, one reload"

        article.write_text(article.read_text(encoding="utf-8").replace("date: 2021-01-05", "date: 2021-13-45"), encoding="utf-8")
        page.wait_for_function("document.title.includes('构建失败')", timeout=5000)
        screenshot(page, "browse-serve-build-error")
