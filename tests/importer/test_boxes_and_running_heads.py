"""The page's own boxes and running heads, among an article's lines: weather, QR codes, addresses, page names."""
import datetime as dt

import pytest

from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES


def read_text(text):
    return read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2021, 8, 1))


BRIEF = "城东路街道开展禁毒宣传\n\n本报讯 7月26日，城东路街道在辖区广场开展禁毒宣传活动，发放宣传资料500余份。（通讯员 陈思）\n\n"
WEATHER_BOX = "天气预报\n今天：晴　24℃～33℃\n\n"


@pytest.mark.parametrize(
    "above",
    ["", BRIEF, "南曹街道便民服务点全覆盖\n\n本报讯 南曹街道新建社区便民服务点23个。\n\n"],
    ids=["at the page's top", "under a brief signed at its end", "between an article's paragraphs"],
)
def test_a_weather_box_is_the_page_s_and_ends_at_its_forecast(above):
    below = "南关街街道举办消防演练\n\n7月27日，南关街街道在豫丰社区举办消防演练。（通讯员 王晓）\n"
    if "便民" in above:
        below = "据统计，便民服务点累计为群众办理业务1.6万余件。（记者 柴琳琳 通讯员 范晓东）\n"
    page = read_text(above + WEATHER_BOX + below)
    last = page.articles[-1]
    assert last.body.endswith("。（通讯员 王晓）" if "王晓" in below else "1.6万余件。（记者 柴琳琳 通讯员 范晓东）")
    assert len(page.articles) == (1 if "便民" in above else 1 + bool(above))
    assert [line.text for item in page.dropped for line in item.lines] == ["天气预报", "今天：晴　24℃～33℃"]


@pytest.mark.parametrize(
    "between, kept",
    [("扫码关注“管城融媒”客户端", False), ("投稿邮箱：gcgushi2021@163.com", True)],
    ids=["a QR code prompt", "where to send entries"],
)
def test_a_call_for_entries_keeps_its_signature_and_date_over_the_next_article(between, kept):
    page = read_text(
        f"“管城故事”主题征文启事\n\n本报即日起开展主题征文活动，欢迎广大读者踊跃投稿。\n\n{between}\n\n管城回族区报社\n\n2021年8月1日\n\n"
        "南关街街道开设“云课堂”\n\n本报讯 为方便居民在家学习，南关街街道开设“云课堂”。（记者 柴琳琳）\n"
    )
    call, news = page.articles
    assert call.body.split("\n\n") == ["本报即日起开展主题征文活动，欢迎广大读者踊跃投稿。", *([between] if kept else []), "管城回族区报社", "2021年8月1日"]
    assert news.title == "南关街街道开设“云课堂”"
    assert [line.text for item in page.dropped for line in item.lines] == ([] if kept else [between])


def test_a_sentence_that_opens_with_scanning_a_code_is_text():
    sentence = "扫描二维码即可预约，预约成功后凭短信于8:30—11:30到街道接种点接种，每天限约300人。"
    page = read_text(f"紫荆山南路街道开通疫苗接种预约\n\n本报讯 即日起，紫荆山南路街道开通新冠疫苗接种线上预约服务。\n\n{sentence}\n\n（记者 柴琳琳）\n")
    (article,) = page.articles
    assert sentence in article.body.split("\n\n") and not page.dropped


def test_a_number_right_under_a_colon_is_what_it_announces_not_a_page_number():
    page = read_text("市民热线上线\n\n本报讯 近日，市民热线正式上线，遇到紧急情况请拨打：\n110\n热线24小时有人接听。（记者 柴琳琳）\n")
    (article,) = page.articles
    assert "请拨打：110" in article.body and not page.dropped


HEADLINE_AND_LEAD = ("南曹街道举办消夏晚会", "本报讯 7月27日晚，南曹街道在文化广场举办消夏晚会。")


