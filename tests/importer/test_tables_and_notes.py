"""Tables, lists of places and rules, editors' notes: layouts of announcement pages and interviews."""
import datetime as dt

import pytest

from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES


BRIEF = "城东路街道开展禁毒宣传\n\n本报讯 7月26日，城东路街道在辖区广场开展禁毒宣传活动，发放宣传资料500余份。（通讯员 陈思）\n\n"


def read_text(text):
    return read_page(OWN_PAGES / "page.txt", text.encode(), config=CONFIG, date=dt.date(2021, 8, 1))


@pytest.mark.parametrize(
    "rows",
    [
        ["东大街街道　　0371-66201001", "西大街街道　　0371-66201002"],
        ["豫丰社区志愿服务队　　书院社区服务队", "航海东路街道青年突击队　　十八里河街道应急志愿服务队"],
        ["8:30　　活动室　　辅导", "10:00　　书画室　　手工"],
    ],
    ids=["telephone numbers", "groups' long names", "clock times"],
)
def test_a_table_s_rows_stay_rows_whatever_their_cells_hold(rows):
    page = read_text(
        "防汛值班安排\n\n　　现将有关安排公布如下。\n\n" + "\n".join(rows) + "\n\n　　请各单位严格落实。\n\n区防汛抗旱指挥部办公室\n2021年7月30日\n"
    )
    (article,) = page.articles
    assert article.body.split("\n\n") == ["现将有关安排公布如下。", *rows, "请各单位严格落实。", "区防汛抗旱指挥部办公室", "2021年7月30日"]
    assert not page.dropped


def test_a_table_right_under_its_headline_heads_an_item_with_neither_lead_nor_byline():
    page = read_text(
        "东大街街道开展消防演练\n\n　　本报讯　7月29日，东大街街道开展消防演练。\n　　（记者　柴琳琳）\n\n"
        "7月份各街道考评结果\n\n街道　　　　得分\n南关街街道　96.8\n城东路街道　95.2\n\n　　考评结果将纳入年度目标考核。\n\n管城区人居办\n2021年7月30日\n"
    )
    drill, results = page.articles
    assert (results.title, results.body.split("\n\n")[:2]) == ("7月份各街道考评结果", ["街道　　　　得分", "南关街街道　96.8"])
    assert not page.dropped


@pytest.mark.parametrize("title", ["康复社区居民公约", "小刘村第十二届村民委员会选举办法", "南曹街道换届选举工作实施方案"])
def test_rules_titled_so_head_a_notice_on_a_page_without_blank_lines(title):
    page = read_text(
        f"{title}\n　　第一条　爱党爱国，遵纪守法。\n　　第二条　邻里和睦，互帮互助。\n康复社区居民委员会\n2021年7月20日\n"
        "东大街街道开展消防演练\n　　本报讯　7月29日，东大街街道开展消防演练。\n　　（通讯员　陈思）\n"
    )
    assert [article.title for article in page.articles] == [title, "东大街街道开展消防演练"]
    assert page.articles[0].body.startswith("第一条") and not page.dropped


@pytest.mark.parametrize(
    "rows, title",
    [
        ("豫丰社区服务队　　书院社区服务队\n南曹街道突击队　　圃田乡服务队", "表彰决定"),
        ("紫荆山南路社区　李建军\n中州社区　　　王　芳", "紫荆山南路街道：换届选举圆满完成"),
        ("东大街街道：0371-66221234\n\n西大街街道：0371-66225678", "防汛值班电话"),
    ],
    ids=["subdistricts", "its own community", "numbers after places"],
)
def test_places_listed_in_a_table_s_rows_name_no_subdistrict_nor_community_of_the_item(rows, title):
    page = read_text(f"{title}\n\n　　经研究，以下名单予以公布。\n\n{rows}\n\n管城区文明办\n2021年7月30日\n")
    (article,) = page.articles
    expected = "紫荆山南路街道" if "：" in title else None  # the headline names its own
    assert (article.subdistrict, article.community) == (expected, None)


@pytest.mark.parametrize("headline", ["南曹街道公布村“两委”换届候选人", "南曹街道公示村“两委”换届候选人", "南曹街道新建改建社区便民服务点23个"])
def test_what_a_subdistrict_does_before_village_or_community_names_neither(headline):
    page = read_text(f"{headline}\n\n　　本报讯　7月26日，南曹街道召开会议，部署工作。\n　　（记者　柴琳琳）\n")
    (article,) = page.articles
    assert (article.subdistrict, article.community) == ("南曹街道", None)


