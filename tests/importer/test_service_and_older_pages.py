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


@pytest.mark.parametrize("label", ["专家提醒", "专家建议", "律师提醒", "医生提醒"])
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


def test_an_editors_line_naming_who_set_the_page_is_furniture_in_a_break():
    page = read_text(
        "东大街街道开展学雷锋活动\n\n本报讯(记者 王磊)3月5日,东大街街道开展学雷锋活动,志愿者为居民义务\n\n"
        "本版编辑:李娜 美编:张华 组版:赵敏\n\n理发60余人次。\n"
    )
    (article,) = page.articles
    assert article.body == "本报讯(记者 王磊)3月5日,东大街街道开展学雷锋活动,志愿者为居民义务理发60余人次。"
    assert [line.text for item in page.dropped for line in item.lines] == ["本版编辑:李娜 美编:张华 组版:赵敏"]


@pytest.mark.parametrize("head", ["第3版 2012年3月5日 星期一", "第3版 管城新闻 2012年3月5日"])
def test_a_running_head_that_opens_with_the_page_number_dates_the_page(head):
    page = read_text(f"{head}\n\n东大街街道开展学雷锋活动\n\n本报讯(记者 王磊)3月5日,东大街街道开展学雷锋活动。\n", date=None)
    (article,) = page.articles
    assert article.date == dt.date(2012, 3, 5)


@pytest.mark.parametrize("lead", ["正值三伏天，高温高湿天气持续，不少市民出现食欲不振等症状。", "本报讯 今年5月，张大爷在小区门口摔倒。"])
def test_a_two_line_headline_that_asks_first_stands_over_the_byline_that_signs_the_text(lead):
    page = read_text(f"2021年8月1日 星期日\n\n三伏天如何科学养生？\n听听中医专家怎么说\n见习记者 欧阳娜娜\n\n{lead}\n")
    (article,) = page.articles
    assert (article.title, article.reporters, article.body) == ("三伏天如何科学养生？听听中医专家怎么说", ["欧阳娜娜"], lead)


@pytest.mark.parametrize("above", ["", "义诊进社区\n\n本报讯 7月29日，区人民医院开展义诊活动。\n记者 王磊\n\n"], ids=["first", "under a signed article"])
def test_a_lead_in_and_colon_over_a_headline_of_two_phrases_heads_the_feature_under_its_byline(above):
    page = read_text(f"{above}南曹街道：\n秋季腹泻高发 注意饮食卫生\n本报记者 柴琳琳\n\n近日，区人民医院儿科门诊腹泻患儿增多。\n")
    *others, feature = page.articles
    assert len(others) == (1 if above else 0)
    assert (feature.title, feature.reporters, feature.body) == ("南曹街道：秋季腹泻高发 注意饮食卫生", ["柴琳琳"], "近日，区人民医院儿科门诊腹泻患儿增多。")
    assert not page.dropped


@pytest.mark.parametrize(
    "box",
    [["温馨提示：", "一、签约居民可享受免费健康评估；", "二、65岁以上老人每年免费体检一次。"], ["温馨提示：签约居民可享受免费健康评估。"], ["小贴士：", "1.勤洗手；", "2.常通风。"]],
    ids=["label and colon over items", "label, colon and text", "another label"],
)
def test_a_box_labelled_with_a_colon_under_the_byline_ends_that_article(box):
    text = "\n".join(box)
    page = read_text(
        f"社区医生上门 签约服务暖人心\n\n本报讯 7月29日上午，家庭医生张华来到社区随访。\n记者 柴琳琳\n\n{text}\n\n"
        "医保政策咨询进社区\n\n本报讯 7月30日，区医保局工作人员走进社区解读医保政策。\n实习生 孙艺萌\n"
    )
    visit, policy = page.articles
    assert visit.body.split("\n\n") == ["本报讯 7月29日上午，家庭医生张华来到社区随访。", *box]
    assert (visit.reporters, policy.title, policy.reporters) == (["柴琳琳"], "医保政策咨询进社区", ["孙艺萌"])
    assert not page.dropped


