"""Bylines and page furniture as a review of real-looking pages found them printed."""
import datetime as dt

from generator.importer.page import read_page

from .pagekit import CONFIG, OWN_PAGES


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
