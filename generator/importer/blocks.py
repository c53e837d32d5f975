"""Each line of a page, told apart: blank, page furniture, rubric, byline, photo credit, jump line or text.

Furniture is what the printing puts around the articles: running date
lines (`2020年12月30日 星期三 庚子年冬月十六`, `管城回族区报 2020年12月30日 第3版 综合`,
`二〇二〇年十二月三十日 星期三 责任编辑：王芳`), running heads without a date
(`第3版 社区新闻 编辑：王芳 李明`), page numbers (`3`, `- 3 -`,
`·3·`, `第3版`, `3版`; `（3）` and `A3` where they stand alone) and ornament
rules (`————`). The importer drops it, and says so with --verbose.

A page break can also fall inside a byline (`记者 柴琳琳` … `通讯员 赵敏`);
its parts are read as one byline. What opens the next article's headline
is never taken for the rest of a byline, though it may look like names
(`邻里同乐` above its `——记…` subtitle); nor is a brief's byline (`■简讯`:
`本报讯 …。` / `记者 …`, then the next brief's `本报讯`) taken for a headline.

A story too long for its page breaks off with `（下转第2版）`, at the end of
a paragraph or on a line of its own, and goes on under `（上接第1版）` on
that page: jump markers, no part of the text.
"""
from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, replace

from ..dateline import DATELINE
from .byline import (
    EDITOR_CREDIT,
    EDITORS,
    Byline,
    caption_credit,
    closes_bracket_above,
    closing_byline,
    credits_a_photo,
    credits_a_writer_without_a_role,
    ends_signed,
    ends_with_photo_credit,
    labels_a_column,
    leaves_a_byline_open,
    marked_signature,
    marks_work_alone,
    notes_photos_given,
    opens_with_a_byline,
    parse_byline,
    role_and_colon,
    role_set_off,
    role_set_off_inside,
    signs_as_a_writer,
    starts_with_role,
)
from .decode import HAN, clean_line, compact, fold, is_indented

