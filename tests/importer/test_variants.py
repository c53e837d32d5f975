"""The same family of pages in the other forms pages arrive in."""
import datetime as dt
import io
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.importer import run_import
from generator.importer.page import read_page

from .pagekit import (
    CONFIG,
    SEED_PAGE,
    assert_articles,
    byline_text,
    compose_page,
    load_expected,
)

EXPECTED = load_expected()["articles"]
SEED_TEXT = SEED_PAGE.read_text(encoding="utf-8")
DATE = dt.date(2020, 12, 30)
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？", "/": "／"})


def read(data: bytes, name: str = "page-2020-12-30.txt", **options):
    return read_page(Path(name), data, config=CONFIG, date=options.pop("date", None), **options)


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.encode("utf-8-sig"), id="utf-8 with BOM"),
        pytest.param(lambda text: text.encode("gb18030"), id="gb18030"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="CRLF"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("gb18030"), id="gb18030 CRLF"),
        pytest.param(lambda text: text.replace("\n", "\r").encode("utf-8"), id="CR"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16 with BOM"),
        pytest.param(lambda text: text.translate(FULL_WIDTH).encode("utf-8"), id="full-width punctuation"),
        pytest.param(
            lambda text: "\n".join("\u3000\u3000" + line if len(line) > 30 else line for line in text.split("\n")).encode("utf-8"),
            id="ideographic-space indents",
        ),
        pytest.param(
            lambda text: "\n".join(" \t" + line + "  " for line in text.split("\n")).encode("utf-8"),
            id="space and tab padding",
        ),
    ],
)
def test_seed_page_in_other_encodings_and_forms(encode):
    page = read(encode(SEED_TEXT))
    assert_articles(page.articles, EXPECTED)


def test_encoding_is_detected_and_can_be_overridden():
    data = SEED_TEXT.encode("gb18030")
    assert read(data).encoding == "gb18030"
    assert read(data, encoding="GB18030").encoding == "gb18030"
    with pytest.raises(InputError) as error:
        read(data, encoding="utf-8")
    assert "page-2020-12-30.txt" in str(error.value) and "--encoding" in str(error.value)
    with pytest.raises(InputError, match="not an encoding"):
        read(data, encoding="no-such-codec")


def test_articles_in_another_order():
    order = [0, 6, 4, 5, 2, 1, 3]  # sections stay together; each rubric is printed where its section starts
    articles = [EXPECTED[i] for i in order]
    assert_articles(read(compose_page(articles).encode()).articles, articles)


@pytest.mark.parametrize("blanks", [1, 2, 3, 4])
def test_page_breaks_at_other_places(blanks):
    # Mid-word, after a comma, right after the lead: every first paragraph broken somewhere new.
    breaks = {index: ((17 * index + 11) % (len(a["paragraphs"][0]) - 4) + 4, blanks) for index, a in enumerate(EXPECTED)}
    page = read(compose_page(EXPECTED, breaks=breaks).encode())
    assert_articles(page.articles, EXPECTED)
    assert all(len(article.paragraphs[0].lines) == 2 for article in page.printed)


@pytest.mark.parametrize("number", ["3", "（3）", "【3】", "〔3〕", "•3•"])
def test_running_date_lines_and_page_numbers_between_articles_and_inside_breaks(number):
    furniture = ["2020年12月30日 星期三", number]
    breaks = {1: (20, 2), 5: (100, 3)}
    page = read(compose_page(EXPECTED, between=furniture, breaks=breaks).encode(), name="page.txt")
    assert_articles(page.articles, EXPECTED)
    assert page.date == DATE and page.date_from == "running date line"
    reasons = {d.reason for d in page.dropped}
    assert reasons == {"running date line", "page number"}


@pytest.mark.parametrize("separator", [" ", "\u3000", "、"])
def test_bylines_with_several_names(separator):
    articles = [dict(a) for a in EXPECTED]
    articles[3]["correspondents"] = ["张磊", "王晓"]
    articles[5]["reporters"] = ["柴琳琳", "欧阳明"]
    articles[6]["correspondents"] = ["周双双", "李颖睿", "陈思"]
    page = read(compose_page(articles, name_separator=separator, photo_mark="文／图").encode())
    assert_articles(page.articles, articles)


def test_date_comes_from_option_then_file_name_then_running_line():
    data = SEED_TEXT.encode()
    assert read(data, name="guancheng-2020-12-30.txt").date == DATE
    assert read(data, name="guancheng20201230.txt").date == DATE
    assert read(data, name="x.txt", date=dt.date(2021, 1, 6)).date == dt.date(2021, 1, 6)
    on_page = "2021年1月6日 星期三\n\n" + SEED_TEXT
    assert read(on_page.encode(), name="x.txt").date == dt.date(2021, 1, 6)


