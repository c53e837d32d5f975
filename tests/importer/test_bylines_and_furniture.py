"""Bylines and page furniture as a review of real-looking pages found them printed."""
import datetime as dt

import pytest

from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES, PAGE_BREAK, PAGE_FORMS, nfkc, read_in_form


def read_text(text):
    return read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2020, 12, 30))


def test_tabs_read_as_spaces_in_a_headline_and_as_an_indent():
    page = read_text(
        "■活动室\t\n\n十八里河街道：\t“小手拉大手”共建文明城\n\n\t本报讯 近日，十八里河街道开展文明创建活动，\t\n\t500余名学生参与。\n"
        "记者\t柴琳琳\t通讯员\t周双双 \t\n"
    )
    (article,) = page.articles
    assert article.title == "十八里河街道： “小手拉大手”共建文明城"
    assert article.body == "本报讯 近日，十八里河街道开展文明创建活动，500余名学生参与。"
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["周双双"])


@pytest.mark.parametrize(
    "head",
    [
        "2020年12月30日　星期三　庚子年冬月十六",
        "2020年12月30日 星期三 第3版 责任编辑：王芳 责任校对：李明",
        "管城回族区报 2020年12月30日 星期三 第3版 社区新闻 编辑：王芳 校对：李明 美编：张伟",
        "2020年12月30日　星期三　总第1024期　今日4版",
        "2020年12月30日 星期三 第3版 美术编辑：李强",
        "第3版 社区新闻 编辑：王芳 李明",
        "审核：王芳",
        "GUANCHENG NEWS　2020年12月30日　星期三",
        "管城回族区报 第3版 社区",
        "管城回族区报·社区新闻　第 3 版",
        "第 3 版",
        "责任编辑：王芳　校对：李明",
        "本版编辑 王芳",
        "本版责编：王芳",
        "本版责编：王芳　美编：李强",
        "本版责任编辑：王芳",
        "2020年12月30日　星期三　综合新闻　3",
        "要闻 3",
        "3 要闻",
        "要闻 A3",
        "A3 社区新闻",
        "A1 2020年12月30日 星期三",
        "2020年12月30日 星期三 A2",
        "管城周刊·社区",
        "管城回族区报　社区　2020年12月30日",  # the page's name beside the paper's
        "管城回族区报 2020年12月30日 社区",
        "责任编辑：王　芳　　校对：李　明",  # names padded to three characters
        "版面编辑：王芳　　校对：李明",
        "值班编辑：王芳",
        "主编：王芳　图片编辑：李明",
        "管城回族区报　第1025期　2021年1月11日",  # an issue's number without 总
        "03｜综合新闻｜2021年1月11日",
        "编辑/王芳",
        "3/8",  # the third page of eight
        "第3版（共8版）",
        "本期8版",
    ],
)
def test_running_heads_in_a_page_break_are_dropped_not_glued_into_the_paragraph(head):
    page = read_text(f"一碗饺子温暖群众心\n\n本报讯 近日,北下街街道为辖区孤寡老人、\n\n\n{head}\n\n环卫工人送去爱心水饺。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body == "本报讯 近日,北下街街道为辖区孤寡老人、环卫工人送去爱心水饺。"
    assert [line.text for item in page.dropped for line in item.lines] == [head]


@pytest.mark.parametrize("head", ["管城新闻", "管城回族区报", "GUANCHENG NEWS", "要闻", "管城周刊·社区", "综合 3", "民生　6", "6 民生"])
def test_a_paper_s_name_alone_in_a_page_break_inside_a_sentence_is_dropped(head):
    page = read_text(f"一碗饺子温暖群众心\n\n本报讯 近日，北下街街道为辖区孤寡老人、环卫工人送去爱心水饺，\n\n{head}\n\n让大家吃上热乎饺子。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body == "本报讯 近日，北下街街道为辖区孤寡老人、环卫工人送去爱心水饺，让大家吃上热乎饺子。"
    assert [line.text for item in page.dropped for line in item.lines] == [head]


@pytest.mark.parametrize(
    ("first", "gap"), [("　　据了解，此次活动共发放宣传资料", "\n\n"), ("　　活动中，志愿者对居民送来的小家电进行检测维修，", "\n")],
    ids=["apart, under a short line holding a clause", "right under a clause's end, on a page without blank lines"],
)
def test_a_paper_s_name_inside_a_sentence_under_a_short_line_is_dropped(first, gap):
    page = read_text(f"十八里河街道：消防安全进万家\n\n　　本报讯 1月4日，十八里河街道开展冬季消防安全宣传活动。\n\n{first}{gap}管城新闻{gap}1200余份。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == first.strip() + "1200余份。"
    assert [line.text for item in page.dropped for line in item.lines] == ["管城新闻"]


def test_a_paper_s_name_over_an_editors_line_inside_a_sentence_a_page_break_cut_are_both_dropped():
    page = read_text(
        "二里岗街道：志愿者上门维修家电\n\n　　本报讯 1月9日，二里岗街道组织志愿服务队走进辖区老旧楼院。\n\n"
        "　　活动现场，志愿者们对居民送来的小家电进行检测维修，\n\n管城回族区报·综合新闻\n责任编辑：王芳　　校对：李明\n\n并耐心讲解保养常识。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == "活动现场，志愿者们对居民送来的小家电进行检测维修，并耐心讲解保养常识。"
    assert [line.text for item in page.dropped for line in item.lines] == ["管城回族区报·综合新闻", "责任编辑：王芳　　校对：李明"]


def test_a_paper_s_name_alone_in_a_page_break_inside_a_bracketed_byline_is_dropped():
    page = read_text(
        "十八里河街道：“美丽庭院”扮靓乡村\n\n本报讯（记者 柴琳琳 通讯员\n\n管城新闻\n\n周双双）近日，十八里河街道评选出首批“美丽庭院”示范户。\n"
    )
    (article,) = page.articles
    assert article.body == "本报讯（记者 柴琳琳 通讯员 周双双）近日，十八里河街道评选出首批“美丽庭院”示范户。"
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["周双双"])
    assert [line.text for item in page.dropped for line in item.lines] == ["管城新闻"]


def test_a_paper_s_name_alone_over_an_article_is_its_headline():
    page = read_text("一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳\n\n社区新闻\n\n本报讯 近日，南关街街道开展义诊。\n记者 王磊\n")
    assert [article.title for article in page.articles] == ["一碗饺子温暖群众心", "社区新闻"]
    assert not page.dropped


@pytest.mark.parametrize("head", ["GUANCHENG NEWS", "管城回族区报·综合新闻\n3", "3\n\n管城回族区报·综合新闻"], ids=["the paper", "a page number under", "a page number over"])
def test_a_paper_s_name_between_a_headline_and_its_lead_is_a_running_head(head):
    page = read_text(
        "圃田乡：小麦冬管正当时\n\n本报讯 近日，圃田乡组织农技人员指导种植户做好小麦冬季田间管理。\n记者 柴琳琳\n\n"
        f"书法进社区 墨香迎新春\n\n{head}\n\n本报讯 1月8日，南关街街道豫丰社区开展“写春联 送祝福”活动。\n记者 王磊\n"
    )
    assert [(article.title, article.reporters) for article in page.articles] == [("圃田乡：小麦冬管正当时", ["柴琳琳"]), ("书法进社区 墨香迎新春", ["王磊"])]
    assert sorted(line.text for item in page.dropped for line in item.lines) == sorted(head.split("\n")[::2] if "\n\n" in head else head.split("\n"))


@pytest.mark.parametrize(
    "line",
    ["2020年12月30日 星期三 晴", "2020年12月26日 管城消防", "责任编辑 王芳：做读者的知心人", "第三版 刊登了居民来信和街道的答复"],
)
def test_text_with_a_date_a_page_or_an_editor_is_no_running_head(line):
    page = read_text(f"一碗饺子温暖群众心\n\n本报讯 近日,北下街街道开展冬日慰问活动。\n{line}\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == line and not page.dropped


@pytest.mark.parametrize("mark", ["◎", "□", "●", "◇"])
def test_a_byline_printed_with_a_mark_before_it_is_read(mark):
    page = read_text(
        "■活动室\n\n圃田乡：冬季农业生产不放松\n\n本报讯 近日，圃田乡组织农技人员指导农户做好小麦越冬管理。\n\n"
        f"据了解，今年圃田乡小麦长势良好。\n{mark}记者 柴琳琳 通讯员 赵敏\n\n"
        f"用心守护“一老一小”\n——记城东路街道郑汴路社区党委书记王红\n{mark}本报记者 柴琳琳 通讯员 李颖睿\n\n"
        "在城东路街道郑汴路社区，提起社区党委书记王红，居民们都竖起大拇指。\n"
    )
    news, feature = page.articles
    assert (news.body.split("\n\n")[-1], news.reporters, news.correspondents) == ("据了解，今年圃田乡小麦长势良好。", ["柴琳琳"], ["赵敏"])
    assert (feature.title, feature.reporters, feature.correspondents) == ("用心守护“一老一小”——记城东路街道郑汴路社区党委书记王红", ["柴琳琳"], ["李颖睿"])
    assert feature.body == "在城东路街道郑汴路社区，提起社区党委书记王红，居民们都竖起大拇指。" and not page.dropped


@pytest.mark.parametrize(
    "line, reporters, photo",
    [
        ("记者 柴琳琳 摄影记者 王磊", ["柴琳琳", "王磊"], True),
        ("本报摄影记者 王磊 摄", ["王磊"], True),
        ("融媒体记者 柴琳琳 王磊", ["柴琳琳", "王磊"], False),
        ("区融媒体中心记者 柴琳琳", ["柴琳琳"], False),
        ("全媒体记者 柴琳琳", ["柴琳琳"], False),
        ("本报全媒体记者 柴琳琳 文/图", ["柴琳琳"], True),
        ("郑报全媒体记者 柴琳琳", ["柴琳琳"], False),
        ("首席记者 柴琳琳 实习记者 刘洋", ["柴琳琳", "刘洋"], False),
        ("融媒记者 柴琳琳", ["柴琳琳"], False),
        ("郑报融媒记者 柴琳琳 王　磊", ["柴琳琳", "王磊"], False),
        ("管城区融媒体中心记者 柴琳琳", ["柴琳琳"], False),
        ("管城区融媒体中心 柴琳琳", ["柴琳琳"], False),
        ("区融媒体中心 柴琳琳 王　磊", ["柴琳琳", "王磊"], False),
    ],
)
def test_photojournalists_and_media_centre_reporters_sign_as_reporters(line, reporters, photo):
    page = read_text(f"瑞雪迎新年 环卫工人扫雪忙\n\n本报讯 12月29日，管城回族区迎来入冬以来首场降雪。\n{line}\n\n南曹街道：温暖过冬有保障\n\n本报讯 近日，南曹街道开展走访慰问。\n记者 陈思\n")
    first, second = page.articles
    assert (first.body, first.reporters, first.correspondents, first.photo) == ("本报讯 12月29日，管城回族区迎来入冬以来首场降雪。", reporters, [], photo)
    assert (second.title, second.reporters) == ("南曹街道：温暖过冬有保障", ["陈思"])


def test_a_media_centre_reporter_s_byline_under_a_headline_signs_that_feature_not_the_one_above():
    page = read_text(
        "南曹街道：“小院经济”鼓起村民钱袋子\n\n记者 王晓\n\n在南曹街道大河村，家家户户的小院里种满了蔬菜瓜果。\n\n"
        "北下街街道：文明实践站里的“百姓宣讲团”\n\n融媒记者 柴琳琳 通讯员 李娜\n\n“我今天给大家讲讲咱北下街的老故事。”75岁的退休教师李老师说。\n"
    )
    first, second = page.articles
    assert (first.title, first.reporters, first.correspondents) == ("南曹街道：“小院经济”鼓起村民钱袋子", ["王晓"], [])
    assert (second.title, second.reporters, second.correspondents) == ("北下街街道：文明实践站里的“百姓宣讲团”", ["柴琳琳"], ["李娜"])
    assert second.body == "“我今天给大家讲讲咱北下街的老故事。”75岁的退休教师李老师说。"


@pytest.mark.parametrize("byline", ["记者 王晓 通讯员 李娜 区融媒体中心供稿", "南曹街道供稿　记者 王晓 通讯员 李娜"])
def test_a_bracketed_byline_naming_who_supplied_the_story_credits_its_writers(byline):
    page = read_text(f"十八里河街道：夏粮收购有序进行\n\n本报讯 眼下，十八里河街道各粮食收购点秩序井然。（{byline}）\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (["王晓"], ["李娜"])


@pytest.mark.parametrize(
    ("byline", "reporters", "correspondents", "photo"),
    [
        ("本报记者 柴琳琳 本报实习生 李娜", ["柴琳琳", "李娜"], [], False),
        ("本报见习记者 王一鸣 本报特约通讯员 陈思", ["王一鸣"], ["陈思"], False),
        ("本报融媒体记者 王磊", ["王磊"], [], False),
        ("记者 柴琳琳 王磊/摄", ["柴琳琳", "王磊"], [], True),
        ("通讯员 陈思 记者 王磊／摄", ["王磊"], ["陈思"], True),
        ("记者 王磊 摄 通讯员 陈思", ["王磊"], ["陈思"], True),
        ("记者 王磊 摄影 通讯员 陈思", ["王磊"], ["陈思"], True),
        ("记者/柴琳琳 通讯员/陈思", ["柴琳琳"], ["陈思"], False),
        ("记者 柴 琳琳 通讯员 范\u00a0晓东", ["柴琳琳"], ["范晓东"], False),
    ],
)
@pytest.mark.parametrize("place", ["in the lead", "under the text"])
def test_bylines_with_the_paper_s_name_before_any_role_or_who_took_the_photos_amid_the_names(byline, reporters, correspondents, photo, place):
    lead = "本报讯 7月30日，南关街街道开展防汛应急演练，200余名居民参加。"
    printed = f"本报讯（{byline}）7月30日，南关街街道开展防汛应急演练，200余名居民参加。" if place == "in the lead" else f"{lead}\n{byline}"
    page = read_text(f"南关街街道开展防汛演练\n\n{printed}\n\n北下街街道开展垃圾分类宣传\n\n本报讯 近日，北下街街道开展垃圾分类宣传活动。\n记者 柴琳琳\n")
    first, second = page.articles
    assert (first.reporters, first.correspondents, first.photo) == (reporters, correspondents, photo)
    assert first.body == (printed.replace("\u00a0", " ") if place == "in the lead" else lead)  # a no-break space reads as a space
    assert (second.title, second.reporters, page.dropped) == ("北下街街道开展垃圾分类宣传", ["柴琳琳"], ())


@pytest.mark.parametrize(("byline", "photo"), [("（记者 柴琳琳）（通讯员 陈思）", False), ("（记者 柴琳琳 通讯员 陈思）（图片由东大街街道提供）", True)])
def test_a_byline_in_two_brackets_side_by_side_under_the_text_ends_its_article(byline, photo):
    page = read_text(
        f"东大街街道开展“敲门行动”\n\n本报讯 近日，东大街街道开展“敲门行动”。\n\n下一步，街道将持续做好服务。\n{byline}\n\n"
        "南关街街道开展防汛演练\n\n本报讯 7月30日，南关街街道开展防汛应急演练。\n记者 王磊\n"
    )
    first, second = page.articles
    assert (first.reporters, first.correspondents, first.photo) == (["柴琳琳"], ["陈思"], photo)
    assert first.body == "本报讯 近日，东大街街道开展“敲门行动”。\n\n下一步，街道将持续做好服务。"
    assert (second.title, second.reporters, page.dropped) == ("南关街街道开展防汛演练", ["王磊"], ())


@pytest.mark.parametrize("note", ["来源：管城发布", "（来源：管城发布）", "转自：“管城融媒”微信公众号", "（据《郑州日报》）"])
def test_where_an_article_came_from_under_its_byline_is_its_last_paragraph_and_names_no_one(note):
    page = read_text(
        "管城区召开疫情防控工作部署会\n\n本报讯 7月31日，管城区召开疫情防控工作部署会。\n记者 柴琳琳\n"
        f"{note}\n编辑：王芳　校对：李明\n\n"
        "我区新增一批“15分钟健身圈”\n\n7月以来，管城区在辖区公园、广场新建改造健身场地18处。\n\n据了解，年底前全部完工。\n通讯员 陈思\n"
    )
    first, second = page.articles
    assert (first.reporters, first.body) == (["柴琳琳"], f"本报讯 7月31日，管城区召开疫情防控工作部署会。\n\n{note}")
    assert (second.title, second.correspondents) == ("我区新增一批“15分钟健身圈”", ["陈思"])
    assert second.body == "7月以来，管城区在辖区公园、广场新建改造健身场地18处。\n\n据了解，年底前全部完工。"
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [("编辑：王芳　校对：李明", "running head")]


@pytest.mark.parametrize("note", ["区卫健委供稿", "转自：“管城融媒”微信公众号", "（据《郑州日报》）"])
def test_an_editors_line_under_where_an_unsigned_article_came_from_is_the_page_s(note):
    page = read_text(
        f"健康讲座进社区\n\n本报讯 7月29日，区卫健委组织专家走进兴隆社区开展健康讲座。\n{note}\n责任编辑　王芳\n\n"
        "我区新增一批“15分钟健身圈”\n\n本报讯 7月以来，管城区新建改造健身场地18处。\n"
    )
    first, second = page.articles
    assert first.body == f"本报讯 7月29日，区卫健委组织专家走进兴隆社区开展健康讲座。\n\n{note}"
    assert second.title == "我区新增一批“15分钟健身圈”"
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [("责任编辑　王芳", "running head")]


def test_a_source_in_brackets_under_a_byline_leaves_the_unsigned_feature_under_it_whole():
    page = read_text(
        "管城区召开疫情防控工作部署会\n\n本报讯 7月31日，管城区召开疫情防控工作部署会。\n记者 柴琳琳\n（来源：管城发布）\n\n"
        "我区新增一批“15分钟健身圈”\n\n7月以来，管城区在辖区公园、广场新建改造健身场地18处。\n\n据了解，年底前全部完工。\n（据《郑州日报》）\n"
    )
    first, second = page.articles
    assert first.body.endswith("\n\n（来源：管城发布）")
    assert (second.title, second.reporters) == ("我区新增一批“15分钟健身圈”", [])
    assert second.body == "7月以来，管城区在辖区公园、广场新建改造健身场地18处。\n\n据了解，年底前全部完工。\n\n（据《郑州日报》）"
    assert not page.dropped


@pytest.mark.parametrize(
    "name, read", [("买买提•艾力", "买买提·艾力"), ("阿依古丽．吐尔逊", "阿依古丽·吐尔逊"), ("买买提・艾力", "买买提·艾力"), ("买买提·艾力", "买买提·艾力")]
)
def test_a_name_joined_by_any_middle_dot_is_a_name_spelt_with_the_middle_dot(name, read):
    page = read_text(f"石榴籽一家亲\n\n本报讯 近日，北下街街道开展民族团结进步宣传月活动。\n记者 柴琳琳 通讯员 {name}\n")
    (article,) = page.articles
    assert article.body == "本报讯 近日，北下街街道开展民族团结进步宣传月活动。"
    assert (article.reporters, article.correspondents) == (["柴琳琳"], [read])


@pytest.mark.parametrize(
    "byline, correspondents, photo",
    [
        ("记者 柴琳琳 通讯员 陈思 等", ["陈思"], False),
        ("记者 柴琳琳 通讯员 周双双等", ["周双双"], False),
        ("记者 柴琳琳 通讯员 薛新芳（图片由社区提供）", ["薛新芳"], True),
    ],
)
def test_a_byline_ending_with_and_others_or_a_note_on_the_photos_is_read(byline, correspondents, photo):
    page = read_text(f"陇海马路街道开展“邻里节”活动\n\n本报讯 近日，陇海马路街道举办第三届“邻里节”。\n{byline}\n")
    (article,) = page.articles
    assert article.body == "本报讯 近日，陇海马路街道举办第三届“邻里节”。"
    assert (article.reporters, article.correspondents, article.photo) == (["柴琳琳"], correspondents, photo)


@pytest.mark.parametrize("label", ["记者手记", "记者观察"])
def test_a_reporter_s_subhead_stays_in_the_story_signed_by_the_byline_under_it(label):
    page = read_text(
        "■走基层\n\n“老街坊”的新生活\n\n本报讯 近日，记者走进东大街街道改造后的老旧小区。\n\n居民张大爷告诉记者，改造后小区装上了路灯。\n"
        f"{label}\n老旧小区改造，改的是环境，暖的是民心。\n记者 柴琳琳 通讯员 薛新芳\n\n"
        "城东路街道开展冬季安全大排查\n\n本报讯 近日，城东路街道开展冬季安全大排查。\n记者 王磊\n"
    )
    story, news = page.articles
    assert story.body.split("\n\n")[-3:] == ["居民张大爷告诉记者，改造后小区装上了路灯。", label, "老旧小区改造，改的是环境，暖的是民心。"]
    assert (story.reporters, story.correspondents) == (["柴琳琳"], ["薛新芳"])
    assert (news.title, news.reporters, page.dropped) == ("城东路街道开展冬季安全大排查", ["王磊"], ())


INTERVIEW = "■访谈\n\n让居民在家门口享受“一站式”服务\n——访南关街街道党工委书记王军\n\n本报讯 近日，记者采访了南关街街道党工委书记王军。\n\n"


def test_an_interview_s_question_cut_by_a_page_break_is_one_paragraph_of_the_interview():
    page = read_text(
        INTERVIEW + "记者：请您谈谈\n\n\n\n中心建成后居民能享受到哪些服务？\n\n王军：中心设有8个功能区。\n\n记者：下一步有什么打算？\n\n王军：继续完善服务功能。\n记者 柴琳琳\n"
    )
    (interview,) = page.articles
    assert interview.body.split("\n\n")[1:3] == ["记者：请您谈谈中心建成后居民能享受到哪些服务？", "王军：中心设有8个功能区。"]
    assert interview.reporters == ["柴琳琳"]


@pytest.mark.parametrize(
    "after",
    ["\n雪中的坚守\n\n清晨六点，雪还在下。\n记者 王磊\n", "\n本报讯 近日，南关街街道开展活动。\n记者 王磊\n", "\n小区停车难 如何破解？\n\n本报讯 近日，记者走访了多个小区。\n"],
    ids=["a feature", "a brief", "a headline ending with a question"],
)
def test_a_byline_with_a_colon_still_signs_the_article_above_what_comes_next(after):
    page = read_text(INTERVIEW + "王军：继续完善服务功能。\n记者：柴琳琳\n" + after)
    assert (page.articles[0].body.split("\n\n")[-1], page.articles[0].reporters) == ("王军：继续完善服务功能。", ["柴琳琳"])


def test_a_byline_with_a_colon_over_a_two_line_headline_that_asks_signs_the_article_above():
    page = read_text(
        "圃田乡开展冬季植树活动\n\n本报讯 12月24日，圃田乡开展冬季植树活动，共栽种树苗2000余棵。\n记者：柴琳琳\n\n"
        "老旧小区改造后谁来管？\n城东路街道引入物业破解难题\n\n本报讯 近日，城东路街道在老旧小区引入专业物业公司。\n记者：王磊\n"
    )
    trees, estates = page.articles
    assert (trees.body, trees.reporters) == ("本报讯 12月24日，圃田乡开展冬季植树活动，共栽种树苗2000余棵。", ["柴琳琳"])
    assert (estates.title, estates.reporters, page.dropped) == ("老旧小区改造后谁来管？城东路街道引入物业破解难题", ["王磊"], ())


@pytest.mark.parametrize(
    "first, second, text, correspondents",
    [
        ("通讯员 王晓", "李明 张华）", "通讯员 王晓 李明 张华）", ["王晓", "李明", "张华"]),
        ("通讯员 王", "晓 李明）", "通讯员 王晓 李明）", ["王晓", "李明"]),
        ("通讯员 王晓", "明）", "通讯员 王晓明）", ["王晓明"]),
    ],
    ids=["between names", "inside a name", "inside a three-character name"],
)
def test_a_lead_s_bracketed_byline_cut_by_a_page_break_keeps_its_names_apart(first, second, text, correspondents):
    page = read_text(
        f"商城路街道开展“年货大集”活动\n\n本报讯（记者 柴琳琳 {first}\n\n\n\n2020年12月30日　星期三　第3版\n\n"
        f"{second}近日，商城路街道举办“年货大集”活动。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body == f"本报讯（记者 柴琳琳 {text}近日，商城路街道举办“年货大集”活动。"
    assert (article.reporters, article.correspondents) == (["柴琳琳"], correspondents)


@pytest.mark.parametrize("signature", ["　　记者　柴琳琳", "  记者 柴琳琳 通讯员 王晓", " 记者 柴琳琳 通讯员 王晓", "记者 柴琳琳 通讯员 王晓"])
def test_a_brief_signed_after_spaces_on_its_last_line_credits_its_writer_and_names_alone_credit_no_one(signature):
    # Run on after the last sentence with one space or none, as a copy from a PDF joins the signature's line, the role first.
    page = read_text(
        f"■简讯\n\n本报讯 近日，东大街街道开展“法律进社区”宣传活动，解答法律问题30余个。{signature}\n\n"
        "本报讯 12月29日，圃田乡召开冬季农业生产工作会议。（赵敏）\n"
    )
    signed, unsigned = page.articles
    assert (signed.reporters, signed.correspondents) == (["柴琳琳"], ["王晓"] if "王晓" in signature else [])
    assert (unsigned.reporters, unsigned.correspondents) == ([], [])  # `（赵敏）` may name anyone, or be `（待续）`


@pytest.mark.parametrize(
    "items",
    [["●书法展示", "●摄影作品展", "●文艺演出"], ["◇通讯员培训", "◇记者节活动", "◇摄影作品征集"], ["▲摄影展现场"]],
    ids=["bullets", "diamonds", "a caption"],
)
def test_a_marked_line_whose_role_word_runs_on_is_text_not_a_byline(items):
    page = read_text(
        "商都路街道迎新春文化节开幕\n\n本报讯 12月26日，商都路街道迎新春文化节开幕。\n\n"
        + "".join(f"{item}\n\n" for item in items)
        + "活动将持续到明年1月底。\n记者 柴琳琳 通讯员 陈思\n"
    )
    (article,) = page.articles
    assert all(item in article.body for item in items) and article.body.endswith("活动将持续到明年1月底。")
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["陈思"]) and not page.dropped


@pytest.mark.parametrize("note", ["（图片由社区提供）", "(照片由南曹街道提供)"])
def test_a_note_that_someone_gave_the_photos_at_the_text_s_end_says_the_article_has_photos(note):
    page = read_text(f"南曹街道为老人送春联\n\n本报讯 2月1日，南曹街道组织书法志愿者为辖区老人送去春联、福字200余副。{note}\n")
    (article,) = page.articles
    assert article.photo and (article.reporters, article.correspondents) == ([], [])
    assert article.body.endswith("200余副。" + note)  # printed text: kept


def test_a_caption_marked_with_a_triangle_credits_the_photo_and_the_article_goes_on():
    page = read_text(
        "西大街街道举办摄影展\n\n本报讯 12月27日，西大街街道摄影展开幕。\n\n▲记者 王磊 摄\n\n"
        "作品记录了辖区老旧小区改造带来的新\n变化，吸引了不少居民驻足观看。\n记者 柴琳琳 通讯员 王晓\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == ["▲记者 王磊 摄", "作品记录了辖区老旧小区改造带来的新变化，吸引了不少居民驻足观看。"]
    assert (article.reporters, article.correspondents, article.photo) == (["柴琳琳", "王磊"], ["王晓"], True)


@pytest.mark.parametrize("byline", ["◎记者 柴琳琳 ◎通讯员 陈思", "□本报记者 柴琳琳　□通讯员 陈思", "◎记者 柴琳琳 通讯员 陈思"])
@pytest.mark.parametrize("where", ["under the headline", "at the end"])
def test_a_byline_marked_before_each_role_credits_them_all_and_is_no_text(byline, where):
    text = "早上7点，城东路街道凤凰台社区的“小巷管家”刘桂兰开始了一天的巡查。\n\n“啥事都有人管。”居民陈大爷说。"
    page = read_text(f"“小巷管家”守护小巷\n\n{byline}\n\n{text}\n" if where == "under the headline" else f"“小巷管家”守护小巷\n\n本报讯 {text}\n{byline}\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["陈思"])
    assert "柴琳琳" not in article.body and not page.dropped


@pytest.mark.parametrize("byline", ["◎记者 柴琳琳", "记者 柴琳琳"])
def test_a_byline_over_an_interview_signs_it_and_the_first_question_is_text(byline):
    question = "记者：请您谈谈\n街道今年在便民服务方面做了哪些工作？"  # cut where it reads as a role and a name
    page = read_text(
        "■访谈\n\n让群众在家门口享受优质服务\n——访城东路街道党工委书记王强\n\n"
        f"{byline}\n\n{question}\n\n王强：居民在家门口就能办理30余项业务。\n\n记者：下一步有什么打算？\n\n王强：继续推进便民生活圈建设。\n\n"
        "东大街街道召开网格化管理推进会\n\n本报讯 12月29日，东大街街道召开网格化管理工作推进会。\n记者 柴琳琳 通讯员 李明\n"
    )
    interview, news = page.articles
    assert interview.body.split("\n\n")[0] == question.replace("\n", "")
    assert interview.body.endswith("王强：继续推进便民生活圈建设。") and interview.reporters == ["柴琳琳"]
    assert (news.title, news.correspondents, page.dropped) == ("东大街街道召开网格化管理推进会", ["李明"], ())


@pytest.mark.parametrize("credit", ["摄影 王磊", "摄影记者 王磊", "本报摄影记者 王磊"])
def test_a_photographer_s_credit_inside_an_article_does_not_end_it(credit):
    page = read_text(
        "十八里河街道“村晚”热闹开场\n\n本报讯 12月27日，十八里河街道首届“村晚”开演，2000余名村民观看演出。\n\n"
        f"{credit}\n\n舞龙舞狮、豫剧选段等节目轮番上演，赢得阵阵掌声。\n记者 柴琳琳 通讯员 刘洋\n"
    )
    (article,) = page.articles
    assert article.body.endswith("\n\n舞龙舞狮、豫剧选段等节目轮番上演，赢得阵阵掌声。")
    assert (article.reporters, article.correspondents, article.photo, page.dropped) == (["柴琳琳", "王磊"], ["刘洋"], True, ())


@pytest.mark.parametrize("role", ["视频", "摄像"])
def test_who_filmed_an_article_s_video_signs_it_with_the_reporters_and_took_no_photo(role):
    page = read_text(
        "社区开展防汛演练\n\n本报讯 7月28日，南关街街道开展防汛应急演练。\n"
        f"记者 柴琳琳 通讯员 赵敏 {role} 王磊\n\n老街巷里的非遗传承\n\n本报讯 近日，东大街街道举办非遗展。\n{role} 李娜\n"
    )
    assert [(article.title, article.reporters, article.correspondents, article.photo) for article in page.articles] == [
        ("社区开展防汛演练", ["柴琳琳", "王磊"], ["赵敏"], False),
        ("老街巷里的非遗传承", ["李娜"], [], False),
    ]
    assert not page.dropped


def test_a_contest_s_winners_list_credits_no_one_each_work_a_paragraph_and_who_someone_is_is_no_name():
    page = read_text(
        "紫荆山南路街道摄影比赛揭晓\n\n本报讯 近日，紫荆山南路街道摄影比赛评选结果揭晓，获奖名单如下：\n\n"
        "一等奖　《晨曦》　居民　张华　摄\n二等奖　《邻里》　通讯员　陈思　摄\n三等奖　《归途》　赵刚　摄\n\n"
        "志愿者为评委送上热茶　居民　李红　摄\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == [
        "一等奖　《晨曦》　居民　张华　摄", "二等奖　《邻里》　通讯员　陈思　摄", "三等奖　《归途》　赵刚　摄", "志愿者为评委送上热茶　居民　李红　摄"
    ]
    assert (article.reporters, article.correspondents, article.photo) == (["柴琳琳", "李红"], [], True)


def test_a_role_word_alone_in_brackets_cut_by_a_line_end_joins_without_a_space():
    page = read_text("区文化馆举办迎新春书画展\n\n本报讯 12月28日，区文化馆展出书法、绘画（摄影\n作品）共120余幅。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body == "本报讯 12月28日，区文化馆展出书法、绘画（摄影作品）共120余幅。"


def test_an_editor_s_line_printed_against_text_is_text_not_a_running_head():
    page = read_text(
        "区融媒体中心举办座谈会\n\n本报讯 12月29日，老读者张大爷拿出一张珍藏多年的报纸说：\n"
        "“你看，这上面还印着\n责任编辑 王芳 李明\n这几个名字呢！”\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == "“你看，这上面还印着责任编辑 王芳 李明这几个名字呢！”" and not page.dropped


@pytest.mark.parametrize(
    "byline, correspondents",
    [
        ("记者 柴琳琳 编辑 王芳", []),
        ("记者　柴琳琳　通讯员　陈思　责任编辑：王芳", ["陈思"]),
        ("记者 柴琳琳 编辑：王芳 李明", []),
        ("记者 柴琳琳 通讯员 陈思\n责任编辑：王　芳　　校对：李　明", ["陈思"]),
        ("记者 柴琳琳 通讯员 陈思\n版面编辑：王芳　　校对：李明", ["陈思"]),
    ],
)
def test_a_byline_ending_with_the_page_s_editor_credits_its_writers_only(byline, correspondents):
    page = read_text(
        f"■活动室\n\n一碗饺子温暖群众心\n\n本报讯 近日，北下街街道党工委开展冬日慰问活动。\n{byline}\n\n"
        "巧手包饺子温馨邻里情\n\n本报讯 近日，南关街街道豫丰社区开展邻里活动。\n记者 王磊\n"
    )
    first, second = page.articles
    assert first.body == "本报讯 近日，北下街街道党工委开展冬日慰问活动。"
    assert (first.reporters, first.correspondents) == (["柴琳琳"], correspondents)
    assert (second.title, second.reporters) == ("巧手包饺子温馨邻里情", ["王磊"])


SENTENCE = ("本报讯 12月27日，紫荆山南路街道联合辖区医院开展义诊，参与义诊的有", "社区志愿者10余人。")


@pytest.mark.parametrize(
    "lead, names, rest",
    [
        (SENTENCE[0], "通讯员陈思、张磊等", SENTENCE[1]),
        ("　　" + SENTENCE[0], "通讯员陈思，张磊等", "　　" + SENTENCE[1]),
        (SENTENCE[0] + "\n\n\n2020年12月30日　星期三　第3版\n", "通讯员陈思、张磊等", SENTENCE[1]),
        (SENTENCE[0], "通讯员陈思、张磊等\n\n\n- 3 -\n", SENTENCE[1]),
    ],
    ids=["in the lead", "indented, a full-width comma", "a page break above", "a page break below"],
)
def test_correspondents_named_in_the_middle_of_a_sentence_are_text_not_a_byline(lead, names, rest):
    page = read_text(f"紫荆山南路街道开展义诊\n\n{lead}\n{names}\n{rest}\n记者 柴琳琳\n")
    (article,) = page.articles
    assert (article.title, article.body) == ("紫荆山南路街道开展义诊", SENTENCE[0] + names.split("\n")[0] + SENTENCE[1])
    assert (article.reporters, article.correspondents) == (["柴琳琳"], [])


NOTICE = "关于开展志愿者招募的通知\n\n本报讯 区文明办决定面向社会招募志愿者，现将有关事项通知如下：\n\n一、报名时间：2021年1月4日至1月15日。\n\n"
NEXT_NEWS = "圃田乡开展冬季植树活动\n\n本报讯 12月24日，圃田乡组织机关干部开展冬季植树活动。\n记者 柴琳琳\n"


@pytest.mark.parametrize("date", ["2020年12月28日", "2020-12-28", "二〇二〇年十二月二十八日"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["apart", "right under"])
def test_a_date_under_a_notice_s_signature_closes_the_notice(date, gap):
    page = read_text(f"{NOTICE}管城回族区文明办{gap}{date}\n\n{NEXT_NEWS}")
    notice, news = page.articles
    assert notice.body.split("\n\n")[-2:] == ["管城回族区文明办", date]
    assert (news.title, news.body) == ("圃田乡开展冬季植树活动", "本报讯 12月24日，圃田乡组织机关干部开展冬季植树活动。")
    assert not page.dropped


@pytest.mark.parametrize(
    "signature",
    [["十八里河街道村“两委”换届选举工作领导小组"], ["中共南曹街道工作委员会", "南曹街道办事处"], ["中共小李庄村（社区）委员会"]],
    ids=["quotes", "two bodies", "brackets"],
)
def test_a_notice_s_signature_with_quotes_or_two_bodies_keeps_its_date(signature):
    page = read_text(NOTICE + "\n".join(signature) + "\n2021年7月20日\n\n" + NEXT_NEWS)
    notice, news = page.articles
    assert notice.body.split("\n\n")[-len(signature) - 1 :] == [*signature, "2021年7月20日"]
    assert news.title == "圃田乡开展冬季植树活动" and not page.dropped


def test_a_notice_s_date_with_its_weekday_right_under_its_signature_closes_it():
    page = read_text(f"{NOTICE}南曹街道小刘村村民选举委员会\n2021年7月25日　星期日\n\n{NEXT_NEWS}")
    notice, news = page.articles
    assert notice.body.split("\n\n")[-2:] == ["南曹街道小刘村村民选举委员会", "2021年7月25日　星期日"]
    assert news.title == "圃田乡开展冬季植树活动" and not page.dropped


def test_two_short_lines_over_a_running_date_line_are_no_signature_unless_the_first_is_under_a_finished_paragraph():
    page = read_text("南曹街道召开\n换届工作会\n2021年7月20日\n\n本报讯 7月19日，南曹街道召开换届工作会。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert (article.title, [item.reason for item in page.dropped]) == ("南曹街道召开换届工作会", ["running date line"])


def test_a_notice_s_signature_printed_without_the_indent_of_a_page_that_indents_paragraphs_is_a_paragraph_of_its_own():
    # On such a page a line without the indent goes on with the paragraph above; the date under it says it signs.
    paragraphs = ["本报讯 区文明办决定面向社会招募志愿者，现将有关事项通知如下：", "一、报名时间：2021年1月4日至1月15日。", "二、报名地点：各社区服务中心。", "三、联系电话：0371-66668888。", "特此通知。"]
    indented = "".join(f"　　{paragraph}\n" for paragraph in paragraphs)
    page = read_text(f"关于开展志愿者招募的通知\n{indented}管城回族区文明办\n2020年12月28日\n\n" + NEXT_NEWS.replace("本报讯", "　　本报讯"))
    notice, news = page.articles
    assert notice.body.split("\n\n") == [*paragraphs, "管城回族区文明办", "2020年12月28日"]
    assert news.title == "圃田乡开展冬季植树活动" and not page.dropped


def test_a_running_date_line_after_a_notice_s_date_is_still_furniture():
    page = read_text(f"{NOTICE}管城回族区文明办\n\n2020年12月28日\n\n- 3 -\n2020年12月30日 星期三\n\n{NEXT_NEWS}")
    notice, news = page.articles
    assert notice.body.split("\n\n")[-2:] == ["管城回族区文明办", "2020年12月28日"]
    assert news.title == "圃田乡开展冬季植树活动"
    assert [(item.lines[0].text, item.reason) for item in page.dropped] == [("- 3 -", "page number"), ("2020年12月30日 星期三", "running date line")]


@pytest.mark.parametrize("head", ["2020年12月30日", "2020.12.30"])
def test_a_date_alone_in_a_page_break_inside_a_paragraph_is_furniture(head):
    page = read_text(f"一碗饺子温暖群众心\n\n本报讯 近日,北下街街道为辖区孤寡老人、\n\n\n{head}\n\n环卫工人送去爱心水饺。\n记者 柴琳琳\n\n{head}\n")
    (article,) = page.articles
    assert article.body == "本报讯 近日,北下街街道为辖区孤寡老人、环卫工人送去爱心水饺。"
    assert [item.reason for item in page.dropped] == ["running date line"] * 2


def test_an_editor_s_line_under_a_notice_s_date_closes_the_notice():
    page = read_text(f"{NOTICE}管城回族区文明办\n\n2020年12月28日\n\n审核：王芳\n\n{NEXT_NEWS}")
    notice, news = page.articles
    assert notice.body.split("\n\n")[-3:] == ["管城回族区文明办", "2020年12月28日", "审核：王芳"]
    assert news.title == "圃田乡开展冬季植树活动"
    assert not page.dropped


def test_an_editor_s_line_between_finished_paragraphs_is_text():
    page = read_text("一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n\n审核：王芳\n\n当天，志愿者把饺子分发给环卫工人。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body.split("\n\n") == ["本报讯 近日，北下街街道开展冬日慰问活动。", "审核：王芳", "当天，志愿者把饺子分发给环卫工人。"]
    assert not page.dropped


@pytest.mark.parametrize(
    "page_text",
    [
        "审核：王芳\n\n一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳\n",
        "一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳\n\n审核：王芳\n",
        "一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳\n\n审核：王芳\n\n圃田乡开展冬季植树活动\n\n本报讯 近日，圃田乡开展植树活动。\n记者 王磊\n",
        "一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n\n- 3 -\n\n审核：王芳\n\n当天，志愿者把饺子分发给环卫工人。\n记者 柴琳琳\n",
    ],
    ids=["the page's top", "the page's foot", "under a byline", "beside a page number"],
)
def test_an_editor_s_line_where_a_page_breaks_is_furniture(page_text):
    page = read_text(page_text)
    assert "审核" not in "".join(article.body for article in page.articles)
    assert ("审核：王芳", "running head") in [(line.text, item.reason) for item in page.dropped for line in item.lines]


@pytest.mark.parametrize("prompt", ["扫码关注“管城融媒”客户端", "扫一扫　关注“管城发布”", "扫描二维码，观看活动视频"])
@pytest.mark.parametrize("where", ["under a byline", "between paragraphs"])
def test_a_qr_code_prompt_is_furniture_not_the_article_s_text(prompt, where):
    # The printed page's code is on no web page: the prompt is dropped and listed.
    paragraphs = ["本报讯 近日，南关街街道为居民免费发放腊八粥。", "活动中，志愿者还教孩子们制作腊八蒜。"]
    text = "\n\n".join(paragraphs + [f"记者 柴琳琳\n\n{prompt}"] if where == "under a byline" else [paragraphs[0], prompt, paragraphs[1] + "\n记者 柴琳琳"])
    page = read_text(f"南关街街道腊八节送粥暖人心\n\n{text}\n\n圃田乡开展冬季植树活动\n\n本报讯 近日，圃田乡开展植树活动。\n记者 王磊\n")
    first, second = page.articles
    assert first.body.split("\n\n") == paragraphs
    assert (first.reporters, second.title) == (["柴琳琳"], "圃田乡开展冬季植树活动")
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [(prompt, "QR code prompt")]


@pytest.mark.parametrize("head", ["社区新闻 3", "社区新闻　3", "管城回族区报 12"])
@pytest.mark.parametrize("cut", [False, True], ids=["between paragraphs", "inside a paragraph"])
def test_a_page_s_name_and_number_alone_is_a_running_head(head, cut):
    first, second = ("活动中，志愿者介绍了腊八节的由来，", "还教孩子们制作腊八蒜。") if cut else ("活动中，志愿者还教孩子们制作腊八蒜。", "居民们纷纷表示，这样的活动很有年味。")
    page = read_text(f"南关街街道腊八节送粥暖人心\n\n本报讯 近日，南关街街道为居民免费发放腊八粥。\n\n{first}\n\n{head}\n\n{second}\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == ([first + second] if cut else [first, second])
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [(head, "running head")]


@pytest.mark.parametrize("head", ["庚子年冬月十六", "农历冬月十六"])
def test_a_lunar_date_alone_inside_a_paragraph_a_page_break_cut_is_a_running_head(head):
    page = read_text(
        "南关街街道腊八节送粥暖人心\n\n本报讯 2021年1月20日（农历腊月初八），南关街街道为居民免费发放腊八粥。\n\n"
        f"活动中，志愿者介绍了腊八节的由来，\n\n{head}\n\n还教孩子们制作腊八蒜。\n记者 柴琳琳\n\n腊月初八\n\n本报讯 近日，圃田乡开展送温暖活动。\n记者 王磊\n"
    )
    lunar, headed = page.articles
    assert lunar.body.split("\n\n") == ["本报讯 2021年1月20日（农历腊月初八），南关街街道为居民免费发放腊八粥。", "活动中，志愿者介绍了腊八节的由来，还教孩子们制作腊八蒜。"]
    assert headed.title == "腊月初八"
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [(head, "running head")]


QUESTIONS_AND_ANSWERS = [
    "问：2021年城乡居民医保缴费标准是多少？",
    "答：2021年城乡居民医保个人缴费标准为每人每年280元。",
    "问：错过缴费时间怎么办？",
    "答：请居民务必在3月31日前完成缴费。",
]


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("gap", ["\n\n", PAGE_BREAK], ids=["blank line", "page break"])
@pytest.mark.parametrize(
    "after", ["", "\n南曹街道：为老人送春联\n\n本报讯（通讯员 王晓红）2月1日，南曹街道组织书法志愿者为辖区老人送去春联200余副。\n"],
    ids=["alone", "another article after it"],
)
def test_a_q_and_a_whose_first_question_asks_is_signed_by_the_byline_over_it(form, gap, after):
    # `问：…？` under the byline is the text it signs, never the next article's headline: no headline opens with `问：`.
    page = read_in_form(
        f"■政策解读\n\n城乡居民医保缴费 您关心的问题都在这儿\n\n记者 柴琳琳 通讯员 王晓红{gap}"
        + "".join(f"　　{line}\n" for line in QUESTIONS_AND_ANSWERS) + after,
        form,
    )
    qa, *others = page.articles
    assert (qa.title, qa.section, qa.reporters, qa.correspondents) == ("城乡居民医保缴费 您关心的问题都在这儿", "政策解读", ["柴琳琳"], ["王晓红"])
    assert [nfkc(paragraph) for paragraph in qa.body.split("\n\n")] == [nfkc(line) for line in QUESTIONS_AND_ANSWERS]
    assert [(nfkc(other.title), other.correspondents) for other in others] == ([(nfkc("南曹街道：为老人送春联"), ["王晓红"])] if after else [])
    assert [line.what for item in page.dropped for line in item.lines] == (["running date line"] if gap == PAGE_BREAK else [])





COMMENTARY = ["“老街坊”议事会，让居民从“旁观者”变成“参与者”。", "社区治理，只有让居民参与进来，才能画出最大同心圆。"]


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("signature", ["□ 李明", "◎李明", "□ 李明 王　芳"])
@pytest.mark.parametrize(
    "above", ["", "东大街街道：“老街坊”议事会议出好点子\n\n本报讯 近日，东大街街道书院社区召开“老街坊”议事会。\n记者 柴琳琳 通讯员 陈思\n\n"],
    ids=["alone", "under another article"],
)
def test_a_commentary_signed_by_a_marked_name_under_its_headline_is_that_writer_s_article(form, signature, above):
    # A name with no role in brackets credits no one (see above); after a byline's mark, between headline and text, it signs.
    page = read_in_form(f"{above}■短评\n\n让居民的事居民议\n\n{signature}\n\n" + "\n\n".join(COMMENTARY) + "\n", form)
    *others, commentary = page.articles
    assert (commentary.title, commentary.section, commentary.correspondents) == ("让居民的事居民议", "短评", [])
    assert commentary.reporters == (["李明", "王芳"] if "王" in signature else ["李明"])
    assert [nfkc(paragraph) for paragraph in commentary.body.split("\n\n")] == [nfkc(paragraph) for paragraph in COMMENTARY]
    assert [other.reporters for other in others] == ([["柴琳琳"]] if above else []) and not page.dropped


@pytest.mark.parametrize(
    ("signature", "writers"),
    [("本报评论员", []), ("□本报评论员", []), ("本报评论员　王晓", ["王晓"]), ("特约评论员 王晓", ["王晓"]), ("文｜王晓", ["王晓"]), ("文/本报评论员 王晓", ["王晓"])],
)
def test_a_commentary_signed_by_the_paper_s_commentator_under_its_headline_is_an_article(signature, writers):
    page = read_text(f"■短评\n\n让居民的事居民议\n\n{signature}\n\n" + "\n\n".join(COMMENTARY) + f"\n\n{NEXT_ARTICLE}")
    commentary, news = page.articles
    assert (commentary.title, commentary.section, commentary.reporters, commentary.correspondents) == ("让居民的事居民议", "短评", writers, [])
    assert commentary.body.split("\n\n") == COMMENTARY
    assert (news.title, news.reporters, page.dropped) == ("圃田乡：冬季农业生产不放松", ["柴琳琳"], ())


NEXT_ARTICLE = "■活动室\n\n圃田乡：冬季农业生产不放松\n\n本报讯 近日，圃田乡组织农技人员指导农户做好小麦越冬管理。\n记者 柴琳琳\n"


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("signature", ["□ 李明", "◎李明", "□ 李明 王　芳"])
@pytest.mark.parametrize("below", ["", NEXT_ARTICLE, PAGE_BREAK + NEXT_ARTICLE], ids=["page ends", "another article follows", "a page break, then another article"])
def test_a_commentary_signed_by_a_marked_name_under_its_text_is_that_writer_s_article(form, signature, below):
    # As `记者 柴琳琳` under a report: the mark and names end the commentary, and leave its text.
    page = read_in_form("■短评\n\n让居民的事居民议\n\n" + "\n\n".join(COMMENTARY) + f"\n\n{signature}\n\n{below}", form)
    commentary, *others = page.articles
    assert (commentary.title, commentary.section, commentary.correspondents) == ("让居民的事居民议", "短评", [])
    assert commentary.reporters == (["李明", "王芳"] if "王" in signature else ["李明"])
    assert [nfkc(paragraph) for paragraph in commentary.body.split("\n\n")] == [nfkc(paragraph) for paragraph in COMMENTARY]
    assert [(nfkc(other.title), other.reporters) for other in others] == ([(nfkc("圃田乡：冬季农业生产不放松"), ["柴琳琳"])] if below else [])


@pytest.mark.parametrize(
    "after",
    ["\n\n□ 李明\n□ 王芳\n", "\n\n□ 李明\n\n新的一年，我们继续努力，为居民办好实事。\n"],
    ids=["a list of marked names", "more text under the name"],
)
def test_a_marked_name_in_a_list_or_over_more_text_stays_text(after):
    page = read_text("■短评\n\n让居民的事居民议\n\n" + "\n\n".join(COMMENTARY) + after)
    (commentary,) = page.articles
    assert commentary.reporters == [] and not page.dropped
    # Kept in the text as printed (a list's lines run on as one paragraph's do).
    assert "".join(commentary.body.split("\n\n")[len(COMMENTARY):]) == after.replace("\n", "")


def test_a_marked_list_s_short_item_between_two_others_signs_nothing():
    # `●文艺演出` stands under a short line and over a finished one, as a signature under a headline does.
    page = read_text(
        "■活动室\n\n商都路街道迎新春文化节开幕\n\n本报讯 12月26日，商都路街道迎新春文化节开幕，活动包括：\n\n"
        "●书法展示\n\n●文艺演出\n\n●送福进门。\n\n活动将持续到明年1月底。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert all(item in article.body for item in ["●书法展示", "●文艺演出", "●送福进门。"])
    assert article.reporters == ["柴琳琳"] and not page.dropped


SCHEDULE = (
    "管城回族区第二届邻里文化节即将开幕\n\n本报讯 管城回族区第二届“邻里文化节”将于2月6日开幕。具体安排如下：\n"
    "开幕式时间：\n{opening}\n开幕式地点：区文化馆广场\n\n闭幕式时间：\n{closing}\n闭幕式地点：商城遗址公园\n记者 柴琳琳\n"
)


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("opening, closing", [("2021年2月6日 星期六", "2021年2月20日 星期六"), ("2021年2月6日", "2021-02-20")])
def test_a_date_a_colon_announces_right_above_it_is_text(form, opening, closing):
    page = read_in_form(SCHEDULE.format(opening=opening, closing=closing), form)
    (article,) = page.articles
    paragraphs = [nfkc(paragraph) for paragraph in article.body.split("\n\n")]
    # As the page prints them, each line a paragraph: the date is what the colon above it announces.
    assert paragraphs[1:] == [nfkc(text) for text in ("开幕式时间：", opening, "开幕式地点：区文化馆广场", "闭幕式时间：", closing, "闭幕式地点：商城遗址公园")]
    assert not page.dropped


def test_a_running_date_line_apart_from_a_colon_above_it_is_still_furniture():
    page = read_text(
        "管城回族区第二届邻里文化节即将开幕\n\n本报讯 管城回族区第二届“邻里文化节”具体安排如下：\n\n\n"
        "2021年2月3日 星期三\n\n开幕式在区文化馆广场举行。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body == "本报讯 管城回族区第二届“邻里文化节”具体安排如下：\n\n开幕式在区文化馆广场举行。"
    assert [item.reason for item in page.dropped] == ["running date line"]


BRIEFS_WRAPPED = (
    "简讯\n\n　　本报讯 近日，航海东路街道开展“学雷锋”主题志愿服务活动，\n为辖区环卫工人送去口罩、手套等防护用品200余份。（记者 柴\n"
    "琳琳 通讯员 王晓）\n　　本报讯 3月8日，紫荆山南路街道举办“三八”妇女节座谈会，\n40余名女性代表参加。（记者 柴琳琳）\n"
    "　　本报讯 活动现场，二里岗街道为辖区20户困难家庭送去米面\n油等慰问品，把党和政府的温暖送到群众心坎上。（通讯员 李颖睿\n 实习生 王一）\n"
)


@pytest.mark.parametrize("form", PAGE_FORMS)
def test_a_brief_s_bracketed_byline_a_line_break_cut_stays_with_its_brief(form):
    page = read_in_form(BRIEFS_WRAPPED, form)
    first, second, third = page.articles
    assert nfkc(first.body).endswith(nfkc("200余份。（记者 柴琳琳 通讯员 王晓）"))
    assert (first.reporters, first.correspondents) == (["柴琳琳"], ["王晓"])
    assert nfkc(second.title) == nfkc("紫荆山南路街道举办“三八”妇女节座谈会")
    assert nfkc(third.body).endswith(nfkc("心坎上。（通讯员 李颖睿 实习生 王一）"))
    assert third.correspondents == ["李颖睿"] and "王一" in third.reporters
    assert not page.dropped


SIGNED_NEWS = "西大街街道举办老年人智能手机培训\n\n本报讯 5月7日，西大街街道邀请工作人员走进社区，教老年人使用智能手机。\n"


@pytest.mark.parametrize("byline", ["记者 柴琳琳", "记者 柴琳琳 通讯员 陈思", "记者 王磊 摄影报道"])
@pytest.mark.parametrize(
    "headline, text",
    [
        ("更正", "本报5月6日第3版《南曹街道开展植树活动》一文中，“王晓”应为“王骁”，特此更正。"),
        ("更　正", "本报5月6日第3版《南曹街道开展植树活动》一文中，“王晓”应为“王骁”，特此更正。"),
        ("绿色骑行", "5月16日，百余名骑行爱好者参加“绿色出行·低碳生活”骑行活动。"),
    ],
)
def test_a_headline_of_a_name_s_length_under_a_byline_over_its_text_is_the_next_item_s_not_more_names(byline, headline, text):
    page = read_text(f"{SIGNED_NEWS}{byline}\n\n{headline}\n\n{text}\n")
    news, item = page.articles
    assert headline.replace("　", "") not in news.reporters + news.correspondents
    assert (item.title.replace("　", ""), item.body) == (headline.replace("　", ""), text)
    assert not page.dropped


def test_a_name_a_page_break_moved_under_a_whole_byline_is_still_one_of_its_names():
    page = read_text(f"{SIGNED_NEWS}记者 柴琳琳\n\n\n\n王磊\n\n南曹街道开展植树活动\n\n本报讯 近日，南曹街道开展植树活动。\n记者 陈思\n")
    news, trees = page.articles
    assert (news.reporters, trees.title, trees.reporters) == (["柴琳琳", "王磊"], "南曹街道开展植树活动", ["陈思"])


@pytest.mark.parametrize("headline", ["“五星”支部怎么创？", "小区停车难，怎么破？", "“五星”支部是这样创出来的！"])
def test_a_feature_whose_headline_asks_or_exclaims_is_signed_by_the_byline_under_it(headline):
    page = read_text(f"{headline}\n\n记者 柴琳琳\n\n今年以来，二里岗街道全面推进“五星”支部创建工作。\n\n{SIGNED_NEWS}记者 陈思\n")
    feature, news = page.articles
    assert (feature.title, feature.reporters, feature.body) == (headline, ["柴琳琳"], "今年以来，二里岗街道全面推进“五星”支部创建工作。")
    assert news.reporters == ["陈思"] and not page.dropped


@pytest.mark.parametrize("question", ["1.问：缴费标准是多少？", "问1：缴费标准是多少？", "Q1：缴费标准是多少？", "（1）缴费标准是多少？", "一、缴费标准是多少？"])
def test_a_q_and_a_signed_under_its_headline_over_a_numbered_question_is_one_article(question):
    page = read_text(f"城乡居民医保缴费问答\n\n记者 柴琳琳\n\n{question}\n答：每人每年280元。\n\n{SIGNED_NEWS}记者 王磊\n")
    explainer, news = page.articles
    assert (explainer.title, explainer.reporters) == ("城乡居民医保缴费问答", ["柴琳琳"])
    assert explainer.body == f"{question}\n\n答：每人每年280元。" and not page.dropped


@pytest.mark.parametrize("part", ["一、扎根社区", "（一）党建引领"])
def test_a_short_numbered_part_under_a_feature_s_byline_is_its_subhead_not_more_names(part):
    page = read_text(f"守护一方平安的“老黄牛”\n\n记者 柴琳琳\n\n{part}\n\n赵刚在社区当民警已经20年了。\n\n{SIGNED_NEWS}记者 王磊\n")
    feature, news = page.articles
    assert (feature.title, feature.reporters, feature.body) == ("守护一方平安的“老黄牛”", ["柴琳琳"], f"{part}\n\n赵刚在社区当民警已经20年了。")
    assert not page.dropped


@pytest.mark.parametrize("note", ["本版图片均由记者 王磊 摄", "本版照片由各街道提供。"])
def test_a_credit_for_all_the_photos_of_the_page_is_furniture_reported_not_an_article(note):
    page = read_text(f"{SIGNED_NEWS}记者 柴琳琳\n\n{note}\n")
    (news,) = page.articles
    assert news.reporters == ["柴琳琳"]
    assert [(dropped.lines[0].text, dropped.reason) for dropped in page.dropped] == [(note, "the page's photo credit")]


@pytest.mark.parametrize("bracketed", ["【通讯员 李明】", "（通讯员 李明）"])
def test_a_lead_opened_by_a_byline_in_brackets_without_a_dateline_starts_its_article(bracketed):
    page = read_text(
        "东大街街道开展消防安全检查\n记者 柴琳琳\n\n6月10日，东大街街道开展夏季消防安全检查。\n\n"
        f"北下街街道举办夏季纳凉晚会\n\n{bracketed}6月9日晚，北下街街道举办夏季纳凉晚会。\n"
    )
    check, party = page.articles
    assert (check.body, check.reporters) == ("6月10日，东大街街道开展夏季消防安全检查。", ["柴琳琳"])
    assert (party.title, party.correspondents) == ("北下街街道举办夏季纳凉晚会", ["李明"])


def test_names_in_brackets_without_a_role_opening_a_paragraph_open_no_lead():
    page = read_text("东大街街道开展消防安全检查\n\n本报讯 6月10日，东大街街道开展消防安全检查。\n\n社区居民\n（赵敏）说，检查很及时。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert article.body.endswith("社区居民（赵敏）说，检查很及时。")


ARTICLE_SIGNED_UNDER = "防暑降温 这些常识要知道\n\n本报讯 连日来，我市持续高温天气。区卫健委提醒居民注意防暑降温。\n记者 柴琳琳 通讯员 刘洋\n\n"
FIRE_DRILL = "\n南曹街道开展消防演练\n\n本报讯 7月28日，南曹街道组织辖区企业开展消防演练。\n记者 柴琳琳 通讯员 赵敏\n"


@pytest.mark.parametrize("label", ["编后", "【编后】", "■编后", "编后语", "小贴士", "温馨提示", "【温馨提示】", "■人物名片", "【趣味问答】"])
def test_a_box_under_a_byline_ends_the_article_above_and_its_label_is_no_name(label):
    page = read_text(f"{ARTICLE_SIGNED_UNDER}{label}\n\n给劳动者多一分理解和尊重，这座城市就多一分温度。\n{FIRE_DRILL}")
    first, second = page.articles
    assert (first.reporters, first.correspondents) == (["柴琳琳"], ["刘洋"])
    assert first.body.split("\n\n")[1:] == [label, "给劳动者多一分理解和尊重，这座城市就多一分温度。"]
    assert (second.title, second.section, second.correspondents) == ("南曹街道开展消防演练", None, ["赵敏"])
    assert not page.dropped


@pytest.mark.parametrize("lines", [["本版编辑：王芳", "组稿：陈思"], ["策划：王芳", "统筹：陈思"], ["组稿 陈思 责任编辑 王芳"], ["版式：李娜"]])
def test_the_page_s_makers_under_a_byline_are_furniture_not_names(lines):
    page = read_text(ARTICLE_SIGNED_UNDER + "\n".join(lines) + "\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["刘洋"])
    assert [line.text for item in page.dropped for line in item.lines] == lines


WEATHER = ["天气预报", "8月2日 晴转多云 27℃～35℃", "8月3日 多云 26℃～34℃"]


@pytest.mark.parametrize(
    "article",
    [ARTICLE_SIGNED_UNDER, "防暑降温 这些常识要知道\n\n本报讯 连日来，我市持续高温天气。\n区卫健委提醒居民注意防暑降温。（记者 柴琳琳 通讯员 刘洋）\n\n"],
    ids=["under a byline", "under a text signed at its end"],
)
def test_a_weather_box_under_an_article_is_reported_and_the_article_keeps_its_credits(article):
    page = read_text(article + "\n".join(WEATHER) + "\n")
    (first,) = page.articles
    assert (first.reporters, first.correspondents) == (["柴琳琳"], ["刘洋"])
    assert "天气预报" not in first.body and "℃" not in first.body
    assert [line.text for item in page.dropped for line in item.lines] == WEATHER


@pytest.mark.parametrize(
    "credit, reporters",
    [("文/图 王晓", ["王晓"]), ("文/王晓 图/李娜", ["王晓", "李娜"]), ("王晓/文 李娜/图", ["王晓", "李娜"]), ("文·图/王晓", ["王晓"]), ("文／图　王　晓", ["王晓"])],
)
@pytest.mark.parametrize("where", ["under the headline", "under the text"])
def test_a_credit_without_a_role_marking_who_wrote_and_who_took_the_photos_signs_its_article(credit, reporters, where):
    feature = f"南曹街道：万亩葡萄喜获丰收\n\n{credit}\n\n盛夏时节，走进南曹街道的葡萄种植基地，一串串紫红色的葡萄挂满枝头。\n\n"
    if where == "under the text":
        feature = f"南曹街道：万亩葡萄喜获丰收\n\n本报讯 盛夏时节，走进南曹街道的葡萄种植基地，一串串紫红色的葡萄挂满枝头。\n{credit}\n\n"
    page = read_text("城东路街道“小区议事厅”议出大变化\n\n记者 陈思\n\n“停车位划好了，小区终于不乱了！”8月1日，居民张先生高兴地说。\n\n" + feature + FIRE_DRILL)
    above, article, below = page.articles
    assert (above.title, above.reporters, above.body) == ("城东路街道“小区议事厅”议出大变化", ["陈思"], "“停车位划好了，小区终于不乱了！”8月1日，居民张先生高兴地说。")
    assert (article.title, article.reporters, article.correspondents, article.photo) == ("南曹街道：万亩葡萄喜获丰收", reporters, [], True)
    assert article.body.endswith("盛夏时节，走进南曹街道的葡萄种植基地，一串串紫红色的葡萄挂满枝头。")
    assert (below.title, below.reporters) == ("南曹街道开展消防演练", ["柴琳琳"])
    assert not page.dropped


@pytest.mark.parametrize("foot", [["新闻热线：0371-66228899"], ["更多精彩请关注“管城融媒”微信公众号", "投稿邮箱：gcxw@163.com"]])
def test_the_paper_s_hotline_or_account_at_the_foot_is_furniture_under_briefs_and_under_an_article(foot):
    briefs = "■社区快讯\n\n●7月30日，西大街街道开展“邻里节”活动，300余名居民参加。（通讯员 陈思）\n\n●7月29日，紫荆山南路街道组织开展食品安全培训。（通讯员 张磊）\n\n"
    page = read_text(briefs + "\n".join(foot) + "\n")
    assert [(article.correspondents, article.section) for article in page.articles] == [(["陈思"], "社区快讯"), (["张磊"], "社区快讯")]
    assert [line.text for item in page.dropped for line in item.lines] == foot
    page = read_text("南曹街道开展防汛演练\n\n本报讯（记者 柴琳琳）7月30日，南曹街道开展防汛演练。\n\n" + "\n".join(foot) + "\n")
    (article,) = page.articles
    assert (article.body, article.reporters) == ("本报讯（记者 柴琳琳）7月30日，南曹街道开展防汛演练。", ["柴琳琳"])
    assert [line.text for item in page.dropped for line in item.lines] == foot


BRIEFS = {
    "cut": "●7月28日，北下街街道开展“文明养犬”宣传活动，向居民发放倡议书500余份。（记者 柴\n琳琳 通讯员 李娜）",
    "photo": "●7月31日，航海东路街道举办“邻里运动会”，居民们参加拔河、跳绳等比赛。（记者 王磊 摄）",
    "plain": "●7月30日，西大街街道开展燃气安全入户检查，排查隐患12处。（通讯员 周双双）",
    "last": "●7月29日，南关街街道组织青少年参观二七纪念塔。（通讯员 王晓）",
}
CREDITS = {"cut": (["柴琳琳"], ["李娜"], False), "photo": (["王磊"], [], True), "plain": ([], ["周双双"], False), "last": ([], ["王晓"], False)}


@pytest.mark.parametrize("order", [("cut", "plain", "last"), ("plain", "cut", "last"), ("photo", "plain", "last"), ("plain", "photo", "last")])
def test_a_column_of_bulleted_briefs_signed_in_brackets_is_one_article_each_whatever_the_signature(order):
    page = read_text("■社区快讯\n\n" + "\n\n".join(BRIEFS[brief] for brief in order) + "\n")
    assert [(article.reporters, article.correspondents, article.photo) for article in page.articles] == [CREDITS[brief] for brief in order]
    assert [article.body for article in page.articles] == [BRIEFS[brief].replace("\n", "") for brief in order]
    assert {article.section for article in page.articles} == {"社区快讯"} and not page.dropped


@pytest.mark.parametrize("first", ["◆从“旁观者”到“主人翁”", "从“旁观者”到“主人翁”", "【从“旁观者”到“主人翁”】"])
@pytest.mark.parametrize("above", ["", ARTICLE_SIGNED_UNDER], ids=["alone", "under another article"])
def test_a_feature_signed_under_its_headline_whose_text_opens_with_a_subhead_is_one_article(first, above):
    page = read_text(
        f"{above}巷子里的“主心骨”\n\n记者 柴琳琳 通讯员 江涛\n\n{first}\n\n今年68岁的王秀英是西大街街道清真寺社区的“小巷管家”。\n\n"
        "◆一本“民情日记”\n\n两年来，她已经记满了5个本子。\n"
    )
    *others, feature = page.articles
    assert [other.title for other in others] == (["防暑降温 这些常识要知道"] if above else [])
    assert (feature.title, feature.reporters, feature.correspondents) == ("巷子里的“主心骨”", ["柴琳琳"], ["江涛"])
    assert feature.body.split("\n\n") == [first, "今年68岁的王秀英是西大街街道清真寺社区的“小巷管家”。", "◆一本“民情日记”", "两年来，她已经记满了5个本子。"]
    assert not page.dropped


@pytest.mark.parametrize("headline", ["老街为何“留得住”？", "老街变美了！"])
@pytest.mark.parametrize("first", ["走进书院街，青砖灰瓦的院落与新铺的石板路相映成趣。", "问：今年暑期托管服务面向哪些学生？"])
def test_a_headline_that_asks_or_exclaims_over_a_subtitle_and_a_byline_is_signed_by_it(headline, first):
    page = read_text(f"{headline}\n——书院街改造侧记\n\n记者 柴琳琳 通讯员 马文博\n\n{first}\n\n改造后的32个楼院全部引入物业服务。\n")
    (article,) = page.articles
    assert (article.title, article.reporters, article.correspondents) == (f"{headline}——书院街改造侧记", ["柴琳琳"], ["马文博"])
    assert article.body.split("\n\n") == [first, "改造后的32个楼院全部引入物业服务。"]


@pytest.mark.parametrize("top", ["", "管城回族区报　2021年8月1日　星期日　第6版\n"], ids=["first line", "under the running head"])
@pytest.mark.parametrize("editors", ["责任编辑：王芳", "本版编辑：王芳　美编：李娜"])
@pytest.mark.parametrize("under", ["", "（上接A1版）\n"], ids=["over a headline", "over a continued story's headline"])
def test_an_editors_line_at_the_page_s_top_is_furniture_not_the_headline_s_first_words(top, editors, under):
    page = read_text(f"{top}{editors}\n南曹街道开展“送法进村”\n{under}本报讯　7月29日，南曹街道在辖区大湖村开展“送法进村”活动。\n记者　柴琳琳\n")
    (article,) = page.articles
    assert (article.title, article.reporters) == ("南曹街道开展“送法进村”", ["柴琳琳"])
    assert editors in [line.text for item in page.dropped for line in item.lines]


@pytest.mark.parametrize("masthead", ["GUANCHENG NEWS　管城回族区报", "管城回族区报", "管城回族区报\nGUANCHENG NEWS", "GUANCHENG NEWS 管城回族区报\n"])
@pytest.mark.parametrize("heads", [["2021年8月1日　星期日　农历六月廿三"], ["2021年8月1日　星期日", "今日8版　A1"]])
def test_the_masthead_over_the_page_s_running_heads_is_furniture_not_the_first_headline_s_words(masthead, heads):
    page = read_text("\n".join([masthead, *heads]) + "\n\n“我为群众办实事”\n管城回族区为民办实事清单过半\n\n本报讯（记者 柴琳琳）全区首批120项民生实事已完成68项。\n")
    (article,) = page.articles
    assert article.title == "“我为群众办实事”管城回族区为民办实事清单过半"
    assert [line.text for item in page.dropped for line in item.lines] == [*masthead.strip().split("\n"), *heads]


@pytest.mark.parametrize("name", ["GUANCHENG NEWS 管城回族区报", "管城回族区报", "管城回族区报　社区新闻"])
def test_the_paper_s_name_alone_right_over_a_headline_over_its_lead_is_a_running_head(name):
    page = read_text(
        f"{name}\n北下街街道开展“敲门行动”\n本报讯 近日，北下街街道开展“敲门行动”。\n记者 柴琳琳\n"
        f"{name}\n城东路街道开展禁毒宣传\n本报讯 6月26日，城东路街道开展禁毒宣传活动。\n记者 王磊\n"
    )
    assert [article.title for article in page.articles] == ["北下街街道开展“敲门行动”", "城东路街道开展禁毒宣传"]
    assert [line.text for item in page.dropped for line in item.lines] == [name, name]


@pytest.mark.parametrize("editors", ["责任编辑：王芳", "本版责编：王芳　美编：李强"])
def test_an_editors_line_at_the_page_s_foot_under_a_text_signed_at_its_end_is_furniture(editors):
    page = read_text(f"南关街街道“四点半课堂”开课了\n\n本报讯 每天下午4点半，豫丰社区的“四点半课堂”就热闹起来。\n\n“孩子放学后有地方去了。”家长刘女士说。（记者 王晓）\n{editors}\n")
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == "“孩子放学后有地方去了。”家长刘女士说。（记者 王晓）"
    assert article.reporters == ["王晓"]
    assert [line.text for item in page.dropped for line in item.lines] == [editors]


CALL_NOTICE = "关于开展城乡居民医保集中缴费的通知\n\n各社区、各村：\n\n2022年度城乡居民医保集中缴费工作自2021年9月1日起开始。\n\n特此通知。\n\n十八里河街道办事处\n2021年7月30日\n\n"
LEAD_SIGNED = "南曹街道：“清洁家园”让村庄靓起来\n\n本报讯（记者 柴琳琳）7月29日，南曹街道组织开展“清洁家园”行动。\n\n"


@pytest.mark.parametrize("above", [CALL_NOTICE, LEAD_SIGNED], ids=["under a notice", "under an article signed in its lead"])
@pytest.mark.parametrize(
    "title, text",
    [
        ("更正", "本报7月25日第3版《城东路街道：“夏日送清凉”慰问一线工人》一文中，“郑汴路社区”应为“东明路社区”，特此更正。"),
        ("防汛安全告居民书", "广大居民朋友：入汛以来，我街道降雨频繁，请大家注意防范。"),
        ("致全区广大青年的倡议", "全区广大青年朋友们：让我们行动起来，争做文明城市建设的先锋。"),
        ("关于暂停办理业务的温馨提示", "因系统升级，8月2日暂停办理社保业务，敬请谅解。"),
    ],
)
def test_a_correction_or_a_notice_standing_apart_under_another_item_is_an_item_of_its_own(above, title, text):
    page = read_text(f"{above}{title}\n\n{text}\n")
    first, second = page.articles
    assert title not in first.body and text not in first.body
    assert (second.title, second.body) == (title, text)


@pytest.mark.parametrize("rows", [["主任　李建军"], ["南曹村　4126人", "刘湾村　3289人"]])
def test_a_table_s_rows_under_a_heading_without_a_colon_are_not_glued_to_the_sentence_after_a_blank_line(rows):
    page = read_text(
        "圃田乡小李庄村选出新一届村委会\n\n本报讯（记者 柴琳琳）7月26日，圃田乡小李庄村召开村民选举大会。\n\n当选人员名单\n\n"
        + "\n".join(rows) + "\n\n选举结束后，新一届村“两委”班子成员进行了集体宣誓。\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[-1] == "选举结束后，新一届村“两委”班子成员进行了集体宣誓。"
    assert "".join(rows) in article.body.replace("\n\n", "")


@pytest.mark.parametrize("ornament", ["——————", "＊＊＊", "………", "★★★", "· · ·"])
def test_a_line_of_ornaments_between_articles_is_furniture(ornament):
    page = read_text(f"一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳\n\n{ornament}\n\n圃田乡开展植树活动\n\n本报讯 近日，圃田乡开展植树活动。\n记者 王晓\n")
    assert [(article.title, article.reporters) for article in page.articles] == [("一碗饺子温暖群众心", ["柴琳琳"]), ("圃田乡开展植树活动", ["王晓"])]
    assert [(line.text, line.what) for item in page.dropped for line in item.lines] == [(ornament, "ornament")]


def test_an_item_under_a_rubric_naming_a_tag_s_keyword_has_that_tag():
    page = read_text("■换届进行时\n\n小李庄村选出新一届村民委员会\n\n本报讯 7月26日，圃田乡小李庄村召开村民选举大会。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert (article.section, article.tags) == ("换届进行时", ["换届"])


@pytest.mark.parametrize("page_name", ["综合新闻", "要闻"])
@pytest.mark.parametrize("number", ["-3-", "3"])
def test_the_next_page_s_name_under_its_number_inside_a_headline_a_page_break_cut_is_furniture(page_name, number):
    page = read_text(f"十八里河街道开展\n\n{number}\n\n{page_name}\n\n防汛应急演练\n\n本报讯 7月27日下午，十八里河街道开展防汛应急演练。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert (article.title, article.reporters) == ("十八里河街道开展防汛应急演练", ["柴琳琳"])
    assert [line.text for item in page.dropped for line in item.lines] == [number, page_name]


def test_a_brief_signed_by_the_media_centre_and_a_name_in_brackets_credits_that_reporter():
    page = read_text("南关街街道举办智能手机培训班\n\n本报讯 7月27日，南关街街道举办老年人智能手机使用培训班。（管城区融媒体中心 王晓）\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (["王晓"], [])


@pytest.mark.parametrize("credit", ["受访者供图", "社区供图"])
def test_a_caption_under_the_text_is_no_headline_over_the_byline_under_it(credit):
    page = read_text(
        "航海东路街道：退役老兵讲述战斗故事\n\n本报讯 近日，航海东路街道邀请退役老兵走进辖区学校，为青少年讲述战斗故事。\n\n"
        f"图为李德明年轻时的照片。　{credit}\n见习记者 欧阳娜娜\n\n"
        "二里岗街道：从“垃圾死角”到“口袋公园”\n\n本报讯 近日，二里岗街道民主路社区“口袋公园”建成开放。\n记者 柴琳琳\n"
    )
    first, second = page.articles
    assert (first.reporters, first.photo) == (["欧阳娜娜"], True)
    assert first.body.endswith(f"\n\n图为李德明年轻时的照片。　{credit}")
    assert (second.title, second.reporters, page.dropped) == ("二里岗街道：从“垃圾死角”到“口袋公园”", ["柴琳琳"], ())


@pytest.mark.parametrize("mark", ["文/图", "摄影报道"])
def test_what_a_byline_s_names_did_wrapped_onto_a_line_of_its_own_under_the_headline_ends_that_byline(mark):
    page = read_text(
        f"圃田乡：“美丽庭院”扮靓乡村\n\n实习记者　买买提·艾力　通讯员　陈　思\n{mark}\n\n"
        "走进圃田乡小李庄村，一排排农家小院干净整洁。\n\n“院子美了，心情也好了。”村民李秀英说。\n"
    )
    (article,) = page.articles
    assert (article.reporters, article.correspondents, article.photo) == (["买买提·艾力"], ["陈思"], True)
    assert article.body == "走进圃田乡小李庄村，一排排农家小院干净整洁。\n\n“院子美了，心情也好了。”村民李秀英说。"
    assert not page.dropped


def test_an_essay_signed_作者_under_its_headline_credits_its_writer():
    page = read_text(f"■锐评\n\n停车难要靠共治来破解\n\n作者：王晓\n\n" + "\n\n".join(COMMENTARY) + "\n")
    (article,) = page.articles
    assert (article.title, article.section, article.reporters) == ("停车难要靠共治来破解", "锐评", ["王晓"])
    assert article.body.split("\n\n") == COMMENTARY


@pytest.mark.parametrize("office", ["（管城区文明办）", "（区市场监管局）", "（南曹街道办事处）"])
def test_a_lead_an_office_signs_on_the_line_under_it_ends_its_item_and_the_feature_under_it_is_its_own(office):
    page = read_text(
        f"管城区启动“文明交通我先行”志愿服务活动\n\n本报讯 7月30日，管城区“文明交通我先行”志愿服务活动启动。\n\n{office}\n\n"
        "我区开展夏季食品安全专项检查\n\n7月下旬以来，区市场监管局对辖区餐饮单位开展夏季食品安全专项检查。\n\n检查人员提醒，夏季高温是食物中毒高发期。\n记者 柴琳琳\n"
    )
    first, second = page.articles
    assert (first.body, first.reporters) == (f"本报讯 7月30日，管城区“文明交通我先行”志愿服务活动启动。\n\n{office}", [])
    assert (second.title, second.reporters) == ("我区开展夏季食品安全专项检查", ["柴琳琳"])
    assert second.body == "7月下旬以来，区市场监管局对辖区餐饮单位开展夏季食品安全专项检查。\n\n检查人员提醒，夏季高温是食物中毒高发期。"
    assert not page.dropped


@pytest.mark.parametrize("entries", [["■第2版 十八里河街道：防汛救灾不松劲", "■第3版 “小巷管家”的一天"], ["A2版：十八里河街道防汛救灾不松劲"]])
def test_the_entries_of_the_page_s_contents_are_furniture_and_name_no_section(entries):
    page = read_text(
        "我区全面筑牢疫情防控防线\n\n本报讯（记者 柴琳琳）7月31日，全区143个村（社区）全员上岗。\n\n本期导读\n\n" + "\n".join(entries) + "\n\n"
        "商城路街道启动“网格化”排查\n\n本报讯 7月30日起，商城路街道组织网格员开展排查。（记者 柴琳琳 通讯员 马文博）\n"
    )
    first, second = page.articles
    assert (second.title, second.section, second.correspondents) == ("商城路街道启动“网格化”排查", None, ["马文博"])
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines][1:] == [(entry, "the page's contents") for entry in entries]


@pytest.mark.parametrize(
    "printed",
    [
        "本报讯（记者 柴琳琳）近日，东大街街道开展“敲门行动”。\n\n下一步，街道将持续做好服务。\n图片由东大街街道提供",
        "本报讯（记者 柴琳琳）近日，东大街街道开展“敲门行动”。\n\n下一步，街道将持续做好服务。\n（受访者供图）",
        "本报讯（记者 柴琳琳）（图片由东大街街道提供）近日，东大街街道开展“敲门行动”。\n\n下一步，街道将持续做好服务。",
    ],
    ids=["a line of its own", "who gave them", "after the lead's byline"],
)
def test_a_note_that_someone_gave_the_photos_says_the_article_has_some(printed):
    page = read_text(f"东大街街道开展“敲门行动”\n\n{printed}\n\n南关街街道开展防汛演练\n\n本报讯 7月30日，南关街街道开展防汛应急演练。\n记者 王磊\n")
    first, second = page.articles
    assert (first.reporters, first.photo) == (["柴琳琳"], True)
    assert (second.title, second.photo) == ("南关街街道开展防汛演练", False)
    assert not page.dropped


@pytest.mark.parametrize("note", ["图片由航海东路街道提供", "社区供图", "（图片由社区提供）", "（受访者供图）"])
def test_a_note_that_someone_gave_the_photos_over_the_byline_apart_is_no_headline(note):
    # Blank lines around it, a byline under it: the note is the article's last paragraph, the byline signs the text above.
    page = read_text(
        f"航海东路街道：“暑期课堂”开课\n\n本报讯 7月22日，航海东路街道“暑期课堂”开课。\n\n{note}\n\n记者 柴琳琳 通讯员 孙艺萌\n\n"
        "南关街街道开展防汛演练\n\n本报讯 7月30日，南关街街道开展防汛应急演练。\n记者 王磊\n"
    )
    first, second = page.articles
    assert (first.reporters, first.correspondents, first.photo) == (["柴琳琳"], ["孙艺萌"], True)
    assert first.body.split("\n\n")[-1] == note
    assert (second.title, second.reporters) == ("南关街街道开展防汛演练", ["王磊"])
    assert not page.dropped


def test_a_bracketed_byline_a_line_break_cut_before_a_role_is_no_lead_of_its_own():
    page = read_text(
        "陇海马路街道开展消防安全培训\n\n本报讯 7月29日，陇海马路街道邀请消防救援站教官开展消防安全培训。（记者 柴琳琳\n"
        "通讯员 欧阳娜娜 司马乐）\n\n南关街街道开展防汛演练\n\n本报讯 7月30日，南关街街道开展防汛应急演练。\n记者 王磊\n"
    )
    first, second = page.articles
    assert (first.reporters, first.correspondents) == (["柴琳琳"], ["欧阳娜娜", "司马乐"])
    assert first.body == "本报讯 7月29日，陇海马路街道邀请消防救援站教官开展消防安全培训。（记者 柴琳琳 通讯员 欧阳娜娜 司马乐）"
    assert (second.title, page.dropped) == ("南关街街道开展防汛演练", ())


@pytest.mark.parametrize("place", ["南曹街道", "圃田乡", "南曹街道小刘村", "书院社区"])
def test_where_a_correspondent_works_printed_before_the_name_is_no_name(place):
    page = read_text(f"村里来了“法律明白人”\n\n本报讯 7月29日，辖区各村“法律明白人”走进农户家中。\n通讯员 {place} 范晓东\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == ([], ["范晓东"])


@pytest.mark.parametrize(
    "byline",
    ["记者 柴琳琳 通讯员 城东路街道 范晓东 郑汴路社区 王晓", "记者 柴琳琳 通讯员 南曹街道 范晓东 圃田乡 王晓", "（记者 柴琳琳 通讯员 南曹街道 范晓东 圃田乡 王晓）"],
)
def test_where_each_of_two_correspondents_works_printed_before_each_name_is_no_name(byline):
    page = read_text(f"村里来了“法律明白人”\n\n本报讯 7月29日，辖区各村“法律明白人”走进农户家中。\n{byline}\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["范晓东", "王晓"])


@pytest.mark.parametrize("separator", ["※※※", "※ ※ ※", "~~~~~~"])
def test_a_row_of_reference_marks_or_tildes_between_items_is_an_ornament(separator):
    page = read_text(
        "东明路社区开展消夏晚会\n\n本报讯 7月30日晚，东明路社区举办消夏晚会。\n记者 柴琳琳\n\n"
        f"{separator}\n\n二里岗街道开展党史学习\n\n本报讯 7月29日，二里岗街道开展党史学习教育。\n记者 王磊\n"
    )
    assert [article.title for article in page.articles] == ["东明路社区开展消夏晚会", "二里岗街道开展党史学习"]
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [(separator, "ornament")]


def test_a_no_break_space_reads_as_a_space_in_a_headline_and_a_byline():
    page = read_text("南曹街道：\u00a0“五星”支部创建跑出加速度\n\n本报讯 近日，南曹街道推进“五星”支部创建。\n记者\u00a0柴琳琳\n")
    (article,) = page.articles
    assert "\u00a0" not in article.title and article.reporters == ["柴琳琳"]


@pytest.mark.parametrize("lunar", ["辛丑年六月廿三", "农历六月廿三"])
def test_a_lunar_date_beside_a_page_number_is_part_of_the_page_break_over_the_byline(lunar):
    page = read_text(
        "“板凳妈妈”的二十年\n\n每天下午4点，书院街社区的“四点半课堂”里总会准时响起孩子们的读书声。\n\n"
        f"二十年来，她辅导过的孩子超过500人。\n\n- 5 -\n\n{lunar}\n\n记者 柴琳琳 通讯员 陈思\n\n"
        "南曹街道：麦田里办起“丰收节”\n\n本报讯 7月31日，南曹街道举办首届“农民丰收节”。\n记者 王磊\n"
    )
    feature, news = page.articles
    assert (feature.title, feature.reporters, feature.correspondents) == ("“板凳妈妈”的二十年", ["柴琳琳"], ["陈思"])
    assert feature.body.endswith("二十年来，她辅导过的孩子超过500人。")
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [("- 5 -", "page number"), (lunar, "running head")]


@pytest.mark.parametrize(
    "head",
    ["2021年8月1日　星期日　A3　街道传真", "2021年8月1日 星期日 A3 民生", "- 4 -\t管城回族区报\t2021年8月1日\t星期日", "（4） 管城回族区报 2021年8月1日", "2021.8.1 / 社区"],
)
def test_a_dated_running_head_with_a_lettered_or_framed_page_number_is_furniture_inside_a_paragraph(head):
    page = read_text(
        "守护“一老一小”的“网格大管家”\n\n本报讯 每天早上7点半，周敏都会准时出现在顺河路社区的网格里，\n\n"
        f"{head}\n\n挨家挨户走访独居老人。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body == "本报讯 每天早上7点半，周敏都会准时出现在顺河路社区的网格里，挨家挨户走访独居老人。"
    assert [line.text for item in page.dropped for line in item.lines] == [head.replace("\t", " ")]


PLACE_SIGNED_BRIEFS = (
    "■街道传真\n南曹街道开展志愿服务活动\n　　本报讯 近日，南曹街道组织志愿者走进社区，开展环境卫生整治活动。{first}\n"
    "十八里河街道举办消防演练\n　　本报讯 7月28日，十八里河街道在辖区开展消防应急演练，提高居民安全意识。{second}\n"
    "圃田乡：夏粮收购有序推进\n　　本报讯{third}7月以来，圃田乡组织粮站做好夏粮收购工作。\n　　截至目前，已收购小麦1200吨。\n"
)


@pytest.mark.parametrize("form", PAGE_FORMS)
def test_correspondents_signing_in_brackets_after_where_they_work_are_credited(form):
    # No role is printed: the place a correspondent works for stands in its stead, at a brief's end or after `本报讯`.
    page = read_in_form(PLACE_SIGNED_BRIEFS.format(first="（南曹街道 宋佳）", second="（十八里河街道 王晓 李娜）", third="（圃田乡小刘村 张　华）"), form)
    assert [(nfkc(article.title), article.reporters, article.correspondents) for article in page.articles] == [
        ("南曹街道开展志愿服务活动", [], ["宋佳"]),
        ("十八里河街道举办消防演练", [], ["王晓", "李娜"]),
        (nfkc("圃田乡：夏粮收购有序推进"), [], ["张华"]),
    ]
    assert nfkc(page.articles[2].body) == nfkc("本报讯（圃田乡小刘村 张　华）7月以来，圃田乡组织粮站做好夏粮收购工作。\n\n截至目前，已收购小麦1200吨。")
    assert not page.dropped


@pytest.mark.parametrize("note", ["（南曹街道 文明办）", "（南曹街道 供图）", "（南关街 王晓）"])
def test_a_place_and_words_in_brackets_that_are_not_names_credit_no_one(note):
    # An office, who gave the photos, a place that is not one (a street): the note stays the brief's text.
    page = read_text(PLACE_SIGNED_BRIEFS.format(first=note, second="", third=""))
    assert [(article.reporters, article.correspondents) for article in page.articles] == [([], [])] * 3
    assert page.articles[0].body.endswith(note)


@pytest.mark.parametrize(
    ("signature", "who"),
    [*((mark, who) for mark in ("□ 王晓{who}", "◎王晓{who}") for who in ("（区委党校讲师）", "（作者单位：区委党校）")),
     ("王晓{who}", "（作者系南曹街道党工委书记）"), ("王晓{who}", "（作者单位：区委党校）")],
)
def test_a_commentary_signed_by_a_marked_name_and_who_the_writer_is_credits_the_writer(signature, who):
    page = read_text("■评论\n\n让居民的事居民议\n\n" + signature.format(who=who) + "\n\n" + "\n\n".join(COMMENTARY) + f"\n\n{NEXT_ARTICLE}")
    commentary, news = page.articles
    assert (commentary.title, commentary.section, commentary.reporters) == ("让居民的事居民议", "评论", ["王晓"])
    assert commentary.body.split("\n\n") == COMMENTARY
    assert (news.reporters, page.dropped) == (["柴琳琳"], ())


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize(
    ("byline", "reporters", "correspondents"),
    [
        ("记者 柴琳琳 通讯员 欧阳\n\n\n\n晓燕", ["柴琳琳"], ["欧阳晓燕"]),  # a page break
        ("见习记者 欧阳\n娜娜 通讯员 陈思", ["欧阳娜娜"], ["陈思"]),  # a line break
        ("记者 司马 青 通讯员 陈思", ["司马青"], ["陈思"]),  # a stray space
    ],
    ids=["page break", "line break", "space"],
)
def test_a_compound_surname_set_apart_from_its_given_name_is_one_name(form, byline, reporters, correspondents):
    page = read_in_form(f"东大街街道开展电动自行车整治\n\n本报讯 近日，东大街街道开展电动自行车集中整治行动。\n{byline}\n", form)
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (reporters, correspondents)
    assert nfkc(article.body) == nfkc("本报讯 近日，东大街街道开展电动自行车集中整治行动。") and not page.dropped


@pytest.mark.parametrize(
    ("byline", "reporters", "correspondents", "photo"),
    [
        ("记者 柴琳琳 通讯员 宋佳/孙艺萌", ["柴琳琳"], ["宋佳", "孙艺萌"], False),
        ("记者 柴琳琳／王磊 通讯员 宋佳 / 孙艺萌 文/图", ["柴琳琳", "王磊"], ["宋佳", "孙艺萌"], True),
        ("记者 柴琳琳/文 王磊/图", ["柴琳琳", "王磊"], [], True),  # each name marked with its work, as before
        ("记者 柴琳琳 通讯员 陈思 张磊 文/\n图", ["柴琳琳"], ["陈思", "张磊"], True),  # `文/图` a line break cut: no name
    ],
)
def test_names_of_one_role_parted_by_a_slash_are_each_credited(byline, reporters, correspondents, photo):
    page = read_text(f"城东路街道开展禁毒宣传\n\n本报讯 7月26日，城东路街道开展禁毒宣传活动，向群众普及禁毒知识。\n{byline}\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents, article.photo) == (reporters, correspondents, photo)
    assert article.body == "本报讯 7月26日，城东路街道开展禁毒宣传活动，向群众普及禁毒知识。"


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank line under the name", "text right under the byline, as before"])
def test_a_feature_s_byline_wrapped_before_its_last_name_credits_that_name(form, gap):
    page = read_in_form(
        f"网格员小王的“民情日记”\n\n见习记者 欧阳娜娜 通讯员 司马青\n孙艺萌{gap}在陇海马路街道兴华南街社区，网格员王晓丽有一本厚厚的“民情日记”。\n\n"
        "翻开日记，密密麻麻记满了居民的烦心事。\n",
        form,
    )
    (feature,) = page.articles
    assert (feature.title, feature.reporters) == ("网格员小王的“民情日记”", ["欧阳娜娜"])
    if gap == "\n\n":
        assert feature.correspondents == ["司马青", "孙艺萌"]
        assert nfkc(feature.body) == nfkc("在陇海马路街道兴华南街社区，网格员王晓丽有一本厚厚的“民情日记”。\n\n翻开日记，密密麻麻记满了居民的烦心事。")
    else:  # printed right over the text, the name may be the first line's start: left as printed, nothing lost
        assert "孙艺萌" in feature.body or "孙艺萌" in feature.correspondents


@pytest.mark.parametrize("form", PAGE_FORMS)
def test_a_bracketed_byline_a_page_break_cut_with_its_role_printed_again_credits_everyone(form):
    page = read_in_form(
        "城东路街道开展禁毒宣传\n\n本报讯 7月26日，城东路街道开展禁毒宣传活动，向群众普及禁毒知识。（记者 柴琳琳 通讯员\n\n\n\n通讯员 李颖睿）\n", form
    )
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["李颖睿"])
    assert nfkc(article.body).startswith(nfkc("本报讯 7月26日，城东路街道开展禁毒宣传活动，向群众普及禁毒知识。（记者 柴琳琳 通讯员"))
    assert nfkc(article.body).endswith(nfkc("李颖睿）")) and not page.dropped


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("under_rubric", ["\n\n", "\n"], ids=["blank line under the rubric", "no blank line"])
def test_a_brief_s_headline_printed_right_over_its_text_that_opens_with_when_heads_it(form, under_rubric):
    page = read_in_form(
        f"■简讯{under_rubric}城东路街道开展禁毒宣传\n7月26日，城东路街道开展禁毒宣传活动，向群众普及禁毒知识。（记者 柴琳琳 通讯员 李颖睿）\n"
        "南关街街道举办消防培训\n近日，南关街街道举办消防培训，100余人参加。（通讯员 张磊）\n",
        form,
    )
    assert [(nfkc(article.title), nfkc(article.body), article.correspondents) for article in page.articles] == [
        ("城东路街道开展禁毒宣传", nfkc("7月26日，城东路街道开展禁毒宣传活动，向群众普及禁毒知识。（记者 柴琳琳 通讯员 李颖睿）"), ["李颖睿"]),
        ("南关街街道举办消防培训", nfkc("近日，南关街街道举办消防培训，100余人参加。（通讯员 张磊）"), ["张磊"]),
    ]
    assert not page.dropped


def test_a_table_s_last_row_right_over_the_byline_is_text_and_the_byline_signs():
    page = read_text(
        "小李庄村选出新一届村委会\n\n本报讯 7月31日，小李庄村召开村民选举大会，选举产生第十二届村民委员会。当选人员名单如下：\n"
        "主任　李国强\n委员　李振华　张小军\n记者　柴琳琳\n\n城东路街道：临时接种点开到家门口\n\n本报讯 7月28日，城东路街道设立临时接种点。\n记者　王磊\n"
    )
    election, vaccines = page.articles
    assert election.body.split("\n\n")[1:] == ["主任　李国强", "委员　李振华　张小军"]
    assert (election.reporters, vaccines.title, vaccines.reporters, page.dropped) == (["柴琳琳"], "城东路街道：临时接种点开到家门口", ["王磊"], ())


@pytest.mark.parametrize("lead_in", ["社区书记李建军：", "新当选的村委会主任："])
def test_an_interview_headed_by_who_it_is_about_and_a_colon_over_its_byline_is_an_article(lead_in):
    page = read_text(
        f"{lead_in}\n“群众的小事就是我的大事”\n记者 柴琳琳\n\n7月28日，书院社区完成“两委”换届，李建军全票当选社区党委书记。\n\n"
        "记者：这次全票当选，压力大不大？\n\n李建军：压力肯定有。\n"
    )
    (interview,) = page.articles
    assert (interview.title, interview.reporters, interview.tags) == (f"{lead_in}“群众的小事就是我的大事”", ["柴琳琳"], ["换届"])
    assert interview.body.split("\n\n")[-1] == "李建军：压力肯定有。" and not page.dropped


@pytest.mark.parametrize(
    "first",
    [
        "6月1日上午，陇西社区的院子里格外热闹。套圈、投壶、跳房子……\n\n",
        "7月31日晚上9点，陇西社区的核酸检测点依然灯火通明。社区党支部书记刘静一遍遍提醒居民规范佩戴\n\n\n\n口罩。\n\n",
    ],
    ids=["ends with an ellipsis", "a sentence ends inside it, a page break cuts the next"],
)
def test_a_feature_s_first_paragraph_under_its_byline_may_end_with_an_ellipsis_or_be_cut(first):
    page = read_text(f"{SIGNED_NEWS}记者 王磊\n\n“六一”来了 社区里的孩子们乐开了花\n\n记者 柴琳琳 通讯员 孟凡\n\n{first}一个个趣味游戏吸引了50余名孩子参加。\n")
    news, feature = page.articles
    assert (news.reporters, feature.title, feature.reporters, feature.correspondents) == (["王磊"], "“六一”来了 社区里的孩子们乐开了花", ["柴琳琳"], ["孟凡"])
    assert feature.body.endswith("一个个趣味游戏吸引了50余名孩子参加。") and [item.reason for item in page.dropped] == []


@pytest.mark.parametrize("form", PAGE_FORMS)
def test_marked_briefs_signed_in_brackets_under_any_rubric_are_a_brief_each(form):
    page = read_in_form(
        "■换届进行时\n\n●7月28日，西大街街道召开村（社区）“两委”换届工作推进会。（通讯员 刘畅）\n\n"
        "●7月29日，圃田乡25个村全部完成村“两委”候选人资格联审。（通讯员 王晓）\n",
        form,
    )
    assert [(article.section, article.correspondents, article.tags) for article in page.articles] == [("换届进行时", ["刘畅"], ["换届"]), ("换届进行时", ["王晓"], ["换届"])]
    assert not page.dropped


MARKED_BRIEFS = [
    ("东大街街道召开换届动员会", "7月26日，东大街街道召开社区“两委”换届工作动员会。（通讯员 陈思）", "陈思"),
    ("西大街街道开展换届纪律教育", "7月27日，西大街街道组织社区干部观看警示教育片。（通讯员 王晓）", "王晓"),
]


# A ◆ line is a rubric's mark: only in a column of briefs is it read as a brief's headline.
@pytest.mark.parametrize(("mark", "column"), [("◆", "■简讯"), *((mark, column) for mark in "▲★●" for column in ("■简讯", "■一周要闻"))])
@pytest.mark.parametrize("form", PAGE_FORMS)
def test_briefs_under_marked_headlines_signed_in_brackets_are_a_brief_each(mark, column, form):
    page = read_in_form(column + "\n\n" + "\n\n".join(f"{mark}{headline}\n{brief}" for headline, brief, _ in MARKED_BRIEFS) + "\n", form)
    assert [(article.title, article.section, article.correspondents, article.photo) for article in page.articles] == [
        (headline, column.strip("■"), [name], False) for headline, _, name in MARKED_BRIEFS
    ]
    assert [nfkc(article.body) for article in page.articles] == [nfkc(brief) for _, brief, _ in MARKED_BRIEFS] and not page.dropped


@pytest.mark.parametrize("mark", ["▲", "★"])
def test_briefs_marked_as_captions_are_or_as_stars_are_no_photos_and_keep_their_mark(mark):
    page = read_text("■简讯\n\n" + "\n\n".join(mark + brief for _, brief, _ in MARKED_BRIEFS) + "\n")
    assert [(article.title, article.photo) for article in page.articles] == [
        ("东大街街道召开社区“两委”换届工作动员会", False), ("西大街街道组织社区干部观看警示教育片", False)
    ]
    assert [article.body for article in page.articles] == [mark + brief for _, brief, _ in MARKED_BRIEFS]


def test_a_caption_under_a_brief_is_still_a_caption():
    page = read_text("■简讯\n\n7月26日，东大街街道召开换届工作动员会。（通讯员 陈思）\n\n▲动员会现场。（王磊 摄）\n")
    brief, photo = page.articles
    assert (brief.correspondents, brief.photo, photo.reporters, photo.photo) == (["陈思"], False, ["王磊"], True)


@pytest.mark.parametrize("rest", ["王磊 摄影报道", "王磊 摄"])
def test_a_role_alone_a_page_break_parted_from_its_photographer_s_name_is_one_byline(rest):
    page = read_text(f"{SIGNED_NEWS}\n“花钱不多，办的都是我们身边的事儿。”居民赵阿姨说。\n记者\n\n\n\n2021年8月1日　星期日\n\n{rest}\n")
    (article,) = page.articles
    assert (article.reporters, article.photo) == (["王磊"], True)
    assert article.body.endswith("居民赵阿姨说。") and [item.reason for item in page.dropped] == ["running date line"]


@pytest.mark.parametrize("above", ["", f"{SIGNED_NEWS}记者 王磊\n\n", "■社区故事\n\n"], ids=["page top", "under a signed article", "under a rubric"])
def test_a_feature_signed_under_its_headline_whose_text_opens_with_a_question_is_one_article(above):
    page = read_text(
        f"{above}旧楼院换新颜\n\n记者 柴琳琳 通讯员 宋佳\n\n谁能想到，半年前这里还是一个管网老化、杂物乱堆的老旧楼院？\n\n"
        "如今，崭新的外墙、平整的道路、整齐的停车位映入眼帘。\n"
    )
    *others, feature = page.articles
    assert (feature.title, feature.reporters, feature.correspondents) == ("旧楼院换新颜", ["柴琳琳"], ["宋佳"])
    assert feature.body.split("\n\n") == ["谁能想到，半年前这里还是一个管网老化、杂物乱堆的老旧楼院？", "如今，崭新的外墙、平整的道路、整齐的停车位映入眼帘。"]
    assert [other.reporters for other in others] == ([["王磊"]] if "记者 王磊" in above else []) and not page.dropped


@pytest.mark.parametrize("headline", ["“红色议事厅”议出换届好点子", "书院社区：\n“红色议事厅”议出换届好点子"], ids=["one line", "a place and a colon over it"])
def test_an_editor_s_note_between_a_feature_s_headline_and_its_byline_opens_its_body(headline):
    page = read_text(
        f"{SIGNED_NEWS}记者 王磊\n\n{headline}\n\n编者按：社区“两委”换届，关系群众切身利益，书院社区创新设立“红色议事厅”。\n\n"
        "记者 柴琳琳 通讯员 陈思\n\n走进书院社区党群服务中心，“红色议事厅”里坐满了居民。\n\n大家各抒己见。\n"
    )
    news, feature = page.articles
    assert (news.reporters, feature.title) == (["王磊"], headline.replace("\n", ""))
    assert (feature.reporters, feature.correspondents) == (["柴琳琳"], ["陈思"])
    assert feature.body.split("\n\n") == [
        "编者按：社区“两委”换届，关系群众切身利益，书院社区创新设立“红色议事厅”。", "走进书院社区党群服务中心，“红色议事厅”里坐满了居民。", "大家各抒己见。"
    ]
    assert not page.dropped


@pytest.mark.parametrize(
    ("first", "between"), [("南曹街道：", PAGE_BREAK), ("南曹街道：", "\n\n3\n\n"), ("换届以来，", "\n")], ids=["a place, a page break", "a place, a page number", "a clause"]
)
def test_a_headline_s_first_line_under_a_byline_that_ends_with_a_colon_or_a_clause_is_no_name(first, between):
    page = read_text(f"{SIGNED_NEWS}记者 柴琳琳 通讯员 王晓\n\n{first}{between}扎实做好村“两委”换届工作\n\n本报讯 近日，南曹街道召开换届工作推进会。\n记者 王磊\n")
    news, article = page.articles
    assert (news.reporters, news.correspondents) == (["柴琳琳"], ["王晓"])
    assert (article.title, article.reporters) == (first + "扎实做好村“两委”换届工作", ["王磊"])


@pytest.mark.parametrize(
    ("first", "first_credits"),
    [
        ("让“小积分”撬动“大治理”\n□ 王晓\n\n", (["王晓"], [])),
        ("社区里的“老娘舅”\n记者 柴琳琳 通讯员 李颖睿\n\n", (["柴琳琳"], ["李颖睿"])),
    ],
    ids=["a commentary signed under its headline", "a feature signed under its headline"],
)
@pytest.mark.parametrize("headline", ["老旧小区改造要多听居民意见", "短评：调解员是社区的“宝”"])
def test_a_commentary_signed_at_its_end_under_an_article_signed_under_its_headline_is_an_article_of_its_own(first, first_credits, headline):
    page = read_text(
        f"■管城时评\n\n{first}近日，南曹街道推行“积分超市”，居民可以积攒积分兑换生活用品。\n这种做法值得点赞。\n\n"
        f"{headline}\n\n老旧小区改造是民生工程，也是民心工程。\n一些地方改造前不问需，花了钱却没办好事。\n□ 李娜\n"
    )
    article, commentary = page.articles
    assert (article.reporters, article.correspondents) == first_credits
    assert article.body.split("\n\n") == ["近日，南曹街道推行“积分超市”，居民可以积攒积分兑换生活用品。", "这种做法值得点赞。"]
    assert (commentary.title, commentary.reporters, commentary.section) == (headline, ["李娜"], "管城时评")
    assert commentary.body.split("\n\n") == ["老旧小区改造是民生工程，也是民心工程。", "一些地方改造前不问需，花了钱却没办好事。"]
    assert not page.dropped


def test_a_subhead_in_a_feature_signed_under_its_headline_and_ending_with_a_photo_credit_starts_no_article():
    page = read_text(
        "社区里的“老娘舅”\n记者 柴琳琳\n\n十年来，老周调解邻里纠纷300多起。\n\n织密调解服务网\n\n如今，社区设立了调解室，居民有事就来找他。\n记者 王磊 摄\n"
    )
    (feature,) = page.articles
    assert feature.body.split("\n\n")[1:] == ["织密调解服务网", "如今，社区设立了调解室，居民有事就来找他。"]
    assert sorted(feature.reporters) == sorted(["柴琳琳", "王磊"])


@pytest.mark.parametrize("label", ["短评", "时评", "评论"])
@pytest.mark.parametrize(("above", "correspondents"), [("通讯员 张磊\n", ["张磊"]), ("\n", [])], ids=["under a byline", "under a brief signed in its lead"])
def test_a_commentary_s_column_named_bare_is_its_section_not_a_name(label, above, correspondents):
    page = read_text(
        f"豫丰社区完成换届\n\n本报讯（记者 柴琳琳）近日，南关街街道豫丰社区完成居委会换届选举。\n{above}\n{label}\n\n"
        "换届要选出“领头雁”\n\n本报评论员\n\n村（社区）“两委”班子是带领群众致富的“领头雁”。\n"
    )
    news, commentary = page.articles
    assert (news.reporters, news.correspondents, news.body) == (["柴琳琳"], correspondents, "本报讯（记者 柴琳琳）近日，南关街街道豫丰社区完成居委会换届选举。")
    assert (commentary.title, commentary.section) == ("换届要选出“领头雁”", label)


def test_a_week_s_news_named_bare_over_marked_briefs_is_their_section():
    page = read_text(
        "一周要闻\n\n●7月26日，东大街街道召开社区“两委”换届工作动员会。（通讯员 陈思）\n\n●7月27日，西大街街道组织社区干部观看警示教育片。（通讯员 王晓）\n"
    )
    assert [(article.section, article.correspondents) for article in page.articles] == [("一周要闻", ["陈思"]), ("一周要闻", ["王晓"])]


@pytest.mark.parametrize("note", ["（作者单位：管城区委党校）", "（作者系南曹街道党工委干部）"])
def test_who_the_writer_is_printed_under_a_commentary_s_signature_is_its_last_paragraph(note):
    page = read_text(f"■管城时评\n\n老旧小区改造要多听居民意见\n\n" + "\n\n".join(COMMENTARY) + f"\n□ 李娜\n{note}\n\n{NEXT_ARTICLE}")
    commentary, news = page.articles
    assert (commentary.reporters, commentary.body.split("\n\n")) == (["李娜"], [*COMMENTARY, note])
    assert (news.reporters, page.dropped) == (["柴琳琳"], ())


def test_a_commentary_s_column_word_right_over_its_text_is_its_headline():
    page = read_text(
        "防暑降温 这些常识要知道\n\n本报讯 连日来，我市持续高温天气。\n记者 柴琳琳\n\n短评\n\n给劳动者多一分理解和尊重，这座城市就多一分温度。\n\n"
        "南曹街道开展消防演练\n\n本报讯 7月28日，南曹街道组织辖区企业开展消防演练。\n记者 王磊\n"
    )
    assert [(article.title, article.section) for article in page.articles] == [
        ("防暑降温 这些常识要知道", None), ("短评", None), ("南曹街道开展消防演练", None)
    ]
    assert page.articles[1].body == "给劳动者多一分理解和尊重，这座城市就多一分温度。" and not page.dropped


@pytest.mark.parametrize(
    ("byline", "correspondents"),
    [
        ("记者 柴琳\n琳 通讯员 陈思", ["陈思"]),
        ("记者 柴琳琳 通讯员 李颖\n睿", ["李颖睿"]),
        ("记者 柴琳琳 通讯员 欧阳\n娜娜", ["欧阳娜娜"]),
        ("记者 柴琳琳 通讯员 南曹街道\n范晓东", ["范晓东"]),
        ("记者 柴琳琳 通讯\n员 陈思", ["陈思"]),
    ],
    ids=["inside the first name", "inside the last name", "after a compound surname", "after the workplace", "inside a role"],
)
def test_a_byline_a_fixed_width_wrap_cut_right_over_the_next_headline_on_a_page_without_blank_lines_is_one_byline(byline, correspondents):
    page = read_text(
        f"北下街街道开展“敲门行动”\n本报讯 近日，北下街街道组织网格员开展“敲门行动”。\n{byline}\n"
        "城东路街道开展禁毒宣传\n本报讯 6月26日，城东路街道开展禁毒宣传活动。\n记者 王磊\n"
    )
    first, second = page.articles
    assert (first.reporters, first.correspondents) == (["柴琳琳"], correspondents)
    assert (second.title, second.reporters) == ("城东路街道开展禁毒宣传", ["王磊"])


FEATURE_WITHOUT_BLANK_LINES = "八年守护老人的“饭碗”\n记者 柴琳琳\n　　早上7点，照料中心的灯就亮了。\n　　“老人们牙口不好。”李建军说。\n"


@pytest.mark.parametrize(
    ("item", "title", "reporters"),
    [("邻里守望温暖同行\n记者 王晓\n　　傍晚时分，社区广场热闹起来。\n", "邻里守望温暖同行", ["王晓"]),
     ("书院社区换届选举公告\n　　根据有关规定，定于8月6日进行换届选举。\n", "书院社区换届选举公告", [])],
    ids=["a feature", "a notice"],
)
def test_an_item_headed_flush_under_a_feature_on_an_indented_page_without_blank_lines_is_an_article_of_its_own(item, title, reporters):
    page = read_text(FEATURE_WITHOUT_BLANK_LINES + item)
    feature, other = page.articles
    assert (feature.reporters, feature.body.split("\n\n")) == (["柴琳琳"], ["早上7点，照料中心的灯就亮了。", "“老人们牙口不好。”李建军说。"])
    assert (other.title, other.reporters, page.dropped) == (title, reporters, ())


def test_a_feature_s_text_wrapped_at_a_narrow_column_is_signed_by_the_byline_over_it_whatever_stands_at_its_end():
    page = read_text(
        "社区书记李建军：\n八年守护老人的“饭碗”\n记者 柴琳琳 通讯员 张磊\n  早上7点，南关街街道豫丰社区日间照料\n中心的灯就亮了。社区书记李建军拎着刚买的\n"
        "蔬菜走进厨房。\n  书院社区居民委员会换届选举委员会\n"
    )
    (feature,) = page.articles
    assert (feature.title, feature.reporters, feature.correspondents) == ("社区书记李建军：八年守护老人的“饭碗”", ["柴琳琳"], ["张磊"])
    assert feature.body.split("\n\n")[0] == "早上7点，南关街街道豫丰社区日间照料中心的灯就亮了。社区书记李建军拎着刚买的蔬菜走进厨房。"
    assert not page.dropped


BRIEF_UNDER = "●7月30日，紫荆山南路街道组织青年志愿者开展“清洁家园”活动。（通讯员　薛新芳）"
FEATURE_TEXT = "　　“王书记，我家楼道灯又坏了！”社区党委书记王红的手机响了。\n\n　　截至目前，社区共收到居民诉求1280件。\n\n"


@pytest.mark.parametrize(
    ("top", "between", "brief"),
    [
        ("一张“连心卡”连起千家万户\n\n记者　柴琳琳\n\n", "", BRIEF_UNDER),
        ("一张“连心卡”连起千家万户\n\n记者　柴琳琳\n\n", "", "紫荆山南路街道开展“清洁家园”活动\n\n" + BRIEF_UNDER.lstrip("●")),
        ("一张“连心卡”连起千家万户\n\n", "记者　柴琳琳\n\n记者手记\n\n　　一张卡片，拉近了社区和居民的距离。\n\n", BRIEF_UNDER),
    ],
    ids=["marked, under a feature signed under its headline", "headed, under a feature signed under its headline", "marked, under a feature's box"],
)
def test_a_brief_signed_in_brackets_under_a_feature_is_an_article_of_its_own(top, between, brief):
    page = read_text(top + FEATURE_TEXT + between + brief + "\n")
    feature, item = page.articles
    assert (feature.title, feature.reporters, feature.correspondents) == ("一张“连心卡”连起千家万户", ["柴琳琳"], [])
    assert item.body.endswith("（通讯员　薛新芳）") and "薛新芳" not in feature.body
    assert (item.correspondents, page.dropped) == (["薛新芳"], ())


@pytest.mark.parametrize("head", ["管城回族区报·访谈", "管城新闻", "GUANCHENG NEWS"])
def test_an_interview_s_question_a_page_break_cut_at_a_running_head_is_no_byline(head):
    page = read_text(
        "让群众在家门口办成事\n\n记者　柴琳琳\n\n　　记者：长效管理怎么破题？\n\n　　李建军：我们推行“党建＋物业”模式。\n\n"
        f"　　记者：下一步，街道\n\n{head}\n\n还有哪些打算？\n\n　　李建军：下半年，我们将新建两处社区食堂。\n"
    )
    (interview,) = page.articles
    assert interview.reporters == ["柴琳琳"]
    assert interview.body.split("\n\n")[2:] == ["记者：下一步，街道还有哪些打算？", "李建军：下半年，我们将新建两处社区食堂。"]
    assert [line.text for item in page.dropped for line in item.lines] == [head]


def test_a_brief_s_bracketed_byline_a_page_break_cut_under_its_lead_is_no_brief_of_its_own():
    page = read_text(
        "南曹街道为困难群众送去“清凉包”\n\n本报讯 连日来持续高温，南曹街道组织志愿者为困难群众送去“清凉包”。\n\n"
        "截至目前，南曹街道已累计发放“清凉包”600余份。（通讯员 陈\n\n2021.8.1 / 社区\n\n思）\n"
    )
    (article,) = page.articles
    assert (article.correspondents, article.body.split("\n\n")[-1]) == (["陈思"], "截至目前，南曹街道已累计发放“清凉包”600余份。（通讯员 陈思）")