# What a rubric line starts with (`■活动室`, `◆平安建设`), and may end with (`■活动室■`). Not `▲`, which
# points to a photo from its caption, nor `◎` or `□`, which mark bylines (`◎记者 柴琳琳`).
RUBRIC_MARKS = "■◆"
# A list's number, checked on the NFKC form: `（1）`, `1.`, `1、` (not `9.3%`, `12、13日`, a number going on), `一、`.
_LIST_NUMBER = r"\(\s*\d{1,2}\s*\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、"
_LIST_NUMBER_ALONE = re.compile(f"^(?:{_LIST_NUMBER})$")
_APPENDIX = re.compile(r"附(?:件\d{0,2}|表|录)?\s*:")  # on the NFKC form: `附：`, `附件1：`, `附表：`
# A feature's numbered part, on the NFKC form: `一、`, `（一）`; after its number, a subhead has no clause.
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
_NUMBERED = re.compile(rf"^(?:{_LIST_NUMBER})|{_SECTION_NUMBER.pattern}")  # a list's item or a feature's part: `1.`, `一、`, `（一）`
CLAUSE_MARKS = re.compile(r"[。,;:!?]")
BULLETS = "●○◇•▪▶►▸★☆"  # before a list's items (`●书法展示`), or a brief's headline in a column of briefs
# What a list's item starts with: a rubric's mark (`◆加强巡逻防控；`), a bullet (`●书法展示`) or its number.
_ITEM_START = re.compile(f"^(?:[{RUBRIC_MARKS}{BULLETS}]|{_LIST_NUMBER})")
# A caption printed in the text, under or over its photo: `图为…`, `▲志愿者为老人送上饺子。`.
EDITORS_NOTE = "编者按"
CAPTION_MARKS = "▲△"  # as a brief's bullet too, in a column of briefs (see bullets_before_briefs)
CAPTION_START = ("图为", *CAPTION_MARKS)
# What the name of a column of briefs ends with: `简讯`, `街道动态`, `社区快讯`, `街道传真`, `新闻速递`.
_BRIEFS_NAMES = ("简讯", "快讯", "短讯", "动态", "传真", "速递", "播报")
# A column of briefs named without a mark, in brackets or bare: `【简讯】`, `简讯`, `【社区动态】` (a bare
# `社区简讯` may be a brief's headline). Checked on the `compact` form.
_BRIEFS_LABEL = re.compile(rf"^(?:{'|'.join(_BRIEFS_NAMES)}|【[^【】]*(?:{'|'.join(_BRIEFS_NAMES)})】)$")
# Other columns named bare, a word no headline is: a commentary's (`短评`), a week's news (`一周要闻`).
_BARE_COLUMN_LABELS = frozenset({"短评", "时评", "快评", "微评", "评论", "述评", "社评", "一周要闻"})
# What the name of a column of photos, each printed with its caption, ends with (`图片新闻`) or starts with (`图说管城`).
_PHOTO_COLUMN_NAMES = ("图片新闻", "图片报道", "新闻图片", "影像")
_PHOTO_COLUMN_OPENINGS = ("图说", "图片新闻")
# What a box printed inside an article is labelled with (`■相关链接`); no rubric is named so.
_BOX_LABELS = frozenset({
    "相关链接", "链接", "新闻链接", "知识链接", "背景", "背景链接", "延伸阅读", "小贴士", "温馨提示", "记者手记", "编者按",
    "编后", "编后语", "编后话", "人物名片", "人物简介", "趣味问答",  # an editor's word on the article; who it is about
    "专家提醒", "专家建议", "医生提醒", "律师提醒", "法官提醒",  # a service page's word of advice (`■律师说法` names a column)
})
# Those an article may print under its byline, as its appendix (an editor's note is the next article's).
_APPENDED_BOXES = _BOX_LABELS - {"编者按"}
# The labels of the page's own boxes, no article's: the weather, what is on the other pages, an advertisement.
_WEATHER_LABELS = frozenset({"天气预报", "今日天气", "天气"})
PAGE_BOX = "the page's box (weather, contents, advertisement)"  # why such a box's lines are dropped
_PAGE_BOX_LABELS = _WEATHER_LABELS | {"本期导读", "导读", "公益广告", "广告"}
# A forecast's line (on the NFKC form): a temperature, the weather, the wind or the air (`今天:晴 24°C~33°C`, `东南风3级`).
_MAX_FORECAST_ADVICE = 2  # lines
_ADVICE = re.compile(rf"[{HAN}，,、!！]+")  # words alone, no number, colon or full stop: not `便民电话` / `燃气抢修：0371-96777`
_FORECAST = re.compile(r"°C|℃|晴|阴|多云|[小中大暴阵雷]雨|雨夹雪|[小中大]雪|[东南西北]+风|风力|\d级|气温|空气质量|湿度|紫外线")
# A Q&A's question or answer (checked on the NFKC form): `问：…？`, `答：…。`.
_QUESTION_OR_ANSWER = re.compile(rf"^(?:(?:{_LIST_NUMBER})\s*)?(?:[问答]|[QA](?=\d))\d{{0,2}}\s*:")
# A headline's second line, its subtitle: `——记城东路街道郑汴路社区党委书记王某`
# (dashes as pages type them: `——`, `――`, `--`; checked on the NFKC form).
_SUBTITLE = re.compile(r"^(?:[—―]|--)")
# `2020年12月30日` (spaces allowed between the parts), or `2020-12-30`,
# `2020.12.30`, `2020/12/30` as some running heads print it.
_FULL_DATE = re.compile(
    r"(?<!\d)(\d{4})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-./])(\d{1,2})\4(\d{1,2})(?!\d))"
)
# A date and maybe its weekday, as a schedule prints one under a colon: `2021年2月6日 星期六` (on the NFKC form, in digits).
_MONTH_DAY_AND_WEEKDAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")
_DATE_AND_WEEKDAY = re.compile(rf"(?:{_FULL_DATE.pattern})(?:\s*(?:星期|周)[一二三四五六日天])?")
# The same in Chinese numerals, `二〇二〇年十二月三十日`: read as the date in digits.
_NUMERAL = "[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"  # 1–39: a month or a day
_CHINESE_DATE = re.compile(rf"([〇零一二三四五六七八九]{{4}})\s*年\s*({_NUMERAL})\s*月\s*({_NUMERAL})\s*日")
# What a running date line may hold besides the date: weekday, lunar date
# (`农历十一月十六`, `庚子年冬月十六`), page and the page's name (`第3版 社区·民生`),
# issue (`总第1024期`) and page count (`今日4版`), the paper's name (also in
# pinyin capitals, `GUANCHENG NEWS`), the page's editors (`责任编辑：王芳`,
# `校对 李明`, `编辑：王芳 李明`). A headline with a date in it holds more. A
# page name or an editor's name must be set off by a space or colon, as
# running heads print them: `2021年3月1日 编辑部开放日` is a headline.
_PAGE = r"第?\s*[A-Z]?[\d一二三四五六七八九十]+\s*[版页]"
_ISSUE_NUMBER = r"总?第\s*\d+\s*期"
# A page's English name (`COMMUNITY`, `Community News`, `Page`): capitals, or a capital and small letters.
_ENGLISH_PAGE_NAME = r"(?:[A-Z]{2,}|[A-Z][a-z]{3,})(?:\s+(?:[A-Z]{2,}|[A-Z][a-z]{3,}))*"
# A lunar date as running heads print it without `农历`: `庚子年冬月十六`, `腊月初八`, `庚子年`.
_LUNAR_DAY = "闰?(?:正|冬|腊|十[一二]?|[一二三四五六七八九])月(?:初[一二三四五六七八九十]|二?十[一二三四五六七八九]|[二三]?十|廿[一二三四五六七八九])"
_LUNAR_DATE = f"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:{_LUNAR_DAY})?|{_LUNAR_DAY}"
# A lunar date printed alone, a running head's part where a page break cut a paragraph (see lunar_dates_in_breaks).
_LUNAR_DATE_ALONE = re.compile(rf"(?:农历\s*)?(?:{_LUNAR_DATE})")
# The paper's or the page's name: `管城回族区报`, `社区新闻`, `管城周刊`, `要闻`, `文化专版`.
# A special edition's page too: `换届专刊`, `换届特刊`.
# A page's name many papers use: `特别报道`, `民生`, `访谈`.
_PAGE_NAMES = "特别报道|特别策划|专题|民生|人物|访谈|综合|文化|视点|聚焦|理论|街道传真|文体|法治|图片故事|健康|教育|社区"
# A regional edition's name, `管城版` (`郑州日报 管城版`).
_PAPER_OR_PAGE_NAME = (
    rf"(?:{_PAGE_NAMES})(?![{HAN}])|(?<![{HAN}])(?![{HAN}]{{0,3}}[第一二三四五六七八九十接转续见上下本])[{HAN}]{{2,4}}版(?![{HAN}])|[{HAN}·]{{2,12}}(?:报|新闻|周刊)(?:·[{HAN}]{{2,6}})?|[{HAN}·]{{0,10}}(?:要闻|专版|副刊|专刊|特刊)"  # `管城周刊·社区` too
)
# A page's number as some papers print it, a letter and digits (`A3`).
_LETTERED_PAGE = "(?<![A-Za-z\\d])[A-Z]\\d{1,2}(?![A-Za-z\\d])"
_DATE_LINE_PARTS = re.compile(
    rf"{EDITOR_CREDIT}"
    rf"|星期[一二三四五六日天]|周[一二三四五六日天]|农历\S*|{_LUNAR_DATE}"
    rf"|{_PAGE}(?:\s+(?!{EDITORS})[{HAN}·]{{2,6}})?|{_ISSUE_NUMBER}|(?:今日|本期)\s*\d+\s*版|\(?共\s*\d+\s*版\)?"
    rf"|{_PAPER_OR_PAGE_NAME}|[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})+|(?:{_ENGLISH_PAGE_NAME})(?=\s+[A-Z]?\d)|{_LETTERED_PAGE}(?:\s+(?!{EDITORS})[{HAN}·]{{2,6}})?"  # `A3 街道传真`
    rf"|(?<![\d:])\d{{1,3}}\s*$|^\s*\d{{1,3}}(?=[\s|])|[-—–(]\s*\d{{1,3}}\s*[-—–)]"  # `- 4 -`, `（4）`, `03｜综合新闻｜…` too
    rf"|[/|]\s*[{HAN}]{{2,6}}\s*$|[\s\W_]"  # the page's name after a slash: `2021.8.1 / 社区`
)
# The paper's name (`管城回族区报`), and a word set off by spaces, maybe the page's name, beside it (`社区`).
_PAPER_NAMED = re.compile(rf"[{HAN}]{{2,12}}报")
_PAGE_NAME_WORD = re.compile(rf"(?:^|\s)[{HAN}]{{2,4}}(?=\s|$)")
_HAN_WORD = re.compile(rf"[{HAN}]{{2,4}}")
# A page's name and its number (`社区新闻 3`, `要闻 A3`, `3 要闻`, `COMMUNITY 3`, `Page 3`), as a running head prints them
# without 版; the issue's number alone (`第1025期`, `总第1025期`).
_PAGE_NAME = rf"{_PAPER_OR_PAGE_NAME}|{_ENGLISH_PAGE_NAME}"
_NAMED_PAGE_NUMBER = (
    rf"(?:{_PAGE_NAME}|{_ISSUE_NUMBER})\s+[A-Z]?\d{{1,3}}\s*$|^\s*[A-Z]?\d{{1,3}}\s+(?:{_PAGE_NAME})\s*$|^\s*(?:{_ISSUE_NUMBER})\s*$"
)
# Without a date, a line of the same parts is a running head when it names the page or its editors
# (`管城回族区报 第3版 社区`, `社区新闻 3`, `责任编辑：王芳 校对：李明`): a paper's or a page's name alone may be a headline.
_PAGE_OR_EDITOR = re.compile(rf"{_PAGE}|{EDITOR_CREDIT}|{_NAMED_PAGE_NUMBER}")
_PAGE_OR_NAMED_PAGE = re.compile(rf"{_PAGE}|[A-Z]{{2,}}|{_PAPER_OR_PAGE_NAME}")  # what a running head names besides its editors
# Any punctuation (a name's `·`, spaces, quotes and brackets aside), on the NFKC form: a notice's signature has none.
_SIGNATURE_PUNCTUATION = re.compile(r"[^\w\s·“”‘’\"'()]")
# Furniture never holds a sentence, so it has no sentence punctuation.
_SENTENCE_MARKS = re.compile(r"[。,，;；!！?？“”\"]")
# Page numbers that say so wherever they stand: a bare number, or one set
# between dashes or dots (`- 3 -`, `·3·`), or with 版 or 页 (`第3版`, `3版`, `A3版`).
_PAGE_NUMBER = re.compile(  # `3/8`: the third page of eight
    r"^[-—–·\s]*\d{1,3}[-—–·\s]*$|^第\s*[\d一二三四五六七八九十]+\s*[版页]$|^[A-Z]?\d{1,3}\s*[版页]$|^\d{1,2}\s*/\s*\d{1,2}$"
)
# A page number only where it stands alone (see page_numbers_standing_alone):
# elsewhere `（3）` or `A3` on a line of its own may be text.
_LONE_PAGE_NUMBER = re.compile(r"^(?:\(\s*\d{1,3}\s*\)|[【〔\[]\s*\d{1,3}\s*[】〕\]]|[•●]\s*\d{1,3}\s*[•●]|[A-Z]\d{1,3})$")  # `【3】`, `•3•` too
# What may follow a sentence's final punctuation (checked on the NFKC form): closing quotes and
# brackets (`……表示。”`), and a note in brackets, the writer's name at a brief's end (`…。（记者 柴琳琳）`).
CLOSERS = "”’\"'」』)]》〉】"
OPENERS = tuple("“‘《「『(【〔")  # what opens what CLOSERS close, on the NFKC form: a line ending with one is cut there
NOTE = r"\s*\([^()]*\)"
# A line of text ending with a full stop, maybe followed so, ends a sentence: no headline does. So does an
# ellipsis (`……`, NFKC `......`) after a list of things (`套圈、投壶、跳房子……`).
# An e-mail or web address a wrap cut after a dot, its domain unfinished (`qzssq@qq.` / `com`, `www.gcq.` / `gov.cn`):
# one negative lookbehind per length of that label, as Python's are of fixed width.
_CUT_ADDRESS = "".join(rf"(?<!@[A-Za-z0-9-]{{{n}}})(?<!www\.[A-Za-z0-9-]{{{n}}})" for n in range(1, 21))
# A half-width `.` right after a Chinese character, a Latin letter, `%` or a closing quote or bracket is a full stop
# typed so (`…太方便了.`, `…下载APP.`, `…占20%.`, `…”.`), never a number's point (`3456273.` / `43`).
_FULL_STOP_TYPED = rf"(?<=[{HAN}A-Za-z%{re.escape(CLOSERS)}]){_CUT_ADDRESS}\."
_FULL_STOP = re.compile(rf"(?:。|{_FULL_STOP_TYPED}|\.\.\.)[{re.escape(CLOSERS)}]*(?:{NOTE})?$")
# Any sentence's end, maybe followed so; NFKC reads `！？…` as `!?...`. A headline may end with `！` too.
_SENTENCE_END = re.compile(rf"(?:[。!?]|\.\.\.|{_FULL_STOP_TYPED})[{re.escape(CLOSERS)}]*(?:{NOTE})?$")
# Jump markers, on the page as printed: `（下转第2版）`, `（转2版）` end a line;
# `（上接第1版）`, `（接第一版）` start one. The page: `1`, `A1`, `一`.
_JUMP_PAGE = r"第?\s*([A-ZＡ-Ｚ]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版"
# In any brackets (`【上接第1版】`); the onward one may say the story is unfinished, or name the page (`（未完，下转第2版·要闻）`).
_JUMP_OPEN, _JUMP_CLOSE = r"[(（【〔\[［]", r"[)）】〕\]］]"
_CONTINUED_FROM = re.compile(rf"^{_JUMP_OPEN}\s*(?:上接|紧接|接)\s*{_JUMP_PAGE}\s*{_JUMP_CLOSE}")
_CONTINUED_ON = re.compile(rf"{_JUMP_OPEN}\s*(?:未完\s*[,，、]?\s*)?(?:下转|转)\s*{_JUMP_PAGE}(?:\s*[·・]\s*[\u4e00-\u9fff]{{2,6}})?\s*{_JUMP_CLOSE}$")
# The same markers printed without their brackets (a copy from a PDF loses them), or with an arrow
# (`▶下转第2版`, `◀上接第1版`): only on a line of their own.
_ARROW = r"[▶►▸→◀◄←]?"
_BARE_CONTINUED_FROM = re.compile(rf"^\s*{_ARROW}\s*(?:上接|紧接)\s*{_JUMP_PAGE}\s*{_ARROW}\s*$")
_BARE_CONTINUED_ON = re.compile(rf"^\s*{_ARROW}\s*下转\s*{_JUMP_PAGE}\s*{_ARROW}\s*$")
# A credit for all the photos of the page (on the NFKC form): `本版图片均由记者 王磊 摄`, `本版照片由社区提供。`.
# It credits no one article, so it is furniture (listed by --verbose), not an article of its own.
_PAGE_PHOTO_CREDIT = re.compile(r"^本(?:版|期)(?:图片|照片|摄影)")
_ORNAMENT = re.compile(r"^[-—–_=*·.…■□◆◇●○★☆▲△※~〜\s]+$")  # `———`, `＊＊＊`, `………` (NFKC: dots), `※※※`, `~~~`
_QR_CODE_PROMPT = re.compile(r"^(?:扫码|扫描(?:下方|右侧|左侧|上方)?二维码|扫一扫|长按识别二维码|微信扫描)")
# How to reach or follow the paper, printed at a page's foot: `新闻热线：0371-66228899`, `更多精彩请关注“管城融媒”微信公众号`.
_PAPER_ADDRESS = "the paper's hotline or account"
_BESIDE_TEXT = ("QR code prompt", _PAPER_ADDRESS)  # furniture printed among an article's lines, no page break
_SENDS_ENTRIES = re.compile(r"^(?:投稿邮箱|投稿信箱)")
_CALLS_FOR_ENTRIES = re.compile("征集|征稿|征文|投稿")
_MAX_QR_PROMPT_LENGTH = 30  # characters: `扫描下方二维码，关注“管城发布”微信公众号`; a longer line tells more than where to scan
_PAPER_CONTACT = re.compile(r"^(?:新闻热线|报料热线|新闻报料|投稿邮箱|投稿信箱|更多精彩(?:内容)?请关注|欢迎关注)")
# Where an article came from (on the NFKC form): `来源：管城发布`, `转自：…`, `（据《郑州日报》）`, `据《郑州日报》报道`,
# `区卫健委供稿` (who supplied it); and who a commentary's writer is, under the signature: `（作者单位：管城区委党校）`.
_SOURCE_NOTE = re.compile(rf"^\(?(?:(?:来源|稿源|转自|出处)\s*:[^。]{{1,30}}|据《[^》]{{1,20}}》[^。]{{0,6}}|[{HAN}]{{2,14}}供稿)\)?$|^\(作者[^()]{{1,30}}\)$")
# An entry of the page's contents (on the NFKC form): another page's number and what it prints, `■第2版 …`, `◆A3版 …`.
# Set off by a space or a colon after 版 (`第3版《…》一文中` is a sentence a line break cut), and no `。`.
_CONTENTS_ENTRY = re.compile(r"^(?:[■◆●▶]\s*)?第?\s*[A-Z]?\d{1,2}\s*版(?:\s*:|\s)\s*[^。]+$")
_GOES_ON_FROM_ABOVE = re.compile(r"^[(\[【]?(?:紧接上文|接上文|续上文|紧接上期|接上期)[)\]】]?$")
_MAX_FURNITURE_LENGTH = 60  # a running head naming paper, date, weekday, page, its name and three editors runs to ~50
# A document's title, as notices print it (checked on the `compact` form): `关于城东路临时封闭施工的通告`,
# `文明养犬倡议书`, `致全区居民的一封信`, `招聘启事`, `遗失声明`, `停水公告`, `防汛安全告居民书`, `更正`, rules (`居民公约`,
# `…选举办法`, `…实施方案`). Standing apart, it heads a notice,
# whatever the text above it ends with.
_DOCUMENT_TITLE = re.compile(
    r"(?:关于[^。,;!?:]{2,40}的(?:通知|通告|公告|公示|通报|决定|倡议|倡议书|温馨提示)"
    r"|[^。,;!?:]{2,30}(?:倡议书|倡议|公开信|一封信|启事|声明|公告|通告|公示|公约|细则|章程|实施方案|工作方案"
    r"|(?:选举|实施|管理|暂行|考核|评选)办法)|[^。,;!?:]{2,20}告[^。,;!?:]{1,8}书"
    r"|更正|致歉)"  # `防汛安全告居民书`; a correction (`更正`) of an earlier issue's article
)
_SIGNED_OFF = ("声明作废", "特此公告", "特此公示", "特此通知", "特此通告", "特此声明", "此致")
# On the NFKC form: an item naming what it gives, `登记地点：各村村委会`, its label maybe padded (`委　员：刘洋`).
_LABELLED_ITEM = re.compile(rf"[{HAN}](?:\s*[{HAN}]){{1,7}}:\s*\S")
_MAX_LEAD_IN = 8  # characters: a headline's lead-in and colon alone on the line over it (`南曹街道：`, `专家提醒：`)
_PHRASE_LENGTH = 4  # characters: two or more words of four set apart are a headline's phrases (`风雨同舟　守护家园`), no names
MAX_NOTE_PARAGRAPHS = 3  # an editor's note runs to a paragraph or two, or its label alone over them (`编者按` / …)
_MAX_NAME_END = 3  # characters: the rest of a name a page break cut (`思`, `琳琳`), or a whole one cut from its role
_MAX_NAME = 4  # characters: a Chinese name, compound surname included (longer ones, `买买提·艾力`, are dotted)
_MAX_RUBRIC_LENGTH = 30
# A label in brackets on a line of its own, no clause in it, on the NFKC form: a column's or a series' name
# over a headline (`【系列报道·三】`, `【社区动态】`, `〔换届进行时〕`): read as a rubric is.
_LABEL_BRACKETS = "【】〔〕〖〗[]［］"  # `［一线故事］` is `[一线故事]` on the NFKC form
_BRACKET_LABEL = re.compile(rf"^[【〔〖\[][^【】〔〕〖〗\[\]。,;!?:]{{1,{_MAX_RUBRIC_LENGTH}}}[】〕〗\]]$")
# A series' part, after its name: `系列报道·三`, `系列报道之三`, `系列报道（三）`; the series is the section of every part.
_PART_NUMBER = re.compile(r"[·之][一二三四五六七八九十\d]{1,3}$|[(（][一二三四五六七八九十\d]{1,3}[)）]$")
_MAX_SIGNATURE_LENGTH = 30  # characters: who issued a notice (`管城回族区城东路街道办事处`), maybe two bodies
MAX_HEADLINE_LENGTH = 40  # characters: a line printed over a byline, or over text with neither a lead nor a byline, to be its article's headline
_MAX_KICKER_LENGTH = 6  # characters: a word printed over a headline, ending with `！` (`喜报！`), is part of it


class Kind(enum.Enum):
    BLANK = "blank"
    FURNITURE = "furniture"
    RUBRIC = "rubric"
    BYLINE = "byline"
    CREDIT = "credit"  # a photo credit without a role, `王磊 摄`: printed under a photo, anywhere in the article
    SIGNED_ABOVE = "byline above the text"  # a byline under the headline, over the text it signs (see bylines_above_text)
    TEXT = "text"
    CONTINUED = "continued"  # the rest of a byline broken by a page break; its text is on the byline's line
    JUMP = "jump"  # only a jump marker: `（上接第1版）`, `（下转第2版）`


@dataclass(frozen=True)
class Jump:
    """A jump marker: the story comes from another page (`（上接第1版）`) or goes on there (`（下转第2版）`)."""

    marker: str  # as printed
    page: str  # the other page: `1`, `A1`
    onward: bool  # the story goes on on that page, rather than coming from it

    def __str__(self) -> str:
        return f"continued {'on' if self.onward else 'from'} page {self.page}"



