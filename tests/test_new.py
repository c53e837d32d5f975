"""`newsarchive new`: an editor starts a hand-written article, then builds the site with it."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from generator.content import parse_article

from .conftest import REPO, build


def newsarchive(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=site, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=60,
    )


def new_article(site: Path, *args: str) -> Path:
    """Run `newsarchive new` and return the file it says it wrote."""
    result = newsarchive(site, "new", *args)
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.strip().removeprefix("wrote "))
    return written if written.is_absolute() else site / written


def test_new_writes_a_skeleton_with_a_pinyin_slug_that_builds(empty_site):
    path = new_article(empty_site, "南关街街道举行换届选举", "--date", "2021-01-05",
                       "--subdistrict", "南关街街道", "--community", "豫丰社区", "--tags", "换届、党建")
    assert path.parent == empty_site / "content"
    article, problems = parse_article(path, path.read_bytes())
    assert problems == []
    assert article.slug == "nan-guan-jie-jie-dao-ju-xing-huan-jie-xuan-ju"
    assert (article.title, article.date) == ("南关街街道举行换届选举", dt.date(2021, 1, 5))
    assert (article.subdistrict, article.community, article.tags) == ("南关街街道", "豫丰社区", ["换届", "党建"])

    # A draft until its text is written: left out of the site.
    assert article.draft and "draft: true\n" in path.read_text(encoding="utf-8")
    assert build(empty_site).drafts == 1
    assert not (empty_site / "output/2021/01/05" / article.slug).exists()
    path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", "").replace("本报讯 ", "本报讯 近日，南关街街道举行换届选举。"), encoding="utf-8")
    build(empty_site)
    page = BeautifulSoup((empty_site / "output/2021/01/05" / article.slug / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.h1.get_text(strip=True) == "南关街街道举行换届选举"
    links = {a.get_text(strip=True): a["href"] for a in page.find_all("a")}
    assert links["南关街街道"] == "/subdistricts/nan-guan-jie-jie-dao/"
    assert links["换届"] == "/tags/huan-jie/"


def test_the_same_title_twice_gets_a_second_slug_and_both_build(empty_site):
    first = new_article(empty_site, "社区包饺子", "--date", "2021-01-05")
    second = new_article(empty_site, "社区包饺子", "--date", "2021-01-05")
    assert first != second and first.read_text(encoding="utf-8") != ""
    slugs = [parse_article(path, path.read_bytes())[0].slug for path in (first, second)]
    assert slugs == ["she-qu-bao-jiao-zi", "she-qu-bao-jiao-zi-2"]
    # An article kept in a subfolder of content/ holds its slug too, as the build reads it.
    (empty_site / "content/2021").mkdir()
    second.rename(empty_site / "content/2021" / second.name)
    third = new_article(empty_site, "社区包饺子", "--date", "2021-01-05")
    slugs.append(parse_article(third, third.read_bytes())[0].slug)
    assert slugs[2] == "she-qu-bao-jiao-zi-3"
    for path in (first, empty_site / "content/2021" / second.name, third):
        path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")  # published
    build(empty_site)
    for slug in slugs:
        assert (empty_site / "output/2021/01/05" / slug / "index.html").is_file()


def test_new_without_a_date_is_dated_today_and_tagged_by_the_config_rules(empty_site):
    path = new_article(empty_site, "北下街街道换届工作推进会")
    article, _ = parse_article(path, path.read_bytes())
    assert article.date == dt.date.today()
    # newsarchive.yml: titles containing 换届 get the 换届 tag.
    assert article.tags == ["换届"]


def test_new_with_an_empty_title_is_refused(empty_site):
    result = newsarchive(empty_site, "new", "  ")
    assert result.returncode == 2 and "title" in result.stderr and "Traceback" not in result.stderr
    assert list((empty_site / "content").iterdir()) == []
