"""An editor's day, end to end through the command line: import the seed page, build, edit, rebuild,
delete, rebuild. After each step `newsarchive check` passes and output/ is, file for file and byte
for byte, what a cold build (a copy of the site with no output/ and no caches) gives."""
from __future__ import annotations

import shutil
from pathlib import Path

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
