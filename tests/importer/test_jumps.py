"""Stories continued across pages: `（下转第2版）` where a story breaks off, `（上接第1版）` over its rest.

Each page is imported on its own: the rest of a story is an article of its
own, titled from its first sentence, and the report asks the editor to join
the two by hand. The markers are no part of the text; each is reported.
Both pages' articles, field by field, are in their expected json (test_pages.py).
"""
import io

import pytest

from generator.importer import run_import
from generator.importer.blocks import Kind, classify_lines
from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES

PAGE_1 = OWN_PAGES / "guancheng-2021-01-06-p1.txt"
PAGE_2 = OWN_PAGES / "guancheng-2021-01-06-p2.txt"


def run(*pages, content_dir, verbose=True):
    out = io.StringIO()
    run_import(list(pages), config=CONFIG, content_dir=content_dir, date=None, dry_run=True, force=False, verbose=verbose, out=out)
    return out.getvalue()


@pytest.mark.parametrize(
    "marker, page, onward",
    [
        ("（上接第1版）", "1", False),
        ("(上接1版)", "1", False),
        ("（接第一版）", "1", False),
        ("（上接Ａ１版）", "A1", False),
        ("（下转第2版）", "2", True),
        ("（转2版）", "2", True),
        ("(下转第十二版)", "12", True),
        ("上接第1版", "1", False),
        ("下转第二版", "2", True),
        ("▶下转第2版", "2", True),
        ("◀上接第1版", "1", False),
        ("下转第2版▶", "2", True),
        ("【上接第1版】", "1", False),
        ("〔下转第2版〕", "2", True),
        ("（未完，下转第2版）", "2", True),
        ("（下转第2版·要闻）", "2", True),
    ],
)
def test_a_jump_line_says_which_page_the_story_comes_from_or_goes_on(marker, page, onward):
    (line,) = classify_lines([marker])
    assert (line.kind, line.jump.page, line.jump.onward, line.jump.marker) == (Kind.JUMP, page, onward, marker)


def test_a_jump_marker_at_the_end_or_the_start_of_a_paragraph_is_cut_from_its_text():
    ending, opening = classify_lines(["叮嘱他注意防寒保暖，（下转第2版）", "（上接第1版）并为老人送上了新年祝福。"])
    assert (ending.kind, ending.text, str(ending.jump)) == (Kind.TEXT, "叮嘱他注意防寒保暖，", "continued on page 2")
    assert (opening.kind, opening.text, str(opening.jump)) == (Kind.TEXT, "并为老人送上了新年祝福。", "continued from page 1")


@pytest.mark.parametrize(
    "text", ["会议传达了文件精神（转发第2号文件）", "（转载自郑州日报）", "版面调整（转第2版的内容见后）。", "详见下转第2版", "上接第1版内容"]
)
def test_brackets_that_are_no_jump_marker_stay_text(text):
    (line,) = classify_lines([text])
    assert (line.kind, line.text, line.jump) == (Kind.TEXT, text, None)


def test_the_rest_of_a_story_is_no_article_titled_by_its_marker():
    page = read_page(PAGE_2, PAGE_2.read_bytes(), config=CONFIG, date=None)
    assert [article.title for article in page.articles][:2] == ["并为老人送上了新年祝福", "以前遇到纠纷不知道找谁"]
    assert [str(article.source) for article in page.articles][:2] == ["guancheng-2021-01-06-p2.txt:4-5", "guancheng-2021-01-06-p2.txt:7-8"]
    assert [(item.lines[0].number, item.reason) for item in page.dropped] == [(1, "running date line"), (3, "continued from page 1")]


@pytest.mark.parametrize("note", ["紧接上文", "（接上文）"])
def test_a_note_that_the_text_goes_on_from_above_is_furniture_not_the_rest_s_first_words(note):
    text = f"（上接第2版）\n{note}\n老街变美了，居民的日子也更有奔头了。\n记者 柴琳琳 通讯员 李颖睿\n"
    page = read_page(OWN_PAGES / "guancheng-2021-06-30.txt", text.encode(), config=CONFIG, date=None)
    (rest,) = page.articles
    assert (rest.title, rest.body) == ("老街变美了", "老街变美了，居民的日子也更有奔头了。")
    assert (note, "continuation note") in [(line.text, item.reason) for item in page.dropped for line in item.lines]


def test_both_ends_of_a_story_are_reported_for_the_editor_to_join(tmp_path):
    out = run(PAGE_1, PAGE_2, content_dir=tmp_path)
    assert "cut “（下转第2版）” from line 7 (continued on page 2)" in out
    assert "continued lines 5-7 on page 2 (join its rest from there by hand): 北下街街道走访慰问困难群众" in out
    assert "dropped line 21 (continued on page 2): （下转第2版）" in out
    assert "continued lines 18-20 on page 2 (join its rest from there by hand): 南关街街道开展“法律进社区”活动" in out
    assert "dropped line 3 (continued from page 1): （上接第1版）" in out
    assert "titled line 4 from the first sentence (continued from page 1: join it to that article by hand): 并为老人送上了新年祝福" in out
    assert "cut “（上接第一版）” from line 7 (continued from page 1)" in out
    assert "titled line 7 from the first sentence (continued from page 1: join it to that article by hand): 以前遇到纠纷不知道找谁" in out
    assert "titled line 12 from the first sentence (no headline printed): 城东路街道郑汴路社区党群服务中心开展包饺子活动" in out
    summary = "6 created, 3 titled from their first sentence, 2 continued from another page, 2 continued on another page"
    assert out.splitlines()[-1] == f"dry run, nothing written: {summary}"
    assert run(PAGE_1, PAGE_2, content_dir=tmp_path, verbose=False).splitlines()[-1].endswith(summary)


