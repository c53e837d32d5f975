"""Items a page prints without a headline: briefs (`■简讯`), each titled from its first sentence, and reported so.

The briefs page's articles, field by field, are in its expected json (test_pages.py).
"""
import datetime as dt
import io

import pytest

from generator.importer import run_import
from generator.importer.blocks import Kind, classify_lines
from generator.importer.page import read_page
from generator.importer.titles import title_from_lead
from generator.slugs import pinyin_slug

from .pagekit import CONFIG, OWN_PAGES

BRIEFS = OWN_PAGES / "guancheng-2021-01-13.txt"


def run(*pages, content_dir, dry_run=True, verbose=True):
    out = io.StringIO()
    run_import(list(pages), config=CONFIG, content_dir=content_dir, date=None, dry_run=dry_run, force=False, verbose=verbose, out=out)
    return out.getvalue()


def kinds(printed: str):
    return [line.kind for line in classify_lines(printed.split("\n")) if line.kind is not Kind.BLANK]


@pytest.mark.parametrize("signature", ["记者 柴琳琳 通讯员 陈思", "记者：柴琳琳", "王磊 摄"], ids=["byline", "byline with a colon", "photo credit"])
def test_a_brief_s_byline_is_no_headline_of_the_brief_after_it(signature):
    # Under the text of one brief and over the lead of the next, it signs the one above.
    found = kinds(f"■简讯\n\n本报讯 近日,北下街社区开展慰问活动。\n{signature}\n\n本报讯 近日,郑汴路社区开展包饺子活动。\n记者 柴琳琳")
    assert found == [Kind.RUBRIC, Kind.TEXT, Kind.BYLINE if "记者" in signature else Kind.CREDIT, Kind.TEXT, Kind.BYLINE]


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 近日,北下街社区开展慰问活动,居民纷纷点赞:“真暖心!”",
        "本报讯 近日,北下街社区开展慰问活动,居民问:“还有下次吗?”",
        "本报讯 近日,北下街社区开展慰问活动,\n居民纷纷点赞:“真暖心!”",  # its last line, printed under the lead
    ],
    ids=["exclamation", "question", "second line"],
)
def test_a_brief_ending_with_an_exclamation_or_a_question_is_signed_by_the_byline_under_it(text):
    found = kinds(f"■简讯\n\n{text}\n记者 王磊\n\n本报讯 近日,郑汴路社区开展包饺子活动。\n记者 柴琳琳")
    assert found[-4:] == [Kind.TEXT, Kind.BYLINE, Kind.TEXT, Kind.BYLINE]


@pytest.mark.parametrize(
    "signature, reporters, correspondents, photo",
    [
        ("记者 柴琳琳 通讯员 陈\n\n\n思", ["柴琳琳"], ["陈思"], False),  # a page break inside a name
        ("记者 柴琳琳\n\n\n通讯员 陈思", ["柴琳琳"], ["陈思"], False),  # between its roles
        ("记者 柴琳琳 通讯员 陈思\n王磊 摄", ["柴琳琳", "王磊"], ["陈思"], True),  # a photo's credit under it
    ],
    ids=["cut name", "cut between roles", "credit under it"],
)
def test_a_brief_s_byline_in_parts_signs_the_brief_and_titles_no_other(signature, reporters, correspondents, photo):
    text = f"■简讯\n\n本报讯 近日,北下街社区开展慰问活动。\n{signature}\n本报讯 近日,郑汴路社区开展包饺子活动。\n记者 王磊\n"
    first, second = read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2020, 12, 30)).articles
    assert (first.reporters, first.correspondents, first.photo) == (reporters, correspondents, photo)
    assert (second.title, second.reporters) == ("郑汴路社区开展包饺子活动", ["王磊"])


def test_a_brief_signed_in_brackets_at_its_end_credits_its_writers():
    text = (
        "■简讯\n\n本报讯 近日,北下街街道开展冬日慰问活动,为老人送去水饺。（记者 柴琳琳 通讯员 陈思）\n\n"
        "本报讯 近日,豫丰社区开展邻里活动,居民积极参加。(记者 王磊)\n\n本报讯 近日,紫荆山南路街道开展义诊活动。（图为义诊现场）\n"
    )
    first, second, third = read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2020, 12, 30)).articles
    assert (first.title, first.reporters, first.correspondents) == ("北下街街道开展冬日慰问活动", ["柴琳琳"], ["陈思"])
    assert first.body.endswith("（记者 柴琳琳 通讯员 陈思）"), "the note stays as printed"
    assert (second.reporters, second.correspondents) == (["王磊"], [])
    assert (third.reporters, third.correspondents) == ([], []), "a note that names no one credits no one"


def test_each_brief_is_reported_as_titled_from_its_first_sentence(tmp_path):
    out = run(BRIEFS, content_dir=tmp_path)
    assert "titled line 12 from the first sentence (no headline printed): 北下街街道党工委联合北下街社区党支部开展冬日慰问活动" in out
    assert "titled line 15 from the first sentence (no headline printed): 城东路街道郑汴路社区党群服务中心开展包饺子活动" in out
    assert "titled line 18 from the first sentence (no headline printed): 今年的年货节办到了家门口" in out
    assert "titled lines 20-21 from the first sentence (no headline printed): 紫荆山南路街道组织辖区志愿者为老旧小区改造施工现场的工人送…" in out
    assert out.count("  titled ") == 4 and "1 line dropped" in out
    assert out.splitlines()[-1] == "dry run, nothing written: 6 created, 4 titled from their first sentence"
    quiet = run(BRIEFS, content_dir=tmp_path, verbose=False)
    assert "titled line" not in quiet and quiet.splitlines()[-1].endswith(", 4 titled from their first sentence")