@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor counts lines in the page file
    text: str  # as printed, without indentation, nor a jump marker cut from it (see jump), nor a rubric before it (see section)
    kind: Kind
    byline: Byline | None = None
    what: str = ""  # for furniture: what it is, for the --verbose listing
    indented: bool = False
    continued_on: tuple[int, ...] = ()  # for a byline broken by a page break: the numbers of its other lines
    jump: Jump | None = None  # the jump marker the line is (JUMP), or that was cut from its start or end (TEXT)
    after_break: bool = False  # page furniture (a page number, a running head) stands between it and the text above
    section: str | None = None  # the section a rubric starts; or the rubric printed before a headline on its line
    bullet: bool = False  # a caption's mark (`▲`) printed as a brief's bullet: no caption (see bullets_before_briefs)

    @property
    def last_number(self) -> int:
        return self.continued_on[-1] if self.continued_on else self.number

    @property
    def key(self) -> str:
        """The text in the form two printings of it compare equal."""
        return compact(self.text)

    @property
    def is_box_label(self) -> bool:
        """A marked line read as text: the label of a box inside an article (`■相关链接`), a paragraph of its own."""
        return self.kind is Kind.TEXT and _marked(fold(self.text))

    @property
    def is_list_item(self) -> bool:
        """Text that starts as a list's items do (`◆加强巡逻防控；`, a box's label too; `●书法展示`, `1.书画展：…`): it starts a paragraph."""
        return self.kind is Kind.TEXT and _ITEM_START.match(fold(self.text)) is not None

    @property
    def is_numbered_subhead(self) -> bool:
        """A feature's numbered part, a short line with no clause (`一、扎根社区二十年`, `（一）…`); not a list's item that says its sentence (`一、建强组织体系。在小区…`)."""
        folded = fold(self.text)
        number = _SECTION_NUMBER.match(folded)
        return (
            self.kind is Kind.TEXT and number is not None
            and len(self.text) <= MAX_HEADLINE_LENGTH and CLAUSE_MARKS.search(folded, number.end()) is None
        )

    @property
    def is_list_number(self) -> bool:
        """Text that is only a list's number (`（3）`, `3.`): its item's text follows."""
        return self.kind is Kind.TEXT and _LIST_NUMBER_ALONE.match(fold(self.text).strip()) is not None

    @property
    def opens_a_list(self) -> bool:
        """Text that ends with a colon (`…部署以下重点工作：`, `当选人员名单如下：`), or heads an appendix: a list's items may follow."""
        return self.kind is Kind.TEXT and (fold(self.text).rstrip().endswith(":") or self.heads_an_appendix)

    @property
    def heads_an_appendix(self) -> bool:
        """Text that heads what an article prints under its byline: `附：部分村党支部书记当选名单`, `附件1：`; a box's label (`■相关链接`, `记者手记`),
        also with a colon, alone or before the box's text (`温馨提示：`, `温馨提示：签约居民可享受…`)."""
        folded = fold(self.text).lstrip()
        label = _rubric_name(folded.split(":", 1)[0]) if ":" in folded else _rubric_name(self.text)
        return self.kind is Kind.TEXT and (_APPENDIX.match(folded) is not None or label in _APPENDED_BOXES)

    @property
    def names_a_source(self) -> bool:
        """Text that says where the article came from, as printed under its byline: `来源：管城发布`, `（据《郑州日报》）`; or who
        wrote it, under a commentary's signature: `（作者单位：管城区委党校）`, `（作者系…干部）`."""
        return self.kind is Kind.TEXT and _SOURCE_NOTE.match(fold(self.text).strip()) is not None

    @property
    def is_caption(self) -> bool:
        """A photo's caption: it starts as captions do (`图为…`, `▲…`), or ends with a photo credit (`…。王磊 摄`)."""
        return self.starts_as_caption or (self.kind is Kind.TEXT and caption_credit(fold(self.text)) is not None)

    @property
    def starts_as_caption(self) -> bool:
        """Text that starts as captions do: `图为…`, `▲…`."""
        return self.kind is Kind.TEXT and not self.bullet and fold(self.text).startswith(CAPTION_START)

    @property
    def is_date(self) -> bool:
        """A date alone read as text (`2020年12月28日` under a notice's signature, maybe with its weekday): a paragraph of its own."""
        return self.kind is Kind.TEXT and _dated_alone(fold(self.text))

    @property
    def names_editors(self) -> bool:
        """A line naming only editors read as text (`审核：王芳`, see editors_printed_in_text)."""
        return self.kind is Kind.TEXT and names_editors_only(fold(self.text))

    @property
    def is_lead(self) -> bool:
        """Text that opens a news item: its dateline (`本报讯`), or a byline in brackets where the page prints none (`【通讯员 李明】6月9日晚，…`)."""
        return self.kind is Kind.TEXT and (DATELINE.match(self.key) is not None or opens_with_a_byline(fold(self.text).lstrip()))

    @property
    def asks_or_exclaims(self) -> bool:
        """Text that ends with `？` or `！` (closing quotes allowed), as a headline may: `谁来管？`, `我们在一起！`.

        Not a Q&A's question (`问：在哪里可以缴费？`): no headline opens so.
        """
        return self.kind is Kind.TEXT and _final_mark(fold(self.text)) in ("?", "!") and not self.is_question_or_answer

    @property
    def is_numbered_question(self) -> bool:
        """Text numbered as a list's items are that asks (`1.缴费标准是多少？`, `一、如何参保？`): a Q&A's question."""
        folded = fold(self.text)
        return self.kind is Kind.TEXT and _NUMBERED.match(folded) is not None and _final_mark(folded) == "?"

    @property
    def is_question_or_answer(self) -> bool:
        """A line of a Q&A or an interview, opened by who speaks: `问：…？`, `答：…`, `记者：…？`. Text, never a headline."""
        return self.kind is Kind.TEXT and (_QUESTION_OR_ANSWER.match(fold(self.text)) is not None or role_and_colon(self.text))

    @property
    def is_kicker(self) -> bool:
        """A word printed over a headline, ending with `！`: `喜报！`."""
        folded = fold(self.text).strip()
        return self.kind is Kind.TEXT and len(folded) <= _MAX_KICKER_LENGTH and folded.endswith("!")

    @property
    def is_subtitle(self) -> bool:
        return _SUBTITLE.match(fold(self.text)) is not None

    @property
    def ends_a_clause(self) -> bool:
        """True for text that ends inside a sentence, after a clause (`，`, `、`, `；`): text a break cut, never a headline."""
        return self.kind is Kind.TEXT and fold(self.text).rstrip().endswith((",", "、", ";"))

    @property
    def is_editors_note(self) -> bool:
        """Text that opens an editor's note (`编者按：…`, `【编者按】`), printed between a headline and the article: it heads no article."""
        return self.kind is Kind.TEXT and self.key.lstrip(_LABEL_BRACKETS).startswith(EDITORS_NOTE)

    @property
    def stops_after_a_clause(self) -> bool:
        """Text that holds a clause and stops without ending the sentence (`改造后，小区供水更稳定，居民告别了`): a
        sentence's line, wrapped or cut by a page break; or a headline printed with a comma (`小区变了样，居民笑开颜`)."""
        folded = fold(self.text).rstrip()
        return self.kind is Kind.TEXT and not self.is_lead and CLAUSE_MARKS.search(folded[:-1]) is not None and not ends_paragraph(folded)

    @property
    def runs_on(self) -> bool:
        """True for text whose sentence goes on past its end (`…李想想了想说：`, `…密密麻麻记着——`, `…走进社区，`): never a headline.

        A headline may end with `：` (a place over the headline proper, `城东路街道：`), but holds no clause before it.
        """
        folded = fold(self.text).rstrip()
        return self.ends_a_clause or (self.kind is Kind.TEXT and folded.endswith((":", "—", "…")) and CLAUSE_MARKS.search(folded[:-1]) is not None)

    @property
    def is_body_text(self) -> bool:
        """Text no headline can be: no lead, and it ends a sentence with `。` or ends inside one, or it is longer than a headline."""
        return self.kind is Kind.TEXT and not self.is_lead and (
            self.ends_with_full_stop or self.ends_a_clause or len(self.text) > MAX_HEADLINE_LENGTH
        )

    @property
    def ends_with_full_stop(self) -> bool:
        """True for text that ends a sentence with `。` (or `……`): an article's, never a headline."""
        return self.kind is Kind.TEXT and _FULL_STOP.search(fold(self.text)) is not None


def ends_paragraph(text: str) -> bool:
    """A sentence's end (`…使用方法。（记者 柴琳琳）`, `…。　　记者　柴琳琳` too), a colon before a list or a quotation below, a caption's credit, a column's or a box's label (`记者手记`, `相关链接`, `天气预报`: a subhead of its own), a date alone (a notice's, under its signature), where the article came from (`来源：管城发布`), or who gave its photos (`图片由社区提供`, `社区供图`: never a headline).

    A lone `.` does not count: a break can fall inside a number like 3456273.43.
    """
    folded = fold(text).rstrip()
    return (
        ends_sentence(folded) or folded.rstrip(CLOSERS).endswith(":") or ends_with_photo_credit(folded)
        or labels_a_column(folded) or _labels_a_box(folded) or is_date_alone(folded) or _SOURCE_NOTE.match(folded) is not None
        or ends_signed(folded)  # signed after its last sentence, spaces before the role: `…。　　记者　柴琳琳`
        or notes_photos_given(folded)
        or folded.endswith(_SIGNED_OFF)  # a notice's closing words, often printed with no mark: `…，声明作废`, `特此公告`
    )


def is_bracketed_label(text: str) -> bool:
    """True when `text` is a label in brackets alone (`【共建共享】`): a rubric, a box's label or a feature's part."""
    return _BRACKET_LABEL.match(fold(text).strip()) is not None


def titles_a_document(text: str) -> bool:
    """True when `text` is a document's title (see _DOCUMENT_TITLE): `关于…的通知`, `…选民登记公告`, `倡议书`."""
    return _DOCUMENT_TITLE.fullmatch(compact(text)) is not None and compact(text) not in _SIGNED_OFF  # `特此公告` closes one


def labels_a_page_box(text: str) -> bool:
    """True when `text` is the label of one of the page's own boxes, no article's: `天气预报`, `■本期导读`, `【公益广告】`."""
    return _rubric_name(fold(text)) in _PAGE_BOX_LABELS


def _labels_a_box(text: str) -> bool:
    """True when `text` is a box's label, an article's (`相关链接`, `小贴士`) or the page's (`天气预报`)."""
    name = _rubric_name(fold(text))
    return name in _BOX_LABELS or name in _PAGE_BOX_LABELS


# A short phrase and a colon on a line of its own, no clause before it (see lead_in_with_a_colon), on the NFKC form;
# a place's name and a colon (see names_a_place_alone).
_LEAD_IN_WITH_A_COLON = re.compile(r"[^。,;!?:]{2,20}:")
_PLACE_AND_COLON = re.compile(rf"[{HAN}]{{2,16}}(?:街道|乡|镇|社区|村)\s*:")


# A label and what it gives, a number or an address with no Chinese in it (checked on the NFKC form):
# `服务热线：0371-66668888`, `网址：www.zzgc.gov.cn`. A line of an article's text; a headline's colon is followed by words.
_LABELLED_VALUE = re.compile(rf"(?<!\d):\s*[0-9A-Za-z][^{HAN}]*$")  # not a time, `12:30`


def _final_mark(folded: str) -> str:
    """The last character of the NFKC text `folded` before any closing quotes or brackets: `？` of `“…怎么创？”`."""
    return folded.rstrip().rstrip(CLOSERS)[-1:]


def lists_a_place(text: str) -> bool:
    """True when `text` is a row of a list of places: words set apart by spaces (`南关街街道　96.8`), or a place's name
    and a number after a colon (`东大街街道：0371-66221234`). Such a list names no place as the item's own."""
    return holds_spaced_words(text) or (_PLACE_AND_COLON.match(fold(text).lstrip()) is not None and gives_a_labelled_value(text))


def gives_a_labelled_value(text: str) -> bool:
    """True when `text` ends with a label and what it gives, a number or an address: `咨询电话：0371-66201234`."""
    return _LABELLED_VALUE.search(fold(text).rstrip()) is not None


def dateline(text: str) -> str:
    """The dateline `text` opens with, as printed (`本报讯`, `本报郑州讯`), or ''."""
    found = DATELINE.match(fold(text))
    return text[: found.end()] if found else ""  # NFKC keeps a dateline's length: Han characters and digits


def is_dateline_alone(text: str) -> bool:
    """`text` is only a dateline (`本报讯` on a line of its own, the lead's text on the next)."""
    return DATELINE.fullmatch(compact(text)) is not None


def lead_in_with_a_colon(text: str) -> bool:
    """True for a short phrase and a colon alone on a line (`北下街街道：`, `圃田乡村“两委”换届：`): standing apart over a
    headline's words, the headline's first line, as `北下街街道：多措并举…` prints on one.

    It ends a paragraph all the same (a colon): under text, it announces what follows (`主要做法如下：`).
    """
    return _LEAD_IN_WITH_A_COLON.fullmatch(fold(text).strip()) is not None


# What announces the words under it (`居民说：`, `他表示：`, `主要做法如下：`): a quotation or a list, not a headline.
_ANNOUNCES = re.compile(r"(?:说|道|讲|称|问|答|表示|指出|介绍|坦言|感慨|回忆|强调|认为|告诉记者|写道|提醒|呼吁|如下)\s*:$")