def test_text_before_the_first_headline_without_a_jump_marker_is_still_reported():
    text = "2021年1月6日\n各社区要确保应接尽接。\n\n南关街街道开展活动\n\n本报讯 近日，南关街街道开展活动。\n记者 柴琳琳\n"
    page = read_page(PAGE_2, text.encode(), config=CONFIG, date=None)
    assert [(item.lines[0].number, item.reason) for item in page.dropped] == [(1, "running date line"), (2, "text before a headline")]
    assert [article.title for article in page.articles] == ["南关街街道开展活动"]


def test_the_rest_of_a_story_under_a_headline_keeps_it_and_is_reported(tmp_path):
    page = tmp_path / "page-2021-01-06.txt"
    page.write_text("（上接第1版）\n邻里同乐\n\n本报讯 近日，社区开展活动。\n记者 柴琳琳\n", encoding="utf-8")
    out = run(page, content_dir=tmp_path)
    assert "continued line 4 from page 1 (join it to that article by hand): 邻里同乐" in out
    assert out.splitlines()[-1] == "dry run, nothing written: 1 created, 1 continued from another page"


@pytest.mark.parametrize(
    "marker, rest",
    [("（上接第1版）\n", "并为老人送上了新年祝福。"), ("", "（上接第1版）并为老人送上了新年祝福。")],
    ids=["marker on its own line", "marker before the text"],
)
def test_a_headline_reprinted_over_a_story_s_rest_titles_it(marker, rest):
    text = (
        "2021年1月6日\n\n社区开展冬日慰问活动\n\n本报讯 近日,社区开展慰问活动。\n记者 柴琳琳 通讯员 陈思\n\n"
        f"邻里同乐\n{marker}{rest}\n记者 王磊\n"
    )
    page = read_page(PAGE_2, text.encode(), config=CONFIG, date=None)
    first, second = page.articles
    assert (first.correspondents, second.title, second.body) == (["陈思"], "邻里同乐", "并为老人送上了新年祝福。")
    assert all("邻里同乐" not in line.text for item in page.dropped for line in item.lines)


@pytest.mark.parametrize(
    ("headline", "title"),
    [("老街为何“留得住”？", "老街为何“留得住”？"), ("老街为何“留得住”？\n——书院街改造侧记", "老街为何“留得住”？——书院街改造侧记"),
     ("老街焕发新活力\n——书院街改造侧记", "老街焕发新活力——书院街改造侧记")],
)
@pytest.mark.parametrize("under", [False, True], ids=["over the marker", "under the marker"])
def test_a_reprinted_headline_that_asks_or_has_a_subtitle_titles_the_rest(headline, title, under):
    top = f"（上接第1版）\n\n{headline}\n\n" if under else f"{headline}\n（上接第1版）\n\n"
    text = f"2021年1月6日\n\n{top}在改造中，书院街坚持“修旧如旧”。\n\n如今的书院街，成了打卡的新去处。\n记者 柴琳琳\n"
    page = read_page(PAGE_2, text.encode(), config=CONFIG, date=None)
    (article,) = page.articles
    assert (article.title, article.body.split("\n\n")) == (title, ["在改造中，书院街坚持“修旧如旧”。", "如今的书院街，成了打卡的新去处。"])
    assert [item.reason for item in page.dropped] == ["running date line", "continued from page 1"]


def test_the_page_s_name_printed_against_its_number_and_date_line_over_a_story_s_rest_is_no_headline_of_it():
    text = "A2\n综合新闻\n2021年8月1日 星期日\n\n（上接A1版）\n管城回族区全力做好灾后恢复重建工作\n\n会议强调，要全力做好恢复重建。\n记者 王磊\n"
    page = read_page(PAGE_2, text.encode(), config=CONFIG, date=None)
    (article,) = page.articles
    assert (article.title, article.body) == ("管城回族区全力做好灾后恢复重建工作", "会议强调，要全力做好恢复重建。")
    assert [item.reason for item in page.dropped] == ["page number", "running head", "running date line", "continued from page A1"]


def test_a_headline_reprinted_under_the_marker_apart_from_the_rest_titles_it():
    text = "2021年1月6日\n\n（上接第1版）\n邻里同乐\n\n并为老人送上了新年祝福。\n记者 王磊\n"
    page = read_page(PAGE_2, text.encode(), config=CONFIG, date=None)
    (article,) = page.articles
    assert (article.title, article.body, article.reporters) == ("邻里同乐", "并为老人送上了新年祝福。", ["王磊"])


def test_a_line_cut_from_a_sentence_under_the_marker_is_no_headline_of_the_rest():
    text = "2021年1月6日\n\n（上接第1版）\n为辖区老人送去\n新年祝福和慰问品。\n记者 王磊\n"
    page = read_page(PAGE_2, text.encode(), config=CONFIG, date=None)
    (article,) = page.articles
    assert article.body == "为辖区老人送去新年祝福和慰问品。"


def test_a_sentence_over_a_story_s_rest_is_no_headline_of_it():
    text = "2021年1月6日\n\n各社区要确保应接尽接。\n\n（上接第1版）\n并为老人送上了新年祝福。\n记者 王磊\n"
    page = read_page(PAGE_2, text.encode(), config=CONFIG, date=None)
    assert [article.title for article in page.articles] == ["并为老人送上了新年祝福"]
    assert "text outside any article (no headline, 本报讯 lead or byline)" in [item.reason for item in page.dropped]