def test_page_without_a_date_is_an_error_naming_the_file():
    with pytest.raises(InputError) as error:
        read(SEED_TEXT.encode(), name="undated.txt")
    assert "undated.txt" in str(error.value) and "no date" in str(error.value)


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "2020年12月30日 星期三\n3\n", "记者 柴琳琳 通讯员 陈思\n", "一行标题\n"],
    ids=["empty", "blank lines", "furniture only", "byline only", "headline only"],
)
def test_page_without_an_article_is_an_error_naming_the_file(text):
    with pytest.raises(InputError) as error:
        read(text.encode(), name="empty-2020-12-30.txt")
    assert "empty-2020-12-30.txt" in str(error.value) and "no article" in str(error.value)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x00\x01\x02binary\x00" * 50, "binary file"),
        (b"\x80\xff" * 100, "neither UTF-8 nor GB18030"),
        (SEED_TEXT.encode()[:3000] + b"\xff\xfe" + SEED_TEXT.encode()[3000:], "bytes that are not UTF-8"),
        # 0xff is never a GB18030 byte; the line is where it stands, not the first line UTF-8 could not read.
        (SEED_TEXT.encode("gb18030")[:2400] + b"\xff" + SEED_TEXT.encode("gb18030")[2400:], "bytes that are not GB18030"),
        (SEED_TEXT.encode("gb18030")[:-1], "bytes that are not GB18030"),  # the last character cut in half
    ],
    ids=["binary with NUL bytes", "no encoding fits", "damaged UTF-8", "damaged GB18030", "GB18030 cut off"],
)
def test_undecodable_page_is_a_clear_error(data, message):
    with pytest.raises(InputError) as error:
        read(data, name="broken-2020-12-30.txt")
    assert len(error.value.problems) == 1
    problem = error.value.problems[0]
    assert problem.path.name == "broken-2020-12-30.txt" and message in problem.message
    if message != "binary file":
        damaged_at = data.find(b"\xff") if b"\xff" in data else len(data)
        assert problem.line == data[:damaged_at].count(b"\n") + 1


# Running heads and page markers in the forms pages print them, each between the
# articles and inside two page breaks (one mid-word, one after a comma).
@pytest.mark.parametrize(
    "furniture, reason",
    [
        pytest.param("2020年12月30日 星期三 责任编辑：王芳", "running date line", id="date, editor"),
        pytest.param("2020年12月30日 星期三 责任编辑：王芳 校对：李明", "running date line", id="date, editor, proofreader"),
        pytest.param("2020年12月30日　星期三　第3版　编辑　王芳", "running date line", id="date, page, editor"),
        pytest.param("二〇二〇年十二月三十日 星期三", "running date line", id="date in Chinese numerals"),
        pytest.param("管城回族区报　2020年12月30日　星期三　第3版　综合", "running date line", id="paper, date, page, page name"),
        pytest.param("2020年12月30日 星期三 第3版 社区·民生", "running date line", id="date, page, page name with a dot"),
        pytest.param("3版", "page number", id="number and ban"),
        pytest.param("A3", "page number", id="A3"),
        pytest.param("·3·", "page number", id="dotted"),
        pytest.param("（3）", "page number", id="bracketed"),
    ],
)
def test_running_heads_and_page_markers_in_page_breaks_are_dropped_and_reported(furniture, reason):
    text = compose_page(EXPECTED, between=[furniture], breaks={1: (20, 2), 5: (100, 3)})
    page = read(text.encode())
    assert_articles(page.articles, EXPECTED)
    printed = [number for number, line in enumerate(text.split("\n"), 1) if line == furniture]
    assert [(line.number, item.reason) for item in page.dropped for line in item.lines] == [(number, reason) for number in printed]


def test_verbose_lists_a_running_head_taken_out_of_a_paragraph(tmp_path):
    head = "2020年12月30日 星期三 责任编辑：王芳"
    page = tmp_path / "page-2020-12-30.txt"
    page.write_text(compose_page(EXPECTED[1:2], between=[head], breaks={0: (20, 1)}), encoding="utf-8")
    out = io.StringIO()
    run_import([page], config=CONFIG, content_dir=tmp_path, date=None, dry_run=True, force=False, verbose=True, out=out)
    assert f"dropped line 7 (running date line): {head}" in out.getvalue()
    assert "joined lines 5-9: one paragraph broken across a page break" in out.getvalue()


def test_a_running_date_in_chinese_numerals_dates_the_page():
    page = read(compose_page(EXPECTED, between=["二〇二〇年十二月三十日 星期三"]).encode(), name="page.txt")
    assert (page.date, page.date_from) == (DATE, "running date line")


@pytest.mark.parametrize("photo_mark", ["摄影报道", "摄影", "摄"], ids=["photo report", "photo", "photographed"])
def test_photo_credits_at_the_end_of_a_byline(photo_mark):
    # `记者 王磊 摄影报道`: 王磊 reported and took the photos; `报道` is no name.
    page = read(compose_page(EXPECTED, photo_mark=photo_mark).encode())
    assert_articles(page.articles, EXPECTED)


