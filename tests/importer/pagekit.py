"""Helpers for the importer tests: the seed page, its expected articles, and pages composed from them.

`compose_page` prints expected articles the way the newspaper does (rubric,
headline, paragraphs, byline), with knobs for the variations real pages show.
`assert_articles` compares imported articles with expected ones after NFKC,
as the issue asks.
"""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

from generator.config import load_config
from generator.importer.page import read_page

REPO = Path(__file__).resolve().parents[2]
SEED_DIR = REPO.parent / "shared" / "pages"
SEED_PAGE = SEED_DIR / "guancheng-2020-12-30.txt"
SEED_EXPECTED = SEED_DIR / "guancheng-2020-12-30.expected.json"
OWN_PAGES = Path(__file__).resolve().parent / "pages"
CONFIG = load_config(REPO)
# Forms a page composed in a test arrives in: as typed, in the archive's other encoding and line ends, and with its
# punctuation half-width (NFKC folds the full-width marks to it; `。` and the quotes have no half-width form).
_HALF_WIDTH = str.maketrans("，：；（）！？", ",:;()!?")
PAGE_FORMS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "gb18030 CRLF": lambda text: text.replace("\n", "\r\n").encode("gb18030"),
    "half-width punctuation": lambda text: text.translate(_HALF_WIDTH).encode("utf-8"),
}
# A page break as the archive prints one: blank lines and a running head.
PAGE_BREAK = "\n\n\n2021年2月3日　星期三　第3版\n\n"


def nfkc(text):
    return unicodedata.normalize("NFKC", text) if isinstance(text, str) else text


def load_expected(path: Path = SEED_EXPECTED) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def byline_text(article: dict, separator: str = " ", photo_mark: str = "文/图") -> str:
    parts = []
    if article["reporters"]:
        parts.append("记者 " + separator.join(article["reporters"]))
    if article["correspondents"]:
        parts.append("通讯员 " + separator.join(article["correspondents"]))
    if article["photo"]:
        parts.append(photo_mark)
    return " ".join(parts)


def compose_page(
    articles: list[dict],
    *,
    indent: str = "",
    between: list[str] = (),
    breaks: dict[int, tuple[int, int]] | None = None,
    name_separator: str = " ",
    photo_mark: str = "文/图",
) -> str:
    """A page printing `articles` in order.

    `between`: furniture lines printed between articles; `breaks`: article
    index → (character offset in its first paragraph, blank lines) where a
    page break falls, with `between` printed inside the break as well.
    """
    lines: list[str] = []
    section = None
    for index, article in enumerate(articles):
        if index:
            lines += ["", *between, ""]
        if article["section"] != section:
            section = article["section"]
            lines += [f"■{section}", ""]
        lines += [article["title"], ""]
        for number, paragraph in enumerate(article["paragraphs"]):
            if number == 0 and breaks and index in breaks:
                offset, blanks = breaks[index]
                inside = [""] * blanks + (list(between) + [""] if between else [])
                lines += [indent + paragraph[:offset], *inside, paragraph[offset:]]
            else:
                lines.append(indent + paragraph)
            lines.append("")
        lines[-1] = byline_text(article, name_separator, photo_mark)
    return "\n".join(lines) + "\n"


def read_in_form(text: str, form: str):
    """The page `text`, in the form named `form` (see PAGE_FORMS), read."""
    return read_page(OWN_PAGES / "page.txt", PAGE_FORMS[form](text), config=CONFIG, date=dt.date(2021, 2, 3))


def assert_articles(articles, expected: list[dict]) -> None:
    """Imported `articles` equal `expected` in every field and paragraph, after NFKC."""
    assert [nfkc(a.title) for a in articles] == [nfkc(e["title"]) for e in expected]
    for article, want in zip(articles, expected):
        got = {
            "section": nfkc(article.section),
            "subdistrict": article.subdistrict,
            "community": article.community,
            "reporters": article.reporters,
            "correspondents": article.correspondents,
            "photo": article.photo,
            "paragraphs": [nfkc(p) for p in article.body.split("\n\n")],
        }
        wanted = {key: nfkc(want[key]) if key == "section" else want[key] for key in got}
        wanted["paragraphs"] = [nfkc(p) for p in want["paragraphs"]]
        assert got == wanted, want["title"]
        assert set(want["tags_include"]) <= set(article.tags), want["title"]