@pytest.mark.parametrize(
    "note",
    [
        "编者按：今年以来，南曹街道探索出一批好做法。\n\n本报记者近日专访了刘建国。",
        "编者按\n\n今年以来，南曹街道探索出一批好做法。本报记者专访了刘建国。",
        "编者按：今年以来，南曹街道探索出一批\n好做法。群众参与热情高涨。\n\n本报记者近日专访了南曹街道党工委书记\n刘建国。",
    ],
    ids=["two paragraphs", "its label alone", "two paragraphs wrapped"],
)
def test_an_editor_s_note_over_two_paragraphs_or_under_its_label_keeps_the_interview_under_the_byline(note):
    page = read_text(f"让群众“唱主角”\n\n{note}\n\n记者 柴琳琳\n\n记者：南曹街道有哪些新探索？\n\n刘建国：让群众“唱主角”。\n")
    (article,) = page.articles
    paragraphs = article.body.split("\n\n")
    assert (article.title, article.reporters) == ("让群众“唱主角”", ["柴琳琳"])
    assert paragraphs[0].startswith("编者按") and paragraphs[-2:] == ["记者：南曹街道有哪些新探索？", "刘建国：让群众“唱主角”。"]
    assert not page.dropped


@pytest.mark.parametrize("writer", ["作者：王晓", "作者：王晓（区作协会员）"])
def test_an_essay_s_writer_after_a_colon_under_its_headline_and_note_signs_it(writer):
    page = read_text(f"巷子里的老裁缝\n\n　　编者按：老街老巷里，藏着一座城市的记忆。\n\n{writer}\n\n　　在东大街的一条巷子里，住着一位老裁缝。\n")
    (article,) = page.articles
    assert (article.title, article.reporters) == ("巷子里的老裁缝", ["王晓"])
    assert article.body.split("\n\n")[-1] == "在东大街的一条巷子里，住着一位老裁缝。"


@pytest.mark.parametrize("signed", ["文/李娜", "□ 李娜"])
def test_a_short_headline_standing_apart_under_a_writer_s_signature_heads_the_next_essay(signed):
    page = read_text(f"父亲的自行车\n\n　　父亲有一辆二八自行车，是他结婚那年买的。\n\n作者：王晓\n\n书房\n\n{signed}\n\n　　书房不大，十来平方米，却装下了我的半生。\n")
    first, second = page.articles
    assert (first.reporters, second.title, second.reporters) == (["王晓"], "书房", ["李娜"])
    assert not page.dropped


def test_a_date_in_brackets_is_the_text_s_not_a_running_date_line():
    essays = read_text(
        "父亲的自行车\n\n文/王晓\n\n　　父亲有一辆二八自行车，是他结婚那年买的。\n\n（2021年3月8日）\n\n"
        "书房\n\n文/李娜\n\n　　书房不大，十来平方米，却装下了我的半生。\n"
    )
    speech = read_text("在全区推进会上的讲话（摘要）\n（2021年7月28日）\n\n　　今天召开这次会议，主要任务是部署换届工作。\n")
    assert [article.body.split("\n\n")[-1] for article in essays.articles] == ["（2021年3月8日）", "书房不大，十来平方米，却装下了我的半生。"]
    (given,) = speech.articles
    assert (given.title, given.body.split("\n\n")[0]) == ("在全区推进会上的讲话（摘要）", "（2021年7月28日）")
    assert not essays.dropped and not speech.dropped


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["right under its headline", "standing apart"])
def test_a_speech_s_speaker_under_its_headline_opens_its_text(between):
    page = read_text(
        f"在全区推进会上的讲话{between}区委书记 张宏伟\n\n今天召开这次会议，主要任务是部署换届工作。\n\n同志们，让我们高质量完成各项任务！\n\n"
        "南关街街道开展消防演练\n\n本报讯 7月28日，南关街街道开展消防应急演练。\n（通讯员 陈思）\n"
    )
    speech, drill = page.articles
    assert (speech.title, speech.body.split("\n\n")[0]) == ("在全区推进会上的讲话", "区委书记 张宏伟")
    assert drill.title == "南关街街道开展消防演练" and not page.dropped


