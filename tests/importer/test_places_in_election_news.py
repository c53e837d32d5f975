"""Which subdistrict and community an item is about, as 换届 coverage and older issues print them."""
import datetime as dt

import pytest

from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES


def read_item(headline: str, lead: str):
    text = f"{headline}\n\n　　本报讯　{lead}\n　　（记者　柴琳琳）\n"
    (article,) = read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2021, 8, 1)).articles
    return article.subdistrict, article.community


@pytest.mark.parametrize("verb", ["启动", "部署", "培训", "督查", "严把", "考核", "观摩", "评议"])
def test_what_a_subdistrict_does_to_its_villages_names_no_village(verb):
    assert read_item(f"南曹街道{verb}村“两委”换届工作", "7月26日，南曹街道召开会议。") == ("南曹街道", None)


@pytest.mark.parametrize("name", ["向阳社区", "和平社区", "为民社区", "联合村", "城市花园社区", "第一社区"])
def test_a_headline_that_opens_with_a_community_and_a_colon_names_it_whatever_its_first_word(name):
    assert read_item(f"{name}：选出新一届居委会", "7月26日，南曹街道召开选举大会。") == ("南曹街道", name)


@pytest.mark.parametrize("places", ["豫丰社区、书院街社区分别召开选举大会", "圃田村、小店村两个村同日召开选举大会"])
def test_an_item_about_two_communities_names_neither(places):
    assert read_item("两地同日选举", f"7月26日，南关街街道{places}。")[1] is None


def test_subdistricts_listed_with_a_count_after_each_name_none_of_them():
    assert read_item("我区新建便民服务点10个", "今年，我区新建便民服务点10个，其中十八里河街道3个、南曹街道4个、圃田乡3个。") == (None, None)


def test_a_community_named_in_the_headline_belongs_to_the_subdistrict_printed_right_before_it():
    lead = "7月26日，南曹街道换届工作观摩组一行来到城东路街道郑汴路社区，观摩选举大会。"
    assert read_item("郑汴路社区：选出新一届居委会", lead) == ("城东路街道", "郑汴路社区")


def test_a_subdistrict_by_its_office_s_old_name_is_that_subdistrict():
    assert read_item("老楼院换新颜", "3月5日，东大街办事处书院街社区开展环境整治。") == ("东大街街道", "书院街社区")


@pytest.mark.parametrize("above", ["", "一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 王磊\n\n"], ids=["first", "under another article"])
def test_a_q_and_a_under_its_headline_and_an_editor_s_note_is_one_article_opened_by_the_note(above):
    page = read_page(
        OWN_PAGES / "page.txt",
        f"{above}换届选举政策问答\n\n编者按：本报整理了群众关心的几个问题，供大家参考。\n\n问：哪些人可以参加选民登记？\n\n答：年满十八周岁的村民，都有选举权和被选举权。\n".encode(),
        config=CONFIG, date=dt.date(2021, 8, 1),
    )
    *others, qa = page.articles
    assert len(others) == (1 if above else 0)
    assert (qa.title, qa.tags) == ("换届选举政策问答", ["换届"])
    assert qa.body.split("\n\n") == ["编者按：本报整理了群众关心的几个问题，供大家参考。", "问：哪些人可以参加选民登记？", "答：年满十八周岁的村民，都有选举权和被选举权。"]
    assert not page.dropped


def test_excerpts_under_their_headline_and_an_editor_s_note_are_an_article_and_the_next_one_another():
    page = read_page(
        OWN_PAGES / "page.txt",
        "发言摘登\n\n编者按：6月28日，全区表彰大会召开。现将部分发言摘要刊发。\n\n社区把党支部建在网格上，去年共为居民解决问题213件。\n\n"
        "陇海马路街道召开总结会\n\n本报讯 6月29日，陇海马路街道召开总结会。\n记者 柴琳琳\n".encode(),
        config=CONFIG, date=dt.date(2021, 8, 1),
    )
    excerpts, news = page.articles
    assert excerpts.title == "发言摘登" and excerpts.body.startswith("编者按：") and excerpts.body.endswith("213件。")
    assert (news.title, news.reporters) == ("陇海马路街道召开总结会", ["柴琳琳"])
    assert not page.dropped


