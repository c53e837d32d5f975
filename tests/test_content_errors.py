"""Bad input, as an editor meets it through `newsarchive build`: every problem named by file, line and field, all at once, exit 2, output/ untouched."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import serve
from generator.config import load_config

from .conftest import REPO, write_article


def newsarchive(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=site, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=60,
    )


def run_build(site: Path, *options: str) -> subprocess.CompletedProcess:
    return newsarchive(site, "build", "--no-search", *options)


def line_of(path: Path, start: str) -> int:
    """The 1-based line of `path` that starts with `start`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(start))


def edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def failed_build(site: Path) -> str:
    """Build, expect the editor's kind of failure, and return what it printed."""
    result = run_build(site)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def reported(stderr: str, path: Path, line: int, field: str | None) -> str:
    """The message reported for `path` at `line` (and `field`); fails if there is none."""
    where = re.escape(f"{path}:{line}: ") + (re.escape(f"{field}: ") if field else "")
    match = re.search(where + "(.+)", stderr)
    assert match, f"nothing reported at {path.name}:{line} {field or ''}:\n{stderr}"
    return match.group(1)


@pytest.fixture
def article(empty_site: Path) -> Path:
    return write_article(empty_site / "content", title="社区开展冬日慰问活动", subdistrict="北下街街道")


def test_missing_title(empty_site, article):
    edit(article, "title: 社区开展冬日慰问活动\n", "")
    message = reported(failed_build(empty_site), article, 2, "title")
    assert "missing" in message


def test_bad_date(empty_site, article):
    edit(article, "date: 2021-01-05", "date: 2020-13-45")
    message = reported(failed_build(empty_site), article, line_of(article, "date:"), "date")
    assert "2020-13-45" in message and "YYYY-MM-DD" in message


def test_unknown_key_suggests_the_known_one(empty_site, article):
    edit(article, "subdistrict:", "subdistict:")
    message = reported(failed_build(empty_site), article, line_of(article, "subdistict:"), "subdistict")
    assert "unknown" in message and "did you mean 'subdistrict'" in message


def test_slug_collision_names_both_files(empty_site, article):
    twin = empty_site / "content" / "twin.md"
    twin.write_text(article.read_text(encoding="utf-8").replace("社区开展冬日慰问活动", "另一篇文章"), encoding="utf-8")
    stderr = failed_build(empty_site)
    colliding = [path for path in (article, twin) if re.search(re.escape(f"{path}:{line_of(path, 'slug:')}: slug: "), stderr)]
    assert len(colliding) == 1, stderr
    other = twin if colliding == [article] else article
    assert str(other) in reported(stderr, colliding[0], line_of(colliding[0], "slug:"), "slug")


def test_a_slug_clash_is_reported_with_the_other_problems_of_the_file(empty_site, article):
    """Not only once those are fixed: the file's date and slug are read whatever else is wrong in it."""
    twin = empty_site / "content" / "twin.md"
    twin.write_text(article.read_text(encoding="utf-8").replace("photo: false", "photo: maybe"), encoding="utf-8")
    stderr = failed_build(empty_site)
    assert "'maybe'" in reported(stderr, twin, line_of(twin, "photo:"), "photo")
    assert str(article) in reported(stderr, twin, line_of(twin, "slug:"), "slug")
    assert "2 problems" in stderr


def test_malformed_yaml(empty_site, article):
    edit(article, "tags: []", "tags: [换届")
    message = reported(failed_build(empty_site), article, line_of(article, "tags:") + 1, None)
    assert "malformed YAML" in message


def test_a_colon_and_space_in_a_value_is_reported_with_the_line_written_in_quotes(empty_site, article):
    edit(article, "title: 社区开展冬日慰问活动", "title: 测试三: 副题")
    message = reported(failed_build(empty_site), article, line_of(article, "title:"), None)
    assert message.startswith("malformed YAML") and message.endswith("must be quoted: title: '测试三: 副题'")


@pytest.mark.parametrize("quote", ["'", '"'])
def test_an_unclosed_quote_is_reported_at_the_line_where_it_opens(empty_site, article, quote):
    edit(article, "title: 社区开展冬日慰问活动", f"title: {quote}社区开展冬日慰问活动")
    message = reported(failed_build(empty_site), article, line_of(article, "title:"), None)
    assert message.startswith("malformed YAML") and f"{quote} is not closed" in message


def test_a_field_given_twice_is_reported_at_its_second_line_with_the_other_problems(empty_site, article):
    edit(article, "title: 社区开展冬日慰问活动\n", "title: 社区开展冬日慰问活动\ntags: [换届]\n")
    edit(article, "date: 2021-01-05", "date: 2020-13-45")
    stderr = failed_build(empty_site)
    message = reported(stderr, article, line_of(article, "tags: []"), "tags")
    assert message == f"is given twice (also on line {line_of(article, 'tags: [换届]')}): keep one"
    assert "2020-13-45" in reported(stderr, article, line_of(article, "date:"), "date")