def test_a_marked_subhead_over_an_indented_paragraph_wrapped_before_its_end_stays_in_the_feature():
    page = read_text(
        "早餐铺里的民族情\n记者 柴琳琳\n\n　　清晨6点，早餐铺已经飘出了油香的味道。店主马秀兰\n已有5年。\n"
        "◆邻里互助一家亲\n　　小店门口贴着一张二维码，扫码就能加入\n邻里群。\n"
    )
    (feature,) = page.articles
    assert feature.body.split("\n\n") == ["清晨6点，早餐铺已经飘出了油香的味道。店主马秀兰已有5年。", "◆邻里互助一家亲", "小店门口贴着一张二维码，扫码就能加入邻里群。"]
    assert not page.dropped


def test_a_rubric_over_an_indented_headline_on_a_page_that_indents_headlines_names_the_next_section():
    page = read_text(
        "【政策问答】\n\n　　外出务工人员怎样参加选举？\n\n　　记者　柴琳琳\n\n　　问：外出务工人员怎样参加选举？\n\n"
        "　　答：外出务工选民可以书面委托近亲属代为投票。\n\n【民生关注】\n\n　　全区首批２０台智能充电桩投用\n\n"
        "　　本报讯（记者　柴琳琳）７月３０日，全区首批智能充电桩投入使用。\n"
    )
    qa, news = page.articles
    assert (qa.section, news.section, news.title) == ("政策问答", "民生关注", "全区首批２０台智能充电桩投用")
    assert "民生关注" not in qa.body


