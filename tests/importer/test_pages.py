"""Every page under tests/importer/pages (and the seed page) gives the articles its expected json lists.

The expected json beside each page was written by hand, from what a careful
reader takes the page to say; compared after NFKC, field by field and
paragraph by paragraph.
"""
import dataclasses
import datetime as dt
import io

import pytest

from generator.config import TagRule
from generator.importer import run_import
from generator.importer.blocks import Kind, classify_lines
from generator.importer.byline import lead_byline, parse_byline
from generator.importer.decode import compact, decode_page, split_lines
from generator.importer.page import read_page
from generator.markdown import MarkdownRenderer, plain_text

from .pagekit import CONFIG, OWN_PAGES, SEED_PAGE, assert_articles, load_expected

PAGES = [SEED_PAGE, *sorted(OWN_PAGES.glob("*.txt"))]
# Pages reviews were made of, without expected articles: what they show is asserted in test_cutting.py.
REVIEW_PAGES = sorted((OWN_PAGES / "review").glob("*.txt"))


def read(path, date=None):
    return read_page(path, path.read_bytes(), config=CONFIG, date=date)


def numbers(lines):
    return {number for line in lines for number in (line.number, *line.continued_on)}


@pytest.mark.parametrize("path", PAGES, ids=[path.name for path in PAGES])
def test_page_gives_its_expected_articles(path):
    expected = load_expected(path.with_name(path.stem + ".expected.json"))
    page = read(path)
    assert page.date == dt.date.fromisoformat(expected["date"])
    assert page.encoding == expected["encoding"]
    assert_articles(page.articles, expected["articles"])


@pytest.mark.parametrize("path", PAGES + REVIEW_PAGES, ids=[path.name for path in PAGES + REVIEW_PAGES])
def test_every_printed_line_is_imported_or_reported(path):
    page = read(path, dt.date(2020, 12, 30))
    placed = set()
    for article in page.printed:
        placed |= numbers([*([article.title] if article.title else []), *(line for p in article.paragraphs for line in p.lines)])
        placed |= numbers([article.byline] if article.byline else []) | numbers(article.credit_lines)
    dropped = numbers(line for item in page.dropped for line in item.lines)
    text = split_lines(decode_page(path.read_bytes()).text)
    # Only a line the page printed again in part (a column's tail going on with new text) is in both: its
    # reprinted start reported, its rest kept, which together are the line as printed.
    reprinted = {line.number: line.text for item in page.dropped for line in item.lines if line.number in placed}
    kept = {line.number: line.text for article in page.printed for p in article.paragraphs for line in p.lines if line.number in reprinted}
    assert {number: compact(reprinted[number] + kept.get(number, "")) for number in reprinted} == {
        number: compact(text[number - 1]) for number in reprinted
    }
    rubrics = [line.number for line in classify_lines(text) if line.kind is Kind.RUBRIC and line.number not in dropped]
    # A rubric kept names the section of an article under it, before the next rubric.
    for rubric, end in zip(rubrics, [*rubrics[1:], len(text) + 1]):
        assert any(rubric < article.first_line < end for article in page.printed), f"rubric on line {rubric} names no article"
    printed = {number for number, line in enumerate(text, 1) if line.strip(" \t\u3000\ufeff")}
    assert printed - set(rubrics) == placed | dropped


def test_the_rest_of_a_story_from_another_page_is_kept_and_its_marker_reported():
    # Line 2 is `（上接第一版）`, line 3 the last sentence of a story from page 1.
    page = read(OWN_PAGES / "guancheng-2021-05-12.txt")
    (marker,) = [item for item in page.dropped if item.lines[0].number == 2]
    assert [line.number for line in marker.lines] == [2] and marker.reason == "continued from page 1"
    assert str(page.articles[0].source) == "guancheng-2021-05-12.txt:3-3"
    assert str(page.printed[0].continued_from) == "continued from page 1"


def test_a_byline_broken_by_a_page_break_is_read_whole_and_its_lines_reported():
    page = read(OWN_PAGES / "guancheng-2021-04-08.txt")
    byline = page.printed[2].byline
    assert (byline.number, byline.continued_on, byline.kind) == (33, (37,), Kind.BYLINE)
    assert str(page.articles[2].source) == "guancheng-2021-04-08.txt:26-37"
    assert [(item.lines[0].number, item.reason) for item in page.dropped if item.lines[0].number > 26] == [(35, "page number")]


def kinds(printed: str):
    return [(line.kind, line.byline) for line in classify_lines(printed.split("\n")) if line.kind is not Kind.BLANK]


def test_a_short_headline_after_a_byline_is_not_taken_for_more_names():
    found = kinds("记者 柴琳琳\n\n春节快乐\n\n本报讯 近日,社区开展活动。")
    assert [kind for kind, _ in found] == [Kind.BYLINE, Kind.TEXT, Kind.TEXT]
    assert found[0][1].reporters == ("柴琳琳",)


def test_a_byline_printed_twice_is_not_read_as_one_and_the_second_is_a_repeat():
    lines = [line for line in classify_lines("记者 柴琳琳 通讯员 张磊\n\n记者 柴琳琳 通讯员 张磊".split("\n")) if line.kind is not Kind.BLANK]
    assert [(line.kind, line.what) for line in lines] == [(Kind.BYLINE, ""), (Kind.FURNITURE, "repeated byline")]
    assert lines[0].byline.correspondents == ("张磊",)


@pytest.mark.parametrize(
    "first, second, reporters, correspondents",
    [
        ("记者 柴琳琳 通讯员 张", "磊 文/图", ("柴琳琳",), ("张磊",)),
        ("记者 柴琳琳 通讯", "员 张磊", ("柴琳琳",), ("张磊",)),
        ("记者：柴琳琳　通讯员：张磊", "王晓", ("柴琳琳",), ("张磊", "王晓")),
    ],
)
def test_bylines_broken_inside_a_word_or_between_names(first, second, reporters, correspondents):
    ((kind, byline), (rest, _)) = kinds(f"{first}\n\n\n3\n\n{second}")[::2]
    assert (kind, rest) == (Kind.BYLINE, Kind.CONTINUED)
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize("line", ["2020年12月30日", "管城回族区报 2020年12月30日 星期三 第3版", "2020年12月30日 农历十一月十六"])
def test_running_date_lines_are_furniture(line):
    assert kinds(line)[0][0] is Kind.FURNITURE


