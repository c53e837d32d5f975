"""How a page is cut into articles and paragraphs: pages as reviews found them, composed inline."""
import datetime as dt

import pytest

from generator.importer.page import read_page
from generator.markdown import escape_markdown

from .pagekit import CONFIG, OWN_PAGES, PAGE_BREAK, PAGE_FORMS, nfkc, read_in_form


def read_text(text, line_end="\n"):
    return read_page(OWN_PAGES / "page.txt", text.replace("\n", line_end).encode(), config=CONFIG, date=dt.date(2020, 12, 30))


def test_cr_cr_lf_line_ends_are_one_line_end_each_and_keep_kickers_and_headlines_whole():
    # A CRLF file converted twice: read as two line ends, every line stood alone between blank lines.
    page = read_text(
        "■活动室\n\n喜报！\n管城区两个社区获评全国示范社区\n\n本报讯 近日，民政部公布全国示范社区名单。\n记者 柴琳琳\n\n"
        "管城回族区召开\n2021年经济工作会议\n\n本报讯 12月29日，管城回族区召开2021年经济工作会议。\n记者 柴琳琳 通讯员 陈思\n",
        line_end="\r\r\n",
    )
    assert [article.title for article in page.articles] == ["喜报！管城区两个社区获评全国示范社区", "管城回族区召开2021年经济工作会议"]
    assert not page.dropped
    assert str(page.articles[1].source) == "page.txt:9-13"


def test_text_after_a_photo_credit_goes_on_with_its_article_when_a_page_break_cut_its_first_paragraph():
    page = read_text(
        "■活动室\n\n南关街街道举办文艺汇演\n\n本报讯 近日，南关街街道在豫丰社区广场举办文艺汇演。\n记者 王磊 摄\n"
        "演出中，76岁的张奶奶表演的豫剧选段赢得阵阵掌声，\n\n\n\n不少年轻居民也跟着哼唱起来。\n记者 柴琳琳 通讯员 张磊\n\n"
        "东大街街道开展消防演练\n\n本报讯 近日，东大街街道开展冬季消防演练。\n记者 柴琳琳\n"
    )
    first, second = page.articles
    assert first.title == "南关街街道举办文艺汇演"
    assert first.body.split("\n\n")[1] == "演出中，76岁的张奶奶表演的豫剧选段赢得阵阵掌声，不少年轻居民也跟着哼唱起来。"
    assert (first.reporters, first.correspondents, first.photo) == (["柴琳琳", "王磊"], ["张磊"], True)
    assert second.title == "东大街街道开展消防演练"


def test_an_article_s_tail_reprinted_before_its_byline_is_kept_once_and_reported():
    page = read_text(
        "■活动室\n\n西大街街道：志愿服务暖人心\n\n本报讯 近日，西大街街道组织辖区志愿者开展志愿服务活动。\n\n"
        "下一步，西大街街道将继续发挥志愿服务作用，\n\n\n\n将志愿服务常态化开展下去。\n\n"
        "下一步，西大街街道将继续发挥志愿服务作用，将志愿服务常态化开展下去。\n记者 柴琳琳 通讯员 王晓\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n") == [
        "本报讯 近日，西大街街道组织辖区志愿者开展志愿服务活动。",
        "下一步，西大街街道将继续发挥志愿服务作用，将志愿服务常态化开展下去。",
    ]
    assert [(item.lines[0].number, item.reason) for item in page.dropped] == [(13, "repeated column tail of “西大街街道：志愿服务暖人心”")]
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["王晓"])


def test_a_headline_s_first_line_that_asks_or_exclaims_at_the_top_of_its_chunk_is_part_of_it():
    page = read_text(
        "■民生\n\n老旧小区改造后谁来管？\n紫荆山南路街道给出答案\n\n本报讯 近日，紫荆山南路街道引入专业物业公司。\n记者 柴琳琳 通讯员 薛新芳\n\n"
        "战疫情，我们在一起！\n南关街街道志愿者坚守防控一线\n\n本报讯 连日来，南关街街道志愿者坚守在疫情防控一线。\n记者 柴琳琳 通讯员 张磊\n"
    )
    assert [article.title for article in page.articles] == [
        "老旧小区改造后谁来管？紫荆山南路街道给出答案",
        "战疫情，我们在一起！南关街街道志愿者坚守防控一线",
    ]
    assert not page.dropped


def test_a_line_that_exclaims_under_an_unsigned_article_s_text_stays_its_last_paragraph():
    page = read_text(
        "社区开展冬日慰问活动\n\n本报讯 近日，北下街街道开展慰问活动。\n老人们说：“真暖心！”\n南关街街道志愿者坚守防控一线\n\n"
        "本报讯 连日来，南关街街道志愿者坚守在疫情防控一线。\n记者 柴琳琳\n"
    )
    assert [article.title for article in page.articles] == ["社区开展冬日慰问活动", "南关街街道志愿者坚守防控一线"]
    assert page.articles[0].body.endswith("老人们说：“真暖心！”")


@pytest.mark.parametrize("last_line", ["街道值班电话：0371-66668888", "咨询电话：12345、12319", "详情请登录：www.zzgc.gov.cn"])
def test_an_unsigned_article_s_last_line_giving_a_number_or_a_web_address_is_not_taken_into_the_headline_after_a_page_break(last_line):
    page = read_text(
        f"商都路街道开展冬季防火宣传\n\n本报讯 近日，商都路街道开展冬季防火宣传活动。\n\n{last_line}\n\n- 3 -\n\n"
        "管城回族区报 2020年12月30日 第3版 社区\n\n南关街街道举办迎新年联欢会\n\n本报讯 12月29日，南关街街道举办迎新年联欢会。\n记者 柴琳琳\n"
    )
    assert [article.title for article in page.articles] == ["商都路街道开展冬季防火宣传", "南关街街道举办迎新年联欢会"]
    assert page.articles[0].body.split("\n\n")[-1] == last_line
    assert [item.reason for item in page.dropped] == ["page number", "running date line"]


def sections_and_titles(page):
    return [(article.section, article.title) for article in page.articles]


def test_a_rubric_and_a_headline_printed_on_one_line_are_read_apart():
    page = read_text(
        "■活动室　一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳 通讯员 陈思\n\n"
        "■身边好人　王大爷：十年义务巡逻守护一方平安\n\n本报讯 近日，豫丰社区居民王大爷获评“郑州好人”。\n记者 柴琳琳\n\n"
        "■输入新鲜血液　找好接班人\n\n南关街街道：谈心谈话\n\n本报讯 近日，南关街街道开展谈心谈话活动。\n记者 柴琳琳\n"
    )
    assert sections_and_titles(page) == [
        ("活动室", "一碗饺子温暖群众心"),
        ("身边好人", "王大爷：十年义务巡逻守护一方平安"),
        ("输入新鲜血液　找好接班人", "南关街街道：谈心谈话"),
    ]
    assert str(page.articles[0].source) == "page.txt:1-4"


def test_a_marked_line_right_over_a_brief_in_a_column_of_briefs_is_its_headline():
    page = read_text(
        "■简讯\n\n■北下街街道开展消防演练\n\n本报讯 12月28日，北下街街道组织辖区商户开展消防应急演练。\n记者 柴琳琳\n\n"
        "■圃田乡召开冬季农业生产会\n\n本报讯 12月29日，圃田乡召开冬季农业生产工作会议。\n通讯员 赵敏\n"
    )
    assert sections_and_titles(page) == [("简讯", "北下街街道开展消防演练"), ("简讯", "圃田乡召开冬季农业生产会")]


@pytest.mark.parametrize("rubric", ["◆平安建设", "■平安建设■", "◆ 平 安 建 设"])
def test_rubric_marks_other_than_a_square_and_closing_marks(rubric):
    page = read_text(
        "■活动室\n\n一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳\n\n"
        f"{rubric}\n\n东大街街道开展冬季消防演练\n\n本报讯 近日，东大街街道开展冬季消防演练。\n记者 柴琳琳\n"
    )
    assert sections_and_titles(page) == [("活动室", "一碗饺子温暖群众心"), ("平安建设", "东大街街道开展冬季消防演练")]
    assert not page.dropped


@pytest.mark.parametrize("label", ["【简讯】", "简讯", "【社区简讯】"])
def test_a_briefs_label_without_a_mark_names_the_column_of_the_briefs_under_it(label):
    page = read_text(
        f"{label}\n\n本报讯 近日，东大街街道开展“法律进社区”宣传活动。（记者 柴琳琳）\n\n"
        "本报讯 12月28日，西大街街道组织辖区商户开展燃气安全培训。（通讯员 王晓）\n"
    )
    assert [article.section for article in page.articles] == [label.strip("【】")] * 2
    assert [article.title for article in page.printed] == [None, None]  # titled from the first sentence, and reported so
    assert page.articles[0].title == "东大街街道开展“法律进社区”宣传活动"


@pytest.mark.parametrize("label", ["■相关链接", "■背景"])
def test_a_box_labelled_inside_an_article_stays_in_it_and_its_byline_signs_it(label):
    page = read_text(
        "■民生\n\n管城区发放冬季取暖补贴\n\n本报讯 近日，管城回族区为辖区低保户发放冬季取暖补贴。\n\n"
        f"区民政局相关负责人表示，补贴资金已全部发放到户。\n{label}\n冬季取暖补贴标准为每户每月100元。\n记者 柴琳琳 通讯员 陈思\n\n"
        "陇海马路街道举办迎新春书法展\n\n本报讯 近日，陇海马路街道举办迎新春书法作品展。\n记者 柴琳琳\n"
    )
    first, second = page.articles
    assert first.body.split("\n\n")[1:] == ["区民政局相关负责人表示，补贴资金已全部发放到户。", label, "冬季取暖补贴标准为每户每月100元。"]
    assert (first.reporters, first.correspondents) == (["柴琳琳"], ["陈思"])
    assert [article.section for article in page.articles] == ["民生", "民生"]
    assert not page.dropped


@pytest.mark.parametrize("label", ["■相关链接", "相关链接", "【延伸阅读】", "记者手记"])
def test_a_box_printed_under_an_article_s_byline_is_that_article_s_and_names_no_section(label):
    box = "郑州市灾后防疫“十要十不要”：要喝开水，不要喝生水；要勤洗手，不要用脏手揉眼睛……"
    page = read_text(
        "■民生\n\n北下街街道开展灾后防疫消杀\n\n本报讯 7月25日起，北下街街道对辖区积水点开展全覆盖消杀。\n记者 柴琳琳 通讯员 陈思\n\n"
        f"{label}\n\n{box}\n\n小网格织就平安大网\n\n本报讯（记者 柴琳琳 通讯员 王晓）商城路街道将辖区划分为86个网格。\n"
    )
    first, second = page.articles
    assert first.body.split("\n\n")[1:] == [label, box]
    assert (first.reporters, first.correspondents) == (["柴琳琳"], ["陈思"])
    assert [(article.title, article.section) for article in page.articles] == [("北下街街道开展灾后防疫消杀", "民生"), ("小网格织就平安大网", "民生")]
    assert not page.dropped


def test_an_editor_s_note_under_an_article_s_byline_is_not_that_article_s():
    page = read_text(
        "■民生\n\n北下街街道开展灾后防疫消杀\n\n本报讯 7月25日起，北下街街道对辖区积水点开展全覆盖消杀。\n记者 柴琳琳\n\n"
        "■编者按\n\n灾后重建，基层一线的故事感人至深。\n\n小网格织就平安大网\n\n本报讯（记者 柴琳琳 通讯员 王晓）商城路街道将辖区划分为86个网格。\n"
    )
    assert page.articles[0].body == "本报讯 7月25日起，北下街街道对辖区积水点开展全覆盖消杀。"