@pytest.mark.parametrize("head", ["第1025期", "总第1025期", "8月1日　星期日", "COMMUNITY　3", "Community News　A3", "特别报道　5", "5　民生", "管城回族区报　访谈　3"])
def test_a_running_head_between_a_headline_and_its_lead_is_dropped_and_the_headline_kept(head):
    headline, lead = HEADLINE_AND_LEAD
    page = read_text(f"{BRIEF}{headline}\n\n{head}\n\n{lead}\n记者 王磊 通讯员 范晓东\n")
    assert [article.title for article in page.articles] == ["城东路街道开展禁毒宣传", headline]
    assert [line.text for item in page.dropped for line in item.lines] == [head]


@pytest.mark.parametrize("head", ["COMMUNITY　3", "8月1日　星期日", "8月1日　星期日　第3版", "第1025期　3", "管城回族区报　特别报道　5", "专题　5"])
def test_a_running_head_inside_a_paragraph_a_page_break_cut_is_dropped_and_the_paragraph_joined(head):
    page = read_text(f"{HEADLINE_AND_LEAD[0]}\n\n本报讯 7月27日晚，南曹街道在文化广场举办消夏晚会，\n\n{head}\n\n吸引了千余名群众观看。\n记者 王磊\n")
    (article,) = page.articles
    assert article.body == "本报讯 7月27日晚，南曹街道在文化广场举办消夏晚会，吸引了千余名群众观看。"


def test_a_date_without_its_year_a_colon_announces_is_text():
    page = read_text(f"{HEADLINE_AND_LEAD[0]}\n\n本报讯 南曹街道将举办消夏晚会，时间：\n8月1日　星期日\n\n欢迎居民参加。（记者 王磊）\n")
    (article,) = page.articles
    assert "8月1日　星期日" in article.body and not page.dropped



@pytest.mark.parametrize("given", ["（社区供图）", "\n社区供图"], ids=["in brackets", "on the line under it"])
def test_photos_printed_alone_credited_as_given_are_one_article_each(given):
    captions = ["▲7月30日，十八里河街道小学生在社区“四点半课堂”学习书法。", "▲7月31日，北下街街道组织志愿者清理小区楼道杂物。"]
    page = read_text(f"■图片新闻\n\n{captions[0]}{given}\n\n{captions[1]}\n通讯员 陈思 摄\n")
    first, second = page.articles
    assert first.body.startswith(captions[0]) and second.body == captions[1]
    assert (first.photo, second.photo, second.correspondents) == (True, True, ["陈思"]) and not page.dropped