def leads_into_a_feature_headline(text: str) -> bool:
    """True for a lead-in that may stand over a feature's headline and byline: a place's name and a colon
    (`北下街街道：`), or who the feature is about (`社区书记李建军：`); not words announcing a quotation (`居民说：`)."""
    return names_a_place_alone(text) or (lead_in_with_a_colon(text) and _ANNOUNCES.search(fold(text).strip()) is None)


def names_a_place_alone(text: str) -> bool:
    """True for a place's name and a colon alone (`北下街街道：`, `南关街街道豫丰社区：`): of the lead-ins, the one that
    may stand over a feature's headline and byline; another (`居民说：`) over a line and a byline is more likely text."""
    return _PLACE_AND_COLON.fullmatch(fold(text).strip()) is not None


def _dated_alone(folded: str) -> bool:
    """True when the NFKC line `folded` prints a date and maybe its weekday, and nothing else: `2021年7月25日　星期日`."""
    return _DATE_AND_WEEKDAY.fullmatch(_in_digits(folded).strip().strip("()")) is not None


def is_date_alone(folded: str) -> bool:
    """True when the NFKC line `folded` prints a date and nothing else: `2020年12月28日`, `2020-12-28`, `二〇二〇年十二月二十八日`,
    maybe in brackets (`（2021年7月28日）`, when a speech was given)."""
    return _FULL_DATE.fullmatch(_in_digits(folded).strip().strip("()")) is not None


def ends_sentence(folded: str) -> bool:
    """True when the NFKC text `folded` ends with a sentence's end: `。`, `！`, `？` or `……`, maybe followed by closing quotes or a note."""
    return _SENTENCE_END.search(folded) is not None


def printed_lines(lines: list[Line]) -> list[Line]:
    """The lines that print the page's content: not blank, not page furniture."""
    return [line for line in lines if _prints(line)]


def _reread(lines: list[Line], numbers: Collection[int], **fields) -> list[Line]:
    """`lines`, those whose number is in `numbers` read again as `fields` say (their kind, and what goes with it)."""
    return [replace(line, **fields) if line.number in numbers else line for line in lines]


def shown_lines(lines: list[Line]) -> list[Line]:
    """The lines that print anything, page furniture too: what stands beside a line, whatever blank lines are between."""
    return [line for line in lines if line.kind is not Kind.BLANK]


def _prints(line: Line) -> bool:
    return line.kind not in (Kind.BLANK, Kind.FURNITURE)


def printed_together(upper: Line, lower: Line) -> bool:
    """True when `lower` is printed right under `upper`, with no blank line (nor anything else) between."""
    return lower.number == upper.last_number + 1


def classify_lines(printed: list[str]) -> list[Line]:
    """Each printed line (indentation and all) classified; bylines broken by a page break joined."""
    lines = [classify_line(number, text) for number, text in enumerate(printed, 1)]
    lines = page_numbers_standing_alone(lunar_dates_in_breaks(dates_in_text(contacts_in_calls_for_entries(weather_boxes(lines)))))
    # A paper's name is read before the editors' line beside it: a running head over it (`管城回族区报·综合新闻` /
    # `责任编辑：王芳` inside a paragraph a break cut) makes that line the page's too.
    lines = page_box_labels_alone(editors_printed_in_text(papers_named_in_page_breaks(lines)))
    lines = bullets_before_briefs(marked_lines_in_place(lines))
    lines = names_in_a_sentence_read_as_text(questions_read_as_text(headlines_read_as_text(bracket_ends_read_as_text(lines))))
    lines = byline_the_page_end_cut(bylines_printed_twice(join_broken_bylines(bylines_printed_twice(lines))))
    return page_breaks_marked(signatures_under_text(bylines_above_text(lines)))


def _rubric_name(text: str) -> str:
    """The section a rubric line names: `■活动室` → `活动室`, `■活动室■` and `【简讯】` too; letter-spaced, `■ 党 建 引 领` → `党建引领`.

    Spaces between phrases stay: `■输入新鲜血液 找好接班人`.
    """
    name = text.strip().strip(RUBRIC_MARKS + _LABEL_BRACKETS).strip()
    words = name.split()
    name = "".join(words) if all(len(word) == 1 for word in words) else name
    return _PART_NUMBER.sub("", name).strip() or name


def marked_lines_in_place(lines: list[Line]) -> list[Line]:
    """Rubric lines read by what is printed around them: a rubric, a box's label, a headline.

    A rubric stands over a headline, or names a column of briefs printed
    without one (`■简讯`). A marked line inside an article, under its
    text (not signed at its end, as a brief is: `…。（记者 柴琳琳）`) and
    over text no headline can be (see Line.is_body_text), or over any line
    but a lead or a headline over one when named as boxes are (`■相关链接`),
    labels a box in that article or is a subhead of it (`◆支部建在网格上`
    in a feature): it is text, a paragraph of its own (but `■简讯`, which
    names a column of briefs, ends the article above); so
    is a run of marked lines under a line that opens a list (`…重点工作：` /
    `◆加强巡逻防控` / `◆开展隐患排查`), the list's items. A
    marked line right over a lead is, when it holds two phrases, a rubric
    and the headline printed on its line (`■活动室　一碗饺子温暖群众心`),
    in a column of briefs (`简讯`) too, as no brief's headline is printed
    so; else, in a column of briefs, the next brief's headline
    (`■北下街街道开展消防演练`), over its lead or over text no headline can be
    (`◆东大街街道召开换届动员会` / `7月26日，…。（通讯员 陈思）`); else the name of a column of briefs.
    """
    content = printed_lines(lines)
    shown = shown_lines(lines)
    over_a_break = {line.number for line, below in zip(shown, shown[1:]) if below.kind is Kind.FURNITURE}
    read: dict[int, Line] = {}
    section = None
    for headline_above, headline, above, line, below, after in zip(
        [None, None, None, *content], [None, None, *content], [None, *content], content, content[1:], [*content[2:], None]
    ):
        if line.kind is not Kind.RUBRIC:
            continue
        if titles_a_document(line.section) and (is_bracketed_label(line.text) or ends_paragraph(below.text) or below.is_body_text):
            # `【征稿启事】`, `【更正】`, or `■遗失声明` over its text: a notice's title, no rubric; it heads the notice under it.
            read[line.number] = replace(line, kind=Kind.TEXT, text=line.section, section=None)
            continue
        if compact(line.text) in _BARE_COLUMN_LABELS and below.is_body_text and not below.is_list_item:
            # A word with no mark, right over text no headline can be: that item's own headline (`短评` / `给劳动者…。`).
            read[line.number] = replace(line, kind=Kind.TEXT, section=None)
            continue
        above = read.get(above.number, above) if above is not None else None  # an item of a list above, read as text
        phrases = line.section.split(maxsplit=1)
        # A text signed at its end (`…排查隐患12处。（记者 柴琳琳）`, a brief) is finished: what is under it is not its.
        under_text = above is not None and above.kind is Kind.TEXT and closing_byline(above.text) is None
        under_a_byline = above is not None and above.kind is Kind.BYLINE
        # No headline: the next article's would start under the marked line. Nor is text a page break cut after a
        # clause (`改造前，社区召开…梳理出加装路` / a running head / `灯、增设停车位…`).
        # Nor an indented paragraph's first line, wrapped before its end onto a flush line (`　　小店门口贴着…扫码就能加入` /
        # `邻里群。`): a page that indents its headlines too prints an indented lead under them.
        over_body_text = below.is_body_text or (below.number in over_a_break and below.stops_after_a_clause) or (
            below.indented and below.kind is Kind.TEXT and not below.is_lead
            and after is not None and after.kind is Kind.TEXT and not after.indented and printed_together(below, after)
        )
        # No lead, nor a headline over one, or over the byline that signs its text, or standing apart over a Q&A
        # (`租房押金不退怎么办？` / `问：…`).
        over_text = not below.is_lead and not (after is not None and (after.is_lead or _heads_a_byline(below, after) or _heads_a_q_and_a(below, after)))
        # A bulleted brief signed at its end (`●…。（记者 王磊）`) is no list's item; nor is a rubric under a list of other
        # items (`2.向社区提交申请。` / `■活动室`) over the next article's headline and lead.
        in_a_list = _in_a_list(above) and under_text and (above.opens_a_list or _marked_alike(above, line) or over_text)
        named_a_box = line.section in _BOX_LABELS and over_text  # `■小贴士` over a headline is a rubric all the same
        # A feature's first subhead (`◆从“旁观者”到“主人翁”`) under the byline its headline is signed with, over its text.
        first_subhead = under_a_byline and _signs_from_above(headline_above, headline, above) and below.ends_with_full_stop
        # A feature's part in brackets (`【共建共享】`) over its subhead and that part's text, signed by no one: the
        # next article's rubric would stand over a lead, a byline, or a brief signed at its end.
        part = (
            under_text and over_text and is_bracketed_label(line.text) and not names_a_column(line.section)
            and after is not None and after.kind is Kind.TEXT and after.is_body_text and closing_byline(after.text) is None
        )
        in_article = (
            (under_text and (over_body_text or named_a_box)) or (under_a_byline and line.section in _APPENDED_BOXES and over_text)
            or first_subhead or part
        )
        if (in_article or in_a_list) and not names_a_column(line.section):  # `■简讯` names a column, never a subhead
            read[line.number] = replace(line, kind=Kind.TEXT, section=None)
        elif below.is_lead and len(phrases) == 2:
            read[line.number] = replace(line, kind=Kind.TEXT, text=phrases[1], section=phrases[0])
        elif (below.is_lead or (below.is_body_text and not below.is_caption and not names_a_column(line.section))) and names_briefs(section) and not names_briefs(line.section):
            read[line.number] = replace(line, kind=Kind.TEXT, text=line.section, section=None)
        section = read.get(line.number, line).section or section
    if len(content) >= 2 and content[-1].kind is Kind.RUBRIC:  # the page's last line, with nothing under it
        last, above = content[-1], read.get(content[-2].number, content[-2])
        if above.kind is Kind.TEXT and _in_a_list(above) and _marked_alike(above, last) and not names_a_column(last.section):
            read[last.number] = replace(last, kind=Kind.TEXT, section=None)  # a list's last item (`◆勤洗手` / `◆常通风`)
    return [read.get(line.number, line) for line in lines]


def bullets_before_briefs(lines: list[Line]) -> list[Line]:
    """Lines marked as captions are (`▲`) that are briefs, or their headlines: the mark is a bullet.

    A brief signed in brackets (`▲7月26日，…。（通讯员 陈思）`): a caption is
    signed by who took the photo, if at all. A line that may be a headline,
    over a brief signed so, or in a column of briefs (`■简讯`) over any
    text (`▲东大街街道召开换届动员会` / `7月26日，…`).
    """
    content = printed_lines(lines)
    bullets: set[int] = set()
    section = None
    for index, line in enumerate(content):
        if line.kind is Kind.RUBRIC:
            section = line.section
        if not line.starts_as_caption:
            continue
        below = content[index + 1] if index + 1 < len(content) else None
        may_head = len(line.text) <= MAX_HEADLINE_LENGTH and not ends_paragraph(line.text)
        heads = below is not None and below.kind is Kind.TEXT and may_head and (
            names_briefs(section) or _signed_as_a_brief(_paragraph_from(content, index + 1))
        )
        if heads or _signed_as_a_brief(line.text):
            bullets.add(line.number)
    return _reread(lines, bullets, bullet=True)


def _signed_as_a_brief(text: str) -> bool:
    return closing_byline(text) is not None and caption_credit(text) is None


def _paragraph_from(content: list[Line], start: int) -> str:
    """The text of the lines printed together from `content[start]` to the first that ends a paragraph."""
    paragraph = [content[start]]
    while not ends_paragraph(paragraph[-1].text) and start + len(paragraph) < len(content):
        following = content[start + len(paragraph)]
        if following.kind is not Kind.TEXT or not printed_together(paragraph[-1], following):
            break
        paragraph.append(following)
    return "".join(line.text for line in paragraph)


def weather_boxes(lines: list[Line]) -> list[Line]:
    """The page's weather box: its label (`天气预报`, `今日天气`) and the forecast's lines printed together under it
    (`今天：晴　24℃～33℃`), after blank lines if the label stands alone. Page furniture, wherever it stands: the headline
    under it heads an article, and a paragraph under it goes on with the article above."""
    boxed: set[int] = set()
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or _rubric_name(fold(line.text)) not in _WEATHER_LABELS:
            continue
        under = list(itertools.dropwhile(lambda below: below.kind is Kind.BLANK, lines[index + 1 :]))
        forecast = list(itertools.takewhile(lambda below: below.kind is Kind.TEXT and _FORECAST.search(fold(below.text)), under))
        # A short word of advice may close the box (`高温天气请注意防暑降温`): up to two lines more, then a blank line.
        rest = list(itertools.takewhile(lambda below: below.kind is not Kind.BLANK, under[len(forecast) :]))
        if len(rest) <= _MAX_FORECAST_ADVICE and all(below.kind is Kind.TEXT and _ADVICE.fullmatch(fold(below.text).strip()) for below in rest):
            forecast += rest
        if forecast:
            boxed |= {line.number, *(below.number for below in forecast)}
    return _reread(lines, boxed, kind=Kind.FURNITURE, what="the page's weather box")