def test_a_headline_with_a_date_is_not_furniture():
    assert kinds("2021年6月1日起垃圾分类新规正式实施")[0][0] is Kind.TEXT


def test_verbose_report_names_the_joined_byline(tmp_path):
    out = io.StringIO()
    page = OWN_PAGES / "guancheng-2021-04-08.txt"
    run_import([page], config=CONFIG, content_dir=tmp_path, date=None, dry_run=True, force=False, verbose=True, out=out)
    assert "joined lines 33-37: one byline broken across a page break" in out.getvalue()
    assert "dropped line 35 (page number): 4" in out.getvalue()


def test_verbose_report_leaves_out_a_byline_set_on_two_lines_with_no_break_between(tmp_path):
    # `本报记者 柴琳琳` / `本报通讯员 杨帆` printed one under the other: one byline, nothing for the editor to review.
    page = tmp_path / "guancheng-2021-03-15.txt"
    page.write_text("八旬老人拾金不昧\n\n本报讯 3月13日，张大爷在路边捡到一个钱包。\n本报记者 柴琳琳\n本报通讯员 杨帆\n", encoding="utf-8")
    out = io.StringIO()
    run_import([page], config=CONFIG, content_dir=tmp_path / "content", date=None, dry_run=True, force=False, verbose=True, out=out)
    assert "correspondents: [杨帆]" in out.getvalue() and "joined" not in out.getvalue()


def test_a_reprint_running_across_a_break_after_a_full_stop_rejoins_the_paragraph():
    # Line 34 ends with 。 and a page break follows; the reprinted tail at line 45 prints `科目。演练过程中…` as one line.
    page = read(OWN_PAGES / "guancheng-2021-07-14.txt")
    assert [(p.first, p.last) for p in page.printed[1].paragraphs] == [(34, 40), (42, 42)]


def test_a_headline_with_a_subtitle_is_one_title_over_both_lines():
    page = read(OWN_PAGES / "guancheng-2021-08-18.txt")
    assert page.printed[0].title.continued_on == (6,)
    assert str(page.articles[0].source) == "guancheng-2021-08-18.txt:5-13"


@pytest.mark.parametrize(
    "text, reporters, correspondents, photo",
    [
        ("（记者 柴琳琳 通讯员 陈思）近日，", ("柴琳琳",), ("陈思",), False),
        (" (通讯员 买买提·艾力 记者 柴琳琳 欧阳明月 文/图)12月28日", ("柴琳琳", "欧阳明月"), ("买买提·艾力",), True),
        ("【记者　柴琳琳】", ("柴琳琳",), (), False),
    ],
)
def test_bylines_in_brackets_after_the_lead(text, reporters, correspondents, photo):
    byline, _ = lead_byline(text)
    assert (byline.reporters, byline.correspondents, byline.photo) == (reporters, correspondents, photo)


@pytest.mark.parametrize(
    "text, reporters, correspondents, rest",
    [
        ("通讯员　王晓　近日，南关街街道开展活动。", (), ("王晓",), "近日，南关街街道开展活动。"),
        ("记者 柴琳琳 通讯员 陈思 张磊 12月28日上午，社区开展活动。", ("柴琳琳",), ("陈思", "张磊"), "12月28日上午，社区开展活动。"),
    ],
)
def test_bylines_without_brackets_after_the_lead(text, reporters, correspondents, rest):
    byline, after = lead_byline(text)
    assert (byline.reporters, byline.correspondents, after) == (reporters, correspondents, rest)


@pytest.mark.parametrize("text", ["（2020年12月30日）近日，", "近日（记者 柴琳琳）", "（特约研究员 柴琳琳）", "记者从区民政局获悉，今年…", "记者 柴琳琳"])
def test_text_after_the_lead_that_opens_with_no_byline(text):
    assert lead_byline(text) == (None, text)


@pytest.mark.parametrize("headline", ["记者站揭牌", "摄影爱好者"])
def test_a_headline_that_reads_like_a_byline_is_a_headline(headline):
    found = kinds(f"记者 柴琳琳\n\n{headline}\n\n本报讯 近日,社区开展活动。")
    assert [kind for kind, _ in found] == [Kind.BYLINE, Kind.TEXT, Kind.TEXT]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("邻里同乐\n——记郑汴路社区包饺子活动", id="with a subtitle"),
        pytest.param("这里,空气里\n都洋溢着幸福的味道", id="over two lines"),
    ],
)
def test_a_headline_after_a_byline_is_not_taken_for_more_names_even_over_two_lines(headline):
    found = kinds(f"记者 柴琳琳 通讯员 陈思\n\n{headline}\n\n本报讯 近日,社区开展活动。")
    assert [kind for kind, _ in found] == [Kind.BYLINE, Kind.TEXT, Kind.TEXT, Kind.TEXT]
    assert found[0][1].correspondents == ("陈思",)
    # The rest of a byline a page break cut off still joins it when a headline follows after a blank line.
    found = kinds("记者：柴琳琳　通讯员：张磊\n\n\n3\n\n王晓\n\n邻里同乐\n\n本报讯 近日,社区开展活动。")
    assert [kind for kind, _ in found] == [Kind.BYLINE, Kind.FURNITURE, Kind.CONTINUED, Kind.TEXT, Kind.TEXT]
    assert found[0][1].correspondents == ("张磊", "王晓")


def test_a_headline_that_reads_like_a_byline_is_a_headline_above_its_subtitle_too():
    found = kinds("记者 柴琳琳\n\n记者站揭牌\n——记城东路街道融媒体记者站\n\n本报讯 近日,社区开展活动。")
    assert [kind for kind, _ in found] == [Kind.BYLINE, Kind.TEXT, Kind.TEXT, Kind.TEXT]


@pytest.mark.parametrize(("marker", "a_list_s_number"), [("（3）", True), ("(3)", True), ("A3", False), ("Ａ３", False)])
def test_a_page_marker_standing_alone_is_furniture_but_one_a_list_prints_against_text_is_text(marker, a_list_s_number):
    # In a page break the marker stands between blank lines; a list item's number put on a
    # line of its own is printed right against the item's text, and stays text. No list is numbered `A3`.
    assert kinds(f"本报讯 近日,社区党支部、\n\n\n{marker}\n\n大宏远建筑公司开展活动。")[1][0] is Kind.FURNITURE
    assert kinds(f"本报讯 近日,社区开展三项活动:\n\n{marker}\n开展义诊。")[1][0] is (Kind.TEXT if a_list_s_number else Kind.FURNITURE)