@pytest.mark.parametrize(
    "ending",
    [
        ["会议明确了三项重点任务：", "1.全力抓好项目建设", "2.全力扩大有效需求"],
        ["出席会议的区领导还有：", "周　敏　赵　敏　李建军　孙　丽"],
        ["会议确定今年工作主题为：", "项目建设提升年"],
    ],
    ids=["a list's last item", "a row of names", "what the line above announces"],
)
def test_a_last_line_with_no_full_stop_over_the_byline_ends_the_text_it_signs(ending):
    text = "\n\n".join(["全区经济运行分析会召开", "本报讯 7月20日，全区上半年经济运行分析会召开。", *ending])
    page = read_page(
        OWN_PAGES / "page.txt",
        f"{text}\n记者 柴琳琳\n\n区人大常委会召开主任会议\n\n本报讯 7月21日，区人大常委会召开主任会议。\n记者 王磊\n".encode(),
        config=CONFIG, date=dt.date(2021, 8, 1),
    )
    meeting, congress = page.articles
    assert meeting.body.split("\n\n") == ["本报讯 7月20日，全区上半年经济运行分析会召开。", *ending]
    assert (meeting.reporters, congress.title, congress.reporters) == (["柴琳琳"], "区人大常委会召开主任会议", ["王磊"])
    assert not page.dropped


@pytest.mark.parametrize("member", ["委　员：刘洋", "主　任：李建军"])
def test_a_notice_s_date_under_its_signature_under_a_padded_label_closes_it(member):
    page = read_page(
        OWN_PAGES / "page.txt",
        f"选举委员会公告\n\n经居民会议推选，产生社区居民委员会选举委员会，现将组成人员名单公告如下：\n\n{member}\n\n"
        "南三里路社区居民委员会选举委员会\n\n2021年7月20日\n".encode(),
        config=CONFIG, date=dt.date(2021, 8, 1),
    )
    (notice,) = page.articles
    assert notice.body.split("\n\n")[-3:] == [member, "南三里路社区居民委员会选举委员会", "2021年7月20日"]
    assert not page.dropped


@pytest.mark.parametrize("marks", [("一是", "二是", "三是"), ("第一，", "第二，", "第三，"), ("①", "②", "③"), ("——", "——", "——"), ("首先，", "其次，", "最后，")])
def test_a_list_s_items_printed_apart_under_their_semicolons_stay_paragraphs(marks):
    items = [f"{marks[0]}压实防汛责任，全区防汛责任人全部上岗到位；", f"{marks[1]}强化隐患排查，对易涝点逐一排查；", f"{marks[2]}加强值班值守，确保信息畅通。"]
    text = "\n\n".join(["区委召开防汛工作专题会议", "本报讯 7月6日，区委召开防汛工作专题会议。", "会议要求：", *items])
    (meeting,) = read_page(OWN_PAGES / "page.txt", f"{text}\n记者 柴琳琳\n".encode(), config=CONFIG, date=dt.date(2021, 8, 1)).articles
    assert meeting.body.split("\n\n") == ["本报讯 7月6日，区委召开防汛工作专题会议。", "会议要求：", *items]


def test_a_sentence_a_blank_line_cut_after_a_semicolon_still_goes_on():
    text = "区委召开防汛工作专题会议\n\n本报讯 7月6日，区委召开会议，要求压实责任；\n\n强化排查，确保安全。\n记者 柴琳琳\n"
    (meeting,) = read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2021, 8, 1)).articles
    assert meeting.body == "本报讯 7月6日，区委召开会议，要求压实责任；强化排查，确保安全。"


BRIEF_EAST = "东大街街道开展防溺水宣传\n7月28日，东大街街道发放防溺水宣传资料300余份。（通讯员 陈思）\n\n"
BRIEF_HEADED_OVER_TWO = "商城路街道：\n“敲门行动”暖人心\n7月23日，商城路街道书院街社区开展“敲门行动”，走访独居老人30余户。（通讯员 马丽）\n\n"


@pytest.mark.parametrize("order", ["second", "first"])
def test_a_brief_headed_over_two_lines_in_a_column_of_briefs_is_one_of_them(order):
    briefs = BRIEF_EAST + BRIEF_HEADED_OVER_TWO if order == "second" else BRIEF_HEADED_OVER_TWO + BRIEF_EAST
    page = read_page(OWN_PAGES / "page.txt", f"■街道动态\n\n{briefs}".encode(), config=CONFIG, date=dt.date(2021, 8, 1))
    titles = {article.title: article.correspondents for article in page.articles}
    assert titles == {"东大街街道开展防溺水宣传": ["陈思"], "商城路街道：“敲门行动”暖人心": ["马丽"]}
    assert not page.dropped


FIRST_BULLETED = "●7月28日，东大街街道发放防溺水宣传资料300余份。（通讯员 陈思）\n"


