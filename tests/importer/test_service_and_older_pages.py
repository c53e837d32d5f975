"""Service pages (health, schooling, legal advice) and older issues: their page names, boxes and running heads."""
import datetime as dt

import pytest

from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES

FLU = "流感高发 接种疫苗正当时\n\n本报讯（记者 柴琳琳）近日，区人民医院儿科门诊量明显增加。\n\n"
SCHOOL = "秋季开学 防控不松\n\n本报讯（记者 王磊）近日，区教育局召开会议。\n"


def read_text(text, date=dt.date(2021, 8, 1)):
    return read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=date)


@pytest.mark.parametrize("head", ["健康 5", "5 教育", "A5 健康", "社区 3"])
def test_a_service_page_s_name_and_number_are_the_page_s_furniture(head):
    top = read_text(f"{head}\n2021年8月1日 星期日\n\n{FLU}{SCHOOL}")
    between = read_text(f"{FLU}{head}\n\n{SCHOOL}")
    for page in (top, between):
        assert [article.title for article in page.articles] == ["流感高发 接种疫苗正当时", "秋季开学 防控不松"]
        assert [article.body for article in page.articles] == ["本报讯（记者 柴琳琳）近日，区人民医院儿科门诊量明显增加。", "本报讯（记者 王磊）近日，区教育局召开会议。"]


def test_a_running_head_with_a_regional_edition_s_name_is_furniture_at_the_top_and_in_a_break():
    page = read_text(
        "郑州日报 管城版\n2012年3月5日 星期一 第3版 管城新闻\n\n东大街街道开展学雷锋活动\n\n"
        "本报讯(记者 王磊 通讯员 陈思)3月5日,东大街街道书院街社区组织志愿者为居民义务理发。\n\n"
        "活动现场,20余名志愿者为居民理发60余人次,\n\n郑州日报 管城版\n\n测量血压100余人次。\n",
        date=None,
    )
    (article,) = page.articles
    assert article.title == "东大街街道开展学雷锋活动" and article.date == dt.date(2012, 3, 5)
    assert article.body.endswith("活动现场,20余名志愿者为居民理发60余人次,测量血压100余人次。")


def test_a_running_head_naming_the_community_page_in_a_cut_paragraph_is_dropped_and_the_reprinted_tail_too():
    page = read_text(
        "清真美食节开幕\n\n本报讯 7月24日，清真美食节开幕。老字号传人马永强说：“我们家的羊肉烩面做了三\n\n\n"
        "2021年7月26日　星期一　社区　3\n\n\n马永强说：“我们家的羊肉烩面做了三代人，这次线上订单就占了一半。”\n记者 王磊\n"
    )
    (article,) = page.articles
    assert article.body == "本报讯 7月24日，清真美食节开幕。老字号传人马永强说：“我们家的羊肉烩面做了三代人，这次线上订单就占了一半。”"


@pytest.mark.parametrize("label", ["专家提醒", "专家建议", "律师提醒", "法官说法"])
def test_an_expert_s_box_under_the_byline_is_the_article_s(label):
    page = read_text(
        "诺如病毒进入高发期\n\n本报讯（记者 王磊）近日，区疾控中心发布健康提示。\n记者 王磊 通讯员 陈思\n\n"
        f"{label}\n勤洗手、吃熟食、喝开水、常通风。\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[-2:] == [label, "勤洗手、吃熟食、喝开水、常通风。"]
    assert (article.reporters, article.correspondents, page.dropped) == (["王磊"], ["陈思"], ())


@pytest.mark.parametrize("label", ["温馨提示", "专家提醒"])
def test_a_marked_list_that_ends_the_page_keeps_its_last_item(label):
    page = read_text(f"诺如病毒进入高发期\n\n本报讯（记者 王磊）近日，区疾控中心发布健康提示。\n\n{label}\n◆勤洗手\n◆吃熟食\n◆常通风\n")
    (article,) = page.articles
    assert article.body.split("\n\n")[-3:] == ["◆勤洗手", "◆吃熟食", "◆常通风"]
    assert not page.dropped


@pytest.mark.parametrize("byline, reporters, correspondents", [
    ("■本报记者 王磊", ["王磊"], []),
    ("■本报记者 王磊 通讯员 陈思", ["王磊"], ["陈思"]),
    ("■文/图 本报记者 王磊", ["王磊"], []),
])
def test_a_byline_marked_as_older_issues_mark_it_signs_the_feature_under_it(byline, reporters, correspondents):
    page = read_text(
        "豫丰社区开展法制宣传\n\n本报讯(记者 王磊)11月4日,南关街街道豫丰社区举办法制宣传活动。\n\n"
        f"一碗热粥暖人心\n{byline}\n\n入冬以来,陇海马路街道的“爱心粥屋”每天早上为环卫工人免费提供热粥。\n"
    )
    brief, feature = page.articles
    assert (feature.title, feature.section, feature.reporters, feature.correspondents) == ("一碗热粥暖人心", None, reporters, correspondents)
    assert feature.body == "入冬以来,陇海马路街道的“爱心粥屋”每天早上为环卫工人免费提供热粥。"
    assert brief.body == "本报讯(记者 王磊)11月4日,南关街街道豫丰社区举办法制宣传活动。"


@pytest.mark.parametrize("rubric", ["■记者手记", "■记者观察"])
def test_a_rubric_that_starts_with_a_role_stays_a_rubric(rubric):
    page = read_text(f"{rubric}\n\n一碗热粥暖人心\n\n本报讯(记者 王磊)11月4日,陇海马路街道开展活动。\n")
    (article,) = page.articles
    assert (article.section, article.title) == (rubric[1:], "一碗热粥暖人心")


@pytest.mark.parametrize("cut, rest", [("qzssq@qq.", "com"), ("www.qzssq.", "gov.cn")])
def test_an_address_a_wrap_cut_after_a_dot_goes_on_on_the_next_line(cut, rest):
    page = read_text(
        "■社区快讯\n\n●7月18日，豫丰社区开展联谊活动，回汉群众共包饺子。（通讯员 马丽娜）\n\n"
        f"●7月19日起，居民可登录或发送至{cut}\n{rest}预约清真寺参观活动。（通讯员 海燕）\n"
    )
    assert [article.body for article in page.articles] == [
        "●7月18日，豫丰社区开展联谊活动，回汉群众共包饺子。（通讯员 马丽娜）",
        f"●7月19日起，居民可登录或发送至{cut}{rest}预约清真寺参观活动。（通讯员 海燕）",
    ]
    assert [article.correspondents for article in page.articles] == [["马丽娜"], ["海燕"]]


@pytest.mark.parametrize("address", ["abc@qq.com.", "www.gcq.gov.cn."])
def test_a_whole_address_and_a_full_stop_end_a_paragraph(address):
    page = read_text(f"开斋节联欢\n\n本报讯 5月13日，北下街街道举办联欢活动，详情见{address}\n\n活动持续三天。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == "活动持续三天。"