def test_a_caption_ending_with_who_gave_the_photo_is_a_paragraph_of_its_own():
    page = read_text(
        "二里岗街道举办纳凉晚会\n\n本报讯 7月30日晚，二里岗街道在辖区广场举办纳凉晚会。\n\n居民观看晚会。社区供图\n\n据介绍，晚会节目均由居民自编自演。（记者 柴琳琳）\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1] == "居民观看晚会。社区供图" and article.photo


@pytest.mark.parametrize("byline", ["文字　柴琳琳　摄影　王磊", "文　柴琳琳　摄影　王磊", "文：柴琳琳　摄影：王磊"])
def test_a_photo_feature_signed_for_its_text_and_its_photos_credits_both(byline):
    page = read_text(f"“老城墙”守护人\n\n{byline}\n\n守护队队长李建国今年72岁，是土生土长的商城路人。\n\n图①　清晨，守护队员沿城墙巡查。\n")
    (article,) = page.articles
    assert (article.title, article.reporters, article.photo) == ("“老城墙”守护人", ["柴琳琳", "王磊"], True)
    assert article.body.startswith("守护队队长")


def test_a_column_of_lost_and_found_notices_printed_without_marks_under_a_byline_is_a_notice_of_its_own():
    items = ["张建国遗失居民身份证，证号410104196505121234，声明作废", "郑州豫丰餐饮管理有限公司遗失公章一枚，声明作废"]
    page = read_text("南曹街道“共享充电桩”进村\n\n本报讯 7月30日，南曹街道“共享充电桩”项目在小刘村投用。\n\n记者 柴琳琳\n\n遗失声明\n\n" + "\n".join(items) + "\n")
    news, notice = page.articles
    assert (news.reporters, notice.title, notice.body.split("\n\n")) == (["柴琳琳"], "遗失声明", items)
    assert not page.dropped


def test_a_column_of_marked_notices_each_titled_before_its_text_is_an_article_each():
    items = ["●停水通知　因供水管网改造，8月3日城东路以东区域停水，请居民提前储水。", "●免费体检　8月5日至7日，南关街社区卫生服务中心为65岁以上老人免费体检。"]
    page = read_text("■便民信息\n\n" + "\n\n".join(items) + "\n")
    assert [(article.title, article.section, article.body) for article in page.articles] == [
        ("停水通知", "便民信息", items[0]), ("免费体检", "便民信息", items[1])
    ]


@pytest.mark.parametrize("under, boxed", [("高温天气请注意防暑降温", True), ("便民电话\n燃气抢修：0371-96777", False)], ids=["advice", "another box"])
def test_a_weather_box_takes_a_word_of_advice_under_its_forecast_but_no_other_box(under, boxed):
    page = read_text(f"{BRIEF}{WEATHER_BOX.rstrip()}\n{under}\n")
    box = [line.text for item in page.dropped if item.reason == "the page's weather box" for line in item.lines]
    assert box == ["天气预报", "今天：晴　24℃～33℃", *(under.split("\n") if boxed else [])]


@pytest.mark.parametrize(
    "first, second",
    [
        ("图为圃田乡荷花盛开，游客驻足观赏。记者 王磊 摄", "图为书院社区的小志愿者们在路口劝导文明出行。（通讯员 陈思 摄）"),
        ("图为圃田乡荷花盛开，游客驻足观赏。（记者 王磊 摄）", "图为书院社区的小志愿者们在路口劝导文明出行。\n通讯员 陈思 摄"),
    ],
    ids=["a credit run on", "a credit on the line under the caption"],
)
def test_a_column_of_photos_each_under_its_own_headline_is_one_article_each_whatever_the_credit(first, second):
    page = read_text(f"■图片新闻\n\n荷塘月色引客来\n\n{first}\n\n小小志愿者上岗\n\n{second}\n")
    assert [(article.title, article.reporters, article.correspondents, article.photo) for article in page.articles] == [
        ("荷塘月色引客来", ["王磊"], [], True), ("小小志愿者上岗", [], ["陈思"], True)
    ]


@pytest.mark.parametrize("end", ["下载APP.", "占20%.", "搜索“i管城”.", "（试行）."])
def test_a_half_width_full_stop_after_a_letter_a_percent_sign_or_a_closing_mark_ends_the_paragraph(end):
    page = read_text(f"“i管城”APP上线\n本报讯 (记者 柴琳琳) 7月28日起,市民可{end}\n　　据悉,下一步还将上线新功能.\n")
    (article,) = page.articles
    assert article.body.split("\n\n") == [f"本报讯 (记者 柴琳琳) 7月28日起,市民可{end}", "据悉,下一步还将上线新功能."]


@pytest.mark.parametrize("gap", ["\n\n\n", "\n\n3\n\n"], ids=["blank lines", "a page number"])
def test_a_headline_s_tail_printed_again_after_a_break_and_going_on_is_printed_once_and_reported(gap):
    page = read_text(
        f"{BRIEF}十八里河街道开展“三官一律”进社区{gap}“三官一律”进社区法律服务零距离\n\n本报讯 7月27日，十八里河街道邀请律师走进社区。\n记者 王磊 通讯员 周双双\n"
    )
    assert [article.title for article in page.articles] == ["城东路街道开展禁毒宣传", "十八里河街道开展“三官一律”进社区法律服务零距离"]
    assert [item.reason for item in page.dropped if "tail" in item.reason] == ["headline's tail printed again after a page break; the rest of the line is kept"]


def test_a_headline_s_line_printed_again_whole_after_blank_lines_under_a_feature_signed_under_its_headline_is_printed_once():
    page = read_text(
        "一条背街小巷的“逆袭”\n记者 王磊 通讯员 宋佳 文/图\n\n走进清平里社区的小井胡同，青砖灰瓦、花木扶疏。\n\n航海东路街道创建\n\n\n"
        "航海东路街道创建“五星”支部\n\n本报讯 7月以来，航海东路街道以创建“五星”支部为抓手，推动基层党建提质增效。\n记者 柴琳琳 通讯员 孙艺萌\n"
    )
    feature, news = page.articles
    assert (feature.body, feature.subdistrict) == ("走进清平里社区的小井胡同，青砖灰瓦、花木扶疏。", None)
    assert news.title == "航海东路街道创建“五星”支部"
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [("航海东路街道创建", "headline line printed again after a page break")]



def test_notices_signed_with_no_date_one_under_another_are_a_notice_each():
    page = read_text(
        "失物招领\n\n7月29日，有市民在紫荆山公园捡到黑色钱包一个，请失主到派出所认领。\n\n紫荆山公园派出所\n\n"
        "免费体检\n\n8月5日至8月7日，南关街社区卫生服务中心为辖区65岁以上老人免费体检。\n\n南关街社区卫生服务中心\n"
    )
    assert [(article.title, article.body.split("\n\n")[-1]) for article in page.articles] == [
        ("失物招领", "紫荆山公园派出所"), ("免费体检", "南关街社区卫生服务中心")
    ]


def test_a_column_of_marked_notices_whose_item_ends_with_a_number_after_its_label_is_an_article_each():
    items = ["●停水通知　因供水管网改造，8月3日暂停供水，请居民提前储水。", "●免费体检　8月5日，区第二人民医院为辖区老人提供免费体检。咨询电话：0371-66201234"]
    page = read_text("■便民信息\n\n" + "\n\n".join(items) + "\n")
    assert [(article.title, article.body) for article in page.articles] == [("停水通知", items[0]), ("免费体检", items[1])]


def test_lost_and_found_notices_under_a_marked_rubric_naming_them_are_a_notice():
    items = ["郑州市管城回族区豫丰家政服务部遗失营业执照正本，声明作废", "李秀英遗失出生医学证明，编号Q410123456，声明作废"]
    page = read_text("■遗失声明\n\n" + "\n".join(items) + "\n")
    (notice,) = page.articles
    assert (notice.title, notice.section, notice.body.split("\n\n")) == ("遗失声明", None, items)


@pytest.mark.parametrize("closing", ["特此公告", "特此公示"])
def test_a_notice_s_closing_words_printed_with_no_full_stop_close_it_and_head_nothing(closing):
    page = read_text(f"选民登记公告\n\n现将有关事项公告如下：凡年满十八周岁的本村村民，均可进行选民登记。\n\n{closing}\n\n南曹街道办事处\n\n2021年7月28日\n")
    (notice,) = page.articles
    assert notice.body.split("\n\n")[-3:] == [closing, "南曹街道办事处", "2021年7月28日"] and not page.dropped


def test_an_english_word_a_fixed_width_wrap_cut_joins_without_a_space():
    page = read_text("社区推进智慧治理\n\n本报讯 下一步，街道将推动5G、A\nI等新技术在社区治理中的应用。（记者 柴琳琳）\n")
    (article,) = page.articles
    assert article.body == "本报讯 下一步，街道将推动5G、AI等新技术在社区治理中的应用。（记者 柴琳琳）"


@pytest.mark.parametrize("box", ["本期导读\n■第2版　南曹街道：选民登记全面启动", "公益广告"], ids=["the contents", "a label alone"])
def test_a_box_of_the_page_under_a_column_of_briefs_leaves_the_briefs_one_article_each(box):
    briefs = ["●7月28日，东大街街道开展消防安全培训。（通讯员 李明）", "●7月29日，西大街街道开展防溺水安全宣传活动。（通讯员 王晓）"]
    page = read_text("■简讯\n\n" + "\n\n".join(briefs) + f"\n{box}\n")
    assert [(article.body, article.section) for article in page.articles] == [(brief, "简讯") for brief in briefs]
    assert page.dropped[0].lines[0].text == box.split("\n")[0]