@pytest.mark.parametrize(
    "notice",
    ["停电通知\n\n因线路检修，8月3日8:00—18:00书院街沿线将停电。\n\n国网郑州供电公司\n", "遗失声明\n张建国不慎遗失居民身份证，声明作废。\n"],
    ids=["standing apart", "a document's title right over its text"],
)
def test_a_notice_no_one_signs_under_a_brief_signed_at_its_end_is_an_item_of_its_own(notice):
    page = read_text(BRIEF + notice)
    brief, item = page.articles
    assert (item.title, item.body.split("\n\n")[0]) == (notice.split("\n")[0], notice.split("\n\n" if "\n\n" in notice else "\n")[1].strip())
    assert brief.correspondents == ["陈思"] and not page.dropped



DRILL = "南关街街道开展消防演练\n\n本报讯 7月28日，南关街街道开展消防应急演练。\n（通讯员 陈思）\n"


@pytest.mark.parametrize("subhead", ["◆ 居民自治管起来", "居民的事居民议", "“这路啥时候修？”"])
def test_a_feature_s_part_labelled_in_brackets_over_its_subhead_stays_in_the_feature(subhead):
    page = read_text(f"守护小刘村二十年\n记者 柴琳琳\n\n凌晨5点，李建军已经出现在村口的防汛点上。\n\n【问需于民】\n\n{subhead}\n\n改造前，社区召开居民议事会12场。\n\n{DRILL}")
    feature, drill = page.articles
    assert feature.body.split("\n\n")[1:] == ["【问需于民】", subhead, "改造前，社区召开居民议事会12场。"]
    assert (drill.title, drill.section) == ("南关街街道开展消防演练", None) and not page.dropped


def test_an_editor_s_reply_under_its_headline_is_the_item_s_text():
    page = read_text("■编读往来\n\n座椅8月底前装好\n\n　　编者按：读者反映的问题，本报已转交区交通运输部门。\n")
    (reply,) = page.articles
    assert (reply.title, reply.section, reply.body) == ("座椅8月底前装好", "编读往来", "编者按：读者反映的问题，本报已转交区交通运输部门。")


@pytest.mark.parametrize("credit", ["（图片由航海东路街道提供）", "（记者 王磊 摄）", ""])
def test_a_caption_right_under_a_brief_signed_at_its_end_is_the_brief_s_photo(credit):
    brief = "本报讯 7月30日晚，航海东路街道在辖区广场举办消夏晚会，千余名居民观看演出。（通讯员 孙丽）"
    page = read_text(f"航海东路街道：消夏晚会乐居民\n\n{brief}\n图为晚会现场。{credit}\n\n{DRILL}")
    party, drill = page.articles
    assert (party.body, party.photo, party.correspondents) == (f"{brief}\n\n图为晚会现场。{credit}", True, ["孙丽"])
    assert drill.correspondents == ["陈思"] and not page.dropped


