"""Search as a reader uses it: type Chinese words into /search/, read the results, filter them."""
from __future__ import annotations

import re
import time

import pytest
from bs4 import BeautifulSoup

from generator.build import load_articles

from ..conftest import REPO, build, build_with_search, copy_site

pytestmark = pytest.mark.browser

BASE_PATH = "/archive/"
ARTICLES = load_articles(REPO / "content")


def titles_mentioning(word: str) -> set[str]:
    """The bundled articles a reader expects for `word`: those whose text or byline names it."""
    return {
        article.title
        for article in ARTICLES
        if any(word in text for text in (article.title, article.body, article.community or "", *article.reporters, *article.correspondents))
    }


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    """The bundled site with its search index, published under a sub-path (Pagefind needs the base URL)."""
    root = copy_site(tmp_path_factory.mktemp("search") / "site")
    result = build_with_search(root, base_url=BASE_PATH)
    assert result.search.ran, result.search.message
    return root / "output"


@pytest.fixture
def search_page(page, static_server, search_site):
    base = static_server(search_site, BASE_PATH)
    page.goto(base + "search/")
    page.wait_for_selector(".pagefind-ui__search-input")
    return page


# Pagefind's UI says 正在搜索 [word]... while it searches, then 找到 N 个 [word] 的相关结果 (or 未找到 …), and fills its
# results in as their fragments load (the first five, with a button for more): done when they are all there.
RESULTS_SHOWN_JS = """word => {
    const message = (document.querySelector('.pagefind-ui__message') || {}).textContent || '';
    if (!message.includes(word) || !message.includes('结果')) return false;
    const count = Number((message.match(/找到\\s*(\\d+)/) || [0, 0])[1]);
    const shown = document.querySelectorAll('.pagefind-ui__result-link').length;
    const whole = [...document.querySelectorAll('.pagefind-ui__result')].every(
        result => result.querySelector('.pagefind-ui__result-link') && result.querySelector('.pagefind-ui__result-excerpt'));
    return whole && (shown === count || (shown > 0 && document.querySelector('.pagefind-ui__button') !== null));
}"""
# Read in one go, in the page: Pagefind replaces a result's elements as its fragment loads (a CI run under load read
# a result between the two, its link there and its excerpt not).
RESULTS_JS = """results => results.map(result => [
    result.querySelector('.pagefind-ui__result-link').innerText, result.querySelector('.pagefind-ui__result-excerpt').innerHTML])"""


def search(page, word: str) -> dict[str, str]:
    """Type `word` and wait for the results: {title: excerpt HTML}."""
    page.fill(".pagefind-ui__search-input", word)
    page.wait_for_function(RESULTS_SHOWN_JS, arg=word)
    return dict(page.eval_on_selector_all(".pagefind-ui__result", RESULTS_JS))


@pytest.mark.parametrize("word", ["饺子", "换届", "老旧小区", "郑汴路社区", "薛新芳"])
def test_chinese_words_find_the_right_articles_with_highlighted_excerpts(search_page, word):
    expected = titles_mentioning(word)
    assert expected, f"the bundled content no longer mentions {word}"
    results = search(search_page, word)
    assert set(results) == expected
    assert all("<mark>" in excerpt for excerpt in results.values())


def chinese(text: str) -> str:
    """Only the Chinese characters: Pagefind joins the blocks of a page with '. ' and may cut inside a word."""
    return "".join(re.findall(r"[\u4e00-\u9fff]", text))


@pytest.mark.parametrize("word", ["饺子", "换届"])
def test_excerpts_are_a_sentence_or_two_of_the_text_around_the_word(search_page, word):
    """Not the headline again (the result shows it above the excerpt), and not a dozen characters."""
    bodies = {article.title: chinese(article.body) for article in ARTICLES}
    for title, excerpt in search(search_page, word).items():
        text = BeautifulSoup(excerpt, "html.parser").get_text()
        assert len(text) > 30 and chinese(text) in bodies[title], (title, text)


def test_a_word_only_in_a_headline_finds_its_article(search_page):
    """The headline is searched too (Pagefind finds a word inside a Chinese title in its metadata only at its start)."""
    assert titles_mentioning("放松") == {"南关街街道:“谈心谈话”确保思想不放松"}
    assert set(search(search_page, "放松")) == titles_mentioning("放松")


# Space between the text of two marks side by side on a line: Pagefind marks 换届 as <mark>换</mark><mark>届</mark>.
GAPS_INSIDE_MARKED_WORDS_JS = """
marks => marks.filter(mark => mark.nextSibling && mark.nextSibling.nodeName === 'MARK').map(mark => {
  const text = element => { const range = document.createRange(); range.selectNodeContents(element); return range.getBoundingClientRect(); };
  const [left, right] = [text(mark), text(mark.nextSibling)];
  return left.top === right.top ? right.left - left.right : null;
}).filter(gap => gap !== null)
"""


