"""Property tests: re-broken, re-encoded seed pages lose and invent nothing; no input crashes the importer."""
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.content import format_article, parse_article
from generator.errors import InputError
from generator.importer.decode import compact
from generator.importer.page import read_page

from .pagekit import CONFIG, SEED_PAGE, load_expected

EXPECTED = load_expected()["articles"]
SEED_LINES = SEED_PAGE.read_text(encoding="utf-8").split("\n")
TITLES = {article["title"] for article in EXPECTED}
# Lines of article text, which a page break may cut (each at most once, as a column ends once).
BREAKABLE = [
    number
    for number, line in enumerate(SEED_LINES)
    if line.strip() and line not in TITLES and any(compact(line) in compact(p) for a in EXPECTED for p in a["paragraphs"])
]
# The byline line of each article that has no reprinted tail on the seed page, and that article.
BYLINES_WITHOUT_TAIL = {23: 0, 34: 1, 42: 2, 53: 3, 82: 5}


def cut_points(line: str):
    # Not beside a space: whitespace at a break is indistinguishable from indentation or padding.
    return st.sampled_from([i for i in range(1, len(line)) if not line[i - 1].isspace() and not line[i].isspace()])


@st.composite
def rebroken_pages(draw):
    lines = list(SEED_LINES)
    for number in draw(st.sets(st.sampled_from(BREAKABLE), max_size=12)):
        at = draw(cut_points(lines[number]))
        blanks = draw(st.integers(1, 4))
        lines[number] = lines[number][:at] + "\n" * (blanks + 1) + lines[number][at:]
    for number in draw(st.sets(st.sampled_from(sorted(BYLINES_WITHOUT_TAIL)), max_size=3)):
        text = "\n\n".join(EXPECTED[BYLINES_WITHOUT_TAIL[number]]["paragraphs"])
        start = draw(st.integers(len(text) // 2, len(text) - 2))
        lines[number] += "\n\n" + text[start:].lstrip() + "\n" + lines[number]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030"])))


@settings(max_examples=60, deadline=None)
@given(rebroken_pages())
def test_rebroken_reencoded_seed_page_keeps_every_character(data):
    page = read_page(Path("guancheng-2020-12-30.txt"), data, config=CONFIG, date=None)
    assert [article.title for article in page.articles] == [article["title"] for article in EXPECTED]
    for article, expected in zip(page.articles, EXPECTED):
        assert compact(article.body) == compact("".join(expected["paragraphs"])), expected["title"]


def test_a_break_after_本_under_a_headline_of_a_place_and_two_phrases_keeps_the_headline():
    # `…通讯员 陈思` / `十八里河街道:深入研讨,慎重推荐` / `本` / `报讯 …`: the headline is no more names of the byline above it
    # (`十八里河街道` right after a role would say where a correspondent works), found by the test above.
    lines = list(SEED_LINES)
    at = next(number for number, line in enumerate(lines) if line.startswith("本报讯 近日,十八里河街道"))
    lines[at] = lines[at][:1] + "\n\n" + lines[at][1:]
    page = read_page(Path("guancheng-2020-12-30.txt"), "\n".join(lines).encode(), config=CONFIG, date=None)
    assert [article.title for article in page.articles] == [article["title"] for article in EXPECTED]


PIECES = SEED_LINES[:40] + ["", "■活动室", "2020年12月30日 星期三", "3", "记者 柴琳琳 通讯员 张磊、王晓 文／图", "本报讯", "---", "\ufeff", "\x0c"]


def check_any_page(data: bytes) -> None:
    """The importer either reads the page, giving articles that write and read back cleanly, or raises InputError."""
    try:
        page = read_page(Path("fuzz-2020-12-30.txt"), data, config=CONFIG, date=None)
    except InputError:
        return
    for article in page.articles:
        article.slug = "x"
        back, problems = parse_article(Path("x.md"), format_article(article).encode("utf-8"))
        assert problems == []
        assert (back.title, back.body) == (article.title, article.body)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_importer(data):
    check_any_page(data)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=40), max_size=40), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_arbitrary_page_like_text_never_crashes_the_importer(pieces, encoding):
    check_any_page("\n".join(pieces).encode(encoding, "replace"))