def test_a_report_in_photos_credited_under_a_caption_amid_the_text_does_not_end_the_article():
    page = read_text(
        "南曹街道：麦田里的“智慧农机”\n\n本报讯 7月29日，南曹街道小刘村的麦田里，一台无人驾驶播种机正在作业。\n\n"
        "图为无人驾驶播种机在田间作业。\n记者 王磊 摄影报道\n\n今年以来，南曹街道推广智慧农机30余台。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert (article.reporters, article.photo) == (["柴琳琳", "王磊"], True)
    assert article.body.split("\n\n")[-1] == "今年以来，南曹街道推广智慧农机30余台。" and not page.dropped


def test_a_page_that_starts_inside_another_page_s_story_keeps_that_text_whole():
    page = read_text(
        "居民协商议事，推动解决了一批群众关心的急难\n愁盼问题，居民满意度明显提升。\n\n下一步，社区将继续深化“党建+物业”模式。\n记者 柴琳琳 通讯员 陈思\n\n" + DRILL
    )
    rest, drill = page.articles
    assert rest.body.split("\n\n") == ["居民协商议事，推动解决了一批群众关心的急难愁盼问题，居民满意度明显提升。", "下一步，社区将继续深化“党建+物业”模式。"]
    assert (rest.reporters, rest.correspondents, drill.title) == (["柴琳琳"], ["陈思"], "南关街街道开展消防演练")


@pytest.mark.parametrize(
    "cut, reporters, correspondents",
    [("记者 王磊 通讯员", ["王磊"], []), ("记者 王磊 通讯员 范", ["王磊"], []), ("记者 王磊 通讯员 范晓东 文/", ["王磊"], ["范晓东"])],
)
def test_a_byline_the_page_s_end_cut_credits_its_whole_names_and_stays_out_of_the_text(cut, reporters, correspondents):
    lead = "本报讯 7月27日晚，南曹街道在文化广场举办消夏晚会，精彩节目轮番上演。"
    page = read_text(f"南曹街道举办消夏晚会\n\n{lead}\n{cut}\n")
    (article,) = page.articles
    assert (article.body, article.reporters, article.correspondents) == (lead, reporters, correspondents)


@pytest.mark.parametrize("signature", ["文/李娜", "作者：李娜", "□ 李娜"])
def test_an_essay_signed_at_its_end_under_one_signed_under_its_headline_is_an_article_of_its_own(signature):
    page = read_text(
        "那一年的中秋\n\n□ 王晓\n\n　　那一年中秋，父亲在外地修铁路，没能回家。\n\n"
        f"读书的滋味\n\n　　读书是什么滋味？小时候觉得是苦的，长大后觉得是甜的。\n\n{signature}\n"
    )
    first, second = page.articles
    assert (first.title, first.reporters, second.title, second.reporters) == ("那一年的中秋", ["王晓"], "读书的滋味", ["李娜"])
    assert second.body == "读书是什么滋味？小时候觉得是苦的，长大后觉得是甜的。"


def test_a_village_after_its_subdistrict_and_的_is_the_item_s_community():
    page = read_text("村口那口井\n\n文/张华\n\n　　南曹街道的小刘村，村口有一棵三百多年的皂角树。\n")
    (article,) = page.articles
    assert (article.subdistrict, article.community) == ("南曹街道", "小刘村")


def test_the_page_s_date_is_its_running_head_s_not_the_date_an_essay_was_written():
    page = read_page(
        OWN_PAGES / "page.txt",
        "父亲的自行车\n\n□ 王晓\n\n　　父亲有一辆二八自行车。\n\n　　2020年12月28日\n\n我的书房\n\n□ 李娜\n\n　　书房不大。\n\n2021年8月1日　星期日　第4版\n".encode(),
        config=CONFIG,
        date=None,
    )
    assert page.date == dt.date(2021, 8, 1)


def test_an_interview_s_question_a_page_break_cut_and_printed_again_whole_stays_in_the_interview():
    page = read_text(
        "网格员就是居民的贴心人\n记者 柴琳琳\n\n王晓是城东路街道郑汴路社区的一名网格员。\n\n记者：当网格员以来每天\n\n5\n\n"
        f"记者：当网格员以来每天都做些什么？\n\n王晓：每天早上8点到社区。\n\n{DRILL}"
    )
    interview, drill = page.articles
    assert interview.body.split("\n\n")[1:] == ["记者：当网格员以来每天都做些什么？", "王晓：每天早上8点到社区。"]
    assert (interview.reporters, drill.title) == (["柴琳琳"], "南关街街道开展消防演练")


def test_a_rubric_under_a_feature_ending_with_a_numbered_list_names_the_next_article_s_section():
    page = read_text(f"老旧小区“变形记”\n记者 柴琳琳\n\n改造完成后，28号院成立了院委会。\n\n1.业主协商一致。\n\n2.向社区提交申请。\n\n■活动室\n\n{DRILL}")
    feature, drill = page.articles
    assert feature.body.split("\n\n")[-1] == "2.向社区提交申请。" and drill.section == "活动室"


def test_a_brief_a_page_break_cut_inside_a_number_is_one_paragraph_not_a_headline_over_its_rest():
    page = read_text("■简讯\n\n●7月29日，二里岗街道为辖区环卫工人送去防暑药品12\n\n3\n\n00份。（通讯员 周双双）\n")
    (brief,) = page.articles
    assert (brief.body, brief.correspondents) == ("●7月29日，二里岗街道为辖区环卫工人送去防暑药品1200份。（通讯员 周双双）", ["周双双"])


@pytest.mark.parametrize("title", ["【征稿启事】", "〔征稿启事〕"])
def test_a_notice_s_title_in_brackets_under_an_essay_heads_a_notice_of_its_own(title):
    page = read_text(
        f"巷子里的老裁缝\n\n□ 王晓\n\n　　街坊们的衣服破了、裤脚长了，都来找他。\n\n{title}\n\n　　本版常年征集散文、随笔、诗歌及书画摄影作品。\n\n　　投稿邮箱：gcfukan@163.com\n"
    )
    essay, notice = page.articles
    assert essay.body == "街坊们的衣服破了、裤脚长了，都来找他。"
    assert (notice.title, notice.section, notice.body.split("\n\n")) == ("征稿启事", None, ["本版常年征集散文、随笔、诗歌及书画摄影作品。", "投稿邮箱：gcfukan@163.com"])


def test_a_photographer_credited_after_a_colon_under_a_caption_amid_the_text_is_credited_not_glued_to_the_text():
    page = read_text(
        "南曹街道：麦田里的“智慧农机”\n\n本报讯 7月29日，南曹街道小刘村的麦田里，一台无人驾驶播种机正在作业。\n\n"
        "图为无人驾驶播种机在田间作业。\n摄影：张华\n\n今年以来，南曹街道推广智慧农机30余台。\n记者 柴琳琳\n"
    )
    (article,) = page.articles
    assert (article.reporters, article.photo) == (["柴琳琳", "张华"], True)
    assert article.body.split("\n\n")[-1] == "今年以来，南曹街道推广智慧农机30余台。"


def test_an_essay_s_parts_numbered_alone_on_their_lines_keep_their_numbers():
    page = read_text("老街三题\n\n□ 王晓\n\n1\n\n　　书院街的老宅子，青砖灰瓦。\n\n2\n\n　　商城遗址的夯土墙，三千多年了。\n")
    (essay,) = page.articles
    assert essay.body.split("\n\n") == ["1", "书院街的老宅子，青砖灰瓦。", "2", "商城遗址的夯土墙，三千多年了。"] and not page.dropped


def test_labelled_items_whose_labels_are_padded_to_one_width_are_a_paragraph_each():
    items = ["主　　任：刘国强", "副 主 任：张秀兰", "委　　员：王　磊　李　娜"]
    page = read_text("选举结果公告\n\n　　经投票选举，下列同志当选：\n\n" + "\n".join(items) + "\n\n　　特此公告。\n\n小刘村村民选举委员会\n2021年7月28日\n")
    (notice,) = page.articles
    assert notice.body.split("\n\n") == ["经投票选举，下列同志当选：", *items, "特此公告。", "小刘村村民选举委员会", "2021年7月28日"]


@pytest.mark.parametrize("under", ["图为十八里河街道志愿者在辖区转移受困群众。　记者　王磊　摄", "7月26日，南关街街道豫丰社区开展志愿服务活动。（通讯员 王晓）"])
def test_a_headline_of_two_four_character_phrases_under_a_byline_is_no_names(under):
    page = read_text(f"一碗饺子温暖群众心\n\n本报讯 近日，北下街街道开展慰问活动。\n记者 柴琳琳\n\n风雨同舟　守护家园\n\n{under}\n")
    first, second = page.articles
    assert (first.reporters, second.title, second.body) == (["柴琳琳"], "风雨同舟　守护家园", under)


@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["apart", "printed together"])
def test_a_table_s_title_printed_right_over_its_rows_under_a_byline_heads_them(gap):
    rows = ["街道　登记人数　登记率", "二里岗街道　42000　98.6%", "陇海马路街道　38500　97.9%"]
    page = read_text(f"选民登记是第一道关\n\n本报讯 选民登记是换届选举的基础。\n记者 柴琳琳{gap}各街道选民登记进度一览\n" + "\n".join(rows) + "\n")
    news, table = page.articles
    assert (news.reporters, table.title, table.body.split("\n\n")) == (["柴琳琳"], "各街道选民登记进度一览", rows)