@pytest.mark.parametrize(
    "line, reporters, correspondents",
    [
        ("记者 王磊 摄影报道", ("王磊",), ()),
        ("记者 柴琳琳 通讯员 陈思 摄影", ("柴琳琳",), ("陈思",)),
        ("王磊 摄", ("王磊",), ()),
        ("（王磊、李想 摄）", ("王磊", "李想"), ()),
        ("王磊摄影", ("王磊",), ()),
    ],
)
def test_photo_credits(line, reporters, correspondents):
    # Photographers sign with the reporters, whether the credit follows a byline or stands alone.
    byline = parse_byline(line)
    assert (byline.reporters, byline.correspondents, byline.photo) == (reporters, correspondents, True)


@pytest.mark.parametrize(
    "line, reporters, correspondents",
    [
        ("记者 王磊 报道", ("王磊",), ()),
        ("本报记者 王磊 通讯员 李想 报导", ("王磊",), ("李想",)),
        ("通讯员 陈思 整理", (), ("陈思",)),
        ("记者 王磊报道", ("王磊",), ()),  # printed against the name
        ("记者 欧阳明华整理", ("欧阳明华",), ()),
        ("记者 王报道", ("王报道",), ()),  # 王 alone is no name: the line names 王报道, as printed
    ],
)
def test_a_closing_word_of_how_a_byline_wrote_names_no_one(line, reporters, correspondents):
    byline = parse_byline(line)
    assert (byline.reporters, byline.correspondents, byline.photo) == (reporters, correspondents, False)


@pytest.mark.parametrize("line", ["王晓 文/图", "光影 记录", "美丽乡村"])
def test_lines_without_a_role_or_a_photographer_are_no_byline(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("cut", ["记者 柴琳琳\n\n\n通讯员 陈思", "记者 柴琳琳 通讯员 陈\n\n\n思"], ids=["between names", "inside a name"])
def test_the_rest_of_a_byline_a_page_break_cut_right_above_the_next_headline_is_the_byline(cut, tmp_path):
    text = (
        "一碗饺子温暖群众心\n\n本报讯 近日,北下街街道开展冬日慰问活动。\n" + cut
        + "\n巧手包饺子温馨邻里情\n\n本报讯 近日,豫丰社区开展邻里活动。\n记者 柴琳琳 通讯员 张磊\n"
    )
    path = tmp_path / "cut-2020-12-30.txt"
    path.write_text(text, encoding="utf-8")
    first, second = read(path).articles
    assert (first.correspondents, second.title) == (["陈思"], "巧手包饺子温馨邻里情")


def test_a_date_in_chinese_numerals_alone_dates_a_notice_and_is_text():
    # As official notices are signed; a running head in Chinese numerals names the weekday or page too.
    found = kinds("本报讯 现向全区居民发出倡议。\n管城回族区文明办\n二〇二〇年十二月二十八日\n\n二〇二〇年十二月三十日 星期三\n")
    assert [kind for kind, _ in found] == [Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.FURNITURE]


def read_text(text):
    return read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2020, 12, 30))


@pytest.mark.parametrize("headline", ["摄影展开幕", "记者节座谈会", "通讯员培训班"])
def test_a_headline_starting_with_a_role_word_under_an_unsigned_article_heads_the_next_one(headline):
    # A brief's byline under a finished sentence signs it; this line runs on from its role word, as no byline does.
    page = read_text(
        "■活动室\n\n一碗饺子温暖群众心\n\n"
        "本报讯（记者 柴琳琳 通讯员 陈思）近日，北下街街道开展冬日慰问活动。\n当天，志愿者把饺子分发给环卫工人。\n\n"
        f"{headline}\n\n本报讯（记者 柴琳琳）近日，豫丰社区举办活动。\n"
    )
    first, second = page.printed
    assert (first.credits.reporters, first.credits.photo) == (("柴琳琳",), False)
    assert [p.text for p in first.paragraphs][-1] == "当天，志愿者把饺子分发给环卫工人。"
    assert second.title.text == headline and second.title.number == 8


@pytest.mark.parametrize(
    "above, blank",
    [
        pytest.param("服务热线：0371-66668888", "", id="a line that ends no paragraph"),
        pytest.param("活动中，消防员演示了灭火器的使用方法。（记者 柴琳琳）", "", id="a sentence and a bracketed byline"),
        pytest.param("活动中，消防员演示了灭火器的使用方法。（记者 柴琳琳）", "\n", id="the same, a paragraph of its own"),
    ],
)
def test_the_last_line_of_an_article_is_not_taken_into_the_next_headline(above, blank):
    # Printed right under the article's text, it is that text's, not a headline's first line.
    page = read_text(
        "■便民\n\n管城区开通冬季供暖服务热线\n\n"
        f"本报讯 近日，管城回族区开通冬季供暖服务热线，居民可随时拨打。\n{blank}{above}\n"
        "南关街街道开展“法律进社区”活动\n本报讯 近日，南关街街道开展宣传活动。\n记者 柴琳琳 通讯员 张磊\n"
    )
    first, second = page.printed
    assert [p.text for p in first.paragraphs][-1] == above
    assert second.title.text == "南关街街道开展“法律进社区”活动"
    assert not page.dropped


@pytest.mark.parametrize(
    ("label", "section"),
    [("■系列报道之三", "系列报道"), ("【系列报道·三】", "系列报道"), ("【“小巷管家”系列报道（二）】", "“小巷管家”系列报道"), ("【一线故事】", "一线故事")],
)
def test_a_label_in_brackets_over_a_headline_is_its_section_and_a_series_part_s_number_is_not(label, section):
    page = read_text(
        "南曹街道开展消防演练\n\n本报讯 7月28日，南曹街道组织辖区企业开展消防演练。\n记者 柴琳琳 通讯员 赵敏\n\n"
        f"{label}\n“小巷管家”：巷子里的“主心骨”\n\n本报讯（记者 柴琳琳 通讯员 江涛）在西大街街道，有这样一群人，他们就是“小巷管家”。\n"
    )
    assert [(article.title.text, article.section) for article in page.printed] == [
        ("南曹街道开展消防演练", None),
        ("“小巷管家”：巷子里的“主心骨”", section),
    ]
    assert page.articles[1].correspondents == ["江涛"]
    assert not page.dropped