def test_every_broken_file_is_reported_in_one_run(empty_site):
    content = empty_site / "content"
    no_title = edit(write_article(content, slug="yi"), "title: 测试文章\n", "")
    bad_date = edit(write_article(content, slug="er"), "date: 2021-01-05", "date: 2020-13-45")
    typo = edit(write_article(content, slug="san"), "section:", "sectoin:")
    good = write_article(content, slug="si")
    twin = content / "twin.md"
    twin.write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    stderr = failed_build(empty_site)
    assert "4 problems" in stderr
    for path in (no_title, bad_date, typo):
        assert str(path) in stderr
    assert re.search(rf"({re.escape(str(good))}|{re.escape(str(twin))}):\d+: slug: ", stderr)


def test_a_subdistrict_newsarchive_yml_does_not_list_is_a_warning_naming_the_closest_listed_one(empty_site, article):
    """A typo (接 for 街) or a new subdistrict: build, check and new say so, with the other warnings; the site is built."""
    edit(article, "subdistrict: 北下街街道", "subdistrict: 南关接街道")
    built = run_build(empty_site, "--base-url", "/archive/")
    assert built.returncode == 0 and (empty_site / "output/2021/01/05/ce-shi-wen-zhang/index.html").is_file()
    warning = f"warning: {article}:{line_of(article, 'subdistrict:')}: subdistrict: 南关接街道 is not one of the subdistricts in newsarchive.yml (did you mean 南关街街道?)"
    assert built.stderr.splitlines()[0].startswith(warning)
    assert built.stderr.splitlines()[1].startswith("note: base_url /archive/ names no host")
    checked = newsarchive(empty_site, "check")
    assert checked.returncode == 0 and warning in checked.stderr
    written = newsarchive(empty_site, "new", "社区义诊", "--date", "2021-01-06", "--subdistrict", "南关接街道")
    path = Path(written.stdout.strip().removeprefix("wrote "))
    assert written.returncode == 0 and path.is_file()
    assert f"warning: {path}:{line_of(path, 'subdistrict:')}: subdistrict: 南关接街道 is not one" in written.stderr


def test_serve_prints_the_warnings_under_each_build(empty_site, article):
    edit(article, "subdistrict: 北下街街道", "subdistrict: 南关接街道")
    terminal = io.StringIO()
    assert serve.rebuild(lambda: load_config(empty_site), serve.BuildState(), terminal, search=False) is not None
    built, warning = terminal.getvalue().splitlines()
    assert built.startswith("built ") and warning.startswith(f"warning: {article}:{line_of(article, 'subdistrict:')}: subdistrict: 南关接街道")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_a_failed_build_leaves_output_as_it_was(empty_site, article):
    first = run_build(empty_site)
    assert first.returncode == 0, first.stderr
    before = snapshot(empty_site / "output")
    assert "2021/01/05/ce-shi-wen-zhang/index.html" in before
    edit(article, "社区开展冬日慰问活动", "改过的标题")
    write_article(empty_site / "content", slug="broken", title="")
    failed_build(empty_site)
    assert snapshot(empty_site / "output") == before


def test_a_good_build_prints_a_one_line_summary(empty_site, article):
    result = run_build(empty_site)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    output = empty_site / "output"
    pages = len([path for path in output.rglob("*") if path.is_file() and path.relative_to(output).parts[0] != "static"])
    assert re.search(rf"\b{pages} pages\b", lines[0]) and re.search(r"\d+\.\d+ s\b", lines[0])


def test_a_build_whose_base_url_names_no_host_says_the_sitemap_and_feeds_give_paths(empty_site, article):
    """Sitemaps and feeds need full addresses; a site built for `/` is fine to preview, not to publish as it is."""
    by_path = run_build(empty_site)
    assert by_path.returncode == 0 and "note: base_url / names no host" in by_path.stderr
    assert "<loc>/</loc>" in (empty_site / "output/sitemap.xml").read_text(encoding="utf-8")
    published = run_build(empty_site, "--base-url", "https://example.org/archive/")
    assert published.returncode == 0 and published.stderr == ""


def test_unknown_config_setting_suggests_the_known_one(empty_site, article):
    config = empty_site / "newsarchive.yml"
    edit(config, "title:", "titel:")
    message = reported(failed_build(empty_site), config, line_of(config, "titel:"), "titel")
    assert "did you mean 'title'" in message


def test_config_setting_of_the_wrong_type(empty_site, article):
    config = empty_site / "newsarchive.yml"
    edit(config, "per_page: 20", "per_page: many")
    message = reported(failed_build(empty_site), config, line_of(config, "per_page:"), "per_page")
    assert "whole number" in message and "many" in message


@pytest.mark.parametrize("language, fix", [("zh_CN", "write zh-CN"), ("chinese", "e.g. zh-CN")])
def test_a_language_that_is_not_a_language_tag_is_reported_with_the_fix(empty_site, article, language, fix):
    """lang="zh_CN" is no language to a browser or to Pagefind, whose UI then speaks English and splits Chinese worse."""
    config = empty_site / "newsarchive.yml"
    edit(config, "language: zh-CN", f"language: {language}")
    message = reported(failed_build(empty_site), config, line_of(config, "language:"), "language")
    assert repr(language) in message and fix in message