def test_a_box_label_on_an_indented_page_is_a_paragraph_of_its_own():
    page = read_text(
        "■民生\n\n管城区发放冬季取暖补贴\n\n　　本报讯 近日，管城回族区为辖区低保户发放冬季取暖补贴。\n"
        "　　区民政局相关负责人表示，补贴资金已全部发放到户。\n■小贴士\n　　冬季取暖补贴标准为每户每月100元。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == ["区民政局相关负责人表示，补贴资金已全部发放到户。", "■小贴士", "冬季取暖补贴标准为每户每月100元。"]


def test_captions_printed_without_a_space_or_final_punctuation_before_their_credits_are_paragraphs_of_their_own():
    page = read_text(
        "■活动室\n\n一碗饺子温暖群众心\n\n本报讯 近日，北下街街道党工委开展冬日慰问活动。\n\n▲志愿者为老人送上热腾腾的饺子。王磊 摄\n\n"
        "当天，志愿者把饺子分发给环卫工人。\n\n志愿者为环卫工人送饺子　通讯员　陈思　摄\n\n此次活动拉近了社区与居民的关系。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == [
        "▲志愿者为老人送上热腾腾的饺子。王磊 摄",
        "当天，志愿者把饺子分发给环卫工人。",
        "志愿者为环卫工人送饺子　通讯员　陈思　摄",
        "此次活动拉近了社区与居民的关系。",
    ]
    assert (article.reporters, article.correspondents, article.photo) == (["柴琳琳", "王磊"], ["陈思"], True)


@pytest.mark.parametrize("label", ["图片新闻", "本版责编：王芳"])
def test_on_an_indented_page_a_short_flush_line_standing_apart_under_a_finished_paragraph_is_not_glued_to_it(label):
    page = read_text(
        "夏季用电这些常识要牢记\n\n　　本报讯（记者　柴琳琳）近日，管城回族区进入夏季用电高峰期。\n"
        f"　　如发现电气火灾，应第一时间切断电源。\n\n{label}\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1] == "如发现电气火灾，应第一时间切断电源。"
    assert label not in article.body.split("\n\n")[1]


def test_on_an_indented_page_text_under_a_brief_signed_at_its_end_is_not_glued_to_it():
    correction = "更正：本报6月23日第3版一文中，“30吨”应为“3吨”，特此更正。"
    page = read_text(
        "区政务服务中心新增“跨省通办”窗口\n\n　　本报讯　7月1日起，区政务服务中心新增“跨省通办”窗口。（记者　柴琳琳）\n\n"
        f"{correction}\n\n北下街街道开展消防演练\n\n　　本报讯　近日，北下街街道开展消防演练。\n记者 王磊\n"
    )
    brief, news = page.articles
    assert (brief.body, brief.reporters) == ("本报讯　7月1日起，区政务服务中心新增“跨省通办”窗口。（记者　柴琳琳）", ["柴琳琳"])
    assert [line.text for item in page.dropped for line in item.lines] == [correction]


def test_on_an_indented_page_a_flush_line_under_a_page_break_goes_on_with_the_paragraph_even_after_a_full_stop():
    page = read_text(
        "夏季用电这些常识要牢记\n\n　　本报讯 近日，管城回族区进入夏季用电高峰期。\n\n2021年7月1日　星期四\n\n"
        "居民用电量比去年同期增长两成。\n　　如发现电气火灾，应第一时间切断电源。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[0] == "本报讯 近日，管城回族区进入夏季用电高峰期。居民用电量比去年同期增长两成。"


def test_on_an_indented_page_a_caption_without_the_indent_is_a_paragraph_of_its_own():
    page = read_text(
        "■活动室\n\n巧手包饺子温馨邻里情\n\n　　本报讯 近日，豫丰社区开展邻里活动。\n　　活动中，大家分小组进行包饺子比赛。\n"
        "　　小朋友包起饺子来也毫不逊色。\n　　居民们纷纷点赞。\n"
        "　　随后，志愿者为困难家庭送去了饺子。\n图为包饺子比赛现场。\n　　下一步，社区将继续开展邻里活动。\n"
        "图为志愿者为老人送上饺子。　通讯员　张磊　摄\n　　此次活动拉近了社区与居民的关系。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[4:] == [
        "随后，志愿者为困难家庭送去了饺子。",
        "图为包饺子比赛现场。",
        "下一步，社区将继续开展邻里活动。",
        "图为志愿者为老人送上饺子。　通讯员　张磊　摄",
        "此次活动拉近了社区与居民的关系。",
    ]
    assert (article.correspondents, article.photo) == (["张磊"], True)


@pytest.mark.parametrize("items", [["◆加强巡逻防控；", "◆开展隐患排查；", "◆做好宣传引导。"], ["◆加强巡逻防控", "◆开展隐患排查", "◆做好宣传引导"]])
def test_marked_lines_under_a_line_that_opens_a_list_are_its_items(items):
    page = read_text(
        "■平安建设\n\n航海东路街道织密冬季安全防护网\n\n本报讯 近日，航海东路街道召开冬季安全生产工作会议，部署以下重点工作：\n\n"
        + "\n\n".join(items)
        + "\n\n会议要求，各社区要压实责任。\n记者 柴琳琳 通讯员 王晓\n\n南曹街道开展冬季消防演练\n\n本报讯 12月25日，南曹街道开展冬季消防演练。\n记者 柴琳琳\n"
    )
    assert sections_and_titles(page) == [("平安建设", "航海东路街道织密冬季安全防护网"), ("平安建设", "南曹街道开展冬季消防演练")]
    assert page.articles[0].body.split("\n\n")[1:] == [*items, "会议要求，各社区要压实责任。"]
    assert (page.articles[0].reporters, page.articles[0].correspondents) == (["柴琳琳"], ["王晓"])
    assert not page.dropped


FEATURE_HEAD = "■党建引领\n\n党建引领聚合力 基层治理见实效\n——记紫荆山南路街道党建工作\n\n◎记者 柴琳琳 通讯员 赵敏\n\n"
SUBHEADED = [
    "今年以来，紫荆山南路街道坚持以党建引领基层治理。",
    "◆支部建在网格上",
    "街道将辖区划分为42个网格，每个网格都建立了党支部，党员干部下沉一线，做到“小事不出网格、大事不出社区”！",
    "◆服务送到家门口",
    "街道在各社区设立党群服务站，为居民提供政策咨询、证件办理等30余项服务，\n让群众少跑腿、好办事。",
    "如今，居民遇到难事，第一个想到的就是找社区。",
]
NEXT_BRIEF = "北下街街道召开年终总结会\n\n本报讯 12月29日，北下街街道召开年终工作总结会。\n记者 柴琳琳 通讯员 陈思\n"


@pytest.mark.parametrize("signed_above", [True, False], ids=["a feature signed above its text", "an article signed at its end"])
def test_marked_subheads_over_the_text_of_an_article_stay_in_it_and_name_no_section(signed_above):
    head, byline = (FEATURE_HEAD, "") if signed_above else (FEATURE_HEAD.replace("◎记者 柴琳琳 通讯员 赵敏\n\n", ""), "记者 柴琳琳 通讯员 赵敏\n\n")
    body = SUBHEADED if signed_above else ["本报讯 " + SUBHEADED[0], *SUBHEADED[1:]]
    page = read_text(head + "\n\n".join(body) + "\n" + byline + "\n" + NEXT_BRIEF)
    feature, news = page.articles
    assert feature.title == "党建引领聚合力 基层治理见实效——记紫荆山南路街道党建工作"
    assert feature.body.split("\n\n") == [paragraph.replace("\n", "") for paragraph in body]
    assert (feature.reporters, feature.correspondents) == (["柴琳琳"], ["赵敏"])
    assert sections_and_titles(page)[1] == ("党建引领", "北下街街道召开年终总结会")
    assert not page.dropped


@pytest.mark.parametrize(
    "first",
    [
        "被问到为什么选择这份工作，李想想了想说：\n\n“我是在这个社区长大的，我想回来为大家做点事。”",
        "她随身带的笔记本上，密密麻麻记着——\n\n9号楼王奶奶，独居，每周三送药。",
        "清晨6点，天刚蒙蒙亮，\n李想已经走在了网格里。",
    ],
    ids=["a colon", "a dash", "a comma"],
)
@pytest.mark.parametrize(
    "byline, reporters, correspondents",
    [
        ("记者 柴琳琳 通讯员 张磊", ["柴琳琳"], ["张磊"]),
        ("记者 柴琳琳 王　磊\n通讯员 陈思 张磊 李娜 周双双", ["柴琳琳", "王磊"], ["陈思", "张磊", "李娜", "周双双"]),
    ],
    ids=["one line", "wrapped over two lines"],
)
def test_a_feature_signed_under_its_headline_is_one_article_whatever_its_first_line_ends_with(first, byline, reporters, correspondents):
    # A first line that runs on past its end (`：`, `——`, `，`) is text, as one ending with `。` is: no headline ends so.
    page = read_text(f"九零后网格员的一天\n\n{byline}\n\n{first}\n\n如今，她能叫出网格里每位老人的名字。\n\n" + NEXT_BRIEF)
    feature, news = page.articles
    assert (feature.title, feature.reporters, feature.correspondents) == ("九零后网格员的一天", reporters, correspondents)
    assert feature.body.endswith("如今，她能叫出网格里每位老人的名字。") and not any(name in feature.body for name in reporters)
    assert news.title == "北下街街道召开年终总结会"
    assert not page.dropped


def test_a_marked_subhead_over_a_sentence_a_page_break_cut_stays_in_the_article():
    # The line under the subhead stops mid-sentence at the break: no headline, though it ends with no stop.
    page = read_text(
        "航海东路街道：老旧小区改造让居民住得更舒心\n\n本报讯 7月12日，航海东路街道冯庄社区南岗小区的居民说起小区的变化。\n\n"
        "◆问需于民 改到群众心坎上\n\n改造前，社区召开居民议事会12次，发放调查问卷300余份，梳理出加装路"
        + PAGE_BREAK + "灯、增设停车位等8项问题，逐项纳入改造清单。\n\n目前，改造已完成85%。\n记者 柴琳琳 通讯员 王晓\n\n" + NEXT_BRIEF
    )
    article, news = page.articles
    assert (article.title, article.section, article.reporters, article.correspondents) == (
        "航海东路街道：老旧小区改造让居民住得更舒心", None, ["柴琳琳"], ["王晓"]
    )
    assert article.body.split("\n\n")[1:] == [
        "◆问需于民 改到群众心坎上", "改造前，社区召开居民议事会12次，发放调查问卷300余份，梳理出加装路灯、增设停车位等8项问题，逐项纳入改造清单。", "目前，改造已完成85%。"
    ]
    assert news.title == "北下街街道召开年终总结会"


def test_a_marked_line_under_a_feature_over_the_next_feature_s_headline_is_its_rubric():
    page = read_text(
        FEATURE_HEAD + "\n\n".join(SUBHEADED) + "\n\n◆人物\n\n社区里的“老娘舅”\n\n记者 王磊\n\n"
        "在豫丰社区，提起老党员王大爷，居民们都竖起大拇指，说他是社区里的“老娘舅”。\n"
    )
    assert sections_and_titles(page) == [("党建引领", "党建引领聚合力 基层治理见实效——记紫荆山南路街道党建工作"), ("人物", "社区里的“老娘舅”")]
    assert not page.dropped


@pytest.mark.parametrize("numbers", [["1. ", "2. ", "3. "], ["（1）", "（2）", "（3）"], ["1、", "2、", "3、"]])
def test_numbered_items_on_a_page_without_indents_are_paragraphs_of_their_own(numbers):
    items = [f"{numbers[0]}在自助机上刷身份证；", f"{numbers[1]}按提示选择业务；", f"{numbers[2]}取走凭条。"]
    page = read_text(
        "政务服务不打烊\n\n本报讯 近日，区政务服务中心推出自助服务区，使用方法如下：\n\n" + "\n\n".join(items)
        + "\n\n年底前，中心将于12月\n\n12、13日开放夜间服务。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == [escape_markdown(item) for item in items] + ["年底前，中心将于12月12、13日开放夜间服务。"]


def test_a_rubric_over_no_article_is_reported():
    page = read_text("■活动室\n\n■平安建设\n\n南曹街道开展冬季消防演练\n\n本报讯 12月25日，南曹街道开展冬季消防演练。\n记者 柴琳琳\n")
    assert sections_and_titles(page) == [("平安建设", "南曹街道开展冬季消防演练")]
    assert [(item.lines[0].number, item.reason) for item in page.dropped] == [(1, "rubric over no article")]


def test_a_marked_line_under_a_brief_signed_at_its_end_is_a_rubric_not_a_box_in_the_brief():
    page = read_text(
        "■简讯\n\n本报讯 12月28日，二里岗街道开展冬季消防安全检查，排查隐患12处。（记者 柴琳琳）\n\n■图片新闻\n\n"
        "图为紫荆山公园腊梅竞相开放，吸引市民前来观赏。（王磊 摄）\n\n■活动室\n\n南关街街道举办迎新年联欢会\n\n本报讯 12月29日，南关街街道举办迎新年联欢会。\n记者 柴琳琳\n"
    )
    brief, photo, _ = page.articles
    assert brief.body == "本报讯 12月28日，二里岗街道开展冬季消防安全检查，排查隐患12处。（记者 柴琳琳）"
    assert (brief.reporters, brief.photo) == (["柴琳琳"], False)
    # The photo printed alone under its rubric is an item of its own, titled from its caption.
    assert (photo.title, photo.section, photo.reporters, photo.photo) == ("紫荆山公园腊梅竞相开放", "图片新闻", ["王磊"], True)
    assert not page.dropped


def test_a_rubric_named_as_boxes_are_over_a_headline_and_its_lead_names_the_section():
    page = read_text(
        "■小贴士\n\n冬季用气安全要牢记\n\n本报讯 入冬以来，居民用气量明显增加。\n记者 柴琳琳 通讯员 刘洋\n\n"
        "■背景\n\n二七纪念塔周边改造工程启动\n\n本报讯 12月28日，二七纪念塔周边环境提升改造工程正式启动。\n记者 柴琳琳 通讯员 王晓\n"
    )
    assert sections_and_titles(page) == [("小贴士", "冬季用气安全要牢记"), ("背景", "二七纪念塔周边改造工程启动")]
    assert not page.dropped


def test_a_rubric_and_a_headline_on_one_line_after_a_column_of_briefs_are_read_apart():
    page = read_text(
        "【简讯】\n\n本报讯 12月28日，二里岗街道开展冬季消防安全检查。\n（记者 柴琳琳）\n\n"
        "■活动室　一碗饺子温暖群众心\n\n本报讯 近日，北下街街道党工委开展冬日慰问活动。\n记者 柴琳琳 通讯员 陈思\n"
    )
    assert sections_and_titles(page)[1] == ("活动室", "一碗饺子温暖群众心")


def test_a_short_line_said_twice_before_the_byline_is_text_not_a_reprinted_tail():
    page = read_text(
        "“红领巾”走进消防站\n\n本报讯 12月25日，北下街街道组织小学生走进消防站。\n\n活动结束时，孩子们齐声高喊：\n"
        "“119，记心间！”\n“119，记心间！”\n记者 柴琳琳 通讯员 陈思\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == ["活动结束时，孩子们齐声高喊：", "“119，记心间！”", "“119，记心间！”"]
    assert not page.dropped


def test_a_short_tail_reprinted_before_the_byline_after_a_break_that_cut_it_is_kept_once():
    page = read_text(
        "西大街街道：志愿服务暖人心\n\n本报讯 近日，西大街街道开展志愿服务活动。\n\n下一步，街道将继续，\n\n\n\n常态化开展。\n\n"
        "继续，常态化开展。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == ["下一步，街道将继续，常态化开展。"]
    assert [(item.lines[0].number, item.reason) for item in page.dropped] == [(11, "repeated column tail of “西大街街道：志愿服务暖人心”")]


def test_a_caption_is_a_paragraph_of_its_own_whatever_it_ends_with():
    page = read_text(
        "陇海马路街道举办“邻里节”\n\n本报讯 12月26日，陇海马路街道举办第三届“邻里节”。\n\n图为志愿者为环卫工人送饺子\n\n"
        "当天上午，志愿者把饺子送到环卫工人手中。\n\n图为居民展示自己包的饺子。社区供图\n\n活动现场设置了包饺子等环节。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == [
        "图为志愿者为环卫工人送饺子", "当天上午，志愿者把饺子送到环卫工人手中。", "图为居民展示自己包的饺子。社区供图", "活动现场设置了包饺子等环节。"
    ]


@pytest.mark.parametrize("break_", ["\n\n- 3 -\n\n", "\n\n2020年12月30日 星期三 第3版\n\n"], ids=["page number", "running date line"])
@pytest.mark.parametrize(
    "caption", [("图为志愿者为环卫", "工人送上热腾腾的饺子。王磊 摄"), ("▲志愿者为环卫工人", "送上热腾腾的饺子")], ids=["with a credit", "without"]
)
def test_a_caption_a_page_break_cut_is_one_paragraph(caption, break_):
    start, rest = caption
    page = read_text(
        "陇海马路街道举办“邻里节”\n\n本报讯 12月26日，陇海马路街道举办第三届“邻里节”。\n\n"
        f"{start}{break_}{rest}\n\n当天上午，志愿者把饺子送到环卫工人手中。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == [start + rest, "当天上午，志愿者把饺子送到环卫工人手中。"]
    assert article.photo and len(page.dropped) == 1


def test_on_an_indented_page_a_caption_goes_on_in_an_unindented_line_under_a_page_break():
    page = read_text(
        "陇海马路街道举办“邻里节”\n\n　　本报讯 12月26日，陇海马路街道举办第三届“邻里节”。\n　　活动设置了包饺子等环节。\n"
        "　　小朋友包起饺子来也毫不逊色。\n图为志愿者为环卫\n\n\n\n"
        "工人送上热腾腾的饺子\n　　当天上午，志愿者把饺子送到环卫工人手中。\n　　居民们纷纷点赞。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[3:] == ["图为志愿者为环卫工人送上热腾腾的饺子", "当天上午，志愿者把饺子送到环卫工人手中。", "居民们纷纷点赞。"]


def test_a_feature_signed_at_its_end_is_headed_by_a_short_line_apart_that_exclaims():
    page = read_text(
        "陇海马路街道开展冬季送温暖活动\n\n本报讯 近日，陇海马路街道为辖区困难群众送去慰问品。\n记者 柴琳琳 通讯员 孙莉\n\n"
        "致敬最美“逆行者”！\n\n凌晨五点，社区网格员李大姐已经站在小区门口测温登记。\n\n“只要居民平安，我们辛苦点没什么。”她笑着说。（记者 王磊）\n"
    )
    feature = page.articles[1]
    assert (feature.title, feature.reporters) == ("致敬最美“逆行者”！", ["王磊"])
    assert feature.body.startswith("凌晨五点，")
    assert not page.dropped


@pytest.mark.parametrize(
    "signed, label, byline, line_end",
    [
        ("记者 王磊 摄", "融媒体记者走基层", "◎融媒体记者 柴琳琳", "\n"),
        ("记者 柴琳琳 通讯员 刘洋", "记者走基层", "记者　柴琳琳", "\r\n"),
        ("记者 王磊 摄", "记者手记", "□本报记者　柴琳琳", "\n"),
    ],
    ids=["after a photo credit", "after a byline, CRLF", "another column's word"],
)
def test_a_feature_under_a_column_label_and_its_byline_is_an_article_headed_by_the_label(signed, label, byline, line_end):
    page = read_text(
        f"摄影展开幕\n\n本报讯 12月26日，“美丽管城”摄影展在区文化馆开幕。\n{signed}\n\n{label}\n\n{byline}\n\n"
        "　　清晨六点，十八里河街道的菜市场已经热闹起来。\n\n　　摊主老李说，今年的菜价很稳定。\n",
        line_end=line_end,
    )
    news, feature = page.articles
    assert news.body == "本报讯 12月26日，“美丽管城”摄影展在区文化馆开幕。"
    assert (feature.title, feature.reporters, feature.correspondents) == (label, ["柴琳琳"], [])
    assert feature.body.split("\n\n") == ["清晨六点，十八里河街道的菜市场已经热闹起来。", "摊主老李说，今年的菜价很稳定。"]
    assert not page.dropped


def paragraphs(article):
    return [nfkc(paragraph) for paragraph in article.body.split("\n\n")]


def running_heads_dropped(page):
    return all(line.what == "running date line" for item in page.dropped for line in item.lines)


UNSIGNED = ["近日，北下街街道组织志愿者在辖区主要路口开展文明交通劝导活动。", "志愿者劝导行人、非机动车驾驶人遵守交通规则，文明出行。"]


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("gap", ["\n\n", PAGE_BREAK], ids=["blank line", "page break"])
@pytest.mark.parametrize(
    "above, below",
    [
        ("那一抹温暖的“志愿红”\n\n□本报记者 柴琳琳 本报通讯员 陈思\n\n退休教师刘桂芳已经做了8年志愿者。\n\n◎记者 柴琳琳\n\n", ""),
        ("", "\n西大街街道举办法律讲座\n\n本报讯 1月29日，西大街街道邀请律师走进社区，为居民讲解法律知识。\n记者 柴琳琳\n"),
    ],
    ids=["after a signed feature", "over a news item"],
)
def test_short_news_printed_with_neither_a_lead_nor_a_byline_is_an_article_headed_by_its_first_line(form, gap, above, below):
    page = read_in_form(f"{above}北下街街道开展“文明交通劝导”活动{gap}" + "\n\n".join(UNSIGNED) + f"\n{below}", form)
    titles = [nfkc(article.title) for article in page.articles]
    assert titles == ["那一抹温暖的“志愿红”", "北下街街道开展“文明交通劝导”活动"] if above else ["北下街街道开展“文明交通劝导”活动", "西大街街道举办法律讲座"]
    (news,) = [article for article in page.articles if article.title.startswith("北下街")]
    assert paragraphs(news) == [nfkc(paragraph) for paragraph in UNSIGNED]
    assert (news.reporters, news.correspondents, news.subdistrict) == ([], [], "北下街街道")
    assert [article.reporters for article in page.articles] == ([["柴琳琳"], []] if above else [[], ["柴琳琳"]])
    assert running_heads_dropped(page)


@pytest.mark.parametrize(
    "text",
    ["问：在哪里可以缴费？\n\n答：可以到社区服务中心现场缴费。", "在南关街街道豫丰社区，提起老党员王大爷，\n\n居民们都竖起大拇指。"],
    ids=["a Q&A's question", "a clause a break cut"],
)
def test_text_under_a_byline_opened_by_a_line_no_headline_is_is_reported_not_titled_by_it(text):
    page = read_text("一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 柴琳琳\n\n" + text + "\n")
    assert [article.title for article in page.articles] == ["一碗饺子温暖群众心"]
    assert [(item.lines[0].number, item.reason) for item in page.dropped] == [(6, "text outside any article (no headline, 本报讯 lead or byline)")]


NOTICE = ["根据工作安排，2021年2月11日至2月17日，区政务服务中心暂停办理现场业务。由此带来的不便，敬请谅解。", "特此公告。", "管城回族区政务服务中心"]


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("gap", ["\n\n", PAGE_BREAK], ids=["blank line", "page break"])
@pytest.mark.parametrize(
    "heading", ["关于春节期间暂停办理部分业务的公告", "关于春节期间暂停办理\n部分业务的公告", f"关于春节期间暂停办理{PAGE_BREAK}部分业务的公告"],
    ids=["one line", "two lines", "two lines a page break parts"],
)
def test_a_notice_under_its_rubric_is_an_article_titled_by_its_heading_with_its_signature(form, gap, heading):
    page = read_in_form(
        "南关街街道：“敲门行动”排查安全隐患\n\n本报讯（记者 柴琳琳 通讯员 张磊）近日，南关街街道开展“敲门行动”。\n记者 柴琳琳 通讯员 张磊\n\n"
        f"■公告\n\n{heading}{gap}" + "\n\n".join(NOTICE) + "\n",
        form,
    )
    news, notice = page.articles
    assert (nfkc(news.title), news.correspondents) == (nfkc("南关街街道：“敲门行动”排查安全隐患"), ["张磊"])
    assert (notice.title, notice.section, notice.reporters, notice.correspondents) == ("关于春节期间暂停办理部分业务的公告", "公告", [], [])
    assert paragraphs(notice) == [nfkc(paragraph) for paragraph in NOTICE]
    assert running_heads_dropped(page)


def test_a_notice_alone_on_its_page_is_an_article():
    page = read_text(
        "关于开展2021年度城乡居民医疗保险集中缴费的通知\n\n辖区各社区、居民：\n"
        "　　2021年度城乡居民基本医疗保险集中缴费工作已经开始，现将有关事项通知如下：\n"
        "　　一、缴费时间\n　　2021年1月1日至2021年3月31日。\n　　二、缴费标准\n　　每人每年280元。\n　　特此通知。\n\n管城回族区医疗保障局\n"
    )
    (notice,) = page.articles
    assert notice.title == "关于开展2021年度城乡居民医疗保险集中缴费的通知"
    assert notice.body.split("\n\n")[:2] == ["辖区各社区、居民：", "2021年度城乡居民基本医疗保险集中缴费工作已经开始，现将有关事项通知如下："]
    assert notice.body.split("\n\n")[-2:] == ["特此通知。", "管城回族区医疗保障局"]
    assert (notice.reporters, notice.correspondents, page.dropped) == ([], [], ())


@pytest.mark.parametrize("signature", ["北下街街道办事处\n2021年7月21日", "北下街街道办事处", "联系电话：13803712345"])
def test_notices_one_after_another_are_an_article_each(signature):
    page = read_text(
        f"招聘启事\n\n因工作需要，北下街街道办事处现面向社会公开招聘社区专职网格员10名。\n\n{signature}\n\n"
        "遗失声明\n\n张志强不慎遗失居住证明一份，编号：GC20210356，声明作废。\n\n"
        "遗失声明\n\n郑州市管城回族区鑫源百货商店不慎遗失营业执照正本一份，声明作废。\n"
    )
    assert [article.title for article in page.articles] == ["招聘启事", "遗失声明", "遗失声明"]
    assert page.articles[0].body.split("\n\n")[-len(signature.split("\n")):] == signature.split("\n")
    assert page.articles[1].body == "张志强不慎遗失居住证明一份，编号：GC20210356，声明作废。"
    assert not page.dropped


@pytest.mark.parametrize(
    "title", ["关于公布社区“两委”换届选举\n监督举报方式的公告", "十八里河村第十二届村民委员会\n选举结果公告", "关于做好换届期间\n信访维稳工作的通知"]
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank lines", "a page without blank lines"])
def test_a_document_s_title_over_two_lines_under_a_notice_heads_a_notice_of_its_own(title, gap):
    page = read_text(
        f"选民登记公告{gap}根据有关规定，选民登记工作定于7月22日进行。{gap}十八里河村村民选举委员会\n2021年7月20日{gap}"
        f"{title}{gap}经选举，王大力当选为村委会主任。{gap}十八里河村村民选举委员会\n2021年7月28日\n"
    )
    assert [article.title for article in page.articles] == ["选民登记公告", title.replace("\n", "")]
    assert page.articles[1].body.split("\n\n") == ["经选举，王大力当选为村委会主任。", "十八里河村村民选举委员会", "2021年7月28日"]
    assert not page.dropped


FEATURE_PARTS = [("一、扎根社区二十年", "赵刚在社区当民警已经20年了，辖区的每一条街巷他都了如指掌。"), ("二、群众的“贴心人”", "“有事找老赵”，成了居民们的口头禅。")]


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("byline", ["文/本报记者 柴琳琳", "记者 柴琳琳"])
@pytest.mark.parametrize("layout", ["apart", "indented", "numbered in brackets"])
def test_a_feature_signed_under_its_headline_over_numbered_parts_is_one_article_with_the_parts_as_subheads(form, byline, layout):
    # The first line under the byline is a part's subhead, not text that ends a sentence: the byline signs above all the same.
    parts = [(subhead.replace("一、", "（一）").replace("二、", "（二）") if layout == "numbered in brackets" else subhead, text) for subhead, text in FEATURE_PARTS]
    if layout == "indented":
        body = "".join(f"　　{subhead}\n　　{text}\n" for subhead, text in parts)
    else:
        body = "".join(f"\n{subhead}\n\n{text}\n" for subhead, text in parts)
    page = read_in_form(f"■特稿\n守护一方平安的“老黄牛”\n——记城东路街道派出所社区民警赵刚\n{byline}\n{body}", form)
    (feature,) = page.articles
    assert (nfkc(feature.title), feature.reporters) == (nfkc("守护一方平安的“老黄牛”——记城东路街道派出所社区民警赵刚"), ["柴琳琳"])
    assert [nfkc(paragraph) for paragraph in feature.body.split("\n\n")] == [nfkc(line) for part in parts for line in part]
    assert not page.dropped


def test_an_editor_s_note_of_the_text_above_does_not_join_it_to_the_next_article():
    # The note opens an unsigned feature (no lead, no byline), its own article; the next headline and lead are another.
    page = read_text(
        "■专栏\n\n社区故事\n\n编者按：本栏目讲述社区里的凡人小事。\n\n王大爷今年80岁了，每天都在小区里义务巡逻。\n\n"
        "北下街街道开展慰问活动\n\n本报讯 近日，北下街街道开展慰问活动。\n记者 柴琳琳\n"
    )
    story, news = page.articles
    assert (story.title, story.body) == ("社区故事", "编者按：本栏目讲述社区里的凡人小事。\n\n王大爷今年80岁了，每天都在小区里义务巡逻。")
    assert (news.title, news.body) == ("北下街街道开展慰问活动", "本报讯 近日，北下街街道开展慰问活动。")
    assert not page.dropped


def test_a_numbered_item_a_line_break_cut_before_its_punctuation_stays_one_paragraph():
    page = read_text("换届工作有序推进\n\n本报讯 近日，街道部署换届工作：\n一、加强组织领导成立换届选举工作\n领导小组明确责任分工。\n记者 柴琳琳\n")
    (news,) = page.articles
    assert news.body.split("\n\n") == ["本报讯 近日，街道部署换届工作：", "一、加强组织领导成立换届选举工作领导小组明确责任分工。"]


NOTE = "编者按：岁末年初，全区换届工作全面展开。本报今起推出专栏，敬请关注。"
NOTE_LEAD = "本报讯 近日，南关街街道12个社区全部完成换届选举。"


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize(
    "layout",
    [
        f"南关街街道：换届选举平稳有序\n\n{NOTE}\n\n{NOTE_LEAD}\n",
        f"南关街街道：换届选举平稳有序\n　　{NOTE}\n　　{NOTE_LEAD}\n",
        f"南关街街道：换届选举平稳有序\n\n　　{NOTE[:14]}\n{NOTE[14:]}\n\n　　{NOTE_LEAD}\n",
    ],
    ids=["apart", "indented", "the note wrapped"],
)
@pytest.mark.parametrize("above", ["", "一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展冬日慰问活动。\n记者 王磊\n\n"], ids=["first", "under another article"])
def test_an_editor_s_note_between_headline_and_lead_opens_that_article(form, layout, above):
    # The headline over the note is the article's; the note is its first paragraph, not text before a headline.
    page = read_in_form(f"{above}■聚焦换届\n\n{layout}记者 柴琳琳 通讯员 张磊\n", form)
    *others, news = page.articles
    assert [other.title for other in others] == (["一碗饺子温暖群众心"] if above else [])
    assert (nfkc(news.title), news.section, news.tags, news.correspondents) == (nfkc("南关街街道：换届选举平稳有序"), "聚焦换届", ["换届"], ["张磊"])
    assert [nfkc(paragraph) for paragraph in news.body.split("\n\n")] == [nfkc(NOTE), nfkc(NOTE_LEAD)]
    assert not page.dropped


@pytest.mark.parametrize("series", ["", "“灾后重建，我们在行动”\n\n"], ids=["under the rubric", "under a series' name"])
def test_an_editor_s_note_over_the_headline_is_reported_and_takes_nothing_of_the_article(series):
    # A column's note printed over the first headline, not between it and its lead: the article keeps its headline and credits.
    page = read_text(f"■聚焦换届\n\n{series}{NOTE}\n\n南关街街道：换届选举平稳有序\n\n本报讯（记者 柴琳琳 通讯员 张磊）近日，南关街街道12个社区全部完成换届选举。\n")
    (news,) = page.articles
    assert (news.title, news.reporters, news.correspondents) == ("南关街街道：换届选举平稳有序", ["柴琳琳"], ["张磊"])
    assert news.body == "本报讯（记者 柴琳琳 通讯员 张磊）近日，南关街街道12个社区全部完成换届选举。"
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines][-1] == (NOTE, "text before a headline")


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("space", [" ", "　　"], ids=["a space", "ideographic spaces"])
@pytest.mark.parametrize("gap", ["\n\n", PAGE_BREAK], ids=["blank line", "page break"])
def test_photo_news_credited_on_its_caption_s_line_is_an_article_headed_by_its_headline(form, space, gap):
    page = read_in_form(
        f"瑞雪兆丰年{gap}2月2日，一场大雪如约而至，圃田乡的麦田披上了银装。{space}记者 柴琳琳 摄\n\n"
        "巧手剪窗花 喜庆迎新春\n\n本报讯 2月1日，二里岗街道金岱社区组织辖区居民开展剪窗花迎新春活动。\n\n"
        f"图为居民展示自己的剪纸作品。{space}通讯员 韩雪 摄\n\n“剪窗花、贴窗花，是我们小时候过年最盼望的事。”72岁的刘奶奶说。\n记者 柴琳琳 通讯员 韩雪\n",
        form,
    )
    snow, paper_cuts = page.articles
    assert (snow.title, snow.reporters, snow.correspondents, snow.photo) == ("瑞雪兆丰年", ["柴琳琳"], [], True)
    assert paragraphs(snow) == [nfkc(f"2月2日，一场大雪如约而至，圃田乡的麦田披上了银装。{space}记者 柴琳琳 摄")]
    assert (paper_cuts.title, paper_cuts.reporters, paper_cuts.correspondents, paper_cuts.photo) == ("巧手剪窗花 喜庆迎新春", ["柴琳琳"], ["韩雪"], True)
    assert running_heads_dropped(page)


@pytest.mark.parametrize("credit", ["\n{}", "　　{}", "（{}）"], ids=["on the line under", "at its end", "in brackets at its end"])
@pytest.mark.parametrize("rubric", ["■图片新闻\n\n", "■图说管城\n\n"])
def test_photos_printed_alone_one_after_another_are_an_item_each_and_none_of_the_article_above(credit, rubric):
    # Under no rubric, such captions under an article no byline line ends are that article's photos.
    page = read_text(
        "北下街街道开展消防演练\n\n本报讯（记者 柴琳琳）近日，北下街街道开展消防演练。\n\n" + rubric
        + "▲6月29日，紫荆山南路街道党员在二七纪念塔前重温入党誓词。" + credit.format("通讯员 李梦瑶 摄") + "\n\n"
        + "▲近日，南曹街道党员志愿者帮助农户抢收玉米。" + credit.format("记者 王磊 摄") + "\n"
    )
    news, first, second = page.articles
    assert (news.body, news.reporters, news.correspondents) == ("本报讯（记者 柴琳琳）近日，北下街街道开展消防演练。", ["柴琳琳"], [])
    assert [(photo.title, photo.reporters, photo.correspondents, photo.photo) for photo in (first, second)] == [
        ("紫荆山南路街道党员在二七纪念塔前重温入党誓词", [], ["李梦瑶"], True), ("南曹街道党员志愿者帮助农户抢收玉米", ["王磊"], [], True)
    ]
    assert not page.dropped


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("space", [" ", "　　"], ids=["a space", "ideographic spaces"])
def test_a_photo_printed_alone_with_a_caption_crediting_it_is_an_item_titled_from_its_caption(form, space):
    page = read_in_form(
        "巧手剪窗花 喜庆迎新春\n\n本报讯 2月1日，二里岗街道金岱社区组织辖区居民开展剪窗花迎新春活动。\n记者 柴琳琳 通讯员 韩雪\n\n"
        f"▲2月1日，十八里河街道组织志愿者为辖区环卫工人送去热腾腾的饺子。{space}通讯员 周双双 摄\n",
        form,
    )
    paper_cuts, dumplings = page.articles
    assert (paper_cuts.title, paper_cuts.reporters, paper_cuts.correspondents, paper_cuts.photo) == ("巧手剪窗花 喜庆迎新春", ["柴琳琳"], ["韩雪"], False)
    assert (dumplings.title, dumplings.reporters, dumplings.correspondents, dumplings.photo) == ("十八里河街道组织志愿者为辖区环卫工人送去热腾腾的饺子", [], ["周双双"], True)
    assert paragraphs(dumplings) == [nfkc(f"▲2月1日，十八里河街道组织志愿者为辖区环卫工人送去热腾腾的饺子。{space}通讯员 周双双 摄")]
    assert page.printed[1].title is None and not page.dropped  # titled from its caption, and reported so


@pytest.mark.parametrize(
    ("caption", "title"),
    [("▲活动现场。（王磊 摄）", "活动现场"), ("图为演出现场。　记者 王磊 摄", "演出现场"), ("图为演出现场　通讯员 陈思 摄", "演出现场"), ("▲书院街的（老）夜景。（王磊 摄）", "书院街的（老）夜景")],
)
def test_a_photo_s_title_made_from_a_short_caption_holds_no_credit(caption, title):
    page = read_text(f"■图说管城\n\n{caption}\n")
    (photo,) = page.articles
    assert (photo.title, photo.photo, photo.body) == (title, True, caption)


def test_a_credited_caption_after_a_photographer_s_credit_inside_an_article_stays_in_it():
    page = read_text(
        "南关街街道举办文艺汇演\n\n本报讯 近日，南关街街道在豫丰社区广场举办文艺汇演。\n记者 王磊 摄\n\n"
        "图为居民表演豫剧选段。（通讯员 张磊 摄）\n\n演出吸引了200余名居民观看。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == ["图为居民表演豫剧选段。（通讯员 张磊 摄）", "演出吸引了200余名居民观看。"]
    assert (article.reporters, article.correspondents, article.photo) == (["柴琳琳", "王磊"], ["张磊"], True)


REPRINT_PAGE = (
    "西大街街道：“银发课堂”让老人乐享晚年\n\n{indent}本报讯（记者 柴琳琳）近日，西大街街道开设“银发课堂”。\n"
    "{indent}{cut}\n\n{furniture}\n\n{indent}{reprint}\n\n{indent}“有了手机，视频方便多了。”李奶奶说。\n记者 柴琳琳 通讯员 李娜\n"
)
WHOLE = "“下一步，我们将继续丰富课程内容，让更多老年人享受到智能化带来的便利。”西大街街道相关负责人表示。"
LONG = "目前，已开课20余期，培训老年人600余人次。下一步，街道将继续丰富课程内容，让更多的老年人在家门口学会使用智能手机，让更多老年人享受到智能化带来的便利。"


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"], ids=["no indents", "indents"])
@pytest.mark.parametrize("furniture", ["4", "2021年2月3日　星期三", "\n\n"], ids=["page number", "running date line", "blank lines"])
@pytest.mark.parametrize(
    "paragraph, reprinted_from",
    [(WHOLE, "“下一步"), (LONG, "目前"), (LONG, "让更多老年人"), (WHOLE, "课程内容")],
    ids=["the whole cut line", "a long line", "the line's tail", "from mid-clause"],
)
def test_a_column_tail_reprinted_after_a_break_and_going_on_is_read_once(indent, furniture, paragraph, reprinted_from):
    # The break falls before 智能化; the page prints the column's tail again from `reprinted_from` on.
    at, reprinted_from = paragraph.index("智能化"), paragraph.index(reprinted_from)
    page = read_text(
        REPRINT_PAGE.format(indent=indent, cut=paragraph[:at], furniture=furniture, reprint=paragraph[reprinted_from:])
    )
    (article,) = page.articles
    assert article.body.split("\n\n") == ["本报讯（记者 柴琳琳）近日，西大街街道开设“银发课堂”。", paragraph, "“有了手机，视频方便多了。”李奶奶说。"]
    reprints = [item for item in page.dropped if item.reason.startswith("repeated column tail")]
    assert [line.text for item in reprints for line in item.lines] == [paragraph[reprinted_from:at]]


def test_a_reprint_going_on_past_a_break_after_a_full_stop_shows_one_paragraph():
    page = read_text(
        "西大街街道：“银发课堂”让老人乐享晚年\n\n本报讯 近日，西大街街道开设“银发课堂”。目前，已开课20余期。\n\n4\n\n"
        "目前，已开课20余期。培训老年人600余人次。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body == "本报讯 近日，西大街街道开设“银发课堂”。目前，已开课20余期。培训老年人600余人次。"


def test_a_few_words_said_again_after_a_page_break_are_text_not_a_reprint():
    page = read_text(
        "西大街街道：“银发课堂”让老人乐享晚年\n\n本报讯 近日，志愿者走进西关社区\n\n4\n\n社区居民纷纷前来学习。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body == "本报讯 近日，志愿者走进西关社区社区居民纷纷前来学习。"


FEATURE_WITH_SUBHEADS = (
    "守护“一老一小” 温暖千家万户\n——管城回族区民生服务工作纪实\n\n{indent}老有所养、幼有所育，是群众最关心的民生大事。\n\n"
    "{first}\n{apart}{indent}走进顺城街社区日间照料中心，十几位老人正在这里读书、下棋。\n{indent}截至目前，全区已建成社区日间照料中心46个。\n\n"
    "{second}\n{apart}{indent}在南关街街道，一所新建的公办幼儿园即将投入使用。\n记者 欧阳晓峰 通讯员 李娜\n"
)


@pytest.mark.parametrize("indent, apart", [("\u3000\u3000", "\n"), ("", "\n"), ("\u3000\u3000", "")], ids=["indents", "no indents", "no blank line"])
@pytest.mark.parametrize("subheads", [("织密养老服务网", "托起明天的太阳"), ("2011", "2020")], ids=["phrases", "years"])
def test_a_feature_s_short_subheads_over_its_paragraphs_are_paragraphs_of_their_own(indent, apart, subheads):
    first, second = subheads
    page = read_text(FEATURE_WITH_SUBHEADS.format(indent=indent, apart=apart, first=first, second=second))
    (article,) = page.articles
    assert article.body.split("\n\n") == [
        "老有所养、幼有所育，是群众最关心的民生大事。",
        first,
        "走进顺城街社区日间照料中心，十几位老人正在这里读书、下棋。",
        "截至目前，全区已建成社区日间照料中心46个。",
        second,
        "在南关街街道，一所新建的公办幼儿园即将投入使用。",
    ]


def test_a_short_line_a_page_break_cut_from_its_paragraph_goes_on_past_the_page_number():
    page = read_text(
        "守护“一老一小” 温暖千家万户\n\n本报讯 近日，记者走进管城回族区。\n\n今年78岁的张大爷\n\n3\n\n在日间照料中心下棋。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == ["今年78岁的张大爷在日间照料中心下棋。"]


def test_a_list_s_marked_items_are_paragraphs_and_a_blank_line_ends_the_last():
    page = read_text(
        "管城回族区春节文化活动“菜单”出炉\n\n本报讯（记者 柴琳琳）春节期间，管城回族区将开展丰富多彩的文化活动，主要有：\n\n"
        "●“迎新春”书画摄影作品展\n●“非遗过大年”展演\n○元宵节猜灯谜\n\n此外，区图书馆将正常开放，具体安排如下：\n"
        "◆区图书馆：2月12日至17日，每天9:00—17:00开放；\n◆区文化馆：2月13日至16日，\n\n\n\n每天9:00—16:00开放。\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == [
        "●“迎新春”书画摄影作品展",
        "●“非遗过大年”展演",
        "○元宵节猜灯谜",
        "此外，区图书馆将正常开放，具体安排如下：",
        "◆区图书馆：2月12日至17日，每天9:00—17:00开放；",
        "◆区文化馆：2月13日至16日，每天9:00—16:00开放。",
    ]


def test_a_list_of_names_under_their_posts_is_a_paragraph_a_post_and_a_blank_line_ends_it():
    page = read_text(
        "商城路街道：换届选举“零差错”\n\n本报讯（通讯员 马文博）2月1日，顺城街社区选举产生新一届社区居民委员会。\n\n当选人员名单如下：\n"
        "主任：张建国\n副主任：李秀英\n委员：王小明、赵丽、\n陈刚\n\n选举全程公开透明，参会居民代表一致表示，对选举结果满意。\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == [
        "当选人员名单如下：", "主任：张建国", "副主任：李秀英", "委员：王小明、赵丽、陈刚", "选举全程公开透明，参会居民代表一致表示，对选举结果满意。"
    ]


def test_a_schedule_s_fields_and_numbered_items_are_paragraphs_of_their_own():
    page = read_text(
        "管城回族区第二届“邻里文化节”即将开幕\n\n本报讯（记者 柴琳琳）第二届“邻里文化节”将于2月6日开幕，活动安排如下：\n\n"
        "开幕式时间：2月6日上午\n开幕式地点：区文化馆广场\n\n闭幕式时间：2月20日上午\n闭幕式地点：商城遗址公园\n\n"
        "1.书画展：2月6日至2月20日，区文化馆一楼展厅；\n2.戏曲专场：2月7日19:30，区文化馆剧场；\n（3）邻里美食节：2月13日10:00，各街道社区广场。\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == [
        "开幕式时间：2月6日上午",
        "开幕式地点：区文化馆广场",
        "闭幕式时间：2月20日上午",
        "闭幕式地点：商城遗址公园",
        "1.书画展：2月6日至2月20日，区文化馆一楼展厅；",
        "2.戏曲专场：2月7日19:30，区文化馆剧场；",
        "（3）邻里美食节：2月13日10:00，各街道社区广场。",
    ]


def test_a_decimal_number_a_page_break_cut_is_no_numbered_item():
    page = read_text("老旧小区改造资金拨付有序推进\n\n本报讯 截至目前，已拨付合同资金的\n\n2\n\n9.3%，共计3456273.43元。\n记者 柴琳琳\n")
    assert page.articles[0].body == "本报讯 截至目前，已拨付合同资金的9.3%，共计3456273.43元。"


@pytest.mark.parametrize("between", ["\n", "\n\n·3·\n\n"], ids=["right over it", "across a page break"])
def test_a_lead_title_of_two_phrases_over_a_headline_is_set_apart_from_it_by_a_space(between):
    page = read_text(
        f"凝心聚力谋发展 砥砺奋进新征程{between}南曹街道召开2021年工作会议\n——全面部署全年七项重点工作\n\n"
        "本报讯（记者 柴琳琳）2月2日上午，南曹街道召开2021年工作会议。\n"
    )
    assert page.articles[0].title == "凝心聚力谋发展 砥砺奋进新征程 南曹街道召开2021年工作会议——全面部署全年七项重点工作"


@pytest.mark.parametrize("bullet", ["●", "▶"])
def test_a_brief_s_headline_marked_with_a_bullet_is_its_title_without_the_bullet(bullet):
    page = read_text(
        f"■简讯\n\n{bullet}东大街街道开展消防演练\n\n本报讯 1月28日，东大街街道开展消防应急演练。\n（记者 柴琳琳）\n\n"
        f"{bullet}西大街街道举办法律讲座\n\n本报讯 1月29日，西大街街道邀请律师走进社区。\n（通讯员 王晓红）\n"
    )
    assert [article.title for article in page.articles] == ["东大街街道开展消防演练", "西大街街道举办法律讲座"]


def test_a_number_a_colon_announces_goes_on_with_its_sentence():
    page = read_text(
        "政务服务“掌上办”\n\n本报讯（记者 柴琳琳）该区已有200项政务服务事项实现“掌上办”。\n\n"
        "群众在办事过程中遇到问题，可以拨打政务服务便民热线：\n\n12345\n\n或咨询电话0371-66010010。\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == ["群众在办事过程中遇到问题，可以拨打政务服务便民热线：12345或咨询电话0371-66010010。"]


def test_a_schedule_s_fields_with_their_values_under_them_are_paragraphs_of_their_own():
    page = read_text(
        "“邻里文化节”即将开幕\n\n本报讯（记者 柴琳琳）第二届“邻里文化节”将于2月6日开幕，活动安排如下：\n\n"
        "开幕式时间：\n2月6日上午\n开幕式地点：区文化馆广场\n\n闭幕式时间：\n2月20日上午\n闭幕式地点：商城遗址公园\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == [
        "开幕式时间：", "2月6日上午", "开幕式地点：区文化馆广场", "闭幕式时间：", "2月20日上午", "闭幕式地点：商城遗址公园"
    ]


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"], ids=["no indents", "indents"])
def test_a_time_a_line_break_cut_at_its_colon_goes_on(indent):
    page = read_text(
        f"环卫工人的一天\n\n{indent}本报讯 近日，记者跟随环卫工人体验了一天的工作。他们每天早上8:\n00准时出工。\n"
        f"{indent}街道开通了咨询热线：\n0371-66661234，每天12：\n30至14:00也有专人值守。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n") == [
        "本报讯 近日，记者跟随环卫工人体验了一天的工作。他们每天早上8:00准时出工。",
        "街道开通了咨询热线：0371-66661234，每天12：30至14:00也有专人值守。",
    ]


@pytest.mark.parametrize(
    "title, lead, community",
    [
        ("东大街街道志愿服务进社区", "本报讯 近日，东大街街道组织志愿者开展服务。", None),
        ("航海东路街道举办文艺汇演", "本报讯 3月6日，航海东路街道在辖区金岱社区举办文艺汇演。", "金岱社区"),
        ("南关街街道开展义诊", "本报讯 近日，南关街街道豫丰社区开展义诊。", "豫丰社区"),
        ("“两委”班子履职培训开班", "本报讯 7月30日，航海东路街道举办新一届社区“两委”班子成员履职能力培训班。", None),
        ("换届选举圆满收官", "本报讯 7月31日，南关街街道所有社区“两委”换届选举圆满完成。", None),
        ("督导组护航选举", "本报讯 7月28日起，十八里河街道督导社区换届选举工作。", None),
        ("“幸福食堂”开到家门口", "本报讯 近日，航海东路街道首家社区“幸福食堂”开业。", None),
        ("老旧小区改造", "本报讯 今年，城东路街道三个社区纳入老旧小区改造计划。", None),
        ("“两委”换届选举大会召开", "本报讯 7月28日，南曹街道小刘村召开“两委”换届选举大会。", "小刘村"),
        ("乡村振兴见成效", "本报讯 近日，南曹街道美丽乡村建设取得新进展。", None),
        ("书院社区：居民议事会议出“停车新规”", "本报讯 近日，东大街街道召开居民议事会。", "书院社区"),
        ("冬至饺子暖人心", "本报讯 12月21日，北下街街道黄河新村社区开展活动。", "黄河新村社区"),
        ("郭庄村：党员群众踊跃参选", "本报讯 近日，南曹街道召开村民选举大会。", "郭庄村"),
        ("南曹街道大里村：党员带头筑牢防控网", "本报讯 近日，南曹街道组建防疫突击队。", "大里村"),
        ("北下街街道换届圆满完成", "本报讯 近日，北下街街道新当选的书记分别是：黄河新村社区李建军、北下街社区王秀英等。", None),
        ("北下街街道开展义诊", "本报讯 近日，北下街街道在北下街社区开展义诊。", "北下街社区"),
        ("美丽乡村：处处是风景", "本报讯 近日，南曹街道召开大会。", None),
    ],
    ids=[
        "a phrase ending with 进社区", "在辖区 before the name", "the name right after", "a verb before 社区", "所有", "督导", "首家",
        "a count", "a village", "a village's phrase", "named by the headline", "a community named for a village",
        "a village named by the headline", "a village's phrase heading the headline", "a village after its subdistrict heading the headline",
        "the subdistrict's own community listed with others", "the subdistrict's own community",
    ],
)
def test_the_community_is_the_one_named_after_the_subdistrict(title, lead, community):
    page = read_text(f"{title}\n\n{lead}\n记者 柴琳琳\n")
    assert page.articles[0].community == community


def test_on_a_page_set_with_first_line_indents_a_line_wrap_after_a_full_stop_goes_on():
    """Headlines after blank lines stand apart unindented; what shows the indents is the lines printed right under a finished one."""
    page = read_text(
        "东大街街道开展志愿服务\n"
        "　　本报讯（记者 柴琳琳）3月8日上午，东大街街道开展志愿服务\n活动，50余名党员志愿者走上街头。\n"
        "　　活动现场，志愿者们分工协作。\n\n\n"
        "西大街街道开展春季消防安全大检查\n"
        "　　本报讯（记者 柴琳琳）近日，西大街街道开展消防安全检查。\n"
        "　　检查组先后深入沿街商铺、老旧小区，重点检查电线是否私拉乱接。\n对发现的问题，检查组当场下发整改通知书。\n"
        "　　此次检查共排查场所126家。\n"
    )
    _first, second = page.articles
    assert second.body.split("\n\n") == [
        "本报讯（记者 柴琳琳）近日，西大街街道开展消防安全检查。",
        "检查组先后深入沿街商铺、老旧小区，重点检查电线是否私拉乱接。对发现的问题，检查组当场下发整改通知书。",
        "此次检查共排查场所126家。",
    ]


@pytest.mark.parametrize("dateline", ["本报郑州讯", "本报4月20日讯", "本报郑州４月２０日讯", "管城讯", "管城区讯", "管城回族区4月20日讯"])
def test_a_dateline_naming_where_or_when_the_item_was_filed_opens_a_lead_as_本报讯_does(dateline):
    page = read_text(
        "■社区动态\n\n北下街街道开展“清洁家园”行动\n\n本报讯（记者 柴琳琳 通讯员 王晓）4月20日，北下街街道组织志愿者清理背街小巷。\n\n"
        "此次行动共清理垃圾杂物3吨。\n\n南关街街道举办防诈骗讲座\n\n"
        f"{dateline}（通讯员 李明）4月20日，南关街街道邀请民警为老年人讲解防诈骗知识。\n"
    )
    first, second = page.articles
    assert (first.title, first.correspondents) == ("北下街街道开展“清洁家园”行动", ["王晓"])
    assert (second.title, second.correspondents) == ("南关街街道举办防诈骗讲座", ["李明"])
    assert second.body.startswith(f"{dateline}（通讯员 李明）4月20日")


def test_a_brief_opened_by_a_dateline_with_a_place_is_titled_from_its_sentence_and_a_dateline_alone_keeps_its_space():
    page = read_text(
        "■简讯\n\n本报郑州讯 4月20日，南曹乡开展植树活动。\n（通讯员 王晓）\n\n"
        "本报4月21日讯\n近日，十八里河街道举办消防演练。\n（通讯员 李明）\n"
    )
    assert [(article.title, article.body) for article in page.articles] == [
        ("南曹乡开展植树活动", "本报郑州讯 4月20日，南曹乡开展植树活动。"),
        ("十八里河街道举办消防演练", "本报4月21日讯 近日，十八里河街道举办消防演练。"),
    ]


@pytest.mark.parametrize("line", ["本报社区简讯栏目长期征集稿件，欢迎投稿。", "本报热线资讯：0371-66661234。", "管城快讯栏目长期征集稿件，欢迎投稿。"])
def test_a_line_that_opens_with_本报_and_a_column_s_name_is_text_not_a_lead(line):
    page = read_text(f"北下街街道开展“清洁家园”行动\n\n本报讯 4月20日，北下街街道组织志愿者清理背街小巷。\n\n欢迎来稿\n\n{line}\n\n本报通讯员 王晓\n")
    [article] = page.articles
    assert article.title == "北下街街道开展“清洁家园”行动"
    assert article.body.endswith(f"欢迎来稿\n\n{line}") and article.correspondents == ["王晓"]


@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_number_given_after_its_label_on_one_line_ends_its_paragraph(indent):
    page = read_text(
        "关于开展城乡居民医保缴费的通知\n\n"
        f"{indent}城乡居民医保集中缴费工作已经开始，请及时缴费。\n{indent}咨询电话：0371-66201234\n{indent}特此通知。\n\n"
        "管城回族区医疗保障局\n"
    )
    (notice,) = page.articles
    assert notice.body.split("\n\n")[1:3] == ["咨询电话：0371-66201234", "特此通知。"]


def test_a_time_cut_from_its_sentence_by_a_line_break_goes_on_with_it():
    page = read_text("“智慧社区”App上线\n\n本报讯（记者 柴琳琳）3月8日12:30\n商城路街道“智慧社区”App正式上线。\n")
    assert page.articles[0].body == "本报讯（记者 柴琳琳）3月8日12:30商城路街道“智慧社区”App正式上线。"


@pytest.mark.parametrize("title", ["关于城东路临时封闭施工的通告", "关于开展城乡居民医保缴费的通知", "文明养犬倡议书", "致全区居民的一封信"])
def test_a_notice_after_an_article_signed_only_in_its_lead_is_an_article_of_its_own(title):
    page = read_text(
        "北下街街道开展“扫黄打非”宣传\n\n本报讯（记者 王磊）5月13日，北下街街道在辖区广场开展“扫黄打非”宣传活动。\n\n"
        f"{title}\n\n5月15日至6月30日，城东路实行全封闭施工。请过往车辆和行人提前绕行。\n"
    )
    news, notice = page.articles
    assert (news.body, news.reporters) == ("本报讯（记者 王磊）5月13日，北下街街道在辖区广场开展“扫黄打非”宣传活动。", ["王磊"])
    assert (notice.title, notice.body, notice.reporters) == (title, "5月15日至6月30日，城东路实行全封闭施工。请过往车辆和行人提前绕行。", [])


def test_a_document_named_inside_a_paragraph_is_no_notice_s_headline():
    text = "本报讯 5月13日，街道转发了\n关于城东路临时封闭施工的通告\n要求各社区做好宣传。\n记者 王磊\n"
    (news,) = read_text(f"北下街街道部署宣传工作\n\n{text}").articles
    assert news.body == "本报讯 5月13日，街道转发了关于城东路临时封闭施工的通告要求各社区做好宣传。"


def test_names_set_apart_by_spaces_under_a_line_that_opens_a_list_are_its_items():
    page = read_text(
        "书院街社区选举产生新一届党委\n\n本报讯 5月14日，书院街社区召开党员大会，选举产生新一届社区党委。\n\n"
        "当选委员的是（按姓氏笔画为序）：\n\n王小明　刘　红　李秀英　张建国\n\n张建国当选为社区党委书记。\n\n"
        "当选村委会成员如下：\n主任　张建国\n副主任　李秀英\n委员　王小明　陈　刚\n\n会后，新一届班子成员进行了集体宣誓。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == [
        "当选委员的是（按姓氏笔画为序）：", "王小明　刘　红　李秀英　张建国", "张建国当选为社区党委书记。",
        "当选村委会成员如下：", "主任　张建国", "副主任　李秀英", "委员　王小明　陈　刚", "会后，新一届班子成员进行了集体宣誓。",
    ]


def test_photos_printed_alone_each_with_its_credit_on_the_line_under_the_caption_are_one_article_each():
    page = read_text(
        "■图片新闻\n\n▲紫荆山南路街道志愿者开展“文明养犬”宣传活动。\n王磊 摄\n\n▲圃田乡万亩麦田一片金黄。\n张磊 摄\n\n"
        "图为居民在广场上跳舞。（通讯员 陈思 摄）\n"
    )
    assert [(a.title, a.body, a.reporters, a.correspondents, a.photo) for a in page.articles] == [
        ("紫荆山南路街道志愿者开展“文明养犬”宣传活动", "▲紫荆山南路街道志愿者开展“文明养犬”宣传活动。", ["王磊"], [], True),
        ("圃田乡万亩麦田一片金黄", "▲圃田乡万亩麦田一片金黄。", ["张磊"], [], True),
        ("居民在广场上跳舞", "图为居民在广场上跳舞。（通讯员 陈思 摄）", [], ["陈思"], True),
    ]
    assert not page.dropped



@pytest.mark.parametrize("dated", ["", "2021年5月6日\n"])
@pytest.mark.parametrize("signature", ["读者 张国强", "管城区居民 张国强", "退休教师 张国强", "郑州市民 王先生"])
def test_readers_letters_each_signed_by_a_reader_are_one_article_each(dated, signature):
    page = read_text(
        "■读者来信\n\n感谢社区帮我找回走失的老父亲\n\n4月28日傍晚，我父亲走失，社区志愿者帮我们找了回来。\n\n"
        f"{signature}\n{dated}\n小区门口的路灯何时能修好？\n\n编辑同志：\n\n小区门口的3盏路灯已经坏了一个多月，希望尽快维修。\n\n读者　王秀兰\n"
    )
    assert [(a.title, a.body.split("\n\n")[-1], a.reporters) for a in page.articles] == [
        ("感谢社区帮我找回走失的老父亲", (dated.strip() or signature), []),
        ("小区门口的路灯何时能修好？", "读者　王秀兰", []),
    ]
    assert not page.dropped


def test_an_appendix_printed_under_an_article_s_byline_is_the_end_of_that_article():
    page = read_text(
        "南曹街道17个村“两委”换届选举全部完成\n\n本报讯 5月15日，南曹街道17个村“两委”换届选举全部完成。\n记者 柴琳琳\n\n"
        "附：部分村党支部书记当选名单\n大湖村　王建设\n郭当庄村　郭志刚\n\n"
        "北下街街道开展防诈骗宣传\n\n本报讯 5月13日，北下街街道开展防诈骗宣传活动。\n记者 王磊\n"
    )
    election, news = page.articles
    assert election.body.split("\n\n")[1:] == ["附：部分村党支部书记当选名单", "大湖村　王建设", "郭当庄村　郭志刚"]
    assert (election.reporters, str(election.source), news.title) == (["柴琳琳"], "page.txt:1-8", "北下街街道开展防诈骗宣传")
    assert not page.dropped


@pytest.mark.parametrize("rows", ["大湖村　王建设\n\n郭当庄村　郭志刚", "大湖村　王建设\n郭当庄村　郭志刚"], ids=["apart", "together"])
def test_an_appendix_ends_before_an_item_headed_by_a_line_standing_apart_and_signed_at_its_end(rows):
    page = read_text(
        "南曹街道17个村“两委”换届选举全部完成\n\n本报讯 5月15日，南曹街道17个村“两委”换届选举全部完成。\n记者 柴琳琳\n\n"
        f"附：部分村党支部书记当选名单\n\n{rows}\n\n商城路街道银河社区换届选举结果\n\n7月29日，银河社区召开选举大会，选举产生新一届居委会。\n\n"
        "新一届居委会将扎实做好各项服务工作。\n\n通讯员 李娜\n"
    )
    election, item = page.articles
    assert election.body.split("\n\n")[1:] == ["附：部分村党支部书记当选名单", "大湖村　王建设", "郭当庄村　郭志刚"]
    assert (item.title, item.correspondents) == ("商城路街道银河社区换届选举结果", ["李娜"])
    assert item.body.split("\n\n") == ["7月29日，银河社区召开选举大会，选举产生新一届居委会。", "新一届居委会将扎实做好各项服务工作。"]
    assert not page.dropped


def test_a_table_s_rows_of_labels_and_values_set_apart_by_spaces_under_a_line_that_opens_a_list_are_its_items():
    page = read_text(
        "我区“两委”换届工作全部完成\n\n本报讯 截至5月底，全区全部完成换届，新班子情况如下：\n"
        "项目　　　　本届　　上届\n平均年龄　　42.3岁　46.8岁\n“一肩挑”比例　100%　65.2%\n\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == ["项目　　　　本届　　上届", "平均年龄　　42.3岁　46.8岁", "“一肩挑”比例　100%　65.2%"]


def test_a_list_s_last_item_of_names_after_a_label_ends_on_its_line_on_a_page_without_blank_lines():
    page = read_text(
        "豫丰社区选出新一届居委会\n\n本报讯 7月25日，南关街街道豫丰社区选举产生新一届社区居民委员会。选举结果如下：\n"
        "主任：李建国\n委员：张伟　赵敏　孙丽\n新当选的社区居委会成员平均年龄42.3岁。\n记者 柴琳琳\n"
    )
    assert page.articles[0].body.split("\n\n")[1:] == ["主任：李建国", "委员：张伟　赵敏　孙丽", "新当选的社区居委会成员平均年龄42.3岁。"]


def test_a_page_that_prints_its_leads_flush_and_indents_the_paragraphs_under_them_is_an_indenting_page():
    page = read_text(
        "城东路街道开展防溺水安全教育\n本报讯　6月8日，城东路街道开展防溺水安全教育。\n　　活动中，民警讲解了防溺水知识。\n"
        "　　民警提醒同学们：\n　　一是不私自下水游泳；\n　　二是不擅自与他人结伴游泳。\n　　同学们纷纷表示，一定牢记。\n记者 柴琳琳\n\n"
        "北下街街道开展防诈骗宣传\n本报讯　6月9日，北下街街道开展防诈骗宣传活动。\n　　工作人员向居民发放了宣传资料。\n记者 王磊\n"
    )
    assert page.articles[0].body.split("\n\n")[2:] == ["民警提醒同学们：", "一是不私自下水游泳；", "二是不擅自与他人结伴游泳。", "同学们纷纷表示，一定牢记。"]


BRIEF_ONE = "●7月30日，十八里河街道开展“送法进工地”活动，为200余名建筑工人讲解劳动合同知识。（通讯员 陈思）"
BRIEF_TWO = "●7月28日，东大街街道举办“银发达人”才艺展示，40余名老年居民登台表演。（记者 柴琳琳）"


@pytest.mark.parametrize("column", ["■街道动态", "【简讯】"])
@pytest.mark.parametrize(
    ("below", "signed"),
    [
        ("二里岗街道：为高龄老人办理“爱心卡”\n\n本报讯 近日，二里岗街道为辖区80岁以上高龄老人集中办理“爱心卡”。\n记者 王磊\n", "line"),
        ("二里岗街道：为高龄老人办理“爱心卡”\n\n近日，二里岗街道为辖区80岁以上高龄老人集中办理“爱心卡”。（记者 王磊）\n", "brackets"),
    ],
    ids=["an article", "a brief with a headline"],
)
def test_a_column_of_briefs_signed_in_brackets_over_another_item_keeps_every_brief(column, below, signed):
    page = read_text(f"{column}\n\n{BRIEF_ONE}\n\n{BRIEF_TWO}\n\n{below}")
    assert [(article.title, article.reporters, article.correspondents) for article in page.articles] == [
        ("十八里河街道开展“送法进工地”活动", [], ["陈思"]),
        ("东大街街道举办“银发达人”才艺展示", ["柴琳琳"], []),
        ("二里岗街道：为高龄老人办理“爱心卡”", ["王磊"], []),
    ]
    assert [article.body for article in page.articles[:2]] == [BRIEF_ONE, BRIEF_TWO]
    assert {article.section for article in page.articles} == {column.strip("■【】")}
    assert not page.dropped


def test_briefs_each_under_its_headline_and_signed_in_brackets_are_one_article_each():
    page = read_text(
        "书院社区开展“夏日送清凉”活动\n\n　　7月28日，东大街街道书院社区组织志愿者为环卫工人送去绿豆汤。（通讯员 陈思）\n\n"
        "金岱社区“四点半课堂”开课\n\n　　近日，航海东路街道金岱社区“四点半课堂”正式开课。（通讯员 李娜）\n\n"
        "南关街街道开展防汛演练\n\n　　7月30日，南关街街道开展防汛应急演练。（记者 柴琳琳）\n"
    )
    assert [(article.title, article.reporters, article.correspondents) for article in page.articles] == [
        ("书院社区开展“夏日送清凉”活动", [], ["陈思"]),
        ("金岱社区“四点半课堂”开课", [], ["李娜"]),
        ("南关街街道开展防汛演练", ["柴琳琳"], []),
    ]
    assert page.articles[1].body == "近日，航海东路街道金岱社区“四点半课堂”正式开课。（通讯员 李娜）"
    assert not page.dropped


@pytest.mark.parametrize(
    ("signature", "reporters", "correspondents", "photo"),
    [("\n（通讯员 张磊 文/图）", [], ["张磊"], True), ("　　记者　王磊", ["王磊"], [], False), ("　　（记者　王磊　通讯员　马文博）", ["王磊"], ["马文博"], False)],
    ids=["a byline line", "run on", "run on, in brackets"],
)
def test_an_item_under_its_headline_after_a_brief_signed_in_brackets_is_an_article_of_its_own(signature, reporters, correspondents, photo):
    page = read_text(
        "书院社区开展“夏日送清凉”活动\n\n　　7月28日，东大街街道书院社区组织志愿者为环卫工人送去绿豆汤。　　记者　柴琳琳\n\n"
        f"豫丰社区开展消防安全大排查\n\n　　7月26日，南关街街道豫丰社区对辖区8个楼院开展消防安全排查，清理楼道杂物20余处。{signature}\n"
    )
    first, second = page.articles
    assert (first.title, first.reporters, first.correspondents) == ("书院社区开展“夏日送清凉”活动", ["柴琳琳"], [])
    assert (second.title, second.reporters, second.correspondents, second.photo) == ("豫丰社区开展消防安全大排查", reporters, correspondents, photo)
    assert second.body.startswith("7月26日，南关街街道豫丰社区")
    assert not page.dropped


@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_feature_whose_text_is_wrapped_at_a_narrow_column_is_signed_by_the_byline_under_its_headline(indent):
    page = read_text(
        f"让老人在家门口安享晚年\n\n记者　柴琳琳\n\n{indent}近年来，我区持续推进养老服务\n圈建设，新建社区养老服务站\n六十二个，实现了全覆盖。\n\n"
        f"{indent}目前，全区助餐点日均服务老\n人1200余人次。\n"
    )
    (article,) = page.articles
    assert (article.title, article.reporters) == ("让老人在家门口安享晚年", ["柴琳琳"])
    assert article.body == "近年来，我区持续推进养老服务圈建设，新建社区养老服务站六十二个，实现了全覆盖。\n\n目前，全区助餐点日均服务老人1200余人次。"
    assert not page.dropped


@pytest.mark.parametrize("heading", ["当选人员名单", "获奖名单"])
def test_rows_of_words_set_apart_by_spaces_under_a_heading_are_paragraphs_of_their_own(heading):
    rows = ["主任　李建军", "副主任　王芳", "委员　赵丽　陈刚"]
    page = read_text(
        "顺城街社区选举产生新一届居委会\n\n本报讯 7月28日，顺城街社区召开居民代表会议，选举产生新一届社区居民委员会。\n\n"
        f"{heading}\n" + "\n".join(rows) + "\n\n选举结束后，新当选的居委会成员进行了集体宣誓。（通讯员 马文博）\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == [heading, *rows, "选举结束后，新当选的居委会成员进行了集体宣誓。（通讯员 马文博）"]
    assert not page.dropped


def test_an_item_under_a_signed_and_dated_notice_is_an_article_of_its_own():
    notice = ["为消除消防安全隐患，街道定于8月5日开展楼道杂物集中清理行动。", "特此通知。", "东大街街道办事处", "2021年7月20日"]
    page = read_text(
        "关于开展楼道杂物清理的通知\n\n" + "\n\n".join(notice[:2]) + "\n\n" + "\n".join(notice[2:]) + "\n\n"
        "换届选举中的“新面孔”\n\n今年换届，一批年轻人走上了村（社区）“两委”岗位。\n\n“村里培养了我，我也要为村里做点事。”刘敏说。\n\n记者　柴琳琳\n"
    )
    first, second = page.articles
    assert (first.title, first.body.split("\n\n"), first.reporters) == ("关于开展楼道杂物清理的通知", notice, [])
    assert (second.title, second.reporters) == ("换届选举中的“新面孔”", ["柴琳琳"])
    assert second.body == "今年换届，一批年轻人走上了村（社区）“两委”岗位。\n\n“村里培养了我，我也要为村里做点事。”刘敏说。"
    assert not page.dropped


NEXT_NEWS = "南关街街道：充电桩进小区\n\n本报讯 南关街街道在辖区新建集中充电桩46个。\n记者 陈思\n"


@pytest.mark.parametrize("second_credit", ["　记者　王磊　摄", "\n记者　王磊　摄"], ids=["at its end", "on the line under it"])
@pytest.mark.parametrize("below", ["", f"\n{NEXT_NEWS}"], ids=["page ends", "an article follows"])
def test_a_group_of_photos_under_one_headline_is_one_article_however_each_caption_is_credited(second_credit, below):
    page = read_text(
        "■图说管城\n\n风雨同舟　守护家园\n\n▲十八里河街道民兵突击队员蹚水转移被困群众。\n通讯员　周双双　摄\n\n"
        f"▲南曹街道志愿者为安置点群众分发食品和饮用水。{second_credit}\n{below}"
    )
    article, *others = page.articles
    assert [(other.title, other.reporters) for other in others] == ([("南关街街道：充电桩进小区", ["陈思"])] if below else [])
    assert (article.title, article.reporters, article.correspondents, article.photo) == ("风雨同舟　守护家园", ["王磊"], ["周双双"], True)
    assert article.body.split("\n\n")[0] == "▲十八里河街道民兵突击队员蹚水转移被困群众。"
    assert article.body.split("\n\n")[1].startswith("▲南曹街道志愿者为安置点群众分发食品和饮用水。")
    assert not page.dropped


@pytest.mark.parametrize(
    "above",
    [["主任　王建华", "委员　张伟　刘红　陈晓东"], ["对违反换届纪律的行为，一经查实，严肃处理。", "监督举报电话：0371-66228123"]],
    ids=["a table's rows", "a number after its label"],
)
def test_a_notice_signed_and_dated_under_rows_or_a_number_keeps_its_date_and_ends_there(above):
    page = read_text(
        "豫丰社区选举结果公告\n\n豫丰社区于2021年7月29日召开选举大会，选举产生第十一届居民委员会。\n\n" + "\n".join(above) +
        "\n豫丰社区居民选举委员会\n2021年7月29日\n\n政策问答：社区“两委”换届十问\n\n1.问：换届选举什么时间进行？\n\n答：于2021年7月至8月进行。\n\n（区委组织部供稿）\n"
    )
    notice, answers = page.articles
    assert notice.body.split("\n\n")[-2:] == ["豫丰社区居民选举委员会", "2021年7月29日"]
    assert (answers.title, answers.body.split("\n\n")[0]) == ("政策问答：社区“两委”换届十问", "1.问：换届选举什么时间进行？")
    assert not page.dropped


@pytest.mark.parametrize("under", ["特此公告。", "选举结束后，新一届村委会立即召开第一次会议。"])
def test_the_last_row_of_a_table_ends_its_paragraph_over_a_line_printed_right_under_it(under):
    page = read_text(
        "大刘村选举结果公告\n\n本报讯 大刘村于2021年7月28日召开选举大会，选举产生第十二届村民委员会。\n\n"
        f"主任　刘永强\n委员　刘振华　张小红　李文明\n{under}\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n")[1:] == ["主任　刘永强", "委员　刘振华　张小红　李文明", under]


@pytest.mark.parametrize(
    ("lead", "subdistrict"),
    [
        ("本报讯 7月30日，我区召开推进会。会上，南曹街道、十八里河街道、紫荆山南路街道作了交流发言。", None),
        ("本报讯 7月30日，南曹街道召开推进会，十八里河街道、紫荆山南路街道派员观摩。", "南曹街道"),
        ("本报讯 6月28日，仪式上，老党员代表、东大街街道书院街社区退休干部刘保国发言。", "东大街街道"),
    ],
    ids=["listed only", "named alone first", "after 、 that lists other things"],
)
def test_subdistricts_listed_together_make_no_article_theirs(lead, subdistrict):
    page = read_text(f"我区召开换届工作推进会\n\n{lead}\n记者 柴琳琳\n")
    assert page.articles[0].subdistrict == subdistrict


@pytest.mark.parametrize(
    ("byline", "subdistrict"),
    [
        ("记者 柴琳琳 通讯员 南曹街道 范晓东", "南曹街道"),
        ("通讯员　十八里河街道　王晓　李娜", "十八里河街道"),
        ("记者 柴琳琳 通讯员 范晓东", None),
    ],
)
def test_a_subdistrict_named_only_where_the_correspondent_works_is_the_article_s(byline, subdistrict):
    page = read_text(f"居民议事会议出好点子\n\n本报讯 近日，书院社区召开居民议事会。\n\n{byline}\n\n紫荆山南路街道开展消防演练\n\n本报讯 近日，南曹街道消防站开展演练。\n记者 柴琳琳\n")
    assert [article.subdistrict for article in page.articles] == [subdistrict, "紫荆山南路街道"]


@pytest.mark.parametrize(
    "lead",
    [
        "北下街街道第三届社区运动会在辖区体育场开幕",
        "北下街街道结合各社区实际制定方案",
        "北下街街道新当选的社区“两委”干部下沉小区",
        "北下街街道有关社区负责人参加",
        "北下街街道城中村改造有序推进",
        "北下街街道圆满完成村“两委”换届选举工作",
        "北下街街道围绕村“两委”换届抓好三个环节",
        "北下街街道全力做好社区换届选举工作",
        "北下街街道选优配强社区“两委”班子",
        "北下街街道本次社区“两委”换届选举中",
        "北下街街道今年村“两委”换届工作全部完成",
        "北下街街道最后一个村完成选举",
        "北下街街道剩下的社区也将完成选举",
        "北下街街道纪工委督导社区换届选举工作",
    ],
)
def test_words_that_are_no_name_before_社区_or_村_name_no_community(lead):
    page = read_text(f"北下街街道多措并举抓落实\n\n本报讯 7月24日，{lead}。\n记者 柴琳琳 通讯员 张磊\n")
    assert (page.articles[0].subdistrict, page.articles[0].community) == ("北下街街道", None)


@pytest.mark.parametrize("top", ["", "■街道传真\n\n"], ids=["page top", "under a rubric"])
def test_a_place_and_a_colon_standing_apart_over_blank_lines_begins_the_headline_under_it(top):
    page = read_text(f"{top}北下街街道：\n\n多措并举推进垃圾分类\n\n本报讯 7月28日，北下街街道开展垃圾分类宣传，各社区200余人参加。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert (article.title, article.subdistrict, page.dropped) == ("北下街街道：多措并举推进垃圾分类", "北下街街道", ())


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("first", ["本报讯 7月", "本报讯（记者 柴琳琳） 7月"])
def test_a_lead_a_page_break_cut_after_its_dateline_s_first_words_goes_on_past_blank_lines(form, first):
    # `本报讯 7月` is words set apart by a space, as a table's row prints, but a lead: its sentence goes on.
    page = read_in_form(f"十八里河街道开展防汛演练\n\n{first}\n\n\n\n28日，十八里河街道开展防汛应急演练，200余人参加。\n记者 柴琳琳\n", form)
    (article,) = page.articles
    assert nfkc(article.body) == nfkc(f"{first}28日，十八里河街道开展防汛应急演练，200余人参加。")


@pytest.mark.parametrize(("label", "section"), [("〔换届进行时〕", "换届进行时"), ("［一线故事］", "一线故事"), ("〖社区新风〗", "社区新风")])
def test_a_label_in_other_brackets_over_a_headline_is_its_section_too(label, section):
    page = read_text(f"{label}\n\n陇海马路街道：选民登记实现“零差错”\n\n本报讯 7月29日，陇海马路街道完成选民登记。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert (article.section, article.title, page.dropped) == (section, "陇海马路街道：选民登记实现“零差错”", ())


def test_a_half_width_full_stop_after_a_chinese_character_ends_its_paragraph():
    page = read_text(
        "西大街街道：“智慧社区”让服务更贴心\n\n本报讯（记者 柴琳琳）7月29日,西关社区推出线上预约服务,居民张女士说:“太方便了.”\n\n"
        "今年以来,西大街街道推出线上预约等服务.\n\n截至目前,平台注册用户已达8600.5余人次.\n"
    )
    (article,) = page.articles
    assert len(article.body.split("\n\n")) == 3


def test_a_headline_over_two_lines_right_under_a_brief_signed_at_its_end_on_a_page_without_blank_lines():
    page = read_text(
        "商城路街道：“小巷管家”管出新面貌\n本报讯 7月28日，商城路街道召开“小巷管家”表彰会。\n"
        "目前，街道已招募“小巷管家”126名。（通讯员 陈思）\n东大街街道：“红色驿站”为户外劳动者\n撑起“避暑伞”\n"
        "本报讯（记者 李想）7月29日，记者在东大街街道“红色驿站”看到，几名环卫工人正在休息。\n"
    )
    first, second = page.articles
    assert (first.body.split("\n\n")[-1], first.correspondents) == ("目前，街道已招募“小巷管家”126名。（通讯员 陈思）", ["陈思"])
    assert (second.title, second.reporters) == ("东大街街道：“红色驿站”为户外劳动者撑起“避暑伞”", ["李想"])


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("城东路街道：“三官一律”进社区\n\n\n\n“三官一律”进社区\n法律服务零距离", "城东路街道：“三官一律”进社区法律服务零距离"),
        ("十八里河街道开展\n\n\n\n第2版\n\n十八里河街道开展\n防汛应急演练", "十八里河街道开展防汛应急演练"),
        ("十八里河街道：\n\n3\n\n十八里河街道：深入研讨，慎重推荐", "十八里河街道：深入研讨，慎重推荐"),
        ("南关街街道开展换届\n\n社区新闻 3\n\n南关街街道开展换届纪律专题教育", "南关街街道开展换届纪律专题教育"),
    ],
    ids=["over blank lines", "over a page number", "all of it, then the rest, over a page number", "all of it, then the rest, over a running head"],
)
def test_a_headline_s_line_printed_again_after_a_page_break_is_printed_once_and_reported(form, printed, title):
    page = read_in_form(f"{printed}\n\n本报讯 7月28日，城东路街道开展“三官一律”进社区活动。\n记者 柴琳琳 通讯员 陈思\n", form)
    (article,) = page.articles
    assert (nfkc(article.title), article.reporters) == (nfkc(title), ["柴琳琳"])
    reprinted = [item for item in page.dropped if item.reason == "headline line printed again after a page break"]
    # The shorter of the two printings of the line is left out.
    twice = printed.split("\n")[-2] if "\n" in printed.split("\n\n")[-1] else printed.split("\n")[0]
    assert [nfkc(line.text) for item in reprinted for line in item.lines] == [nfkc(twice)]


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("tail", ["者 柴琳琳 通讯员 李颖睿）", "余份。（记者 柴琳琳 通讯员 李颖睿）"])
def test_a_short_column_tail_reprinted_from_inside_a_word_after_blank_lines_is_dropped_and_reported(form, tail):
    page = read_in_form(
        "志愿服务进社区 暖心义诊惠居民\n\n本报讯 7月9日上午，顺河路社区联合辖区医院开展义诊活动。\n\n活动发放健康宣传资料200余份。（记者 柴琳琳 通讯员 李颖睿）\n\n\n\n"
        f"{tail}\n\n垃圾分类小课堂开进幼儿园\n\n本报讯 近日，英协社区开展垃圾分类小课堂活动。\n记者 柴琳琳 通讯员 薛新芳\n",
        form,
    )
    clinic, lesson = page.articles
    assert nfkc(clinic.body) == nfkc("本报讯 7月9日上午，顺河路社区联合辖区医院开展义诊活动。\n\n活动发放健康宣传资料200余份。（记者 柴琳琳 通讯员 李颖睿）")
    assert (clinic.reporters, clinic.correspondents, lesson.correspondents) == (["柴琳琳"], ["李颖睿"], ["薛新芳"])
    assert [nfkc(line.text) for item in page.dropped for line in item.lines] == [nfkc(tail)]


def test_a_brief_s_tail_reprinted_in_a_column_of_briefs_is_no_brief_of_its_own():
    page = read_text(
        "■简讯\n\n●7月26日，南关街街道组织老年人开展智能手机使用培训，帮助老人跨越“数字鸿沟”。（通讯员 张磊）\n\n\n2021.7.28\n\n"
        "助老人跨越“数字鸿沟”。（通讯员 张磊）\n\n●7月25日，西大街街道开展夏季消防安全大检查。（通讯员 李娜）\n"
    )
    assert [article.correspondents for article in page.articles] == [["张磊"], ["李娜"]]
    assert page.articles[0].body.endswith("帮助老人跨越“数字鸿沟”。（通讯员 张磊）")
    assert [item.reason for item in page.dropped] == ["running date line", "repeated column tail of “南关街街道组织老年人开展智能手机使用培训”"]


@pytest.mark.parametrize("form", PAGE_FORMS)
def test_a_lead_s_first_line_reprinted_after_a_page_break_starts_no_second_article(form):
    first = "本报讯 近日，东大街街道书院社区召开“五星”支部创建推进会，对照支部过硬星、产"
    page = read_in_form(
        f"“五星”支部怎么创？书院社区有妙招\n\n{first}\n\n\n\n{first}业兴旺星等创建标准，逐项查找差距。\n\n"
        "社区将以“五星”支部创建为抓手。\n记者 柴琳琳 通讯员 陈思\n",
        form,
    )
    (article,) = page.articles
    assert nfkc(article.body) == nfkc(f"{first}业兴旺星等创建标准，逐项查找差距。\n\n社区将以“五星”支部创建为抓手。")
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["陈思"])
    assert [nfkc(line.text) for item in page.dropped for line in item.lines] == [nfkc(first)]


@pytest.mark.parametrize("indent", ["　　", ""], ids=["indented page", "flush page"])
def test_a_table_s_heading_under_a_finished_sentence_is_a_paragraph_of_its_own(indent):
    page = read_text(
        f"小李庄村选出新一届村委会\n{indent}本报讯 7月31日，小李庄村召开村民选举大会，选举产生第十二届村民委员会。\n"
        f"{indent}村民选举委员会当场宣布选举结果。\n当选人员名单\n主任　李国强\n委员　李振华　张小军\n{indent}选举结束后，新当选的村委会成员向村民作出公开承诺。\n"
        f"{indent}记者　柴琳琳\n\n城东路街道：临时接种点开到家门口\n{indent}本报讯 7月28日，城东路街道设立临时接种点。\n{indent}截至7月31日，接种率已达92%。\n{indent}记者　王磊\n"
        f"\n西大街社区：居民议事厅里议出“金点子”\n{indent}本报讯 7月30日，西大街社区召开居民代表会议。\n{indent}社区当天还组织了“居民议事厅”活动。\n{indent}记者　王磊\n"
    )
    election, vaccines, _ = page.articles
    assert election.body.split("\n\n")[1:] == [
        "村民选举委员会当场宣布选举结果。", "当选人员名单", "主任　李国强", "委员　李振华　张小军", "选举结束后，新当选的村委会成员向村民作出公开承诺。"
    ]
    assert (election.reporters, vaccines.reporters) == (["柴琳琳"], ["王磊"])


@pytest.mark.parametrize("form", PAGE_FORMS)
@pytest.mark.parametrize("above", ["", "西大街街道开展文明交通劝导\n　　本报讯 7月27日，西大街街道开展文明交通劝导活动。（记者 王磊 通讯员 李娜）\n\n"])
def test_a_headline_cut_after_an_opening_quote_by_blank_lines_goes_on_past_them(form, above):
    page = read_in_form(
        f"{above}陇海马路街道：楼院“\n\n\n\n微改造”提升居民幸福感\n　　本报讯 近日，陇海马路街道对辖区12个无物业楼院开展“微改造”。\n记者 王磊 摄影报道\n", form
    )
    *others, article = page.articles
    assert (nfkc(article.title), article.reporters) == (nfkc("陇海马路街道：楼院“微改造”提升居民幸福感"), ["王磊"])
    assert [(other.reporters, other.correspondents) for other in others] == ([(["王磊"], ["李娜"])] if above else [])
    assert not page.dropped


def test_a_document_s_title_over_two_lines_atop_a_page_without_blank_lines_heads_its_notice():
    page = read_text(
        "关于做好换届期间\n信访维稳工作的通知\n为确保换届选举工作顺利进行，现通知如下。\n十八里河街道办事处\n2021年7月23日\n"
        "十八里河街道召开换届推进会\n本报讯 7月23日，十八里河街道召开换届选举工作推进会。\n记者 柴琳琳\n"
    )
    notice, news = page.articles
    assert (notice.title, notice.body.split("\n\n")) == ("关于做好换届期间信访维稳工作的通知", ["为确保换届选举工作顺利进行，现通知如下。", "十八里河街道办事处", "2021年7月23日"])
    assert (news.title, news.reporters, page.dropped) == ("十八里河街道召开换届推进会", ["柴琳琳"], ())


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["a page without blank lines", "blank lines"])
def test_a_headed_brief_s_bracketed_byline_a_line_break_cut_ends_the_brief(gap):
    page = read_text(
        f"■简讯{gap}城东路街道开展禁毒宣传{gap}7月26日，城东路街道在郑汴路社区广场开展禁毒宣传活动。（记者 柴\n琳琳 通讯员 王晓）{gap}"
        f"东大街街道召开换届动员会{gap}7月27日，东大街街道召开社区“两委”换届选举动员会。（通讯员 马丽）\n"
    )
    assert [(article.title, article.reporters, article.correspondents) for article in page.articles] == [
        ("城东路街道开展禁毒宣传", ["柴琳琳"], ["王晓"]), ("东大街街道召开换届动员会", [], ["马丽"])
    ]
    assert page.articles[0].body == "7月26日，城东路街道在郑汴路社区广场开展禁毒宣传活动。（记者 柴琳琳 通讯员 王晓）"


NOTICES_WITHOUT_BLANK_LINES = (
    "十八里河村选民登记公告\n根据有关规定，十八里河村选民登记工作定于7月22日进行。\n十八里河村村民选举委员会\n2021年7月20日\n"
    "十八里河村选民名单公告\n根据有关规定，十八里河村选民名单已经确定，现予公告。\n十八里河村村民选举委员会\n2021年7月23日\n"
)


@pytest.mark.parametrize("headline", ["十八里河街道召开换届推进会", "十八里河街道：\n严把人选关 确保换届风清气正"], ids=["one line", "a place and a colon over it"])
def test_notices_without_blank_lines_over_an_article_with_a_lead_are_an_article_each(headline):
    page = read_text(f"{NOTICES_WITHOUT_BLANK_LINES}{headline}\n本报讯 7月23日，十八里河街道召开换届选举工作推进会。\n记者 柴琳琳\n")
    assert [article.title for article in page.articles] == ["十八里河村选民登记公告", "十八里河村选民名单公告", headline.replace("\n", "")]
    assert page.articles[1].body.split("\n\n")[-2:] == ["十八里河村村民选举委员会", "2021年7月23日"]
    assert (page.articles[2].reporters, page.dropped) == (["柴琳琳"], ())


def test_a_q_and_a_headed_apart_under_a_brief_signed_in_its_lead_is_an_article_of_its_own():
    page = read_text(
        "大辛庄村推选产生村民选举委员会\n\n本报讯（南曹街道 宋佳）7月25日，南曹街道大辛庄村推选产生村民选举委员会成员7名。\n\n"
        "村委会换届选举政策问答\n\n问：哪些人可以参加选民登记？\n\n答：年满十八周岁的本村村民。\n\n问：外出务工的村民如何参加选举？\n\n答：可以书面委托近亲属代为投票。\n"
    )
    brief, questions = page.articles
    assert (brief.correspondents, brief.body) == (["宋佳"], "本报讯（南曹街道 宋佳）7月25日，南曹街道大辛庄村推选产生村民选举委员会成员7名。")
    assert (questions.title, len(questions.body.split("\n\n")), questions.correspondents) == ("村委会换届选举政策问答", 4, [])


def test_a_notice_signed_by_a_body_of_residents_is_no_reader_s_letter():
    # `…居民选举委员会` signs a notice; a reader signs with who they are set off from the name (`管城区居民 李明`).
    page = read_text(
        "顺城街社区居民委员会选举结果公告\n\n顺城街社区召开居民代表会议，选举产生了第八届社区居民委员会。\n\n特此公告。\n\n顺城街社区居民选举委员会\n2021年7月28日\n\n"
        "选举工作圆满结束\n\n本报讯 7月30日，南曹街道小刘村召开村民选举大会。（通讯员 王晓）\n"
    )
    assert [article.title for article in page.articles] == ["顺城街社区居民委员会选举结果公告", "选举工作圆满结束"]
    assert not page.dropped


@pytest.mark.parametrize("number", ["（第2号）", "(第2号)", "第二号"])
def test_a_notice_s_number_printed_under_its_title_is_part_of_the_title(number):
    page = read_text(
        "十八里河村选民登记公告\n\n根据有关规定，十八里河村选民登记工作定于7月22日进行。\n\n十八里河村村民选举委员会\n2021年7月20日\n\n"
        f"十八里河村村民选举委员会公告\n{number}\n\n经选民提名，确定村民委员会成员正式候选人如下：\n主任候选人　王大力　张国强\n\n"
        "十八里河村村民选举委员会\n2021年7月23日\n"
    )
    first, second = page.articles
    assert (first.title, second.title) == ("十八里河村选民登记公告", "十八里河村村民选举委员会公告" + number)
    assert second.body.split("\n\n")[0] == "经选民提名，确定村民委员会成员正式候选人如下：" and not page.dropped


def test_a_lead_a_page_break_cut_inside_its_date_s_number_is_no_running_head():
    # `本报讯 1` reads like a page's name and number (`综合 3`); a lead is never one.
    page = read_text("北下街街道：真抓实干强业务\n\n本报讯 1\n\n2月22日，北下街街道召开换届选举业务培训会。\n记者 柴琳琳\n")
    (article,) = page.articles
    assert (article.body, page.dropped) == ("本报讯 12月22日，北下街街道召开换届选举业务培训会。", ())
