"""Every page under tests/importer/pages (and the seed page) gives the articles its expected json lists.

The expected json beside each page was written by hand, from what a careful
reader takes the page to say; compared after NFKC, field by field and
paragraph by paragraph.
"""
import datetime as dt

import pytest

from generator.importer.blocks import Kind
from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES, SEED_PAGE, assert_articles, load_expected

PAGES = [SEED_PAGE, *sorted(OWN_PAGES.glob("*.txt"))]


def read(path):
    return read_page(path, path.read_bytes(), config=CONFIG, date=None)


def numbers(lines):
    return {number for line in lines for number in (line.number, *line.continued_on)}


@pytest.mark.parametrize("path", PAGES, ids=[path.name for path in PAGES])
def test_page_gives_its_expected_articles(path):
    expected = load_expected(path.with_name(path.stem + ".expected.json"))
    page = read(path)
    assert page.date == dt.date.fromisoformat(expected["date"])
    assert page.encoding == expected["encoding"]
    assert_articles(page.articles, expected["articles"])


@pytest.mark.parametrize("path", PAGES, ids=[path.name for path in PAGES])
def test_every_printed_line_is_imported_or_reported(path):
    page = read(path)
    placed = set()
    for article in page.printed:
        placed |= numbers([article.title, *(line for p in article.paragraphs for line in p.lines)])
        placed |= numbers([article.byline] if article.byline else [])
    dropped = numbers(line for item in page.dropped for line in item.lines)
    assert not placed & dropped
    text = path.read_bytes().decode(page.encoding).splitlines()
    rubrics = {number for number, line in enumerate(text, 1) if line.strip().startswith("■")}
    printed = {number for number, line in enumerate(text, 1) if line.strip(" \t\u3000\ufeff")}
    assert printed - rubrics == placed | dropped


def test_stray_lines_before_the_first_headline_are_reported():
    page = read(OWN_PAGES / "guancheng-2021-05-12.txt")
    (stray,) = [item for item in page.dropped if item.lines[0].number == 2]
    assert [line.number for line in stray.lines] == [2, 3] and stray.reason == "text before a headline"


def test_a_byline_broken_by_a_page_break_is_read_whole_and_its_lines_reported():
    page = read(OWN_PAGES / "guancheng-2021-04-08.txt")
    byline = page.printed[2].byline
    assert (byline.number, byline.continued_on, byline.kind) == (33, (37,), Kind.BYLINE)
    assert str(page.articles[2].source) == "guancheng-2021-04-08.txt:26-37"
    assert [(item.lines[0].number, item.reason) for item in page.dropped if item.lines[0].number > 26] == [(35, "page number")]
