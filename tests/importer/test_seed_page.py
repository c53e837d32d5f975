"""The seed page gives exactly the seven articles of its expected json."""
import datetime as dt
import io

from generator.content import format_article, parse_article
from generator.importer import run_import
from generator.importer.page import read_page

from .pagekit import CONFIG, REPO, SEED_PAGE, assert_articles, load_expected


def read_seed():
    return read_page(SEED_PAGE, SEED_PAGE.read_bytes(), config=CONFIG, date=None)


def test_seed_page_gives_the_expected_articles():
    expected = load_expected()
    page = read_seed()
    assert page.date == dt.date.fromisoformat(expected["date"])
    assert page.encoding == expected["encoding"]
    assert all(article.date == page.date for article in page.articles)
    assert_articles(page.articles, expected["articles"])


def test_seed_articles_carry_their_line_ranges_on_the_page():
    sources = [str(article.source) for article in read_seed().articles]
    assert sources[0] == "guancheng-2020-12-30.txt:3-24"
    assert sources[1] == "guancheng-2020-12-30.txt:28-35"
    lines = SEED_PAGE.read_text(encoding="utf-8").split("\n")
    for article in read_seed().articles:
        assert lines[article.source.first_line - 1] == article.title
        assert lines[article.source.last_line - 1].startswith("记者")


def test_repeated_tails_and_page_breaks_are_reported():
    page = read_seed()
    dropped = {(d.lines[0].number, d.lines[-1].number): d.reason for d in page.dropped}
    assert dropped[(69, 73)].startswith("repeated column tail")
    assert dropped[(74, 74)] == "repeated byline"
    assert dropped[(93, 94)].startswith("repeated column tail")
    assert dropped[(95, 95)] == "repeated byline"
    joined = [(p.first, p.last) for a in page.printed for p in a.paragraphs if len(p.lines) > 1]
    assert joined == [(11, 15), (78, 82), (87, 89)]


def test_written_articles_read_back_unchanged():
    for article in read_seed().articles:
        article.slug = "x"
        back, problems = parse_article(SEED_PAGE, format_article(article).encode("utf-8"))
        assert problems == []
        assert (back.title, back.body, back.source, back.tags) == (article.title, article.body, article.source, article.tags)


def test_repository_content_is_what_the_importer_writes_for_the_seed_page():
    out = io.StringIO()
    run_import([SEED_PAGE], config=CONFIG, content_dir=REPO / "content", date=None, dry_run=True, force=False, verbose=False, out=out)
    assert "7 unchanged" in out.getvalue()