@pytest.mark.parametrize("where", ["under the byline", "between paragraphs", "inside a page break"])
def test_a_photo_credit_line_signs_the_photographer_and_stays_out_of_the_text(where):
    article = EXPECTED[1]
    first = article["paragraphs"][0]
    byline = byline_text(article)
    if where == "under the byline":
        text = compose_page(EXPECTED).replace(f"{byline}\n", f"{byline}\n王磊 摄\n", 1)
    elif where == "between paragraphs":
        text = compose_page(EXPECTED).replace(f"{first}\n\n", f"{first}\n\n王磊 摄\n\n", 1)
    else:
        text = compose_page(EXPECTED, breaks={1: (20, 2)}).replace(f"{first[:20]}\n\n\n", f"{first[:20]}\n\n王磊 摄\n\n", 1)
    page = read(text.encode())
    expected = list(EXPECTED)
    expected[1] = dict(article, reporters=["柴琳琳", "王磊"], photo=True)
    assert_articles(page.articles, expected)
    credit = text.split("\n").index("王磊 摄") + 1
    assert page.articles[1].source.first_line < credit <= page.articles[1].source.last_line
    assert not page.dropped


@pytest.mark.parametrize(
    "index, printed",
    [
        pytest.param(2, ["这里,空气里", "都洋溢着幸福的味道"], id="over two lines, after a byline"),
        pytest.param(2, ["邻里同乐", "——记郑汴路社区包饺子活动"], id="with a subtitle, after a byline"),
        pytest.param(1, ["一碗饺子", "温暖群众心"], id="over two lines, after a rubric"),
    ],
)
@pytest.mark.parametrize("signed", [True, False], ids=["article before signed", "article before unsigned"])
def test_a_headline_printed_over_two_lines_heads_its_article(index, printed, signed):
    articles = [dict(a) for a in EXPECTED]
    articles[index]["title"] = "".join(printed)
    if not signed:
        articles[index - 1].update(reporters=[], correspondents=[], photo=False)
    text = compose_page(articles).replace(f"\n{articles[index]['title']}\n", "\n" + "\n".join(printed) + "\n", 1)
    page = read(text.encode())
    assert_articles(page.articles, articles)
    assert not page.dropped
    assert all(article.byline is None or not article.byline.continued_on for article in page.printed)


def test_verbose_lists_no_line_wrap_as_a_page_break(tmp_path):
    """A paragraph set over lines printed one right under the next is how it was set; only a join across a break is for review."""
    page = tmp_path / "page-2020-12-30.txt"
    page.write_text(
        "一碗饺子温暖群众心\n\n本报讯 近日，北下街街道为辖区孤寡老人、\n环卫工人送去爱心水饺，\n\n3\n\n志愿者们忙得不亦乐乎。\n记者 柴琳琳\n\n"
        "巧手包饺子温馨邻里情\n\n本报讯 近日，南关街街道豫丰社区\n开展邻里活动。\n记者 王磊\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    run_import([page], config=CONFIG, content_dir=tmp_path, date=None, dry_run=True, force=False, verbose=True, out=out)
    joined = [line.strip() for line in out.getvalue().splitlines() if line.strip().startswith("joined")]
    assert joined == ["joined lines 3-8: one paragraph broken across a page break"]


@pytest.mark.parametrize("number", ["A2", "【3】", "〔3〕", "•3•"])
def test_a_page_number_no_list_prints_on_a_page_without_blank_lines_is_dropped_wherever_it_stands(number):
    page = read(
        f"■简讯\n城东路街道开展禁毒宣传\n7月26日，城东路街道开展禁毒宣传活动，发放宣传资料\n{number}\n800余份。（通讯员 李颖睿）\n"
        f"东大街街道召开换届动员会\n7月27日，东大街街道召开社区“两委”换届选举动员会。（通讯员 马丽）\n{number}\n".encode()
    )
    assert [(article.title, article.correspondents) for article in page.articles] == [("城东路街道开展禁毒宣传", ["李颖睿"]), ("东大街街道召开换届动员会", ["马丽"])]
    assert page.articles[0].body == "7月26日，城东路街道开展禁毒宣传活动，发放宣传资料800余份。（通讯员 李颖睿）"
    assert [item.reason for item in page.dropped] == ["page number", "page number"]


@pytest.mark.parametrize("twice", ["本报讯 为提高辖区居民防汛避险意识和", "自救互救能力，7月20日上午，南关街街道"], ids=["the lead's first line", "a line inside"])
def test_a_line_that_stops_mid_sentence_printed_twice_in_a_row_is_printed_once(twice):
    lines = ["本报讯 为提高辖区居民防汛避险意识和", "自救互救能力，7月20日上午，南关街街道", "豫丰社区开展防汛应急演练。"]
    at = lines.index(twice)
    printed = [*lines[: at + 1], twice, *lines[at + 1 :]]
    page = read(("南关街街道豫丰社区开展防汛应急演练\n" + "\n".join(printed) + "\n记者 柴琳琳 通讯员 张磊\n").encode())
    (article,) = page.articles
    assert (article.body, article.reporters) == ("".join(lines), ["柴琳琳"])
    assert [line.text for item in page.dropped for line in item.lines] == [twice]