def test_a_notice_whose_last_item_ends_with_no_full_stop_keeps_its_signature_and_date():
    page = read_text(
        "圃田乡选民登记公告\n\n现将选民登记有关事项公告如下：\n\n登记时间：2021年8月2日至8月6日\n登记地点：各村村委会\n圃田乡村民委员会选举委员会\n2021年8月1日\n\n"
        "严把人选关　确保换届质量\n\n本报讯 近日，十八里河街道召开换届人选资格联审会。（通讯员 周双双）\n"
    )
    notice, news = page.articles
    assert notice.body.split("\n\n")[-3:] == ["登记地点：各村村委会", "圃田乡村民委员会选举委员会", "2021年8月1日"]
    assert news.title == "严把人选关　确保换届质量" and not page.dropped


def test_a_lead_s_bracketed_byline_under_an_editor_s_note_credits_its_writers():
    page = read_text("我区换届选举工作全面完成\n\n编者按：自今年3月启动以来，我区换届工作圆满完成。\n\n本报讯（记者 柴琳琳 通讯员 陈思）7月30日，我区换届选举工作全面完成。\n")
    (article,) = page.articles
    assert (article.reporters, article.correspondents) == (["柴琳琳"], ["陈思"])


def test_an_editor_s_note_printed_right_under_the_headline_over_the_byline_keeps_the_text_under_it():
    page = read_text("金岱社区垃圾分类见成效\n编者按：垃圾分类实施一年多来，居民的分类意识明显提高。\n记者 柴琳琳\n\n清晨7点，督导员王红已经上岗了。\n\n截至目前，社区垃圾分类准确率已达到90%以上。\n")
    (article,) = page.articles
    assert article.reporters == ["柴琳琳"] and article.body.split("\n\n")[1:] == ["清晨7点，督导员王红已经上岗了。", "截至目前，社区垃圾分类准确率已达到90%以上。"]
    assert not page.dropped


