"""An editor's day, end to end through the command line: import the seed page, build, edit, rebuild,
delete, rebuild. After each step `newsarchive check` passes and output/ is, file for file and byte
for byte, what a cold build (a copy of the site with no output/ and no caches) gives."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import SEED_PAGES, copy_site, run_cli
from .sitetree import differences, snapshot


def build_and_compare_with_cold_build(site: Path) -> dict[str, bytes]:
    built = run_cli("--root", site, "build", "--no-search")
    assert built.returncode == 0, built.stderr
    checked = run_cli("--root", site, "check")
    assert checked.returncode == 0, checked.stdout
    cold_site = site.with_name("cold")
    shutil.rmtree(cold_site, ignore_errors=True)
    shutil.copytree(site, cold_site, ignore=shutil.ignore_patterns("output", ".*"))
    cold = run_cli("--root", cold_site, "build", "--no-search")
    assert cold.returncode == 0, cold.stderr
    warm_tree, cold_tree = snapshot(site / "output"), snapshot(cold_site / "output")
    assert differences(cold_tree, warm_tree) == []
    return warm_tree


def test_import_build_edit_delete_each_matches_a_cold_build(tmp_path):
    site = copy_site(tmp_path / "site", with_content=False)
    imported = run_cli("--root", site, "import", SEED_PAGES / "guancheng-2020-12-30.txt")
    assert imported.returncode == 0, imported.stderr
    articles = sorted((site / "content").glob("*.md"))
    assert len(articles) == 7
    first = build_and_compare_with_cold_build(site)

    edited = next(path for path in articles if "yi-wan-jiao-zi" in path.name)
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("title: 一碗饺子温暖群众心", "title: 一碗热饺子温暖群众心"), encoding="utf-8")
    second = build_and_compare_with_cold_build(site)
    assert "一碗热饺子温暖群众心" in second["2020/12/30/yi-wan-jiao-zi-wen-nuan-qun-zhong-xin/index.html"].decode("utf-8")
    assert differences(first, second)

    deleted = next(path for path in articles if path != edited)
    page = f"2020/12/30/{deleted.stem.removeprefix('2020-12-30-')}/index.html"
    assert page in second
    deleted.unlink()
    third = build_and_compare_with_cold_build(site)
    assert page not in third


def files_in(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() if path.is_file() else b"" for path in folder.rglob("*")}


@pytest.mark.parametrize("command", [
    ["import", SEED_PAGES / "guancheng-2020-12-30.txt"],
    ["new", "社区开展冬日慰问活动"],
    ["build", "--no-search"],
    ["serve", "--no-search", "--port", "8765"],  # refused before it listens
    ["check"],
], ids=lambda command: command[0])
def test_a_command_outside_a_site_folder_says_so_and_changes_nothing(tmp_path, command):
    """A folder without newsarchive.yml is not a site, even with a content/ and an output/ in it."""
    folder = tmp_path / "elsewhere"
    (folder / "content").mkdir(parents=True)
    (folder / "output").mkdir()
    (folder / "output/notes.html").write_text("<title>mine</title>", encoding="utf-8")
    before = files_in(folder)
    result = run_cli("--root", folder, *command, timeout=30)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{folder} is not a site folder (it has no newsarchive.yml)" in result.stderr
    assert "run newsarchive in the site folder or name it with --root" in result.stderr
    assert files_in(folder) == before


def test_a_root_that_does_not_exist_is_named(tmp_path):
    result = run_cli("--root", tmp_path / "nowhere", "build")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{tmp_path / 'nowhere'} is not a site folder (there is no such folder)" in result.stderr


def test_the_site_folder_may_be_named_after_the_command_too(site_dir):
    result = run_cli("build", "--no-search", "--root", site_dir)
    assert result.returncode == 0, result.stderr
    assert (site_dir / "output/index.html").is_file()