@pytest.mark.parametrize(
    "byline, reporters, correspondents",
    [
        ("记者 柴琳琳 实习生 Emily Zhang 通讯员 马丽娜", ["柴琳琳", "Emily Zhang"], ["马丽娜"]),
        ("记者 柴琳琳 实习生 Lily", ["柴琳琳", "Lily"], []),
    ],
)
def test_a_name_in_latin_letters_in_a_byline_is_credited_with_the_others(byline, reporters, correspondents):
    page = read_text(f"清真寺社区举办英语角\n\n本报讯 7月22日，城东路街道清真寺社区的“英语角”迎来第100期活动。\n{byline}\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (reporters, correspondents)


def test_a_photo_credited_to_a_name_in_latin_letters_is_one_of_a_column_of_photos():
    page = read_text(
        "■图说管城\n\n▲7月20日，城东路街道清真美食街上，游客品尝特色小吃。\n记者 John Wang 摄\n\n"
        "▲7月21日，南关街街道的孩子们用3D打印笔制作主题作品。\n通讯员 马丽 摄\n"
    )
    first, second = page.articles
    assert (first.reporters, second.correspondents, first.photo, second.photo) == (["John Wang"], ["马丽"], True, True)


@pytest.mark.parametrize("under", ["\n\n管城回族区报\n2012年3月12日 星期一 第4版 社区\n\n", "\n\n管城回族区报\n\n"], ids=["over the running head", "alone"])
def test_the_paper_s_name_where_a_page_ended_after_a_sentence_is_furniture(under):
    page = read_text(
        f"航海东路街道召开年度工作会议\n\n本报讯(记者 王磊)3月9日,航海东路街道召开年度工作会议。\n\n会议指出,2011年街道各项工作取得了显著成绩。{under}"
        "会议要求,2012年要重点抓好项目建设、拆迁安置、社区服务三项工作。\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == ["会议指出,2011年街道各项工作取得了显著成绩。", "会议要求,2012年要重点抓好项目建设、拆迁安置、社区服务三项工作。"]
    assert "管城回族区报" in [line.text for item in page.dropped for line in item.lines]


def test_a_page_s_footer_naming_three_editors_against_its_last_line_is_furniture():
    page = read_text(
        "圃田乡村“两委”换届工作圆满结束\n本报讯(记者 王磊)5月5日,圃田乡召开总结会。\n会议要求,新一届村“两委”班子要尽快进入角色。\n"
        "责任编辑:李娜 美编:张华 校对:王芳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == "会议要求,新一届村“两委”班子要尽快进入角色。"


def test_an_article_s_own_credits_against_its_last_line_stay_its_text():
    page = read_text("社区开展活动\n本报讯 5月5日,社区开展活动。\n活动受到居民欢迎。\n编辑:李娜 审核:王芳\n")
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == "编辑:李娜 审核:王芳"


FLU_WITH_TIPS = "流感高发 接种疫苗正当时\n\n本报讯（记者 柴琳琳）近日，区人民医院儿科门诊量明显增加。\n\n温馨提示\n1.接种前请携带身份证；\n2.接种后需留观30分钟。\n\n"


@pytest.mark.parametrize(
    "column",
    [
        "■律师说法\n\n租房押金不退怎么办？\n\n问：房东扣下押金不退，我该怎么办？\n\n答：律师表示，房东无权扣留押金。\n（见习记者 欧阳娜娜）\n",
        "■律师说法\n\n租房押金不退怎么办？\n见习记者 欧阳娜娜\n\n问：房东扣下押金不退，我该怎么办？\n\n答：律师表示，房东无权扣留押金。\n",
    ],
    ids=["signed at its end", "signed under its headline"],
)
def test_a_rubric_under_an_article_s_list_over_a_q_and_a_names_the_q_and_a_s_column(column):
    page = read_text(FLU_WITH_TIPS + column)
    flu, qa = page.articles
    assert flu.body.split("\n\n")[-1] == "2.接种后需留观30分钟。" and flu.reporters == ["柴琳琳"]
    assert (qa.title, qa.section, qa.reporters) == ("租房押金不退怎么办？", "律师说法", ["欧阳娜娜"])


def test_a_headed_photo_under_an_article_signed_in_its_lead_is_an_article_of_its_own_credited_under_it():
    page = read_text(
        "紫荆山南路街道开展消防演练\n\n本报讯(记者 王磊 通讯员 孙丽)4月6日,紫荆山南路街道开展消防应急演练。\n\n演练中,消防官兵现场讲解了灭火器的使用方法。\n\n"
        "陇海马路街道宣传文明交通\n\n4月8日,陇海马路街道在辖区广场举办主题宣传活动。\n本报记者 张华 摄\n"
    )
    drill, photo = page.articles
    assert (drill.reporters, drill.correspondents, drill.photo) == (["王磊"], ["孙丽"], False)
    assert drill.body.split("\n\n")[-1] == "演练中,消防官兵现场讲解了灭火器的使用方法。"
    assert (photo.title, photo.reporters, photo.photo, photo.body) == ("陇海马路街道宣传文明交通", ["张华"], True, "4月8日,陇海马路街道在辖区广场举办主题宣传活动。")


def test_a_text_signed_in_its_lead_and_credited_for_its_photo_under_it_stays_one_article():
    page = read_text(
        "紫荆山南路街道开展消防演练\n\n本报讯(记者 王磊)4月6日,紫荆山南路街道开展消防应急演练。\n\n演练中,消防官兵现场讲解了灭火器的使用方法。\n本报记者 张华 摄\n"
    )
    (drill,) = page.articles
    assert (drill.reporters, drill.photo) == (["王磊", "张华"], True)


def test_an_english_line_standing_apart_under_a_colon_is_a_paragraph_of_its_own():
    page = read_text(
        "清真寺里的英语角\n\n本报讯 7月21日，清真寺社区开设“英语角”。黑板上写着一行大字：\n\nWelcome to Guancheng!\n\n居民们跟着老师一起大声朗读。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n") == ["本报讯 7月21日，清真寺社区开设“英语角”。黑板上写着一行大字：", "Welcome to Guancheng!", "居民们跟着老师一起大声朗读。"]
