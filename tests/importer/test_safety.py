"""Importing into a content folder: idempotent, never overwriting an editor's work."""
import dataclasses
import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from generator.content import Article, Source, parse_article
from generator.errors import InputError
from generator.importer import run_import
from generator.importer.writer import MANIFEST_NAME, load_manifest, plan_writes

from .pagekit import CONFIG, SEED_PAGE, compose_page, load_expected

SEED_ARTICLES = load_expected()["articles"]


def run(pages, content_dir, **options):
    out = io.StringIO()
    settings = dict(date=None, dry_run=False, force=False, verbose=False)
    settings.update(options)
    status = run_import(list(pages), config=CONFIG, content_dir=content_dir, out=out, **settings)
    return status, out.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def lead(index: int) -> str:
    """The first sentence of the seed page's article `index`: it tells which article a file holds."""
    return SEED_ARTICLES[index]["paragraphs"][0].split("。")[0]


def briefs_page(folder: Path, name: str, *indexes: int, before: str = "") -> Path:
    """A page printing the seed's articles `indexes`, each headed 社区简讯 (community briefs), as many are."""
    page = folder / name
    page.write_text(before + compose_page([{**SEED_ARTICLES[i], "title": "社区简讯"} for i in indexes]), encoding="utf-8")
    return page


@pytest.fixture
def content(tmp_path):
    return tmp_path / "content"


def test_import_writes_one_file_per_article_named_by_date_and_slug(content):
    status, output = run([SEED_PAGE], content)
    assert status == 0
    files = sorted(content.glob("*.md"))
    assert len(files) == 7
    for path in files:
        article, problems = parse_article(path, path.read_bytes())
        assert problems == []
        assert path.name == f"{article.date}-{article.slug}.md"
        assert article.source.file == SEED_PAGE.name
        assert f"created {path}" in output
    assert (content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md").exists()
    assert "7 created" in output


def test_reimport_is_idempotent(content, tmp_path):
    run([SEED_PAGE], content)
    before = snapshot(content)
    # The same page again, also from a copy in a folder: same files, same bytes, no duplicates.
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEED_PAGE, folder)
    status, output = run([folder], content)
    assert status == 0
    assert snapshot(content) == before
    assert "7 unchanged" in output