def page_box_labels_alone(lines: list[Line]) -> list[Line]:
    """A box's label of the page (`本期导读`, `公益广告`) over nothing but furniture (the contents' entries, `■第2版 …`) or
    at the page's end: furniture too, so the column of briefs above it still ends where its text does."""
    shown = shown_lines(lines)
    alone = {
        line.number for line, below in zip(shown, [*shown[1:], None])
        if line.kind is Kind.TEXT and labels_a_page_box(line.text) and (below is None or below.kind is Kind.FURNITURE)
    }
    return _reread(lines, alone, kind=Kind.FURNITURE, what=PAGE_BOX)


def page_numbers_standing_alone(lines: list[Line]) -> list[Line]:
    """Text lines that are only `（3）`, `A3`, `【3】` or `•3•` and stand alone: page numbers.

    Such a line could be text, a list item's number the page put on a line
    of its own; but that is printed right against the item's text. A page
    number in a page break stands apart: the lines above and below it are
    blank (or other furniture, or the page's edge). On a page without blank
    lines it stands against the text: a number no list prints (`A2`, `【3】`,
    `•3•`; not `（3）`) is the page's wherever it stands alone on its line. Right under a colon, a number is text.
    """

    def apart(index: int) -> bool:
        return not 0 <= index < len(lines) or lines[index].kind in (Kind.BLANK, Kind.FURNITURE)

    def page_number(index: int, line: Line) -> bool:
        found = _LONE_PAGE_NUMBER.match(fold(line.text))
        return found is not None and ((apart(index - 1) and apart(index + 1)) or not found[0].startswith("("))

    lines = [
        replace(line, kind=Kind.FURNITURE, what="page number") if line.kind is Kind.TEXT and page_number(index, line) else line
        for index, line in enumerate(lines)
    ]
    # A number right under a colon is what it announces (`…请拨打：` / `110`), never the page's.
    announced = {line.number for above, line in zip(lines, lines[1:]) if line.what == "page number" and above.opens_a_list}
    return _reread(lines, announced | _part_numbers(lines), kind=Kind.TEXT, what="")


def _part_numbers(lines: list[Line]) -> set[int]:
    """The numbers of an essay's parts (`1`, `2`, `3` alone on their lines, each under a finished paragraph or a byline):
    they count up from 1, as a page's own number, printed at each of its breaks, does not."""
    shown = shown_lines(lines)
    numbers = [
        (line, above) for above, line in zip([None, *shown], shown)
        if line.what == "page number" and fold(line.text).strip().isdigit()
    ]
    counting = [int(fold(line.text)) for line, _ in numbers] == list(range(1, len(numbers) + 1))
    finished = all(
        above is not None and (above.kind is Kind.BYLINE or ends_paragraph(above.text) or marked_signature(above.text) is not None) for _, above in numbers
    )
    return {line.number for line, _ in numbers} if len(numbers) > 1 and counting and finished else set()


def papers_named_in_page_breaks(lines: list[Line]) -> list[Line]:
    """Text lines naming only the paper or the page (`管城新闻`, `GUANCHENG NEWS`) inside text a page break cut: running heads.

    Alone, such a name may be a headline (`社区新闻`); but not standing
    apart between the two parts of a sentence: under text that stops
    mid-sentence and can be no headline (a lead, `本报讯（记者 柴琳琳 通讯员`;
    a long line; one holding a clause, `据了解，此次活动共发放宣传资料`),
    and over text that starts no article (no lead, nor a headline over one);
    nor printed right under a clause's end, on a page without blank lines
    (`…进行检测维修，` / `管城新闻` / `并耐心讲解…`). There a page ended. So did it between a headline
    standing apart and its lead (`书法进社区 墨香迎新春` / `GUANCHENG NEWS` /
    `本报讯 …`): no article has two headlines. So did it over the page's
    first line, the masthead, when a running head is printed right under it.
    """
    content = printed_lines(lines)
    two_after = [content[index + 2 : index + 4] for index in range(len(content))]  # what _opens_headline looks at
    heads = {
        line.number
        for before, above, line, below, following in zip([None, None, *content], [None, *content], content, content[1:], two_after)
        if line.kind is Kind.TEXT and not line.is_lead and (_names_a_paper(fold(line.text)) or _PAGE_WORD_AND_NUMBER.fullmatch(fold(line.text).strip()))
        and above is not None and (above.kind is Kind.TEXT or _asks_after_a_role(above)) and not ends_paragraph(above.text)
        and (not _may_head(before, above) or above.stops_after_a_clause or above.ends_a_clause or above.kind is Kind.BYLINE)
        and below.kind is Kind.TEXT and not below.is_lead and not _opens_headline(below, following, line)
        # Apart from both; or, on a page without blank lines, right under a clause's end (`…进行检测维修，` / `管城新闻`).
        and ((not printed_together(above, line) and not printed_together(line, below)) or above.ends_a_clause)
    }
    # The next page's name under a page number, in a headline a page break cut (`十八里河街道开展` / `-3-` / `综合新闻` /
    # `防汛应急演练`): beside the page's furniture, over no lead.
    shown = shown_lines(lines)
    heads.update(
        line.number
        for furniture, line, below in zip(shown, shown[1:], shown[2:])
        if furniture.kind is Kind.FURNITURE and line.kind is Kind.TEXT and _names_a_paper(fold(line.text))
        and below.kind is Kind.TEXT and not below.is_lead and not printed_together(line, below)
    )
    heads.update(
        line.number
        for before, above, line, below in zip([None, None, *content], [None, *content], content, content[1:])
        if line.kind is Kind.TEXT and _names_a_paper(fold(line.text)) and below.is_lead and _may_head(before, above)
        and not printed_together(above, line) and not printed_together(line, below)
    )
    # The page's head, over its first article: the masthead, the paper's name over its date line (`GUANCHENG NEWS 管城回族区报`
    # / `2021年8月1日 …`; also over a blank line, or printed over two lines: `管城回族区报` / `GUANCHENG NEWS`); and the page's
    # name printed right against its number or date line (`A2` / `综合新闻` / `2021年8月1日 星期日`).
    top = list(itertools.takewhile(lambda line: line.kind is Kind.FURNITURE or (line.kind is Kind.TEXT and _names_a_paper(fold(line.text))), shown))
    if any(line.kind is Kind.FURNITURE for line in top):
        beside = {
            line.number for above, line, below in zip([None, *top], top, [*top[1:], None])
            if any(other is not None and other.kind is Kind.FURNITURE and printed_together(*pair) for other, pair in ((above, (above, line)), (below, (line, below))))
        }
        heads.update(line.number for line in top if line.kind is Kind.TEXT and (_names_the_paper(fold(line.text)) or line.number in beside))
    # The paper's name alone right over a headline over its lead (`管城回族区报` / `城东路街道开展禁毒宣传` / `本报讯 …`), at
    # the page's top or under a finished item: no headline starts with the paper's name alone on its line.
    heads.update(
        line.number
        for above, line, below, after in zip([None, *content], content, content[1:], content[2:])
        if line.kind is Kind.TEXT and _names_the_paper(fold(line.text)) and below.kind is Kind.TEXT and not below.is_lead and after.is_lead
        and (above is None or above.kind is Kind.BYLINE or ends_paragraph(above.text))
    )
    # The paper's name alone under a finished paragraph, where a page ended after a sentence: right over the next page's
    # running head (`…取得了显著成绩。` / `管城回族区报` / `2012年3月12日 星期一 第4版`), or apart between two paragraphs of
    # text (`…增长12.6%。` / `管城回族区报` / `固定资产投资增长9.8%，…。`); no paragraph is the paper's name alone.
    heads.update(
        line.number
        for above, line, below in zip(shown, shown[1:], shown[2:])
        if line.kind is Kind.TEXT and _names_the_paper(fold(line.text)) and above.kind is Kind.TEXT and ends_paragraph(above.text)
        and (
            (below.kind is Kind.FURNITURE and printed_together(line, below))
            or (below.kind is Kind.TEXT and below.is_body_text and not below.is_lead and not printed_together(above, line) and not printed_together(line, below))
        )
    )
    return _reread(lines, heads, kind=Kind.FURNITURE, what="running head")


# Any page's name and its number (`综合 3`, `民生　6`, `6 民生`), as a running head prints them: only inside a sentence a
# page break cut, where no such words stand (a page's name alone may be a headline, `社区 3` a table's row).
_PAGE_WORD_AND_NUMBER = re.compile(rf"[{HAN}]{{2,4}}\s+[A-Z]?\d{{1,2}}|[A-Z]?\d{{1,2}}\s+[{HAN}]{{2,4}}")


def _asks_after_a_role(line: Line) -> bool:
    """True for a line read as a byline with a colon that holds a clause (`记者：下一步，街道`): an interview's question
    a page break cut (see questions_read_as_text), no byline's names."""
    return line.kind is Kind.BYLINE and role_and_colon(line.text) and "," in fold(line.text)


def _names_the_paper(folded: str) -> bool:
    """True when the NFKC line `folded` names the paper (`管城回族区报`, `GUANCHENG NEWS`), maybe with a page's name, and nothing else."""
    return _names_a_paper(folded) and (_PAPER_NAMED.search(folded) is not None or re.search(r"[A-Z]{2,}\s+[A-Z]{2,}", folded) is not None)


def _names_a_paper(folded: str) -> bool:
    """True when the NFKC line `folded` holds only what running heads print, and names the paper or the page (`管城新闻`)."""
    return (
        _SENTENCE_MARKS.search(folded) is None and _PAGE_OR_NAMED_PAGE.search(folded) is not None
        and not _DATE_LINE_PARTS.sub("", folded)
    )


def dates_in_text(lines: list[Line]) -> list[Line]:
    """Date lines that are text: the date a notice closes with, and a date a colon announces.

    A notice ends with who issued it, a short line without punctuation
    under its last finished paragraph, and the date alone under that
    (`管城回族区文明办` / `2020年12月28日`; right under it, with its weekday too). A line ending with a colon
    announces what is printed right under it (`开幕式时间：` /
    `2021年2月6日 星期六`). A running date line stands where a page breaks:
    at the page's edge, beside a page number or a running head, inside a
    paragraph a break cut; apart from the text, never right under a colon.
    """
    # A prompt or the paper's address printed over the signature (`扫码关注…`, `投稿邮箱：…`) is no page break.
    shown = [line for line in shown_lines(lines) if line.what not in _BESIDE_TEXT]
    in_text = {
        line.number
        for higher, above, upper, line in zip([None, None, *shown], [None, *shown], shown, shown[1:])
        if line.what == "running date line" and (
            # With its weekday only right under the signature: a running date line stands apart from the text.
            (is_date_alone(fold(line.text)) or (printed_together(upper, line) and _dated_alone(fold(line.text))))
            and signs_a_notice(above, upper, higher)
            or (upper.opens_a_list and printed_together(upper, line) and (_dated_alone(fold(line.text)) or _MONTH_DAY_AND_WEEKDAY.fullmatch(fold(line.text).strip())))
        )
    }
    return _reread(lines, in_text, kind=Kind.TEXT, what="")


def contacts_in_calls_for_entries(lines: list[Line]) -> list[Line]:
    """Where to send entries (`投稿邮箱：gcwl2021@126.com`) under text that calls for them (`…征集摄影作品…`, `…踊跃投稿。`):
    the call's own text, not the paper's address printed at the page's foot."""
    content = [line for line in lines if line.kind is Kind.TEXT or line.what == _PAPER_ADDRESS]
    own = {
        line.number
        for above, line in zip(content, content[1:])
        if line.what == _PAPER_ADDRESS and _SENDS_ENTRIES.match(fold(line.text)) and above.kind is Kind.TEXT and _CALLS_FOR_ENTRIES.search(above.text)
    }
    return _reread(lines, own, kind=Kind.TEXT, what="")


def signs_a_notice(above: Line | None, line: Line, higher: Line | None = None) -> bool:
    """True when `line`, under `above`, may be a notice's signature: a short line, no lead, without punctuation but
    quotes and brackets (`…村“两委”换届选举工作领导小组`), under a finished paragraph, a number given after its label
    (`监督举报电话：0371-66228123`) or a table's row (`委员　张伟　刘红`); or the second of two bodies signing
    together (`中共南曹街道工作委员会` / `南曹街道办事处`), when `higher`, the line over `above`, is given."""
    if not (line.kind is Kind.TEXT and not line.is_lead and len(line.text) <= _MAX_SIGNATURE_LENGTH and not _SIGNATURE_PUNCTUATION.search(fold(line.text))):
        return False
    if above is None or above.kind is not Kind.TEXT:
        return False
    if ends_paragraph(above.text) or gives_a_labelled_value(above.text) or holds_spaced_words(above.text) or _LABELLED_ITEM.match(fold(above.text)):
        return True
    return higher is not None and printed_together(above, line) and signs_a_notice(higher, above)


# On the NFKC form: words set apart by spaces, no sentence or clause mark, as a list or a table prints names,
# posts and names, or labels and values (`王小明　刘红　李秀英`, `主任　张建国`, `平均年龄　42.3岁`), a group's
# name (`十八里河街道应急志愿服务队`), a telephone number (`0371-66201001`) or a time (`8:30`).
_CELL = r"(?:[^\s。,;!?:]|(?<=\d):(?=\d)){1,20}"
_SPACED_WORDS = re.compile(rf"{_CELL}(?:\s+{_CELL})+")