@pytest.mark.parametrize("gap", ["\n\n8\n\n", "\n"], ids=["after a page break", "in a row"])
def test_a_feature_s_byline_printed_again_signs_it_once(gap):
    page = read_text(f"紫荆山公园里的晨练时光\n记者 王磊{gap}记者 王磊\n\n天刚亮，紫荆山公园里已经热闹起来了。\n")
    (article,) = page.articles
    assert (article.title, article.reporters, article.body) == ("紫荆山公园里的晨练时光", ["王磊"], "天刚亮，紫荆山公园里已经热闹起来了。")
    assert [item.reason for item in page.dropped if "byline" in item.reason] == ["repeated byline"]


@pytest.mark.parametrize("label", ["【编者按】", "编者按"])
def test_an_editor_s_note_under_its_label_under_the_byline_opens_the_article_s_text(label):
    page = read_text(
        f"垃圾分类，怎样才能“分”得更好？\n记者 柴琳琳\n\n{label}\n垃圾分类实施一年多来，居民的分类意识明显提高。\n\n主持人：目前最大的难题是什么？\n\n王红：最难的是习惯养成。\n"
    )
    (article,) = page.articles
    assert (article.reporters, article.body.split("\n\n")[0], article.body.split("\n\n")[-1]) == (["柴琳琳"], label, "王红：最难的是习惯养成。")
    assert not page.dropped


def test_a_q_and_a_under_a_column_s_editor_s_note_is_an_article_and_the_note_is_reported():
    note = "编者按：为帮助广大居民了解换届知识，本版特刊发换届政策问答，供参考。"
    page = read_text(f"{note}\n\n村委会换届选举政策问答\n\n问：哪些人可以参加选民登记？\n答：年满十八周岁的村民都有选举权和被选举权。\n")
    (questions,) = page.articles
    assert (questions.title, questions.body.split("\n\n")[0]) == ("村委会换届选举政策问答", "问：哪些人可以参加选民登记？")
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines] == [(note, "text before a headline")]


@pytest.mark.parametrize(
    "cut, whole, reporters, correspondents",
    [("记者 柴琳", "记者 柴琳琳 通讯员 陈思", ["柴琳琳"], ["陈思"]), ("记者 王", "记者 王磊", ["王磊"], []), ("记者 王磊 通讯员", "记者 王磊 通讯员 陈思", ["王磊"], ["陈思"])],
)
def test_a_byline_a_page_break_cut_and_printed_again_whole_names_no_one_twice(cut, whole, reporters, correspondents):
    page = read_text(f"书院社区：老党员“传帮带”新班子\n{cut}\n\n4\n\n{whole}\n\n“社区工作千头万绪，要先学会听居民说话。”老书记李秀英说。\n")
    (article,) = page.articles
    assert (article.title, article.reporters, article.correspondents) == ("书院社区：老党员“传帮带”新班子", reporters, correspondents)
    assert [(line.text, item.reason) for item in page.dropped for line in item.lines if "byline" in item.reason] == [(cut, "repeated byline")]