@pytest.mark.parametrize(
    "cut, rest, text",
    [
        ("●近日，豫丰社区为老年人免费测血压，并讲解夏季养生知识\n\n", "。（通讯员 李颖睿）\n", "●近日，豫丰社区为老年人免费测血压，并讲解夏季养生知识。（通讯员 李颖睿）"),
        ("●近日，豫丰社区为老年人免费测血压，并讲解夏季养生知识\n\n", "，效果良好。（通讯员 李颖睿）\n", "●近日，豫丰社区为老年人免费测血压，并讲解夏季养生知识，效果良好。（通讯员 李颖睿）"),
        ("●7月27日，西大街街道举办纳凉晚会，快板等节目轮番上演，\n3\n", "吸引居民500余人观看。（通讯员 李颖睿 文/图）\n", "●7月27日，西大街街道举办纳凉晚会，快板等节目轮番上演，吸引居民500余人观看。（通讯员 李颖睿 文/图）"),
    ],
    ids=["blank lines, then the full stop", "blank lines, then a clause", "a page number, then a brief signed with its photo"],
)
def test_a_bulleted_brief_a_break_cut_goes_on_after_it(cut, rest, text):
    page = read_page(OWN_PAGES / "page.txt", f"■社区快讯\n\n{FIRST_BULLETED}\n{cut}{rest}".encode(), config=CONFIG, date=dt.date(2021, 8, 1))
    first, second = page.articles
    assert (second.body, second.correspondents) == (text, ["李颖睿"])
    assert first.correspondents == ["陈思"]


@pytest.mark.parametrize("when", ["7月27日晚", "昨天", "7月下旬", "今年", "入夏以来", "暑假期间", "7月25日当天", "开斋节期间"])
def test_a_headline_right_over_a_brief_that_opens_with_when_titles_it(when):
    page = read_page(
        OWN_PAGES / "page.txt",
        f"■街道动态\n\n西大街街道召开安全会\n7月26日，西大街街道召开安全生产会议。（通讯员 王晓）\n\n"
        f"东大街街道举办纳凉晚会\n{when}，东大街街道在广场举办纳凉晚会。（通讯员 陈思）\n".encode(),
        config=CONFIG, date=dt.date(2021, 8, 1),
    )
    assert [article.title for article in page.articles] == ["西大街街道召开安全会", "东大街街道举办纳凉晚会"]
    assert page.articles[1].body == f"{when}，东大街街道在广场举办纳凉晚会。（通讯员 陈思）"


@pytest.mark.parametrize("when", ["7月27日晚", "当天", "古尔邦节当天", "7月25日当天"])
def test_a_brief_printed_without_a_headline_is_titled_past_when(when):
    page = read_page(
        OWN_PAGES / "page.txt", f"■社区快讯\n\n●{when}，东大街街道在广场举办纳凉晚会。（通讯员 陈思）\n".encode(), config=CONFIG, date=dt.date(2021, 8, 1)
    )
    (brief,) = page.articles
    assert brief.title == "东大街街道在广场举办纳凉晚会"


@pytest.mark.parametrize(
    "announcing, title",
    [("区政府印发《管城回族区2021年民生实事工作方案》。全文如下：", "管城回族区2021年民生实事工作方案"), ("会上，志愿者代表宣读了倡议书：", "创建全国文明城市倡议书")],
)
def test_a_document_s_title_under_the_words_announcing_it_is_the_report_s_text(announcing, title):
    text = f"区政府印发工作方案\n\n本报讯 日前，{announcing}\n\n{title}\n\n为切实解决群众急难愁盼问题，制定本方案。\n\n一、总体要求\n\n集中力量办好一批实事。\n记者 王磊\n"
    (report,) = read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2021, 8, 1)).articles
    assert report.body.split("\n\n")[:2] == [f"本报讯 日前，{announcing}", title]
    assert report.reporters == ["王磊"]


@pytest.mark.parametrize("first_signature", ["（柴琳琳）", "（通讯员 陈思）"], ids=["all with names alone", "one among signed briefs"])
def test_briefs_signed_with_names_alone_in_a_column_are_briefs_that_credit_no_one(first_signature):
    page = read_page(
        OWN_PAGES / "page.txt",
        f"■街道动态\n\n东大街街道开展防溺水宣传\n7月28日，东大街街道发放防溺水宣传资料300余份。{first_signature}\n\n"
        "西大街街道举办纳凉晚会\n7月27日，西大街街道在青年公园举办纳凉晚会。（柴琳琳）\n\n"
        "城东路街道排查燃气隐患\n7月26日，城东路街道开展燃气安全检查。（王晓 陈思）\n".encode(),
        config=CONFIG, date=dt.date(2021, 8, 1),
    )
    assert [article.title for article in page.articles] == ["东大街街道开展防溺水宣传", "西大街街道举办纳凉晚会", "城东路街道排查燃气隐患"]
    assert [article.correspondents + article.reporters for article in page.articles][1:] == [[], []]
    assert not page.dropped