def holds_spaced_words(text: str) -> bool:
    """True when `text` holds only words set apart by spaces (_SPACED_WORDS): a list's or a table's row."""
    return _SPACED_WORDS.fullmatch(fold(text).strip()) is not None


def lunar_dates_in_breaks(lines: list[Line]) -> list[Line]:
    """A lunar date alone (`庚子年冬月十六`, `农历冬月十六`) between the parts of a paragraph a page break cut: a running head.

    Apart from the text above, which ends no paragraph, and from the text
    below, it is what the page printed around the break, as running date
    lines do; so it is beside the break's page number or running head
    (`- 5 -` / `辛丑年六月廿三`). Elsewhere it may be text: a headline (`腊月初八`).
    """
    shown = shown_lines(lines)
    in_breaks = {
        line.number
        for above, line, below in zip([None, *shown], shown, [*shown[1:], None])
        if line.kind is Kind.TEXT and _LUNAR_DATE_ALONE.fullmatch(fold(line.text).strip())
        and (
            any(other is not None and other.kind is Kind.FURNITURE for other in (above, below))
            or (
                above is not None and above.kind is Kind.TEXT and not ends_paragraph(above.text) and not printed_together(above, line)
                and below is not None and below.kind is Kind.TEXT and not printed_together(line, below)
            )
        )
    }
    return _reread(lines, in_breaks, kind=Kind.FURNITURE, what="running head")


_FOOTER_EDITORS = 3  # roles: a page's footer names its editor, designer and proofreader; an article's credits fewer


def editors_printed_in_text(lines: list[Line]) -> list[Line]:
    """Running heads naming only editors (`责任编辑 王芳 李明`, `审核：王芳`) printed among the text: text.

    Such a running head is the page's where a page breaks: at the page's
    top or foot, beside a page number or another running head, under a
    byline (`记者 王磊` / `编辑 王芳`), or inside a paragraph a break cut
    (the text above ends no paragraph). Elsewhere it is the text's: a
    quotation it is printed against, a line between finished paragraphs,
    a notice's closing line under its date.
    """
    shown = shown_lines(lines)

    def among_text(above: Line | None, line: Line, below: Line | None) -> bool:
        against_text = any(
            other is not None and other.kind is Kind.TEXT and printed_together(*pair)
            for other, pair in ((above, (above, line)), (below, (line, below)))
        )
        after_a_paragraph = above is not None and above.kind is Kind.TEXT and ends_paragraph(above.text)
        over_text = below is not None and below.kind not in (Kind.FURNITURE, Kind.JUMP)
        # At the page's top, or right under its running head (`管城回族区报 … 第6版` / `责任编辑：王芳` / headline): the page's.
        at_the_top = above is None or (above.kind is Kind.FURNITURE and printed_together(above, line))
        # At the foot, under a text signed at its end (`…说。（记者 王晓）`): a finished item's, so the page's; so is a line
        # naming the page's three editors or more there (`责任编辑:李娜 美编:张华 校对:王芳`), a page's footer.
        at_the_foot = below is None and above is not None and above.kind is Kind.TEXT and (
            closing_byline(above.text) is not None or len(re.findall(EDITORS, fold(line.text))) >= _FOOTER_EDITORS
        )
        # Under where the article came from (`来源：管城发布` / `编辑：王芳　校对：李明`): the article is finished.
        under_a_source = above is not None and above.names_a_source
        return not at_the_top and not at_the_foot and not under_a_source and (against_text or (after_a_paragraph and over_text))

    in_text = {
        line.number
        for above, line, below in zip([None, *shown], shown, [*shown[1:], None])
        if line.kind is Kind.FURNITURE and names_editors_only(fold(line.text)) and among_text(above, line, below)
    }
    return _reread(lines, in_text, kind=Kind.TEXT, what="")


def names_editors_only(folded: str) -> bool:
    """True when the NFKC line `folded` reads as a running head that names only the page's editors (`审核：王芳`), no page nor paper."""
    return _furniture(folded) == "running head" and not _PAGE_OR_NAMED_PAGE.search(folded)


def page_breaks_marked(lines: list[Line]) -> list[Line]:
    """Text lines after a page break (furniture since the last text line above) marked `after_break`.

    Blank lines alone may end a paragraph or separate a headline from the
    text above; a page number or a running head between two lines shows
    only that a page ended there, maybe inside a headline (segment.py).
    """
    marked, furniture_since_text = [], False
    for line in lines:
        if line.kind is Kind.FURNITURE:
            furniture_since_text = True
        elif line.kind is not Kind.BLANK:
            if line.kind is Kind.TEXT and furniture_since_text and marked:
                line = replace(line, after_break=True)
            furniture_since_text = False
        marked.append(line)
    return marked


def headlines_read_as_text(lines: list[Line]) -> list[Line]:
    """Lines that read like a byline or a photo credit (`记者站揭牌`, `摄影爱好者…`) but come right before a lead or a subtitle: headlines.

    A byline ends an article; the next article's headline stands between it
    and the next lead. But one printed under a finished sentence of text and
    over a lead signs that text: briefs (简讯) have no headline, one's byline
    is followed by the next one's lead. Read so, a headline that looks like
    a byline after an unsigned article would sign it; the other way, every
    brief's byline would become the next brief's title. What tells them
    apart there: a brief's byline sets its role word off from the names
    (`记者 柴琳琳`, `记者：柴琳琳`), a headline runs on from it as one
    phrase (`摄影展开幕`, `记者节座谈会`), which parses as a byline only
    because a 2–4 character name may follow a role with no space. A photo
    credit (`王磊 摄`) starts with no role, and signs.

    The text above is finished when it ends with `。`, which no headline
    does; or with `！`, `？` or `……` (`居民纷纷点赞：“真暖心！”`), which a
    headline may, when it is a lead or is printed right under other text.
    A line that signs under another signature (`记者 柴琳琳` / `王磊 摄`)
    signs the same text.
    """
    content = printed_lines(lines)

    def signs(line: Line) -> bool:
        return line.kind is Kind.CREDIT or role_set_off(line.text)

    def finished_text(above: Line | None, line: Line | None) -> bool:
        if line is None or line.kind is not Kind.TEXT:
            return False
        in_text = line.is_lead or (above is not None and above.kind is Kind.TEXT and printed_together(above, line))
        return line.ends_with_full_stop or (in_text and ends_sentence(fold(line.text)))

    def is_headline(above: Line | None, before: Line | None, line: Line, after: Line) -> bool:
        under_a_signature = before is not None and before.kind in (Kind.BYLINE, Kind.CREDIT)
        signs_text_above = (finished_text(above, before) or under_a_signature) and signs(line)
        signs_text_below = line.kind is Kind.BYLINE and role_set_off(line.text) and _may_head(above, before)
        return line.kind in (Kind.BYLINE, Kind.CREDIT) and (
            after.is_subtitle or (after.is_lead and not signs_text_above and not signs_text_below)
        )

    neighbours = zip([None, None, *content], [None, *content], content, content[1:])
    headlines = {line.number for above, before, line, after in neighbours if is_headline(above, before, line, after)}
    return _reread(lines, headlines, kind=Kind.TEXT, byline=None)


def questions_read_as_text(lines: list[Line]) -> list[Line]:
    """Lines that read like a byline with a colon (`记者：请您谈谈`) but go on in the line under them: an interview's question a page break cut.

    A byline ends its article, or stands under a headline over the text it
    signs. A question cut after a few words reads as a role and a name;
    what it is shows in the lines around it: the line under it finishes the
    sentence (`中心建成后居民能享受到哪些服务？`), and is no lead nor the
    first line of a headline (see _opens_headline: `老旧小区改造后谁来管？`
    over `城东路街道引入物业破解难题` and a lead), and the line above is no
    headline.
    """
    content = printed_lines(lines)
    two_after = [content[index + 2 : index + 4] for index in range(len(content))]  # what _opens_headline looks at
    questions = {
        line.number
        for above, before, line, after, following in zip([None, None, *content], [None, *content], content, content[1:], two_after)
        if line.kind is Kind.BYLINE and role_and_colon(line.text) and not _credits_work(line) and not _may_head(above, before)
        and (
            (after.kind is Kind.TEXT and not after.is_lead and ends_paragraph(after.text) and not _opens_headline(after, following, line))
            or printed_again_going_on(line, after)
        )
    }
    return _reread(lines, questions, kind=Kind.TEXT, byline=None)


def printed_again_going_on(upper: Line, lower: Line) -> bool:
    """True when `lower` opens with all of `upper` and goes on: a line a page break cut, printed again after the break."""
    return len(lower.key) > len(upper.key) and lower.key.startswith(upper.key)


def _credits_work(line: Line) -> bool:
    """True for `作者：王晓`, `摄影：张华`: who wrote an essay or took a photo, no interviewer's turn (`记者：请您谈谈`)."""
    return line.byline is not None and (signs_as_a_writer(line.text) or credits_a_photo(line.text))


def bracket_ends_read_as_text(lines: list[Line]) -> list[Line]:
    """Lines that read like a byline (` 实习生 王一）`) but close a bracket the text line right above left open: that text's end.

    A line break cut a brief's bracketed byline (`…心坎上。（通讯员 李颖睿` / ` 实习生 王一）`): the brief signs in its text.
    So did a page break, if the line above ends inside the byline (`…（记者 柴琳琳 通讯员` / blank lines / `通讯员 李颖睿）`).
    """
    content = printed_lines(lines)
    ends = {
        line.number
        for above, line in zip(content, content[1:])
        if line.kind is Kind.BYLINE
        and above.kind is Kind.TEXT
        and (printed_together(above, line) or leaves_a_byline_open(above.text))
        and closes_bracket_above(above.text, line.text)
    }
    return _reread(lines, ends, kind=Kind.TEXT, byline=None)


def names_in_a_sentence_read_as_text(lines: list[Line]) -> list[Line]:
    """Lines that read like a byline (`通讯员陈思、张磊等`) but go on a sentence from the line above to the line under them: text.

    A byline ends its article's text, or stands under a headline over the
    text it signs. A line that names people in a sentence stands between
    two parts of it: the line above ends no paragraph and can be no
    headline (a lead, text printed right under one, or longer than a
    headline; see _may_head), and
    the line under it goes on with text, no lead: printed right under it,
    or ending with `。`, as no headline does (a page break may fall on
    either side). `…参与义诊的有` / `通讯员陈思、张磊等` / `社区志愿者10余人。`.
    A photo's credit (`记者 王磊 摄`) stands where the photo did, even inside
    a sentence, and is no part of it.
    """
    content = printed_lines(lines)
    in_sentence = {
        line.number
        for before, above, line, below in zip([None, None, *content], [None, *content], content, content[1:])
        if line.kind is Kind.BYLINE and not credits_a_photo(line.text)
        and above is not None and above.kind is Kind.TEXT and not ends_paragraph(above.text) and not _may_head(before, above)
        and below.kind is Kind.TEXT and not below.is_lead and (printed_together(line, below) or below.ends_with_full_stop)
        # Under a flush line, an indent starts a paragraph the byline signs (`邻里守望温暖同行` / `记者 王晓` / `　　傍晚时分，…`).
        and not (below.indented and not above.indented)
    }
    return _reread(lines, in_sentence, kind=Kind.TEXT, byline=None)


def bylines_above_text(lines: list[Line]) -> list[Line]:
    """Bylines printed under the headline and over the text they sign (SIGNED_ABOVE), not after it.

    Such a byline sets its role word off (`记者 柴琳琳 通讯员 陈思`), the line
    above it may be a headline (short, no lead, ending no paragraph), and
    the line below is the text: a lead, or a line that ends a paragraph, holds a sentence's end
    (`…灯火通明。社区党支部书记…`, a page break cutting the next) or runs on past its end (`…李想想了想说：`), as no headline does, or an interview's or a Q&A's first question
    (`记者：您好`, `问：缴费标准是多少？`, `1.问：…？`, `1.缴费标准是多少？`: such a line asks as a headline
    may, but no headline opens so),
    or a feature's first numbered subhead over its text (`一、扎根社区二十年` / `赵刚在社区…。`); but not a
    headline over its lead, the next article's (`…` / `记者 柴琳琳` / `区人大常委会召开主任会议` / `本报讯 …`).
    A byline's mark before names alone (`□ 李明`) signs there too: a
    commentary's writer (a name alone in brackets, `（赵敏）`, credits no
    one); but not an item of a list, under a line marked alike (`●书法展示` / `●文艺演出`).
    The headline may ask or exclaim (`“五星”支部怎么创？`), as a sentence does. Under a headline first
    in its chunk, the byline signs below whatever the text's first line is (see _heads_its_chunk).
    An editor's note may stand between the headline and the byline (`编者按：…`).
    """
    content = [line for line in printed_lines(lines) if line.kind is not Kind.CONTINUED]  # a byline's second line is in it
    wrapped = _wrapped_sentences(content)
    under_a_note = _under_an_editors_note(content)
    above_text = {
        line.number: byline
        for above, before, line, after, following in zip([None, *content], content, content[1:], content[2:], [*content[3:], None])
        if (byline := _signature_over_text(before, line))
        and (_may_head(above, before, asking=True) or line.number in under_a_note or _flush_over_indented(before, after))
        and after.kind is Kind.TEXT
        and not _heads_a_lead(after, following)  # the next article's headline: the byline ends the text above it
        and (
            (_heads_its_chunk(above) and CLAUSE_MARKS.search(fold(after.text)) is not None) or after.is_lead or after.ends_with_full_stop or "。" in after.text or after.runs_on or after.is_question_or_answer or after.is_numbered_question
            or after.is_editors_note  # `【编者按】` / its text: the body opens with the note
            or _numbered_subhead_over_text(after, following) or _subhead_over_text(after, following) or after.number in wrapped
        )
    }
    return [replace(line, kind=Kind.SIGNED_ABOVE, byline=above_text[line.number]) if line.number in above_text else line for line in lines]