def test_a_highlighted_word_is_not_split_by_a_gap(search_page):
    search(search_page, "换届")
    gaps = search_page.eval_on_selector_all(".pagefind-ui__result-excerpt mark", GAPS_INSIDE_MARKED_WORDS_JS)
    assert gaps and all(abs(gap) < 0.5 for gap in gaps), gaps


def test_the_search_box_and_results_are_in_the_sites_fonts(search_page):
    search(search_page, "饺子")
    fonts = search_page.eval_on_selector_all(
        "body, .pagefind-ui__search-input, .pagefind-ui__result-title, .pagefind-ui__result-excerpt",
        "elements => elements.map(element => getComputedStyle(element).fontFamily)",
    )
    assert len(fonts) > 3 and set(fonts) == {fonts[0]}, set(fonts)


def test_a_reporters_name_finds_all_their_articles(search_page):
    name = ARTICLES[0].reporters[0]
    expected = titles_mentioning(name)
    search(search_page, name)
    assert str(len(expected)) in search_page.inner_text(".pagefind-ui__message")


def test_a_word_that_appears_nowhere_gives_no_results(search_page):
    word = "鲸鲨"
    corpus = "".join(a.title + a.body + "".join(a.reporters + a.correspondents) for a in ARTICLES)
    assert not any(character in corpus for character in word)
    assert search(search_page, word) == {}
    assert "未找到" in search_page.inner_text(".pagefind-ui__message")


def filter_values(article) -> dict[str, list[str]]:
    """The filters a reader can tick for an article: its subdistrict and its tags."""
    return {"街道": [article.subdistrict] if article.subdistrict else [], "标签": list(article.tags)}


def test_beside_the_results_the_subdistrict_and_tag_filters_stand_open(search_page):
    """Pagefind opened them all only when the first to load came alone, so a reader saw them open or shut by chance."""
    search(search_page, "社区")
    filters = search_page.locator(".pagefind-ui__filter-block")
    filters.nth(1).wait_for()  # they load one at a time, after the results can show
    states = filters.evaluate_all("blocks => blocks.map(block => [block.querySelector('summary').textContent, block.open])")
    assert sorted(states) == [["标签", True], ["街道", True]]


@pytest.mark.parametrize("word, filter_name", [("饺子", "街道"), ("社区", "标签")])
def test_results_filter_by_subdistrict_and_tag(search_page, word, filter_name):
    found = titles_mentioning(word)
    value = next(v for a in ARTICLES if a.title in found for v in filter_values(a)[filter_name])
    search(search_page, word)
    search_page.check(f"input[name='{filter_name}'][value='{value}']")
    expected = {a.title for a in ARTICLES if a.title in found and value in filter_values(a)[filter_name]}
    assert expected < found  # the filter must leave some results out, or this test proves nothing
    # Pagefind's UI fills its results in as they load: the right number of results can show an old title for a moment.
    deadline = time.monotonic() + 10
    while shown_titles(search_page) != expected and time.monotonic() < deadline:
        search_page.wait_for_timeout(50)
    assert shown_titles(search_page) == expected


def shown_titles(page) -> set[str]:
    """The result titles on the page, read in one go (results are replaced while they load)."""
    return set(page.eval_on_selector_all(".pagefind-ui__result-link", "links => links.map(link => link.innerText)"))


def test_header_box_leads_to_results(page, static_server, search_site):
    base = static_server(search_site, BASE_PATH)
    page.goto(base)
    page.fill(".site-search input", "老旧小区")
    page.press(".site-search input", "Enter")
    page.wait_for_selector(".pagefind-ui__result-link")
    assert page.inner_text(".pagefind-ui__result-link") in titles_mentioning("老旧小区")


def test_without_an_index_the_box_is_hidden_and_the_page_says_so(page, static_server, tmp_path):
    root = copy_site(tmp_path / "site")
    build(root)  # search skipped
    base = static_server(root / "output")
    page.goto(base)
    page.wait_for_load_state("networkidle")
    assert not page.is_visible(".site-search")
    page.goto(base + "search/")
    page.wait_for_load_state("networkidle")
    assert page.is_visible("#search-unavailable")
    assert "搜索暂不可用" in page.inner_text("main")


def test_results_show_the_date_as_the_site_writes_it(search_page):
    search(search_page, "饺子")
    shown = [result.inner_text() for result in search_page.query_selector_all(".pagefind-ui__result")]
    assert shown and all(re.search(r"日期: ?\d{4}年\d{1,2}月\d{1,2}日", text) for text in shown), shown
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", text) for text in shown)
