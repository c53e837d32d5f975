"""An editor's open pages in `newsarchive serve`: each shows what the last build made, or its error, after every save."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from ..conftest import write_article
from ..test_open_pages import SLOW_APPLY
from ..test_serve import ARTICLE_URL, serving

pytestmark = pytest.mark.browser

ERROR_TITLE = "document.title.includes('构建失败')"
# Every build's pages after the open ones take 1.5 s more to render: what comes after the open pages are ready is seen apart.
SLOW_REST = """
import time, generator.build
real_render = generator.build._Builder._render
def _render(self, planned, *args, **kwargs):
    if len(planned) > 1:
        time.sleep(1.5)
    return real_render(self, planned, *args, **kwargs)
generator.build._Builder._render = _render
"""


def shows(text: str) -> str:
    return f"document.body !== null && document.body.innerText.includes({text!r})"


def h1_is(text: str) -> str:
    return f"document.querySelector('h1') && document.querySelector('h1').textContent.trim() === {text!r}"


def retitle(article, title: str) -> None:
    text = article.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title: "))
    article.write_text(text.replace(old, f"title: {title}", 1), encoding="utf-8")


@pytest.fixture
def article(empty_site):
    return write_article(empty_site / "content", title="社区开展冬日慰问活动")


def test_the_save_that_mends_a_broken_one_shows_the_page_again(empty_site, article, page, tmp_path):
    good = article.read_text(encoding="utf-8")
    with serving(empty_site, tmp_path / "serve.log", patch=SLOW_APPLY) as (url, _):
        page.goto(url + ARTICLE_URL)
        article.write_text(good.replace("date: 2021-01-05", "date: 2021-13-45"), encoding="utf-8")
        page.wait_for_function(ERROR_TITLE, timeout=5000)
        article.write_text(good.replace("社区开展冬日慰问活动", "社区开展新春慰问活动"), encoding="utf-8")
        page.wait_for_function(h1_is("社区开展新春慰问活动"), timeout=8000)


def test_a_build_that_fails_after_the_open_page_was_ready_shows_the_error(empty_site, article, page, tmp_path):
    # The article page renders; the home page, rendered after it, fails. output/ is left as it was.
    base = empty_site / "templates/base.html"
    with serving(empty_site, tmp_path / "serve.log", patch=SLOW_REST) as (url, _):
        page.goto(url + ARTICLE_URL)
        base.write_text(base.read_text(encoding="utf-8").replace("</head>", '<meta name="x" content="{{ article.title }}"></head>'), encoding="utf-8")
        page.wait_for_function(ERROR_TITLE, timeout=8000)
        assert "'article' is undefined" in page.inner_text("pre")


def test_an_open_404_page_shows_the_new_one(empty_site, article, page, tmp_path):
    base = empty_site / "templates/base.html"
    with serving(empty_site, tmp_path / "serve.log", patch=SLOW_APPLY) as (url, _):
        page.goto(url + "no-such-page/")
        for number in range(3):
            base.write_text(base.read_text(encoding="utf-8").replace("</body>", f"<p>页脚{number}</p></body>"), encoding="utf-8")
            page.wait_for_function(shows(f"页脚{number}"), timeout=8000)


@pytest.mark.parametrize("gap", [0.1, 0.2, 0.3])
def test_two_quick_saves_leave_the_open_pages_on_the_second(empty_site, article, browser, tmp_path, gap):
    # A reload sent while a page still loads is lost: the page is checked again when its live-reload script connects.
    write_article(empty_site / "content", title="邻里节活动举行", date=dt.date(2021, 1, 4), slug="lin-li-jie")
    with serving(empty_site, tmp_path / "serve.log") as (url, _):
        context = browser.new_context()
        tabs = [context.new_page() for _ in range(3)]
        for tab, path in zip(tabs, ["", ARTICLE_URL, "2021/01/"]):
            tab.goto(url + path)
        time.sleep(0.5)  # the live-reload scripts connect
        retitle(article, "标题甲")
        time.sleep(gap)
        retitle(article, "标题乙")
        for tab in tabs:
            tab.wait_for_function(shows("标题乙"), timeout=5000)
        context.close()


LOADS = "sessionStorage.loads = Number(sessionStorage.loads || 0) + 1"


def test_a_save_that_changes_no_page_reloads_no_tab(empty_site, article, page, tmp_path):
    page.add_init_script(LOADS)
    log = tmp_path / "serve.log"
    with serving(empty_site, log) as (url, _):
        page.goto(url + ARTICLE_URL)
        time.sleep(0.5)  # the live-reload script connects
        article.write_bytes(article.read_bytes())  # saved again as it was
        (empty_site / "content/notes.txt").write_text("编辑笔记", encoding="utf-8")
        wait_until_built = time.monotonic() + 5
        while log.read_text().count("built ") < 2 and time.monotonic() < wait_until_built:
            time.sleep(0.1)
        page.wait_for_timeout(1000)
        assert page.evaluate("sessionStorage.loads") == "1"


def test_a_stylesheet_saved_with_a_template_reloads_each_tab_once(empty_site, article, page, tmp_path):
    page.add_init_script(LOADS)
    style, base = empty_site / "static/style.css", empty_site / "templates/base.html"
    with serving(empty_site, tmp_path / "serve.log", patch=SLOW_APPLY) as (url, _):
        page.goto(url + ARTICLE_URL)
        time.sleep(0.5)
        style.write_text(style.read_text(encoding="utf-8") + "\nbody { outline: 1px solid red; }\n", encoding="utf-8")
        base.write_text(base.read_text(encoding="utf-8").replace("</body>", "<p>页脚</p></body>"), encoding="utf-8")
        page.wait_for_function(shows("页脚"), timeout=8000)
        page.wait_for_timeout(3000)  # output/ is updated 2 s after the page was ready
        assert page.evaluate("sessionStorage.loads") == "2", "one save, one reload"
        assert "outline: 1px solid red" in page.evaluate("fetch('/static/style.css').then(r => r.text())")


def test_a_tab_open_from_before_serve_started_is_reloaded_as_it_connects(empty_site, article, page, tmp_path):
    with serving(empty_site, tmp_path / "first.log") as (url, _):
        page.goto(url + ARTICLE_URL)
    retitle(article, "标题乙")  # while serve is stopped
    port = url.rsplit(":", 1)[1].strip("/")
    with serving(empty_site, tmp_path / "second.log", port=int(port)):
        page.wait_for_function(h1_is("标题乙"), timeout=15000)  # livereload.js reconnects by itself