def _heads_a_byline(line: Line, below: Line) -> bool:
    """True when `line` is a headline right over a byline (`租房押金不退怎么办？` / `见习记者 欧阳娜娜`): short, ending no sentence."""
    return (
        below.kind in (Kind.BYLINE, Kind.SIGNED_ABOVE) and line.kind is Kind.TEXT and printed_together(line, below)
        and len(line.text) <= MAX_HEADLINE_LENGTH and not line.ends_with_full_stop and not line.is_lead
    )


def _heads_a_q_and_a(line: Line, below: Line) -> bool:
    """True when `line` is a headline standing apart over a Q&A's first question (`租房押金不退怎么办？` / `问：…？`)."""
    return (
        line.kind is Kind.TEXT and below.is_question_or_answer and not printed_together(line, below)
        and len(line.text) <= MAX_HEADLINE_LENGTH and not line.is_question_or_answer
    )


def _heads_a_lead(line: Line, below: Line | None) -> bool:
    """True when `line` is a headline right over a lead (`区人大常委会召开主任会议` / `本报讯 …`): short, ending no paragraph."""
    return (
        below is not None and below.is_lead and line.kind is Kind.TEXT and not line.is_lead
        and len(line.text) <= MAX_HEADLINE_LENGTH and not ends_paragraph(line.text)
    )


def _flush_over_indented(headline: Line, text: Line) -> bool:
    """True when `headline`, short and ending no paragraph, is printed flush over a byline over `text` indented: a headline
    on a page that indents its paragraphs and prints no blank lines, though right under a finished paragraph."""
    return (
        headline.kind is Kind.TEXT and not headline.is_lead and not headline.indented and text.indented
        and len(headline.text) <= MAX_HEADLINE_LENGTH and not ends_paragraph(headline.text)
    )


def _under_an_editors_note(content: list[Line]) -> set[int]:
    """The numbers of the lines right under an editor's note that a headline stands over: `编者按：…`, its lines printed
    together, and up to two more paragraphs of it that each end as text does; or its label alone over them (`编者按` / …);
    the headline may be printed right over the note, as a page without blank lines prints it."""
    under: set[int] = set()
    runs = [0]  # where each run of lines printed together starts (text lines, or a line of another kind alone)
    for index in range(1, len(content)):
        above = content[index - 1]
        if index - 1 > 0 and not (above.kind is Kind.TEXT and content[index - 2].kind is Kind.TEXT and printed_together(content[index - 2], above)):
            runs.append(index - 1)
        for start, end in zip(reversed(runs[-MAX_NOTE_PARAGRAPHS:]), [index, *reversed(runs[-MAX_NOTE_PARAGRAPHS + 1 :])]):
            note = content[start]
            if note.kind is not Kind.TEXT or note.is_lead or (end < index and not ends_paragraph(content[end - 1].text)):
                break  # a headline between would end another article's text (`编者按：…。` / `南关街街道加装电梯` / …)
            if note.is_editors_note:
                if start > 0 and _may_head(content[start - 2] if start > 1 else None, content[start - 1]):
                    under.add(content[index].number)
                break
            below_headline = start + 1 < index and content[start + 1].is_editors_note  # printed right under its headline
            if below_headline and _may_head(content[start - 1] if start > 0 else None, note):
                under.add(content[index].number)
                break
    return under


def _heads_its_chunk(above: Line | None) -> bool:
    """True when a headline under `above` stands first in its chunk (the page's top, under a rubric or a byline):
    a byline under it can end no text, so it signs the text below, whatever sentence that text opens with (`…老旧楼院？`;
    a poem's lines, with no punctuation, are still not read so)."""
    return above is None or above.kind in (Kind.RUBRIC, Kind.BYLINE)


def _wrapped_sentences(content: list[Line]) -> set[int]:
    """The first lines of text wrapped at a narrow column (`近年来，我区持续推进养老服务` / `圈建设，…` / `…全覆盖。`):
    a clause mark inside the first line, and a line printed together under it ends a sentence with `。`, as no headline does
    (whatever is printed under that, on a page without blank lines)."""
    firsts: set[int] = set()
    run: list[Line] = []
    for line in [*content, None]:
        if line is not None and line.kind is Kind.TEXT and run and printed_together(run[-1], line):
            run.append(line)
            continue
        if len(run) > 1 and CLAUSE_MARKS.search(fold(run[0].text).rstrip()[:-1]) and any(line.ends_with_full_stop for line in run[1:]):
            firsts.add(run[0].number)
        run = [line] if line is not None and line.kind is Kind.TEXT else []
    return firsts


def _numbered_subhead_over_text(line: Line, below: Line | None) -> bool:
    """True for a subhead numbered as a feature's parts are (`一、扎根社区二十年`) over a line of text that ends a sentence."""
    return line.is_numbered_subhead and below is not None and below.ends_with_full_stop


def signatures_under_text(lines: list[Line]) -> list[Line]:
    """A byline's mark before names alone (`□ 李明`) under the finished text of a commentary signs it at its end.

    As `记者 柴琳琳` does under a report: the line above ends a sentence and
    nothing of the text follows (the page ends, or a rubric, a headline or
    another byline comes next). Not an item of a list: no line beside it is
    marked alike (`□ 李明` / `□ 王芳`, the names of a list of winners).
    """
    content = printed_lines(lines)
    signed = {
        line.number: byline
        for above, line, below in zip([None, *content], content, [*content[1:], None])
        if line.kind is Kind.TEXT and above is not None and above.ends_with_full_stop
        and (byline := marked_signature(line.text)) is not None
        and not any(other is not None and _marked_alike(other, line) for other in (above, below))
        and (below is None or below.kind is not Kind.TEXT or not below.is_body_text)
    }
    return [replace(line, kind=Kind.BYLINE, byline=signed[line.number]) if line.number in signed else line for line in lines]


def _signature_over_text(before: Line, line: Line) -> Byline | None:
    """The byline `line`, under `before`, reads as if it signs the text under it: its role set off, or a mark and names (see bylines_above_text)."""
    if line.kind is Kind.BYLINE:
        return line.byline if role_set_off(line.text) or credits_a_writer_without_a_role(line.text) else None
    return marked_signature(line.text) if line.kind is Kind.TEXT and not _marked_alike(before, line) else None


def _marked_alike(line: Line, other: Line) -> bool:
    """True when two lines start with the same character: items of one list (`●书法展示` / `●文艺演出`, `□ 李明` / `□ 王芳`)."""
    return fold(line.text)[:1] == fold(other.text)[:1]


def _may_head(above: Line | None, line: Line | None, *, asking: bool = False) -> bool:
    """True when `line`, under `above`, may be (the last line of) a headline.

    Short text, no lead, ending no paragraph (if `asking`, but for `？` or `！`); and not printed right under a
    lead or a finished line, as the rest of a paragraph is (`…说：` / `“有事找社区”`), or a table's next row, unless a subtitle
    under a headline that asks (`老街为何“留得住”？` / `——书院街改造侧记`).
    A column's label (`融媒体记者走基层`) ends a paragraph, as a subhead in a
    story; standing apart over a byline and a feature, it is the feature's
    only headline.
    """
    under_text = (
        above is not None and above.kind is Kind.TEXT and printed_together(above, line) and not line.is_subtitle
        and (above.is_lead or (ends_paragraph(above.text) and not above.is_kicker and not leads_into_a_feature_headline(above.text) and not _asks_as_a_headline(above)) or _row_under_a_row(above, line))
    ) if line is not None else False
    return (
        line is not None and line.kind is Kind.TEXT and not line.is_lead and not line.starts_as_caption  # `图为…。　受访者供图`
        and len(line.text) <= MAX_HEADLINE_LENGTH and not under_text
        and (labels_a_column(line.text) or not ends_paragraph(line.text) or (asking and line.asks_or_exclaims))
    )


def _asks_as_a_headline(line: Line) -> bool:
    """True when `line` is a headline's first line that asks or exclaims (`三伏天如何科学养生？` / `听听中医专家怎么说`): short, no lead."""
    return line.asks_or_exclaims and not line.is_lead and len(line.text) <= MAX_HEADLINE_LENGTH and "。" not in line.text


def _row_under_a_row(above: Line, line: Line) -> bool:
    """True when `line` is a table's row (`委员　李振华　张小军`) printed right under another row or the line opening the list;
    not a headline's phrases under a short lead-in and a colon (`南曹街道：` / `秋季腹泻高发 注意饮食卫生`)."""
    phrases = fold(line.text).split()
    under_a_lead_in = len(fold(above.text).strip()) <= _MAX_LEAD_IN and all(len(phrase) >= _PHRASE_LENGTH for phrase in phrases)
    return holds_spaced_words(line.text) and (holds_spaced_words(above.text) or (above.opens_a_list and not under_a_lead_in))


def _signs_from_above(above: Line | None, headline: Line | None, byline: Line) -> bool:
    """True when `byline`, under `headline` (under `above`), reads as signed under a headline, over its text (see _signature_over_text)."""
    return _signature_over_text(headline, byline) is not None and _may_head(above, headline, asking=True)


def _subhead_over_text(line: Line, below: Line | None) -> bool:
    """True when `line` is short, ends no paragraph and stands over a line of text that ends a sentence: a feature's subhead."""
    return (
        line.kind is Kind.TEXT and not line.is_lead and len(compact(line.text)) <= MAX_HEADLINE_LENGTH and not ends_paragraph(line.text)
        and below is not None and below.kind is Kind.TEXT and below.ends_with_full_stop
    )


def _in_a_list(above: Line | None) -> bool:
    """True when a marked line under `above` is an item of a list: `above` opens it (`…部署以下重点工作：`) or is an item of it."""
    return above is not None and (above.is_list_item or above.opens_a_list)


def names_a_column(section: str | None) -> bool:
    """True for the section of a column of briefs or of photos (`简讯`, `图片新闻`): never a box or a subhead in an article."""
    return names_briefs(section) or (section is not None and (section.endswith(_PHOTO_COLUMN_NAMES) or section.startswith(_PHOTO_COLUMN_OPENINGS)))


def names_briefs(section: str | None) -> bool:
    """True for the section of a column of briefs: `简讯`, `社区简讯`, `街道动态`, `快讯`."""
    return section is not None and section.endswith(_BRIEFS_NAMES)


def _marked(folded: str) -> bool:
    """True when the NFKC line `folded` is marked as a rubric is: a mark, and a short name, no sentence nor a clause of one (`◆加强巡逻防控；` is a list's item)."""
    return folded.startswith(tuple(RUBRIC_MARKS)) and len(folded) <= _MAX_RUBRIC_LENGTH and not re.search("[。,;]", folded)


def classify_line(number: int, printed: str) -> Line:
    text = clean_line(printed)
    folded = fold(text)
    if not folded:
        return Line(number, text, Kind.BLANK)
    what = _furniture(folded)
    if what:
        return Line(number, text, Kind.FURNITURE, what=what)
    unmarked = text.lstrip().lstrip(RUBRIC_MARKS).lstrip()
    if unmarked != text.lstrip() and role_set_off(unmarked) and (byline := parse_byline(unmarked)) is not None:
        # `■本报记者 王磊`, as older issues mark a byline's line: a role set off and names, no rubric's name.
        return Line(number, unmarked, Kind.BYLINE, byline=byline)
    if _marked(folded) or _BRIEFS_LABEL.match(compact(text)) or compact(text) in _BARE_COLUMN_LABELS:
        return Line(number, text, Kind.RUBRIC, section=_rubric_name(text))
    jump, rest = _jump(text)
    if jump is not None:
        if not rest:
            return Line(number, text, Kind.JUMP, what=str(jump), jump=jump)
        return Line(number, rest, Kind.TEXT, indented=is_indented(printed), jump=jump)
    byline = parse_byline(text)
    if byline is not None:
        # Only a byline that starts with a role ends an article; a photo's credit stands where the photo did.
        return Line(number, text, Kind.BYLINE if starts_with_role(text) or credits_a_writer_without_a_role(text) else Kind.CREDIT, byline=byline)
    # `【相关链接】` is read by its name, as unmarked labels are; `【3】` may be a page number (page_numbers_standing_alone).
    if _BRACKET_LABEL.match(folded) and not _labels_a_box(text) and not _LONE_PAGE_NUMBER.match(folded):
        return Line(number, text, Kind.RUBRIC, section=_rubric_name(text))
    return Line(number, text, Kind.TEXT, indented=is_indented(printed))


