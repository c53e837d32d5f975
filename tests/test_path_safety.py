"""Every output path stays inside output/, whatever a slug, a name or a title says."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.authoring import new_article
from generator.cache import CACHE_DIR_NAME
from generator.config import load_config
from generator.errors import InputError
from generator.fsutil import path_inside
from generator.slugs import SLUG_PATTERN, WINDOWS_RESERVED

from .conftest import build, run_cli, write_article
from .sitetree import differences, snapshot


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def write_raw(content_dir: Path, name: str, slug_line: str, **extra: str) -> Path:
    lines = ["---", "title: 测试", "date: 2021-01-05", slug_line, *(f"{k}: {v}" for k, v in extra.items()), "---", "", "本报讯 测试。", ""]
    path = content_dir / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "slug_line",
    [
        "slug: ../../etc",
        "slug: /etc/passwd",
        "slug: '..'",
        "slug: a/b",
        "slug: C:\\\\Windows",
        "slug: Yi-Wan",
        "slug: " + "a" * 121,
    ],
)
def test_unsafe_slug_is_rejected_naming_file_and_field(empty_site, slug_line):
    path = write_raw(empty_site / "content", "bad.md", slug_line)
    with pytest.raises(InputError) as error:
        build(empty_site)
    message = str(error.value)
    assert f"{path}:4: slug:" in message and "not a safe slug" in message
    assert not (empty_site / "output").exists()


def test_empty_slug_is_reported_missing(empty_site):
    write_raw(empty_site / "content", "bad.md", "slug: ''")
    with pytest.raises(InputError, match="slug: is missing"):
        build(empty_site)


@pytest.mark.parametrize("slug", ["con", "nul", "aux", "prn", "com1", "lpt9"])
def test_windows_device_name_slug_is_rejected(empty_site, slug):
    write_raw(empty_site / "content", "bad.md", f"slug: {slug}")
    with pytest.raises(InputError, match=f"'{slug}' is a device name on Windows"):
        build(empty_site)


def test_unsafe_slug_from_the_command_line_exits_2_with_a_clear_message(empty_site):
    write_raw(empty_site / "content", "bad.md", "slug: ../../../../tmp/escaped")
    result = run_cli("--root", empty_site, "build", "--no-search")
    assert result.returncode == 2
    assert "bad.md:4: slug:" in result.stderr and "Traceback" not in result.stderr
    assert not (empty_site / "output").exists()


HOSTILE_NAMES = ["../../etc", "/etc/passwd", "CON", "nul", "🎉", "!!!", "..", "a\\b", "com1 ", "名" * 300]


def test_hostile_collection_names_stay_inside_output(tmp_path, empty_site):
    """Tags, people, sections, subdistricts named like paths or devices still get safe folders."""
    content = empty_site / "content"
    for number, name in enumerate(HOSTILE_NAMES):
        write_article(content, slug=f"a{number}", title="很长的标题" * 200, tags=[name], reporters=[name],
                      correspondents=[name], section=name.strip() or "x", subdistrict=name.strip() or "x")
    before = files_under(tmp_path)
    build(empty_site)
    output = (empty_site / "output").resolve()
    # The build's own cache (fixed names, under the site root) is not site output.
    written = {path for path in files_under(tmp_path) - before if CACHE_DIR_NAME not in path.parts}
    assert written and all(output in path.resolve().parents for path in written)
    for kind in ("tags", "people", "sections", "subdistricts"):
        folders = [path.name for path in (output / kind).iterdir() if path.is_dir()]
        assert len(folders) == len(HOSTILE_NAMES)
        assert all(SLUG_PATTERN.match(name) and name not in WINDOWS_RESERVED for name in folders)


def test_a_nameless_tag_keeps_its_url_when_another_appears(empty_site):
    content = empty_site / "content"
    write_article(content, slug="a", tags=["🎉"])
    build(empty_site)
    first = {path.parent.name for path in (empty_site / "output/tags").glob("*/index.html")}
    write_article(content, slug="b", tags=["🎈"])
    build(empty_site)
    second = {path.parent.name for path in (empty_site / "output/tags").glob("*/index.html")}
    assert len(first) == 1 and first < second and len(second) == 2


@pytest.mark.parametrize("title, expected", [("CON", "con-x"), ("🎉🎉", "article"), ("Lpt1", "lpt1-x")])
def test_new_article_never_gets_a_device_name_or_empty_slug(empty_site, title, expected):
    path = Path(new_article(load_config(empty_site), title, date=dt.date(2021, 1, 5)).path)
    assert path == empty_site / "content" / f"2021-01-05-{expected}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")  # published
    build(empty_site)
    assert (empty_site / f"output/2021/01/05/{expected}/index.html").is_file()


def test_new_article_with_a_very_long_title_gets_a_bounded_slug(empty_site):
    path = Path(new_article(load_config(empty_site), "老旧小区改造" * 100, date=dt.date(2021, 1, 5)).path)
    assert path.parent == empty_site / "content" and len(path.name) <= len("2021-01-05-") + 60 + len(".md")
    build(empty_site)


@pytest.mark.parametrize("relative", ["../x", "a/../../x", "/etc/passwd", "a//b", "a/./b", "a\\..\\b", "", "a/\x00"])
def test_writer_guard_refuses_paths_that_leave_the_folder(tmp_path, relative):
    with pytest.raises(ValueError):
        path_inside(tmp_path, relative)


def test_writer_guard_keeps_planned_paths(tmp_path):
    assert path_inside(tmp_path, "2020/12/30/yi-wan/index.html") == str(tmp_path / "2020/12/30/yi-wan/index.html")


# -- the output folder: every build replaces it whole, so it must hold nothing but the site ----------

@pytest.mark.parametrize(
    "output_dir, reason",
    [
        (".", "is the site folder"),
        ("..", "contains the site folder"),
        ("content", "is the content folder"),
        ("templates", "is the templates folder"),
        ("static", "is the static folder"),
        (CACHE_DIR_NAME, "is the cache folder"),
        ("content/site", "lies inside the content folder"),
        ("static/site", "lies inside the static folder"),
    ],
)
def test_an_output_folder_that_would_replace_the_site_or_its_inputs_is_refused(tmp_path, site_dir, output_dir, reason):
    before = snapshot(tmp_path)
    result = run_cli("--root", site_dir, "build", "--no-search", "--output-dir", output_dir)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"--output-dir: the output folder {(site_dir / output_dir).resolve()} {reason}" in result.stderr
    assert differences(before, snapshot(tmp_path)) == []  # content/, newsarchive.yml, templates/, … byte for byte


@pytest.mark.parametrize("command", ["serve", "check"])
@pytest.mark.parametrize("output_dir", [".", "content"])
def test_serve_and_check_refuse_the_same_output_folders(tmp_path, site_dir, command, output_dir):
    before = snapshot(tmp_path)
    result = run_cli("--root", site_dir, command, "--output-dir", output_dir, timeout=30)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"--output-dir: the output folder {(site_dir / output_dir).resolve()} is the" in result.stderr
    assert differences(before, snapshot(tmp_path)) == []


def test_a_content_folder_inside_the_output_folder_is_refused(site_dir):
    """`--content-dir output/articles`: the articles would go with the next build's output/."""
    (site_dir / "content").rename(site_dir / "articles")
    (site_dir / "output").mkdir()
    (site_dir / "articles").rename(site_dir / "output" / "articles")
    before = snapshot(site_dir)
    result = run_cli("--root", site_dir, "build", "--no-search", "--content-dir", "output/articles")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{site_dir / 'output'}: the output folder {site_dir / 'output'} contains the content folder" in result.stderr
    assert differences(before, snapshot(site_dir)) == []