@pytest.mark.parametrize("label", ["【社区动态】", "【街道快讯】", "快讯"])
def test_a_column_of_news_named_in_brackets_or_bare_is_the_section_of_the_articles_under_it(label):
    page = read_text(
        "■活动室\n\n一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳 通讯员 陈思\n\n"
        f"{label}\n南关街街道开展“法律进社区”活动\n\n本报讯 近日，南关街街道开展宣传活动。\n记者 柴琳琳 通讯员 张磊\n"
    )
    assert [(article.title.text, article.section) for article in page.printed] == [
        ("一碗饺子温暖群众心", "活动室"),
        ("南关街街道开展“法律进社区”活动", label.strip("【】")),
    ]
    assert not page.dropped


@pytest.mark.parametrize("credit", ["记者 王磊 摄", "记者 王磊 摄影"])
def test_text_after_a_photo_credit_inside_an_article_goes_on_with_it(credit):
    # The photo stood inside the article, its credit under it; the text after it cannot start an article.
    page = read_text(
        f"社区开展冬日慰问活动\n\n本报讯 近日,北下街街道开展冬日慰问活动。\n\n{credit}\n\n"
        "活动中,志愿者们还为老人打扫了房间。\n\n记者 柴琳琳 通讯员 陈思\n\n邻里节活动举行\n\n本报讯 近日,豫丰社区举办邻里节。\n记者 王磊\n"
    )
    first, second = page.articles
    assert first.body.endswith("活动中,志愿者们还为老人打扫了房间。") and first.photo
    assert (first.reporters, first.correspondents) == (["柴琳琳", "王磊"], ["陈思"])
    assert (second.title, page.dropped) == ("邻里节活动举行", ())


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"], ids=["flush", "indented"])
def test_text_after_a_photo_credit_goes_on_when_its_first_line_holds_a_clause_and_wraps(indent):
    # `改造后，…居民告别了` ends no sentence, but holds a clause, and the line printed under it does: no headline.
    page = read_text(
        f"北下街街道：老旧管网改造完工\n\n{indent}本报讯 7月28日，北下街街道老旧管网改造工程完工。\n{indent}▲施工人员在小区内铺设新管道。\n"
        f"记者 王磊 摄\n{indent}改造后，小区供水更稳定，居民告别了\n“水压低”的烦恼。\n记者 柴琳琳 通讯员 陈思\n\n"
        "邻里节活动举行\n\n本报讯 近日,豫丰社区举办邻里节。\n记者 王磊\n"
    )
    first, second = page.articles
    assert first.body.split("\n\n")[-1] == "改造后，小区供水更稳定，居民告别了“水压低”的烦恼。"
    assert (first.reporters, first.correspondents, first.photo) == (["柴琳琳", "王磊"], ["陈思"], True)
    assert (second.title, page.dropped) == ("邻里节活动举行", ())


def test_a_headline_after_an_article_signed_with_its_photos_starts_the_next_article():
    page = read_text("社区开展冬日慰问活动\n\n本报讯 近日,北下街街道开展冬日慰问活动。\n记者 王磊 摄\n\n邻里节活动举行\n\n本报讯 近日,豫丰社区举办邻里节。\n记者 柴琳琳\n")
    assert [article.title for article in page.articles] == ["社区开展冬日慰问活动", "邻里节活动举行"]


@pytest.mark.parametrize("line", ["社区新闻", "管城回族区报", "2021年3月1日 编辑部开放日"])
def test_a_paper_s_or_page_s_name_alone_is_no_running_head(line):
    assert kinds(line)[0][0] is Kind.TEXT


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["right over the headline", "a blank line between"])
@pytest.mark.parametrize("label", ["记者走基层", "记者观察"])
def test_a_column_label_starting_with_a_role_word_names_no_one(label, between):
    page = read_text(
        "一碗饺子温暖群众心\n\n本报讯 近日,北下街街道开展冬日慰问活动。\n记者 柴琳琳 通讯员 陈思\n\n"
        f"{label}{between}老旧小区改造如何破解“停车难”\n\n本报讯 近日,记者走访南关街街道多个老旧小区。\n记者 王磊\n"
    )
    first, second = page.articles
    assert (first.reporters, first.correspondents) == (["柴琳琳"], ["陈思"])
    assert second.title == "老旧小区改造如何破解“停车难”"
    assert [line.text for item in page.dropped for line in item.lines] == [label]  # reported, not lost


@pytest.mark.parametrize("rubric, section", [("■ 党 建 引 领", "党建引领"), ("■　活　动　室", "活动室"), ("■输入新鲜血液 找好接班人", "输入新鲜血液 找好接班人")])
def test_a_letter_spaced_rubric_names_its_section_without_the_spaces(rubric, section):
    (article,) = read_text(f"{rubric}\n\n一碗饺子温暖群众心\n\n本报讯 近日,北下街街道开展冬日慰问活动。\n记者 柴琳琳\n").articles
    assert article.section == section


@pytest.mark.parametrize("headline", ["战疫情,我们在一起!", "战疫情，我们在一起！"])
def test_a_headline_ending_with_an_exclamation_reprinted_over_a_story_s_rest_titles_it(headline):
    page = read_text(f"{headline}\n（上接第1版）\n并为老人送上了新年祝福。\n记者 王磊\n")
    assert [article.title for article in page.articles] == [headline]


@pytest.mark.parametrize(
    "line, reporters, correspondents, photo",
    [
        ("见习记者 李想 通讯员 陈思", ("李想",), ("陈思",), False),
        ("特约记者 李想", ("李想",), (), False),
        ("本报通讯员 张磊", (), ("张磊",), False),
        ("记者 柴琳琳 特约通讯员 王晓", ("柴琳琳",), ("王晓",), False),
        ("记者　王　磊　通讯员　陈　思", ("王磊",), ("陈思",), False),  # two-character names padded to three
        ("通讯员 张磊 王 晓", (), ("张磊", "王晓"), False),
        ("文/记者 柴琳琳 图/通讯员 陈思", ("柴琳琳",), ("陈思",), True),
        ("记者 柴琳琳/文 王磊/图", ("柴琳琳", "王磊"), (), True),
        ("文·图/记者 柴琳琳", ("柴琳琳",), (), True),
        ("记者 柴琳琳 文 王磊 图", ("柴琳琳", "王磊"), (), True),
        ("记者 柴琳琳 文 通讯员 陈思 图", ("柴琳琳",), ("陈思",), True),
        ("通讯员 张　文", (), ("张文",), False),  # a padded name ending in 文 is not a work mark
        ("记者 柴琳琳 通讯员 陈思 供图", ("柴琳琳",), ("陈思",), True),
    ],
)
def test_bylines_as_papers_print_them(line, reporters, correspondents, photo):
    byline = parse_byline(line)
    assert (byline.reporters, byline.correspondents, byline.photo) == (reporters, correspondents, photo)