def bylines_printed_twice(lines: list[Line]) -> list[Line]:
    """A byline printed again right under itself (`记者 王磊` / `8` / `记者 王磊`, or twice in a row, as an export may print
    it): the second is furniture, reported, so the article is signed once. So is the part of a byline a page break
    cut, when the line after the break prints all of it again and goes on (`记者 柴琳` / `4` / `记者 柴琳琳 通讯员 陈思`):
    no one is named by that part."""
    content = printed_lines(lines)
    again = {
        line.number for above, line in zip(content, content[1:])
        if above.kind is Kind.BYLINE and line.kind is Kind.BYLINE and fold(above.text).split() == fold(line.text).split()
    }
    cut = {
        above.number for above, line in zip(content, content[1:])
        if line.kind is Kind.BYLINE and above.kind in (Kind.BYLINE, Kind.TEXT) and starts_with_role(above.text) and printed_again_going_on(above, line)
    }
    return _reread(lines, again | cut, kind=Kind.FURNITURE, what="repeated byline", byline=None)


def byline_the_page_end_cut(lines: list[Line]) -> list[Line]:
    """The page's last line, when it is a byline the page's end cut (`记者 王磊 通讯员`, `… 通讯员 范`, `…范晓东 文/`):
    read as the byline its whole names make (`记者 王磊`), a name's first character dropped, as no one is named so."""
    content = printed_lines(lines)
    last = content[-1] if content else None
    if last is None or last.kind is not Kind.TEXT or not role_set_off(last.text):
        return lines
    words = fold(last.text).split()
    byline = next((found for count in range(len(words) - 1, 1, -1) if (found := parse_byline(" ".join(words[:count]))) is not None), None)
    return lines if byline is None else [replace(line, kind=Kind.BYLINE, byline=byline) if line is last else line for line in lines]


def join_broken_bylines(lines: list[Line]) -> list[Line]:
    """Bylines a page break cut in two (`记者 柴琳琳 通讯员 张` … `磊 文/图`), read as one.

    A line that starts with a role is joined with the next printed line
    when together they make a byline, unless that next line opens a
    headline (see _opens_headline). The joined line keeps the first line's
    number and records the others; the lines it took in are marked CONTINUED.
    """
    lines = list(lines)
    content = [index for index, line in enumerate(lines) if _prints(line)]
    position = 0
    while position < len(content) - 1:
        first, second = lines[content[position]], lines[content[position + 1]]
        following = [lines[index] for index in content[position + 2 : position + 4]]
        joined = None if _opens_headline(second, following, first) else _joined_byline(first, second)
        if joined is None:
            position += 1
            continue
        lines[content[position]] = joined
        lines[content[position + 1]] = Line(second.number, second.text, Kind.CONTINUED)
        del content[position + 1]
    return lines


def _opens_headline(line: Line, following: list[Line], above: Line) -> bool:
    """True when `line`, under the line `above` and followed by the content lines `following`, is the first line of a headline.

    It is when the lead comes next, or a `——` subtitle, or `（上接第1版）`
    (a story's headline reprinted over its rest), or a second headline
    line printed right under it (no blank line between) and then the lead
    or a subtitle: `这里,空气里` / `都洋溢着幸福的味道` / `本报讯 …`. But not
    the rest of a byline that a page break cut, though it may stand right
    above the next headline: a line with a role of its own, set off as
    bylines print it (`通讯员 陈思`; `记者走基层` is a column's label),
    or the end of a name the line above breaks off (`通讯员 陈` / `思`);
    even right above a lead (the next brief's): a name's end of at most
    _MAX_NAME_END characters, as no headline is so short, and under a
    byline, a line that sets its role word off (`通讯员 陈思`), as no
    headline does (`摄影展开幕`); nor a name's length printed right under a
    whole byline with a blank line under it (`孙艺萌`: the byline wrapped). Under a whole byline (names after its last
    role), a line of a name's length over text that no headline can be
    (ending a paragraph, or long) is an unsigned item's short headline
    (`更正`, `绿色骑行`): a name a break moved would stand over the next
    article's headline or rubric. Else a line of a name's length printed
    right under a byline that it goes on (`… 通讯员 李颖` / `睿`, a page
    without blank lines wrapped at a fixed width) is its rest, no headline's.
    """
    if not following:
        return False
    cut_byline_above = starts_with_role(above.text) and above.byline is None
    if cut_byline_above and len(fold(line.text).strip()) <= _MAX_NAME_END:
        return False  # `思` under `通讯员 陈`, even right over the next brief's lead: no headline is so short
    if above.kind is Kind.BYLINE and (role_set_off(line.text) or role_set_off_inside(line.text)):
        return False  # `通讯员 陈思` under `记者 柴琳琳`, as a brief's byline a break cut: no headline sets its role word off
    after, *rest = following
    if after.is_lead or after.is_subtitle or (after.jump is not None and not after.jump.onward):
        return True
    short = len(compact(line.text)) <= _MAX_NAME and not marks_work_alone(line.text)  # `文/图` ends the byline above
    if above.byline is not None and short and printed_together(above, line) and not printed_together(line, after):
        return False  # `孙艺萌` right under `… 通讯员 司马青`, a blank line under it: the byline wrapped, as headlines stand apart
    if above.byline is not None and short and after.kind is Kind.TEXT and (ends_paragraph(after.text) or len(after.text) > MAX_HEADLINE_LENGTH):
        return True  # `更正`, `绿色骑行` under a whole byline, over text no headline is: an unsigned item's headline, not a name
    if above.byline is not None and short and not printed_together(above, line) and (after.kind is Kind.BYLINE or marked_signature(after.text)):
        return True  # `书房` standing apart under `作者：王晓`, over `文/李娜` or `□ 李娜`: the next essay's headline over its byline
    if role_set_off(line.text) or cut_byline_above:
        return False
    if above.byline is not None and short and printed_together(above, line) and _joined_byline(above, line) is not None:
        return False  # `睿` right under `… 通讯员 李颖`, on a page without blank lines: a byline a line break cut, no headline's line
    return bool(rest) and (rest[0].is_lead or rest[0].is_subtitle) and printed_together(line, after)


def _joined_byline(first: Line, second: Line) -> Line | None:
    # A photo credit may be a byline's rest after a role alone: `记者` / `王磊 摄影报道`.
    rest_kinds = (Kind.BYLINE, Kind.TEXT, Kind.CREDIT) if first.byline is None else (Kind.BYLINE, Kind.TEXT)
    if first.kind not in (Kind.BYLINE, Kind.TEXT) or second.kind not in rest_kinds:
        return None
    if not starts_with_role(first.text) or (first.byline is not None and first.byline == second.byline):
        return None  # not a byline's start, or a byline printed twice
    if starts_with_role(second.text) and not role_set_off(second.text) and role_set_off(first.text) and not marks_work_alone(second.text):
        return None  # a byline's next role is set off as its first is (`通讯员 陈思`); `记者观察` labels a column, `摄影报道` ends it
    if _labels_a_box(second.text) or _names_a_paper(fold(second.text)) or titles_a_document(second.text):
        return None  # `小贴士`, `天气预报` under a byline label a box, not a name; `管城回族区报·访谈` is a running head; `遗失声明` heads a notice
    if fold(second.text).rstrip().endswith((":", ",", ";")):
        return None  # no name ends with a colon or a clause: a headline's first line (`南曹街道：`, `换届以来，`)
    if not printed_together(first, second) and all(len(word) >= _PHRASE_LENGTH for word in fold(second.text).split()) and len(second.text.split()) > 1:
        return None  # `风雨同舟　守护家园` standing apart under a byline: a headline's phrases, no names
    if second.is_question_or_answer or _NUMBERED.match(fold(second.text)):
        return None  # an interview's question under its byline (`◎记者 柴琳琳` / `记者：您好`, see questions_read_as_text), a feature's part (`一、扎根社区`)
    # A break at a space between names leaves two names; one inside a name leaves halves.
    for text in (f"{first.text} {second.text}", first.text + second.text):
        byline = parse_byline(text)
        if byline is not None:
            return Line(first.number, text, Kind.BYLINE, byline=byline, continued_on=(*first.continued_on, second.number))
    return None


def _jump(text: str) -> tuple[Jump | None, str]:
    """The jump marker `text` starts (`（上接第1版）`) or ends with (`（下转第2版）`), or is (`下转第2版`), if any, and the text without it."""
    markers = ((_CONTINUED_FROM, False), (_CONTINUED_ON, True), (_BARE_CONTINUED_FROM, False), (_BARE_CONTINUED_ON, True))
    for pattern, onward in markers:
        found = pattern.search(text)
        if found:
            page = fold(found[1])
            page = page if page[-1].isdigit() else str(_number(page))
            return Jump(found[0], page, onward), (text[: found.start()] + text[found.end() :]).strip()
    return None, text


def _furniture(folded: str) -> str:
    """What kind of page furniture `folded` is, or '' when it is not furniture."""
    if len(folded) > _MAX_FURNITURE_LENGTH:
        return ""
    if _PAGE_PHOTO_CREDIT.match(folded):  # may end with `。`
        return "the page's photo credit"
    if _QR_CODE_PROMPT.match(folded) and len(folded) <= _MAX_QR_PROMPT_LENGTH and not any(map(str.isdigit, folded)):
        return "QR code prompt"  # `扫码关注“管城融媒”客户端`: the printed page's code, on no web page (not `扫描二维码即可预约，…8:30…。`)
    if _PAPER_CONTACT.match(folded):  # may end with `。`
        return _PAPER_ADDRESS
    if _GOES_ON_FROM_ABOVE.match(folded):  # `紧接上文`, under `（上接第2版）` or alone: says only where the text was
        return "continuation note"
    if _CONTENTS_ENTRY.match(folded) and not _is_running_head(folded) and not _dated_running_head(folded):
        return "the page's contents"  # `■第2版 十八里河街道：…` (not `第1版 要闻`, `第3版 2012年3月5日 星期一`): another page's
    if _SENTENCE_MARKS.search(folded):
        return ""
    if _PAGE_NUMBER.match(folded):
        return "page number"
    # A date in Chinese numerals alone is how a notice or letter printed in an article is dated
    # (`二〇二〇年十二月二十八日` under its signature); a running head with one names the weekday or page too.
    # A date in brackets is the text's too: when a speech was given or an essay written (`（2021年7月28日）`).
    dated = _in_digits(folded)
    bracketed = folded.strip().startswith("(") and folded.strip().endswith(")")
    if _FULL_DATE.search(dated) and not _CHINESE_DATE.fullmatch(folded.strip()) and not bracketed:
        rest = _DATE_LINE_PARTS.sub("", _FULL_DATE.sub("", dated))
        # Beside the paper's name, one more short word is the page's name: `管城回族区报　社区　2021年8月1日`.
        if not rest or (_HAN_WORD.fullmatch(rest) and _PAPER_NAMED.search(dated) and _PAGE_NAME_WORD.search(dated)):
            return "running date line"
    if _MONTH_DAY_AND_WEEKDAY.search(folded) and not _DATE_LINE_PARTS.sub("", _MONTH_DAY_AND_WEEKDAY.sub("", folded)):
        return "running date line"  # `8月1日　星期日`, `8月1日 星期日 第3版`: a running head's date printed without its year
    if _is_running_head(folded):
        return "running head"
    if _ORNAMENT.match(folded):
        return "ornament"
    return ""


def _dated_running_head(folded: str) -> bool:
    """True when the NFKC line `folded` holds a full date and nothing but running heads' parts besides."""
    dated = _in_digits(folded)
    return _FULL_DATE.search(dated) is not None and not _DATE_LINE_PARTS.sub("", _FULL_DATE.sub("", dated))


def _is_running_head(folded: str) -> bool:
    """True when the NFKC line `folded` names the page or its editors and nothing but running heads' parts."""
    return _PAGE_OR_EDITOR.search(folded) is not None and not _DATE_LINE_PARTS.sub("", folded)


def running_date(lines: list[Line]) -> dt.date | None:
    """The date printed on the page's first running date line that holds a real date; one that names more than the
    date (its weekday, the page, the paper) before a date alone, which may be when an essay was written."""
    dated = [line for line in lines if line.what == "running date line"]
    for line in sorted(dated, key=lambda line: is_date_alone(fold(line.text))):
        match = _FULL_DATE.search(_in_digits(fold(line.text)))
        if match is None:  # `8月1日　星期日`: no year
            continue
        year, month, day = match[1], match[2] or match[5], match[3] or match[6]
        try:
            return dt.date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def _in_digits(folded: str) -> str:
    """`folded` with dates in Chinese numerals in digits: `二〇二〇年十二月三十日` → `2020年12月30日`."""

    def in_digits(date: re.Match) -> str:
        year = "".join(str(_value(numeral)) for numeral in date[1])
        return f"{year}年{_number(date[2])}月{_number(date[3])}日"

    return _CHINESE_DATE.sub(in_digits, folded)


def _number(numerals: str) -> int:
    """A month or day in Chinese numerals: `五` 5, `十二` 12, `三十一` 31 (十 multiplies what stands before it)."""
    number = 0
    for value in map(_value, numerals):
        number = (number or 1) * 10 if value == 10 else number + value
    return number


def _value(numeral: str) -> int:
    return int(unicodedata.numeric(numeral))  # 〇 and 零 0, 一 1 … 九 9, 十 10