def test_a_folder_of_other_files_given_as_the_output_folder_is_left_alone(tmp_path, site_dir):
    documents = tmp_path / "documents"
    (documents / "sub").mkdir(parents=True)
    (documents / "report.docx").write_bytes(b"x")
    before = snapshot(documents)
    result = run_cli("--root", site_dir, "build", "--no-search", "--output-dir", documents)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{documents} holds files no build of this site wrote (report.docx, sub)" in result.stderr
    assert differences(before, snapshot(documents)) == []


def test_another_site_given_as_the_output_folder_is_left_alone(tmp_path, site_dir):
    other = tmp_path / "other-site"
    shutil.copytree(site_dir, other)
    before = snapshot(other)
    result = run_cli("--root", site_dir, "build", "--no-search", "--output-dir", other)
    assert result.returncode == 2 and "no build of this site wrote" in result.stderr
    assert differences(before, snapshot(other)) == []


def test_an_output_folder_this_site_built_is_built_again_whole(tmp_path, site_dir):
    published = tmp_path / "published"
    published.mkdir()  # empty: taken
    assert run_cli("--root", site_dir, "build", "--no-search", "--output-dir", published).returncode == 0
    (published / "archive/stray.html").write_text("by hand")  # the next build is a full one, and replaces the folder
    result = run_cli("--root", site_dir, "build", "--no-search", "--output-dir", published)
    assert result.returncode == 0, result.stderr
    assert (published / "index.html").is_file() and not (published / "archive/stray.html").exists()
    # Built elsewhere since, it is still this site's.
    assert run_cli("--root", site_dir, "build", "--no-search").returncode == 0
    assert run_cli("--root", site_dir, "build", "--no-search", "--output-dir", published).returncode == 0


def test_a_folder_once_built_then_holding_someone_s_files_is_left_alone(tmp_path, site_dir):
    """The same path, built into once, then emptied and reused (a git clone, a thesis): what is at its top now is not the site's."""
    folder = tmp_path / "pages"
    assert run_cli("--root", site_dir, "build", "--no-search", "--output-dir", folder).returncode == 0
    shutil.rmtree(folder)
    folder.mkdir()
    (folder / "thesis.docx").write_text("important")
    result = run_cli("--root", site_dir, "build", "--no-search", "--output-dir", folder)
    assert result.returncode == 2 and f"{folder} holds files no build of this site wrote (thesis.docx)" in result.stderr
    assert (folder / "thesis.docx").read_text() == "important"


def test_serve_refuses_such_a_folder_before_it_listens(tmp_path, site_dir):
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "mine.txt").write_text("hi")
    result = run_cli("--root", site_dir, "serve", "--no-search", "--port", "8791", "--output-dir", documents, timeout=30)
    assert result.returncode == 2 and "holds files no build of this site wrote (mine.txt)" in result.stderr
    assert "serving" not in result.stdout