def test_on_an_indented_page_each_indented_item_of_a_list_is_a_paragraph():
    text = (
        "　　北下街街道部署冬季安全工作\n\n　　本报讯 近日，北下街街道召开冬季安全生产工作会议。\n　　会议要求：\n"
        "　　一是压实责任，做到责任到人；\n　　二是加强巡查，重点检查燃气隐患；\n　　三是强化宣传，提高居民安全意识。\n记者 柴琳琳\n"
    )
    (article,) = read_text(text).articles
    assert article.body.split("\n\n")[-3:] == ["一是压实责任，做到责任到人；", "二是加强巡查，重点检查燃气隐患；", "三是强化宣传，提高居民安全意识。"]


def test_on_a_page_without_indents_list_items_on_their_own_lines_stay_one_paragraph():
    # Without the indent to tell them apart, a line ending with `；` may be a page break inside a sentence's list.
    text = "北下街街道部署冬季安全工作\n\n本报讯 会议要求：\n一是压实责任；\n二是加强巡查。\n记者 柴琳琳\n"
    (article,) = read_text(text).articles
    assert article.body.split("\n\n")[-1] == "一是压实责任；二是加强巡查。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["right under the headline", "a blank line between"])
def test_a_byline_under_the_headline_signs_the_article_below_it(gap):
    page = read_text(
        f"南关街街道开展冬季送温暖活动{gap}记者 柴琳琳 通讯员 陈思\n\n本报讯 近日,南关街街道开展冬季送温暖活动。\n\n"
        "北下街街道召开工作推进会\n\n本报讯 近日,北下街街道召开工作推进会。\n记者 王磊\n"
    )
    first, second = page.articles
    assert (first.title, first.reporters, first.correspondents) == ("南关街街道开展冬季送温暖活动", ["柴琳琳"], ["陈思"])
    assert first.body == "本报讯 近日,南关街街道开展冬季送温暖活动。"
    assert (second.title, second.reporters, page.dropped) == ("北下街街道召开工作推进会", ["王磊"], ())


@pytest.mark.parametrize("between", ["\n\n", " "], ids=["on its own line", "run into the text's first line"])
def test_a_feature_without_a_lead_signed_under_its_headline_is_an_article(between):
    page = read_text(
        f"■人物\n\n社区里的“老娘舅”\n\n记者 柴琳琳 通讯员 陈思{between}在豫丰社区，提起老党员王大爷，居民们都竖起大拇指。\n\n"
        "“能为大家做点事，我心里高兴。”王大爷说。\n\n北下街街道召开工作推进会\n\n本报讯 近日,北下街街道召开工作推进会。\n记者 王磊\n"
    )
    feature, news = page.articles
    assert (feature.title, feature.reporters, feature.correspondents) == ("社区里的“老娘舅”", ["柴琳琳"], ["陈思"])
    run_on = "记者 柴琳琳 通讯员 陈思 " if between == " " else ""  # kept as printed, as a lead's byline is
    assert feature.body.split("\n\n") == [f"{run_on}在豫丰社区，提起老党员王大爷，居民们都竖起大拇指。", "“能为大家做点事，我心里高兴。”王大爷说。"]
    assert (news.reporters, page.dropped) == (["王磊"], ())


