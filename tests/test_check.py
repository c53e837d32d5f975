"""`newsarchive check` over hand-made output folders (one fault each) and over built sites."""
from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from generator import parallel
from generator.check import check_site
from generator.config import CACHE_DIR_NAME, load_config

from .conftest import build, run_cli, run_cli_into_a_closed_pipe, write_article

HEAD = "<!DOCTYPE html><html><head><title>页</title></head><body>"
FOOT = "</body></html>"
ATOM_ENTRY = (
    "<entry><id>urn:a</id><title>甲</title><link href='{href}'/><updated>2020-12-30T00:00:00Z</updated></entry>"
)


def page(body: str = "") -> str:
    return HEAD + body + FOOT


def atom(*entries: str, updated: str = "<updated>2020-12-30T00:00:00Z</updated>") -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<id>urn:feed</id><title>档案</title>{updated}{''.join(entries)}</feed>"
    )


def make_output(site: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = site / "output" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def problems(site: Path, files: dict[str, str], **config) -> list[str]:
    make_output(site, {"index.html": page(), **files})
    return [str(problem) for problem in check_site(load_config(site, **config)).problems]


def test_links_that_resolve_to_files_pass(empty_site):
    found = problems(empty_site, {
        "a/index.html": page("<a href='../b/'>b</a><a href='/b/#top'>b</a><a href='/b'>b</a><a href='#x'>x</a>"
                             "<a href='/b/?page=2'>q</a><img src='/static/p.png' srcset='/static/p.png 1x, ../static/p.png 2x'>"
                             "<a href='https://example.com/elsewhere/'>x</a><a href='mailto:a@b.cn'>m</a>"),
        "b/index.html": page(),
        "static/p.png": "png",
    })
    assert found == []


def test_a_broken_link_is_reported_with_file_and_line(empty_site):
    found = problems(empty_site, {"a/index.html": HEAD + "\n\n<a href='/missing/'>x</a>" + FOOT})
    assert found == [f"{empty_site / 'output/a/index.html'}:3: broken link to /missing/ (no file missing/index.html in the output folder)"]


def test_missing_assets_in_src_and_srcset_are_reported(empty_site):
    found = problems(empty_site, {
        "a/index.html": page("<img src='x.png'><img src='/static/ok.png' srcset='/static/ok.png 1x, /static/big.png 2x'>"
                             "<link rel='stylesheet' href='/static/style.css'><script src='/static/app.js'></script>"),
        "static/ok.png": "png",
    })
    assert len(found) == 4
    for missing in ("x.png", "/static/big.png", "/static/style.css", "/static/app.js"):
        assert any(f"broken link to {missing} " in line for line in found)


def test_one_relative_link_is_judged_from_each_page_s_folder(empty_site):
    # Answers are kept per link and folder (every page repeats the navigation): not per link alone.
    found = problems(empty_site, {
        "a/index.html": page("<a href='../b/'>b</a><a href='/b/'>b</a>"),
        "a/c/index.html": page("<a href='../b/'>b</a><a href='/b/'>b</a>"),
        "a/c/d.html": page("<a href='../b/'>b</a>"),
        "b/index.html": page(),
    })
    assert [line.split("output/")[1] for line in found] == [
        "a/c/d.html:1: broken link to ../b/ (no file a/b/index.html in the output folder)",
        "a/c/index.html:1: broken link to ../b/ (no file a/b/index.html in the output folder)",
    ]


def test_on_both_cores_check_finds_what_it_finds_in_one_process(empty_site, monkeypatch):
    files = {f"p{number}/index.html": HEAD + f"\n<a href='/p{number + 1}/'>下一页</a><a href='../gone/'>x</a>" + FOOT for number in range(30)}
    files["feed.xml"] = atom(ATOM_ENTRY.format(href="/p3/"), ATOM_ENTRY.format(href="/nowhere/"))
    make_output(empty_site, files)
    in_one = check_site(load_config(empty_site))
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    on_both = check_site(load_config(empty_site))
    assert on_both == in_one
    assert (in_one.pages, in_one.xml_files, in_one.links) == (30, 1, 62) and len(in_one.problems) == 32


def test_links_are_resolved_against_the_base_path(empty_site):
    found = problems(empty_site, {
        "a/index.html": page("<a href='/archive/b/'>ok</a><a href='/b/'>outside</a><a href='../b/'>ok</a>"),
        "b/index.html": page(),
    }, base_url="/archive/")
    assert len(found) == 1 and "link to /b/ is outside the site's base path /archive/" in found[0]


def test_absolute_links_to_the_site_itself_are_checked(empty_site):
    found = problems(empty_site, {
        "a/index.html": page("<a href='https://example.org/archive/b/'>ok</a>"
                             "<a href='https://example.org/archive/gone/'>gone</a><a href='https://example.org/other/'>x</a>"),
        "b/index.html": page(),
    }, base_url="https://example.org/archive/")
    assert len(found) == 1 and "broken link to https://example.org/archive/gone/" in found[0]


@pytest.mark.parametrize("first, second", [("x.html", "x/index.html"), ("tags/a/index.html", "Tags/a/index.html"),
                                           ("static/Logo.png", "static/logo.png")])
def test_two_files_at_one_url_are_reported(empty_site, first, second):
    found = problems(empty_site, {first: page(), second: page()})
    assert len(found) == 1 and "is the same URL as" in found[0] and first in found[0] and second in found[0]


@pytest.mark.parametrize("text, message", [("<html><head></head><body></body></html>", "has no <title>"),
                                           ("<html><head><title> \n</title></head></html>", "has an empty <title>")])
def test_pages_without_a_title_are_reported(empty_site, text, message):
    found = problems(empty_site, {"a/index.html": text})
    assert found == [f"{empty_site / 'output/a/index.html'}: {message}"]


@pytest.mark.parametrize("feed, message", [
    ("<feed><entry></feed>", "is not well-formed XML"),
    (atom(updated=""), "the feed has no <updated>"),
    (atom(updated="<updated>2020-12-30</updated>"), "is not an RFC 3339 date-time"),
    (atom("<entry><id>urn:a</id><title>甲</title><updated>2020-12-30T00:00:00Z</updated></entry>"), "entry 1 has no <link href>"),
    (atom(ATOM_ENTRY.format(href="/a/"), "<entry><link href='/a/'/></entry>"), "entry 2 has no <id>"),
    (atom(ATOM_ENTRY.format(href="/gone/")), "entry 1: broken link to /gone/"),
])
def test_invalid_feeds_are_reported(empty_site, feed, message):
    found = problems(empty_site, {"feed.xml": feed, "a/index.html": page()})
    assert found and all("feed.xml" in line for line in found)
    assert any(message in line for line in found)


def test_a_complete_atom_feed_passes(empty_site):
    assert problems(empty_site, {"feed.xml": atom(ATOM_ENTRY.format(href="/a/")), "a/index.html": page()}) == []


def test_pagefind_internals_are_only_link_targets(empty_site):
    found = problems(empty_site, {
        "pagefind/pagefind-ui.js": "js",
        "pagefind/fragment.html": "<p>no title, links to <a href='/nowhere/'>x</a></p>",
        "search/index.html": page("<script src='/pagefind/pagefind-ui.js'></script><script src='/pagefind/gone.js'></script>"),
    })
    assert len(found) == 1 and "broken link to /pagefind/gone.js" in found[0]


def test_check_exits_1_listing_every_problem_and_0_with_a_summary(empty_site):
    make_output(empty_site, {"index.html": page("<a href='/a/'>a</a><a href='/b/'>b</a>"), "x.html": "<p>"})
    failing = run_cli("--root", empty_site, "check")
    assert failing.returncode == 1
    assert "3 problems found" in failing.stdout
    assert "index.html:1: broken link to /a/" in failing.stdout and "x.html: has no <title>" in failing.stdout
    make_output(empty_site, {"a/index.html": page(), "b/index.html": page(), "x.html": page()})
    passing = run_cli("--root", empty_site, "check")
    assert passing.returncode == 0 and "no problems" in passing.stdout


def test_check_of_a_missing_output_folder_exits_2(empty_site):
    result = run_cli("--root", empty_site, "check", "--output-dir", "nowhere")
    assert result.returncode == 2 and "run `newsarchive build` first" in result.stderr


def test_the_bundled_sample_site_builds_and_passes_check(site_dir):
    """What CI runs: the repository's own site, built as a user builds it, then checked."""
    built = run_cli("--root", site_dir, "build")
    assert built.returncode == 0, built.stderr
    checked = run_cli("--root", site_dir, "check")
    assert checked.returncode == 0, checked.stdout
    assert "no problems" in checked.stdout


def test_a_site_built_under_a_sub_path_passes_check(empty_site):
    for number in range(25):  # more than one page of listings
        write_article(empty_site / "content", slug=f"a{number}", title=f"文章{number}", tags=["换届"],
                      subdistrict="南关街街道", section="活动室", reporters=["柴琳琳"])
    build(empty_site, base_url="https://example.org/archive/")
    result = check_site(load_config(empty_site, base_url="https://example.org/archive/"))
    assert result.problems == [] and result.pages > 25 and result.links > 100


def test_check_into_a_pipe_closed_early_ends_quietly(empty_site):
    """`newsarchive check | head` on a site with thousands of problems: no traceback once head has gone."""
    make_output(empty_site, {"index.html": page("<a href='/missing/'>x</a>\n" * 3000)})
    result = run_cli_into_a_closed_pipe("--root", empty_site, "check")
    assert (result.returncode, result.stderr) == (128 + signal.SIGPIPE, "")


PUBLISHED = "https://example.org/archive/"


def test_check_follows_the_base_url_the_last_build_used(site_dir):
    """`build --base-url …` then a plain `check`: its links are checked where they point, and the output says so."""
    assert run_cli("--root", site_dir, "build", "--no-search", "--base-url", PUBLISHED).returncode == 0
    checked = run_cli("--root", site_dir, "check")
    assert checked.returncode == 0, checked.stdout
    assert "no problems" in checked.stdout
    assert checked.stdout.splitlines()[-1] == f"links checked against base URL {PUBLISHED} (the last build's)"


def test_without_a_record_of_the_build_check_says_which_base_url_it_used_and_how_to_give_another(site_dir):
    assert run_cli("--root", site_dir, "build", "--no-search", "--base-url", PUBLISHED).returncode == 0
    shutil.rmtree(site_dir / CACHE_DIR_NAME)  # always safe to delete; the record of the last build goes with it
    checked = run_cli("--root", site_dir, "check")
    assert checked.returncode == 1 and "broken link to /archive/" in checked.stdout
    assert checked.stdout.splitlines()[-1] == (
        "links checked against base URL / (base_url in newsarchive.yml; no build into this folder is recorded: "
        "a site built with --base-url is checked with the same --base-url)"
    )
    given = run_cli("--root", site_dir, "check", "--base-url", PUBLISHED)
    assert given.returncode == 0, given.stdout
    assert given.stdout.splitlines()[-1] == f"links checked against base URL {PUBLISHED} (given with --base-url)"


def test_a_broken_link_in_an_article_names_the_content_file_to_mend(empty_site):
    path = write_article(empty_site / "content", body="本报讯 详见[通知](/2020/01/01/gone/)。")
    build(empty_site)
    checked = run_cli("--root", empty_site, "check")
    assert checked.returncode == 1
    assert f"broken link to /2020/01/01/gone/ (no file 2020/01/01/gone/index.html in the output folder) (in the article {path})" in checked.stdout


def test_check_follows_the_base_url_each_output_folder_was_built_with(site_dir, tmp_path):
    """Not only the last build's folder: a site published from two folders is checked against each one's own."""
    published = tmp_path / "published"
    assert run_cli("--root", site_dir, "build", "--no-search", "--output-dir", published, "--base-url", "https://example.org/archive/").returncode == 0
    assert run_cli("--root", site_dir, "build", "--no-search").returncode == 0  # into output/, base URL /
    checked = run_cli("--root", site_dir, "check", "--output-dir", published)
    assert checked.returncode == 0, checked.stdout
    assert "links checked against base URL https://example.org/archive/ (the last build's)" in checked.stdout