def test_a_brief_retitled_by_the_editor_is_not_overwritten_nor_imported_again(tmp_path):
    run(BRIEFS, content_dir=tmp_path, dry_run=False)
    (brief,) = [path for path in tmp_path.glob("*.md") if "title: 北下街街道党工委" in path.read_text(encoding="utf-8")]
    assert brief.name == f"2021-01-13-{pinyin_slug('北下街街道党工委联合北下街社区党支部开展冬日慰问活动')}.md"
    brief.write_text(brief.read_text(encoding="utf-8").replace("title: 北下街街道党工委联合北下街社区党支部开展冬日慰问活动", "title: 一碗水饺暖人心"), encoding="utf-8")
    out = run(BRIEFS, content_dir=tmp_path, dry_run=False)
    assert f"skipped {brief}: it was changed after it was imported; use --force to overwrite it" in out
    assert "title: 一碗水饺暖人心" in brief.read_text(encoding="utf-8")
    assert len(list(tmp_path.glob("*.md"))) == 6


@pytest.mark.parametrize(
    "lead, title",
    [
        pytest.param("本报讯 近日，北下街街道开展冬日慰问活动，为老人送去水饺。", "北下街街道开展冬日慰问活动", id="a clause that only says when is skipped"),
        pytest.param("本报讯（记者 柴琳琳 通讯员 陈思）12月28日上午,城东路街道开展活动。", "城东路街道开展活动", id="bracketed byline, a date"),
        pytest.param("本报讯：“小区地面全部硬化，道路加宽了。”居民说。", "小区地面全部硬化", id="a quotation cut open"),
        pytest.param("本报讯 南关街街道开展“法律进社区”活动。", "南关街街道开展“法律进社区”活动", id="quotes kept whole"),
        pytest.param("本报讯 近日。", "近日", id="nothing but when"),
        pytest.param(
            "活动现场，志愿者为老人们测量血压、讲解防寒知识，并送上了慰问品。", "志愿者为老人们测量血压、讲解防寒知识", id="where it happened"
        ),
        pytest.param("本报讯 会上，各社区负责人汇报了工作进展。", "各社区负责人汇报了工作进展", id="a short opening clause"),
        pytest.param("本报讯 12月28日下午3时，社区开展消防演练。", "社区开展消防演练", id="when, to the hour"),
        pytest.param("本报讯 7月1日起，区政务服务中心新增“跨省通办”窗口。", "区政务服务中心新增“跨省通办”窗口", id="from when"),
        pytest.param("本报讯 从7月1日起，区政务服务中心延时服务。", "区政务服务中心延时服务", id="from when, with 从"),
        pytest.param("本报讯 6月30日至7月2日，南曹街道举办农民丰收节。", "南曹街道举办农民丰收节", id="a span of dates"),
        pytest.param("●6月1日　书院街社区开展“六一”亲子活动。（通讯员 陈思）", "书院街社区开展“六一”亲子活动", id="when, set off by a space"),
        pytest.param("6月1日上午 书院街社区开展消防演练。", "书院街社区开展消防演练", id="when, set off by a half-width space"),
        pytest.param("【6月2日】郑汴路社区开展普法讲座。", "郑汴路社区开展普法讲座", id="when, in brackets"),
        pytest.param("并为老人送上了新年祝福。此次活动共走访56户。", "并为老人送上了新年祝福", id="no lead"),
        pytest.param("本报讯（2021年1月6日）近日，社区开展活动。", "（2021年1月6日）近日", id="brackets that are no byline"),
        pytest.param("▲2月1日，十八里河街道为环卫工人送去饺子。 通讯员 周双双 摄", "十八里河街道为环卫工人送去饺子", id="a caption"),
        pytest.param("图为紫荆山公园腊梅竞相开放。（王磊 摄）", "紫荆山公园腊梅竞相开放", id="a caption that says what the photo shows"),
        pytest.param("●东大街街道　“敲门行动”摸清独居老人底数　近日，网格员逐户走访。", "东大街街道 “敲门行动”摸清独居老人底数", id="its own headline, set off by spaces"),
        pytest.param("◆西大街街道：防汛演练练兵备战　7月20日，街道开展演练。", "西大街街道：防汛演练练兵备战", id="its own headline, place and colon"),
        pytest.param("▶商城路街道托管班开课　本报讯 7月12日，托管班正式开课。", "商城路街道托管班开课", id="its own headline, over a dateline"),
        pytest.param("◆【“小板凳”议事会解难题】7月22日晚，社区召开议事会。", "“小板凳”议事会解难题", id="its own headline, in brackets"),
        pytest.param("●城东路街道　7月23日，城东路街道开展文明交通劝导活动。", "城东路街道开展文明交通劝导活动", id="only where, set off by a space"),
        pytest.param("近日 东大街街道开展消防演练，共50人参加。", "近日 东大街街道开展消防演练", id="a short clause set off is no headline"),
        pytest.param(
            "本报讯 紫荆山南路街道组织辖区志愿者为老旧小区改造施工现场的工人送去姜汤和手套。",
            "紫荆山南路街道组织辖区志愿者为老旧小区改造施工现场的工人送…",
            id="cut at 30 characters",
        ),
    ],
)
def test_title_from_the_first_sentence_of_a_lead(lead, title):
    assert title_from_lead(lead) == title