def test_slugs_are_kept_when_the_page_changes(content, tmp_path):
    run([SEED_PAGE], content)
    names = sorted(path.name for path in content.glob("*.md"))
    # A corrected page: one sentence fixed. The article keeps its file and slug, updated in place.
    page = tmp_path / SEED_PAGE.name
    page.write_text(SEED_PAGE.read_text(encoding="utf-8").replace("送去爱心水饺", "送去热腾腾的爱心水饺"), encoding="utf-8")
    status, output = run([page], content)
    assert sorted(path.name for path in content.glob("*.md")) == names
    assert "1 updated, 6 unchanged" in output
    assert "热腾腾的爱心水饺" in (content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md").read_text(encoding="utf-8")


def test_new_article_with_a_taken_slug_gets_a_numbered_one(content):
    content.mkdir()
    (content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md").write_text(
        "---\ntitle: 另一篇\ndate: 2020-12-30\nslug: yi-wan-jiao-zi-wen-nuan-qun-zhong-xin\n---\n\n正文。\n", encoding="utf-8"
    )
    run([SEED_PAGE], content)
    article, _ = parse_article(Path("x"), (content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin-2.md").read_bytes())
    assert article.title == "一碗饺子温暖群众心" and article.slug == "yi-wan-jiao-zi-wen-nuan-qun-zhong-xin-2"


def test_edited_file_is_skipped_with_a_message_and_force_overwrites_it(content):
    run([SEED_PAGE], content)
    edited = content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md"
    text = edited.read_text(encoding="utf-8").replace("一碗饺子温暖群众心\n", "一碗饺子暖人心\n", 1)
    edited.write_text(text, encoding="utf-8")
    status, output = run([SEED_PAGE], content)
    assert status == 0
    assert edited.read_text(encoding="utf-8") == text
    assert f"skipped {edited}: it was changed after it was imported; use --force" in output
    assert len(list(content.glob("*.md"))) == 7  # the edited title does not make a duplicate
    # Skipped again on the next run: the manifest still holds what the importer wrote.
    assert f"skipped {edited}" in run([SEED_PAGE], content)[1]
    status, output = run([SEED_PAGE], content, force=True)
    assert "一碗饺子温暖群众心" in edited.read_text(encoding="utf-8")
    assert f"overwritten {edited}" in output
    assert "7 unchanged" in run([SEED_PAGE], content)[1]


def test_file_not_written_by_the_importer_is_skipped(content):
    content.mkdir()
    mine = content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md"
    mine.write_text("---\ntitle: 一碗饺子温暖群众心\ndate: 2020-12-30\nslug: yi-wan-jiao-zi-wen-nuan-qun-zhong-xin\n---\n\n编辑写的。\n", encoding="utf-8")
    status, output = run([SEED_PAGE], content)
    assert "编辑写的" in mine.read_text(encoding="utf-8")
    assert f"skipped {mine}: it was not written by the importer" in output
    assert len(list(content.glob("*.md"))) == 7


def test_dry_run_writes_nothing_and_prints_what_it_would_write(content):
    status, output = run([SEED_PAGE], content, dry_run=True)
    assert status == 0
    assert not content.exists()
    assert "would create" in output and "    title: 一碗饺子温暖群众心" in output
    assert "dry run, nothing written" in output


def test_verbose_lists_dropped_lines_with_their_numbers(content, tmp_path):
    page = tmp_path / SEED_PAGE.name
    page.write_text("2020年12月30日 星期三\n" + SEED_PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    _, quiet = run([page], content, dry_run=True)
    assert "8 lines dropped (--verbose lists them)" in quiet and "line 70" not in quiet
    _, output = run([page], content, dry_run=True, verbose=True)
    assert "dropped line 1 (running date line): 2020年12月30日 星期三" in output
    assert "dropped lines 70-74 (repeated column tail of “南关街街道:“谈心谈话”确保思想不放松”)" in output
    assert "dropped line 75 (repeated byline): 记者 柴琳琳 通讯员 张磊" in output
    assert "joined lines 12-16" in output


def test_bad_pages_are_all_reported_and_nothing_is_written(content, tmp_path):
    empty = tmp_path / "empty-2020-12-30.txt"
    empty.write_text("\n\n", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(SEED_PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError) as error:
        run([SEED_PAGE, empty, undated, tmp_path / "missing.txt"], content)
    message = str(error.value)
    assert "3 problems found" in message
    assert "missing.txt: does not exist" in message
    assert "empty-2020-12-30.txt: no article found" in message
    assert "undated.txt: has no date" in message
    assert not content.exists()


def test_folder_imports_every_txt_page_in_it_sorted(content, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEED_PAGE, folder / "b-2020-12-30.txt")
    shutil.copy(SEED_PAGE, folder / "a-2021-01-06.txt")
    (folder / "notes.md").write_text("not a page", encoding="utf-8")
    _, output = run([folder], content)
    assert output.index("a-2021-01-06.txt") < output.index("b-2020-12-30.txt")
    # The second copy of the page repeats the first one's articles: reported, not written again.
    assert len(list(content.glob("2021-01-06-*.md"))) == 7 and output.endswith("7 created, 7 skipped as repeats\n")


@pytest.mark.parametrize("copy_name, date", [("copy.txt", dt.date(2020, 12, 30)), ("guancheng-2020-12-30.txt", dt.date(2020, 12, 31))], ids=["another name", "another date"])
def test_a_page_imported_again_under_another_name_or_date_adds_no_repeats(content, tmp_path, copy_name, date):
    run([SEED_PAGE], content)
    copy = tmp_path / "pages" / copy_name
    copy.parent.mkdir()
    shutil.copy(SEED_PAGE, copy)
    before = snapshot(content)
    _, output = run([copy], content, date=date)
    assert snapshot(content) == before
    assert "skipped “一碗饺子温暖群众心” (" in output and "it has the headline and text of 2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md; use --force" in output
    _, output = run([copy], content, date=date, force=True)
    assert len(list(content.glob("*.md"))) == 14 and "(--force: it repeats 2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md)" in output


def test_a_damaged_manifest_leaves_existing_files_alone(content):
    run([SEED_PAGE], content)
    (content / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    before = snapshot(content)
    one = content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md"
    one.write_text(one.read_text(encoding="utf-8") + "\n编辑补充。\n", encoding="utf-8")
    _, output = run([SEED_PAGE], content)
    assert "warning:" in output and MANIFEST_NAME in output
    assert "编辑补充" in one.read_text(encoding="utf-8")
    assert f"skipped {one}" in output
    assert set(snapshot(content)) == set(before)


BRIEF = "2020-12-30-she-qu-jian-xun.md"
BRIEF_2 = "2020-12-30-she-qu-jian-xun-2.md"


@pytest.mark.parametrize("edit", ["", "\n编辑补充。\n"], ids=["as imported", "edited"])
def test_same_headline_on_another_page_of_the_issue_gets_its_own_file(content, tmp_path, edit):
    page3 = briefs_page(tmp_path, "p3-2020-12-30.txt", 1)
    page2 = briefs_page(tmp_path, "p2-2020-12-30.txt", 3)
    run([page3], content)
    first = content / BRIEF
    first.write_text(first.read_text(encoding="utf-8") + edit, encoding="utf-8")
    before = first.read_bytes()
    _, output = run([page2], content)
    second = content / BRIEF_2
    assert output.splitlines()[1:] == [f"created {second}", "1 created"]
    assert first.read_bytes() == before
    article, _ = parse_article(second, second.read_bytes())
    assert lead(3) in article.body and article.slug == "she-qu-jian-xun-2" and article.source.file == page2.name
    # Both pages again: each article is found in its own file.
    files = snapshot(content)
    run([page2, page3], content)
    assert snapshot(content) == files


def test_same_headline_articles_on_one_page_keep_their_files(content, tmp_path):
    page = briefs_page(tmp_path, "m1-2020-12-30.txt", 1, 3)
    run([page], content)
    first, second = content / BRIEF, content / BRIEF_2
    assert lead(1) in first.read_text(encoding="utf-8") and lead(3) in second.read_text(encoding="utf-8")
    before = snapshot(content)
    _, output = run([page], content)
    assert snapshot(content) == before
    assert output.splitlines()[-1] == "2 unchanged"
    # The editor edits the second one: it is left alone, and the first stays in its own file.
    edited = second.read_text(encoding="utf-8") + "\n编辑补充。\n"
    second.write_text(edited, encoding="utf-8")
    _, output = run([page], content)
    assert second.read_text(encoding="utf-8") == edited
    assert first.read_bytes() == before[first.name]
    assert output.splitlines()[-1] == "1 unchanged, 1 skipped"


def test_same_headline_articles_keep_their_files_when_the_page_moves_their_lines(content, tmp_path):
    run([briefs_page(tmp_path, "m1-2020-12-30.txt", 1, 3)], content)
    # The corrected page has a new line at the top: every article's line numbers change, not their order.
    _, output = run([briefs_page(tmp_path, "m1-2020-12-30.txt", 1, 3, before="2020年12月30日 星期三\n")], content)
    first, second = content / BRIEF, content / BRIEF_2
    assert lead(1) in first.read_text(encoding="utf-8") and lead(3) in second.read_text(encoding="utf-8")
    assert output.splitlines()[-1] == "2 updated"


def test_renamed_file_is_found_again_not_imported_twice(content):
    run([SEED_PAGE], content)
    old = content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md"
    renamed = content / "2020-12-30-jiao-zi.md"
    text = old.read_text(encoding="utf-8").replace("slug: yi-wan-jiao-zi-wen-nuan-qun-zhong-xin\n", "slug: jiao-zi\n")
    renamed.write_text(text, encoding="utf-8")
    old.unlink()
    _, output = run([SEED_PAGE], content)
    assert not old.exists() and renamed.read_text(encoding="utf-8") == text
    assert output.splitlines()[-1] == "7 unchanged"
    # Edited after the rename: left alone, as any edited article is.
    edited = text + "\n编辑补充。\n"
    renamed.write_text(edited, encoding="utf-8")
    _, output = run([SEED_PAGE], content)
    assert not old.exists() and renamed.read_text(encoding="utf-8") == edited
    assert f"skipped {renamed}: it was changed after it was imported" in output


def test_an_article_moved_into_a_subfolder_is_found_there_not_imported_again(content):
    """The build reads content/ and its subfolders; so does a re-import looking for an article's file."""
    run([SEED_PAGE], content)
    old = content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md"
    moved = content / "2020" / old.name
    moved.parent.mkdir()
    old.rename(moved)
    _, output = run([SEED_PAGE], content)
    assert not old.exists() and moved.is_file()
    assert output.splitlines()[-1] == "7 unchanged"


def test_deleted_article_is_imported_again_into_its_own_file_and_reported(content, tmp_path):
    page = briefs_page(tmp_path, "m1-2020-12-30.txt", 1, 3)
    run([page], content)
    before = snapshot(content)
    first, second = content / BRIEF, content / BRIEF_2
    first.unlink()
    _, output = run([page], content)
    assert snapshot(content) == before
    assert output.splitlines()[1:] == [f"created {first}", f"unchanged {second}", "1 created, 1 unchanged"]


def test_two_articles_with_the_same_text_on_one_page_are_two_articles(content):
    """A notice printed twice on one page is not a page imported twice: both are written, as -2 says."""
    notice = Article(title="停水通知", date=dt.date(2021, 3, 3), slug="", body="本报讯 北下街街道部分小区12月31日停水一天。")
    twins = [dataclasses.replace(notice, source=Source("guancheng-2021-03-03.txt", first, first + 3)) for first in (1, 9)]
    planned, _ = plan_writes(twins, content, load_manifest(content), force=False)
    assert [(item.action, item.path.name) for item in planned] == [
        ("create", "2021-03-03-ting-shui-tong-zhi.md"), ("create", "2021-03-03-ting-shui-tong-zhi-2.md")
    ]


def test_a_withdrawn_article_stays_withdrawn_when_its_page_is_imported_again(content):
    run([SEED_PAGE], content)
    withdrawn = content / "2020-12-30-yi-wan-jiao-zi-wen-nuan-qun-zhong-xin.md"
    withdrawn.write_text(withdrawn.read_text(encoding="utf-8").replace("\nslug:", "\ndraft: true\nslug:", 1), encoding="utf-8")
    run([SEED_PAGE], content)
    assert parse_article(withdrawn, withdrawn.read_bytes())[0].draft
    _, output = run([SEED_PAGE], content, force=True)  # rewritten, and still withdrawn
    assert f"overwritten {withdrawn}" in output and parse_article(withdrawn, withdrawn.read_bytes())[0].draft