@pytest.mark.parametrize(
    "caption, reporters, correspondents",
    [("图为活动现场。 通讯员 张磊 摄", ["柴琳琳"], ["张磊"]), ("图为志愿者为老人送上饺子。（王磊 摄）", ["柴琳琳", "王磊"], [])],
)
def test_a_caption_ending_with_its_credit_is_a_paragraph_and_credits_the_photographer(caption, reporters, correspondents):
    page = read_text(f"巧手包饺子温馨邻里情\n\n本报讯 近日,豫丰社区开展邻里活动。\n\n{caption}\n\n活动中,大家进行包饺子比赛。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body.split("\n\n") == ["本报讯 近日,豫丰社区开展邻里活动。", caption, "活动中,大家进行包饺子比赛。"]
    assert (article.reporters, article.correspondents, article.photo) == (reporters, correspondents, True)


def test_a_headline_printed_over_three_lines_is_one_title():
    page = read_text("■要闻\n\n管城回族区召开\n2021年经济工作会议\n暨优化营商环境推进大会\n\n本报讯 12月28日,管城回族区召开经济工作会议。\n记者 柴琳琳\n")
    assert [article.title for article in page.articles] == ["管城回族区召开2021年经济工作会议暨优化营商环境推进大会"]
    assert page.dropped == ()


@pytest.mark.parametrize("place, subdistrict, community", [("北下街街道", "北下街街道", None), ("南关街街道豫丰社区", "南关街街道", "豫丰社区")])
@pytest.mark.parametrize(
    "start", ["\n\n　　本报讯（记者 柴琳琳）为确保", "\n记者 柴琳琳\n\n　　为确保"], ids=["over a lead", "over a byline, a feature"]
)
def test_a_place_and_a_colon_printed_over_a_headline_s_words_begin_the_headline(place, subdistrict, community, start):
    # As `北下街街道：多措并举…` on one line: the place is the headline's, not text before it.
    page = read_text(f"■关注\n{place}：\n多措并举推进社区换届选举{start}社区换届选举工作顺利进行，街道提前谋划、周密部署。\n")
    (article,) = page.articles
    assert (article.title, article.subdistrict, article.community) == (f"{place}：多措并举推进社区换届选举", subdistrict, community)
    assert (article.reporters, article.tags, page.dropped) == (["柴琳琳"], ["换届"], ())


@pytest.mark.parametrize("lead_in", ["圃田乡村“两委”换届：", "喜迎建党百年："])
def test_a_short_lead_in_with_a_colon_standing_apart_over_a_headline_over_a_lead_begins_it(lead_in):
    page = read_text(f"■换届进行时\n{lead_in}\n选出群众满意的“领头雁”\n\n本报讯 日前，圃田乡18个行政村全部完成村“两委”换届。（通讯员 李娜）\n")
    (article,) = page.articles
    assert (article.title, article.correspondents, page.dropped) == (f"{lead_in}选出群众满意的“领头雁”", ["李娜"], ())


def test_a_quotation_announced_by_a_colon_over_a_byline_stays_text():
    # Only a place's name and a colon (`北下街街道：`) may stand over a feature's headline and byline; `居民说：` announces the line under it.
    page = read_text("一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展慰问活动。\n\n居民说：\n“有事找社区”\n记者 柴琳琳\n\n活动持续了一上午。\n")
    assert [article.title for article in page.articles] == ["一碗饺子温暖群众心"]


def test_a_colon_before_a_list_under_a_finished_paragraph_is_no_headline_s():
    page = read_text("南关街街道开展评选\n\n本报讯 近日，南关街街道评出优秀志愿者，名单如下：\n豫丰社区：\n王芳、李明。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.title == "南关街街道开展评选" and "豫丰社区：" in article.body and page.dropped == ()



@pytest.mark.parametrize("signature", ["\n记者 柴琳琳", ""], ids=["article above signed", "article above unsigned"])
def test_a_kicker_over_a_headline_heads_that_article_not_the_one_above(signature):
    page = read_text(
        f"一碗饺子温暖群众心\n\n本报讯（记者 柴琳琳）近日,北下街街道开展冬日慰问活动。{signature}\n\n"
        "喜报！\n管城区两个社区获评全国示范社区\n\n本报讯（记者 柴琳琳）近日,民政部公布全国示范社区名单。\n"
    )
    first, second = page.articles
    assert first.body == "本报讯（记者 柴琳琳）近日,北下街街道开展冬日慰问活动。"
    assert second.title == "喜报！管城区两个社区获评全国示范社区"


# Pages a reviewer wrote where rules added together read wrongly; each as a careful human reads it.
def test_a_closing_line_without_punctuation_leaves_its_byline_to_its_article():
    page = read_text(
        "社区书法班开课啦\n\n本报讯 近日,豫丰社区书法班开课。\n\n报名电话：0371-66668888\n记者 柴琳琳\n\n"
        "战疫情，我们在一起！\n\n本报讯 近日,北下街街道开展防疫宣传。\n记者 王磊\n"
    )
    first, second = page.articles
    assert (first.reporters, first.body.split("\n\n")[-1]) == (["柴琳琳"], "报名电话：0371-66668888")
    assert (second.title, second.reporters, page.dropped) == ("战疫情，我们在一起！", ["王磊"], ())


def test_a_last_paragraph_ending_with_an_exclamation_stays_in_its_article_over_a_story_s_rest():
    page = read_text(
        "一碗饺子温暖群众心\n\n本报讯（记者 柴琳琳）近日,北下街街道开展慰问活动。\n\n居民们纷纷表示：“这样的活动太暖心了！”\n\n"
        "（上接第1版）\n社区志愿者每天对辖区楼院进行消杀。\n记者 王磊\n"
    )
    first, rest = page.articles
    assert first.body.endswith("居民们纷纷表示：“这样的活动太暖心了！”")
    assert rest.title == "社区志愿者每天对辖区楼院进行消杀"


def test_a_byline_printed_without_spaces_and_cut_by_a_page_break_is_one_byline():
    page = read_text("一碗饺子温暖群众心\n\n本报讯 近日,北下街街道开展慰问活动。\n记者柴琳琳\n\n通讯员陈思\n\n邻里情\n\n本报讯 近日,豫丰社区开展活动。\n记者王磊\n")
    assert [(article.reporters, article.correspondents) for article in page.articles] == [(["柴琳琳"], ["陈思"]), (["王磊"], [])]


def test_dates_with_times_in_an_article_are_its_text():
    page = read_text("社区义诊进楼院\n\n本报讯 近日,豫丰社区开展义诊活动，时间如下：\n2021年1月5日 9:00—11:30\n2021年1月12日 9:00—11:30\n欢迎居民前来咨询。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert "2021年1月5日 9:00—11:30" in article.body and "2021年1月12日 9:00—11:30" in article.body


@pytest.mark.parametrize(
    "headline, title",
    [("社区里的“老娘舅”\n——记豫丰社区老党员王大爷", "社区里的“老娘舅”——记豫丰社区老党员王大爷"), ("三十年如一日\n守护社区的“平安灯”", "三十年如一日守护社区的“平安灯”"), ("喜报！\n管城区两个社区获评全国示范社区", "喜报！管城区两个社区获评全国示范社区")],
    ids=["subtitle", "two lines", "kicker"],
)
def test_a_byline_above_the_text_keeps_the_whole_headline_above_it(headline, title):
    page = read_text(f"■人物\n\n{headline}\n\n记者 柴琳琳 通讯员 陈思\n\n在豫丰社区，提起老党员王大爷，居民们都竖起大拇指。\n")
    assert [(article.title, article.reporters) for article in page.articles] == [(title, ["柴琳琳"])]
    assert page.dropped == ()


@pytest.mark.parametrize(
    "line, reporters, correspondents",
    [("（文/图 记者 柴琳琳）", ("柴琳琳",), ()), ("文/图 本报记者 王磊", ("王磊",), ()), ("文/记者 柴琳琳 图/通讯员 陈思", ("柴琳琳",), ("陈思",))],
)
def test_who_wrote_and_took_the_photos_marked_before_the_roles(line, reporters, correspondents):
    byline = parse_byline(line)
    assert (byline.reporters, byline.correspondents, byline.photo) == (reporters, correspondents, True)


def test_works_and_their_photographers_in_a_list_credit_no_one():
    page = read_text(
        "社区摄影展获奖名单揭晓\n\n本报讯 近日,摄影比赛评选结果揭晓,获奖作品如下：\n一等奖：《晨曦》（张华 摄）\n三等奖：《邻里》（赵刚 摄影）\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert (article.reporters, article.photo) == (["柴琳琳"], False)


FEATURE = "雪中的坚守\n\n清晨六点，雪还在下。网格员李大姐已在小区门口站了一个小时。\n她说：“大家出门安全，我就放心了。”（记者 王磊 通讯员 陈思）\n"


@pytest.mark.parametrize("after", ["", "\n社区开展冬日慰问活动\n\n本报讯 近日，北下街街道开展慰问活动。\n记者 柴琳琳\n"], ids=["alone", "over a lead article"])
def test_a_feature_signed_only_in_brackets_at_its_end_is_an_article(after):
    page = read_text("■特写\n\n" + FEATURE + after)
    feature = page.articles[0]
    assert (feature.title, feature.section, feature.reporters, feature.correspondents) == ("雪中的坚守", "特写", ["王磊"], ["陈思"])
    assert feature.body.endswith("我就放心了。”（记者 王磊 通讯员 陈思）")
    assert [article.title for article in page.articles[1:]] == (["社区开展冬日慰问活动"] if after else [])
    assert not page.dropped


def test_text_signed_in_brackets_under_no_headline_outside_a_column_of_briefs_is_reported_not_made_an_article():
    page = read_text("社区开展冬日慰问活动\n\n本报讯 近日，北下街街道开展慰问活动。\n记者 柴琳琳\n\n■活动室\n\n近日，北下街街道开展冬日慰问活动。（记者 王磊）\n")
    assert [article.title for article in page.articles] == ["社区开展冬日慰问活动"]
    assert [item.reason for item in page.dropped] == ["rubric over no article", "text outside any article (no headline, 本报讯 lead or byline)"]


BRIEFS = ["●3月9日，南曹街道组织开展植树活动，共栽植树木500余棵。（通讯员 王晓）", "●3月10日，圃田乡举办农业技术培训班，100余名农户参加培训。（记者 王磊）"]


@pytest.mark.parametrize("above", ["", "社区开展冬日慰问活动\n\n　　本报讯 近日，北下街街道开展慰问活动。\n记者 柴琳琳\n\n", "社区开展冬日慰问活动\n\n　　本报讯 近日，北下街街道开展慰问活动。\n\n"], ids=["alone", "under a signed article", "under an unsigned one"])
@pytest.mark.parametrize("bullet", ["●", "◆", "▶", ""])
@pytest.mark.parametrize("column", ["简讯", "街道动态", "社区快讯", "街道传真"])
def test_briefs_in_a_column_of_briefs_each_signed_in_brackets_are_articles_titled_from_their_text(above, bullet, column):
    # `■简讯` names a column of briefs: it ends the article above, and each paragraph signed at its end is a brief.
    briefs = [brief.replace("●", bullet) for brief in BRIEFS]
    page = read_text(f"{above}■{column}\n" + "".join(f"　　{brief}\n" for brief in briefs))
    *others, first, second = page.articles
    assert [(other.title, other.body) for other in others] == ([("社区开展冬日慰问活动", "本报讯 近日，北下街街道开展慰问活动。")] if above else [])
    assert [(brief.title, brief.section, brief.body) for brief in (first, second)] == [
        ("南曹街道组织开展植树活动", column, briefs[0]), ("圃田乡举办农业技术培训班", column, briefs[1])
    ]
    assert [(brief.reporters, brief.correspondents) for brief in (first, second)] == [([], ["王晓"]), (["王磊"], [])]
    assert not page.dropped


def test_a_brief_signed_in_brackets_after_a_headed_brief_signed_so_is_a_brief_of_its_own():
    page = read_text(
        "■简讯\n\n南曹街道开展“田间课堂”\n\n本报讯 7月19日，南曹街道邀请专家走进南曹村，为种植户讲解病虫害防治技术。（通讯员 赵敏）\n\n"
        "●7月24日，北下街街道北下街社区举办第三届“邻里节”，居民们摆起“百家宴”。（通讯员 陈思）\n"
    )
    assert [(article.title, article.correspondents) for article in page.articles] == [
        ("南曹街道开展“田间课堂”", ["赵敏"]), ("北下街街道北下街社区举办第三届“邻里节”", ["陈思"])
    ]
    assert not page.dropped


def test_text_under_a_lead_signed_at_its_end_is_reported_not_made_part_of_it():
    # The brief is finished: a correction printed under it, with no headline, is no paragraph of it, nor does it take its credit.
    correction = "更正：本报6月23日第3版一文中，“30吨”应为“3吨”，特此更正。"
    page = read_text(f"区政务服务中心新增“跨省通办”窗口\n\n本报讯 7月1日，区政务服务中心新增“跨省通办”窗口。（记者 柴琳琳）\n\n{correction}\n")
    (article,) = page.articles
    assert (article.body, article.reporters) == ("本报讯 7月1日，区政务服务中心新增“跨省通办”窗口。（记者 柴琳琳）", ["柴琳琳"])
    assert [line.text for item in page.dropped for line in item.lines] == [correction]


def test_a_lead_ending_with_a_photo_s_credit_goes_on_with_the_text_under_it():
    page = read_text(
        "社区里的“百家宴”\n\n本报讯 近日，北下街社区居民摆起“百家宴”。（记者 王磊 摄）\n\n居民们端出拿手菜，邻里围坐一桌，其乐融融。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1] == "居民们端出拿手菜，邻里围坐一桌，其乐融融。"
    assert (article.reporters, article.photo, page.dropped) == (["柴琳琳", "王磊"], True, ())


NEXT_ARTICLE = "■活动室\n\n冬季农业生产不放松\n\n本报讯 近日，圃田乡组织农技人员指导农户做好小麦越冬管理。\n记者 柴琳琳\n"


def test_a_paragraph_not_signed_among_briefs_is_reported_with_them():
    # It may be the rest of the brief above (a page break): nothing is guessed.
    page = read_text("■简讯\n\n" + BRIEFS[0] + "\n\n参加培训的农户纷纷表示收获很大。\n\n" + BRIEFS[1] + "\n\n" + NEXT_ARTICLE)
    assert [article.title for article in page.articles] == ["冬季农业生产不放松"]
    assert [item.reason for item in page.dropped] == ["rubric over no article", "text outside any article (no headline, 本报讯 lead or byline)"]
    assert [line.text for line in page.dropped[1].lines] == [BRIEFS[0], "参加培训的农户纷纷表示收获很大。", BRIEFS[1]]


@pytest.mark.parametrize("above", ["记者 柴琳琳\n", ""], ids=["under a signed article", "under an unsigned one"])
def test_a_headline_cut_by_a_page_break_is_one_title(above):
    text = (
        "社区开展冬日慰问活动\n\n本报讯 近日，北下街街道开展慰问活动。\n" + above
        + "\n管城回族区召开\n\n- 3 -\n管城回族区报 2020年12月30日 星期三 第3版\n\n2021年经济工作会议\n\n本报讯 12月29日，管城回族区召开经济工作会议。\n记者 王磊\n"
    )
    page = read_text(text)
    assert [article.title for article in page.articles] == ["社区开展冬日慰问活动", "管城回族区召开2021年经济工作会议"]
    assert page.articles[0].body == "本报讯 近日，北下街街道开展慰问活动。"
    assert all(item.reason in ("page number", "running head", "running date line") for item in page.dropped)


def test_a_short_line_over_blank_lines_only_is_no_part_of_the_headline_below():
    text = "社区开展冬日慰问活动\n\n本报讯 近日，北下街街道开展慰问活动。\n\n服务热线\n\n2021年经济工作会议\n\n本报讯 12月29日，管城回族区召开经济工作会议。\n记者 王磊\n"
    assert [article.title for article in read_text(text).articles] == ["社区开展冬日慰问活动", "2021年经济工作会议"]


def test_page_text_that_looks_like_markdown_is_imported_as_text():
    lines = ["#我为群众办实事# 话题活动启动。", "7*24小时服务，5*8小时值守。", "2020. 这一年，社区变了。", "- 一是压实责任。", "[详情](见社区公告栏)。"]
    text = "社区开展便民服务\n\n本报讯 近日，北下街街道开展便民服务。\n\n" + "\n\n".join(lines) + "\n记者 柴琳琳\n"
    (article,) = read_text(text).articles
    html = MarkdownRenderer().render(article.body)
    assert html.count("<p>") == 6 and "<h1>" not in html and "<em>" not in html and "<li>" not in html and "<a " not in html
    assert [plain_text(paragraph) for paragraph in html.split("</p>")[1:-1]] == lines


@pytest.mark.parametrize(
    ("headline", "tagged"),
    [
        ("豫丰社区“两委”换届选举圆满完成", True),
        ("新一届社区“两委”班子集中培训", True),
        ("区乡两级人大代表换届选举投票日确定", False),
        ("金色港湾小区业主委员会完成换届", False),
    ],
)
def test_a_tag_rule_s_exceptions_keep_its_keyword_from_tagging_another_kind_of_item(headline, tagged):
    rule = TagRule("换届", ("换届", "两委"), ("人大代表换届", "业主委员会完成换届"))
    config = dataclasses.replace(CONFIG, tag_rules=(rule,))
    page = read_page(OWN_PAGES / "page.txt", f"{headline}\n\n本报讯 7月30日，南关街街道召开会议。\n记者 柴琳琳\n".encode(), config=config, date=dt.date(2021, 7, 30))
    assert page.articles[0].tags == (["换届"] if tagged else [])


@pytest.mark.parametrize(
    ("headline", "tagged"),
    [
        ("圃田乡村“两委”换届选举圆满完成", True),
        ("我区部署县乡两级人大换届选举工作", False),
        ("金色港湾小区业主委员会的换届选举顺利进行", False),
        ("书院社区业委会的换届工作启动", False),
        ("豫丰社区选举产生新一届社区居民委员会", True),
        ("小刘村村委会选举圆满完成", True),
        ("豫丰社区居民委员会开展义诊", False),
        ("小刘村召开第十二届村民委员会选举大会", True),
        ("二里岗街道部署非公企业党组织换届工作", False),
        ("航海东路街道妇联换届工作圆满完成", False),
        ("书院社区选举产生新一届社区居委会", True),
        ("我区部署区乡两级人民代表大会换届选举工作", False),
        ("南曹街道团支部换届工作完成", False),
    ],
)
def test_the_sample_site_tags_village_and_community_elections_not_other_bodies(headline, tagged):
    page = read_page(OWN_PAGES / "page.txt", f"{headline}\n\n本报讯 7月30日，南关街街道召开会议。\n记者 柴琳琳\n".encode(), config=CONFIG, date=dt.date(2021, 7, 30))
    assert page.articles[0].tags == (["换届"] if tagged else [])


NOTICES = [
    (
        "南曹街道小刘村村民委员会选民登记公告",
        ["根据有关规定，现将我村第十二届村民委员会换届选举选民登记有关事项公告如下：", "一、登记时间：2021年7月20日至7月24日。", "二、登记地点：小刘村党群服务中心。",
         "特此公告。", "南曹街道小刘村村民选举委员会", "2021年7月19日"],
    ),
    (
        "二里岗街道南岗社区第十一届居民委员会成员候选人名单公示",
        ["现将南岗社区第十一届居民委员会成员候选人名单公示如下：", "主任候选人　王建国　刘海燕", "委员候选人　陈红　周明　赵丽",
         "公示期为2021年7月25日至7月29日。", "二里岗街道南岗社区居民选举委员会", "2021年7月24日"],
    ),
]


@pytest.mark.parametrize("indent", ["　　", ""], ids=["text indented", "flush"])
def test_notices_printed_one_under_another_without_blank_lines_are_an_article_each(indent):
    # Each title right over its text, right under the date the notice above ends with.
    lines = ["■换届公告"] + [line for title, text in NOTICES for line in [title, *(indent + paragraph for paragraph in text)]]
    news = ["金色港湾小区业主委员会顺利产生", f"{indent}本报讯 7月27日，金色港湾小区召开业主大会，选举产生第一届业主委员会。（记者 柴琳琳）"]
    page = read_text("\n".join(lines + ["■小区治理"] + news) + "\n")
    assert [(article.title, article.section) for article in page.articles] == [
        (NOTICES[0][0], "换届公告"), (NOTICES[1][0], "换届公告"), (news[0], "小区治理")
    ]
    for article, (_, text) in zip(page.articles, NOTICES):
        assert article.body.split("\n\n") == text and article.tags == ["换届"]
    assert not page.dropped


@pytest.mark.parametrize(
    ("second_photo", "correspondents"),
    [("▲服务队队员为农机手送来解暑饮品。　记者　王磊　摄\n\n", []), ("▲种粮大户李振华展示\n\n2\n\n刚收获的小麦。\n通讯员　张华　摄\n\n", ["张华"])],
    ids=["credited at its end", "cut by a page break, credited under it"],
)
def test_a_second_photo_amid_an_article_s_text_keeps_the_article_whole(second_photo, correspondents):
    page = read_text(
        "麦浪翻滚丰收忙\n\n　　本报讯（记者　柴琳琳）6月上旬，圃田乡万亩小麦陆续进入收获期。\n\n▲联合收割机在麦田里抢收小麦。\n记者　王磊　摄\n\n"
        + second_photo + "　　与此同时，圃田乡还加强秸秆禁烧巡查。\n\n　　截至6月10日，圃田乡已收获小麦3.2万亩。\n"
    )
    (article,) = page.articles
    assert (article.reporters, article.correspondents, article.photo) == (["柴琳琳", "王磊"], correspondents, True)
    assert article.body.split("\n\n")[-2:] == ["与此同时，圃田乡还加强秸秆禁烧巡查。", "截至6月10日，圃田乡已收获小麦3.2万亩。"]
