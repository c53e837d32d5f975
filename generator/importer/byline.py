"""Bylines: `记者 柴琳琳 通讯员 薛新芳 文/图` ends an article.

A byline is a whole line made only of roles, names and a photo credit,
maybe after a mark (`◎记者 柴琳琳`, `□本报记者 柴琳琳`: the role set off, as a list's `●摄影作品展` does not); many articles print one after the lead instead or as well, in brackets
or not (`本报讯（记者 柴琳琳 通讯员 陈思）近日，…`, `本报讯　通讯员　王晓　近日，…`),
and briefs in brackets at their text's end (`…开展活动。（记者 柴琳琳）`).
Several names may share a role (`通讯员 张磊 王晓`), separated by spaces,
ideographic spaces, `、` or commas; a two-character name may be padded to
three (`王　磊`). Roles: 记者, 本报记者, 特约记者, 见习记者, 融媒体记者,
(管城区, 区)融媒体中心(记者), (本报, 郑报)融媒记者, (本报, 郑报)全媒体记者, (本报)首席记者, 实习记者, 实习生, 摄影, (本报)摄影记者, 视频, 摄像, 通讯员, 本报通讯员, 特约通讯员. `文/图` (also `文／图`, `图/文`), a
trailing `摄`, `摄影`, `摄影报道` or `供图`, or `图` marking a name
(`图/通讯员 陈思`, `王磊/图`) means the article carries the writers' photos,
as `摄影 王磊` does the photographer's. Names with `摄`, `摄影` or `摄影报道`
and no role (`王磊 摄`, printed under a photo) credit a photographer: they
read as `摄影 王磊`. Names with `文/图` after them and no role name no role, and
are no byline (they are the rest of one a page break cut: `王晓 文/图`); a
credit that marks each name with what it did (`文/图 王晓`, `王晓/文 李娜/图`)
names them with the reporters. A closing
`报道` or `整理` (`记者 王磊 报道`, also printed against the name) says how they
wrote it, and `等` that others helped: they name no one. `（图片由社区提供）`
after a byline says the article has photos. The page's editor printed after
the names (`记者 柴琳琳 编辑 王芳`) wrote none of it, and is credited nowhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .decode import HAN, fold

# Role word → the front matter list its names go to. 实习生 and 实习记者 (intern
# reporters), 摄影 and 摄影记者 (the paper's photographers, as in `王磊 摄`)
# and the district media centre's reporters (融媒体记者; 全媒体记者, as 郑州日报
# prints them) sign with the reporters; there is no separate field for them.
_ROLES_AS_PRINTED = {
    "记者": "reporters",
    "特约记者": "reporters",
    "见习记者": "reporters",
    "实习记者": "reporters",
    "实习生": "reporters",
    "首席记者": "reporters",
    "融媒体记者": "reporters",
    "融媒记者": "reporters",
    "全媒体记者": "reporters",
    "郑报融媒记者": "reporters",
    "郑报全媒体记者": "reporters",
    "融媒体中心记者": "reporters",
    "区融媒体中心记者": "reporters",
    "管城区融媒体中心记者": "reporters",
    "管城区融媒体中心": "reporters",  # the district's media centre signing for its reporter: `（管城区融媒体中心 王晓）`
    "区融媒体中心": "reporters",
    "评论员": "reporters",  # a commentary's writer: `本报评论员 王晓`, or the paper's alone (see _SIGNS_UNNAMED)
    "特约评论员": "reporters",
    "作者": "reporters",  # `作者：王晓`, over a commentary or an essay
    "文字": "reporters",  # who wrote a photo feature's text, beside who took its photos: `文字 柴琳琳 摄影 王磊`
    "摄影记者": "reporters",
    "摄影": "reporters",
    "视频": "reporters",  # who filmed the article's video (`视频 王磊`), as 摄影 who took its photos
    "摄像": "reporters",
    "通讯员": "correspondents",
    "特约通讯员": "correspondents",
}
# Any of the paper's own roles may be printed with its name before it: `本报记者`, `本报实习生`, `本报特约通讯员`.
_ROLES = {
    **_ROLES_AS_PRINTED,
    **{"本报" + role: field for role, field in _ROLES_AS_PRINTED.items() if not role.startswith(("郑报", "区", "管城区"))},
}
# Roles that sign without a name: a commentary by the paper's commentator (`本报评论员`).
_SIGNS_UNNAMED = {"评论员", "本报评论员", "特约评论员", "本报特约评论员"}
_PHOTO_ROLES = {"摄影", "摄影记者", "本报摄影记者"}  # their names took the article's photos, as `文/图` says of the writers
_ROLE_WORDS = "|".join(sorted(_ROLES, key=len, reverse=True))  # the longest first: `本报记者` before `记者`
_ROLE_SPLIT = re.compile(f"({_ROLE_WORDS})")
# `摄影报道` (a report in photos) before `摄影`, and both taken off the end before
# roles are split: else `记者 王磊 摄影报道` reads as the role 摄影 and a name 报道.
# A note that someone else gave the photos, `（图片由社区提供）`, says the article has
# some (its closing bracket is taken off with the byline's, see _bare); so does the
# same note in brackets at the end of its text (`…送去春联。（图片由社区提供）`).
_PHOTO_SOURCE = r"(?:本文)?(?:图片|照片)由[^()]+提供"
_PHOTO_CREDIT = re.compile(r"(?:\s*(?:文/图|图/文|摄影报道|摄影|摄|供图|\(?" + _PHOTO_SOURCE + "))+$")
# The same note at a paragraph's end or after the lead's byline (`本报讯（记者 王磊）（图片由社区提供）…`), or a
# paragraph of its own, in brackets or not, or run on after a caption's sentence (`…观看晚会。社区供图`); and who
# gave them, `（受访者供图）`.
_PHOTOS_GIVEN_NOTE = rf"(?:{_PHOTO_SOURCE}|[{HAN}]{{2,12}}供图)"
_PHOTOS_GIVEN = re.compile(rf"\({_PHOTOS_GIVEN_NOTE}\)|^{_PHOTOS_GIVEN_NOTE}$|[。!?”]\s*{_PHOTOS_GIVEN_NOTE}$")
# What a mark before or after a name says it did: wrote (文), took the photos (图), or both (`文/图`, `文·图`).
_WORK = "文[·・]?图|图[·・]?文|文|图"
# Who wrote and who took the photos, marked at each name: `文/记者 柴琳琳 图/通讯员 陈思`,
# `文·图/记者 柴琳琳`, `记者 柴琳琳/文 王磊/图`, `记者 柴琳琳 文 王磊 图`. Taken out before roles are
# split; `图` says photo. A lone 文 or 图 counts only after a whole name: after one character it ends a
# padded name (`王　文`).
_WORK_MARKS = re.compile(
    f"(?:(?:{_WORK})/|文/图|图/文)\\s*(?=" + "|".join(_ROLES) + f")|(?<=[{HAN}])/[文图](?=\\s|$)"
    f"|(?<=[{HAN}]{{2}})\\s+[文图](?=\\s|$)"
)
_PHOTOGRAPHED = "摄"  # in a credit: the names before it took the photos (`王磊 摄`)
# What a byline may end with after its names: `记者 王磊 报道` (reported by), `… 整理` (compiled by), `… 等`
# (and others), `… 区融媒体中心供稿` (who supplied the story). Printed against the last name too (`记者 王磊报道`, `周双双等`) when what stays is a whole
# name: `记者 王报道` keeps its name.
_SIGN_OFF = re.compile(f"(?:(?:\\s+|(?<=[{HAN}]{{2}}))(?:报道|报导|整理|等)|\\s+[{HAN}]{{0,12}}供稿)+$")
# The page's editors, as running heads and some bylines credit them: `责任编辑：王芳`, `编辑 王芳 李明`.
# Who put the page together: `组稿：陈思` (commissioned), `策划`, `统筹`, `版式`, `排版` (laid out) name no writer either.
EDITORS = (
    "(?:本版)?(?:责任编辑|责任校对|美术编辑|版面编辑|值班编辑|图片编辑|执行编辑|责编|美编|编辑|校对|审校|审核|终审|组稿|策划|统筹|版式|排版|组版"
    "|副?主编|值班主任)"  # `本版责编：王芳` too
)
# An editor's name, maybe padded to three characters as bylines pad them (`王　芳`).
_EDITOR_NAME = rf"(?:[{HAN}]\s[{HAN}](?![{HAN}])|[{HAN}·]{{2,4}})"
EDITOR_CREDIT = rf"(?:{EDITORS})[\s:/]+{_EDITOR_NAME}(?:[\s、]+(?!{EDITORS}){_EDITOR_NAME}(?![{HAN}]))*"  # `编辑/王芳` too
# Editors credited at a byline's end, after its names (`记者 柴琳琳 编辑 王芳`): taken off before roles are
# split, else `编辑` and `王芳` read as more of the reporter's names.
_EDITORS_AT_END = re.compile(rf"(?:\s+{EDITOR_CREDIT})+$")
_HAN_ONLY = re.compile(f"[{HAN}]+")
_NAME_SEPARATORS = re.compile(r"[\s、,;:]+")  # `:` as in `记者：柴琳琳`
# A slash between two names (`通讯员 宋佳/孙艺萌`) parts them as a space does; not a work's mark (`文/图`, `王磊/图`).
_SLASH_BETWEEN_NAMES = re.compile(f"(?<=[{HAN}]{{2}})\\s*/\\s*(?=[{HAN}]{{2}})")
# A name: 2–4 Chinese characters (compound surname included), or parts
# joined by a middle dot as in minority and foreign names (买买提·艾力); pages
# type the dot as `·`, `・`, `•` or `．` (NFKC `.`), and the name keeps `·`.
_NAME_DOT = re.compile("[·・•.]")
# A name in Latin letters, as an intern or a foreign correspondent signs (`Lily`, `Emily Zhang`): capitalised words.
_LATIN_NAME = r"[A-Z][a-z]+(?:[ '-][A-Z][a-z]+){0,2}"
_NAME = re.compile(f"^(?:[{HAN}]{{2,4}}|[{HAN}]+(?:{_NAME_DOT.pattern}[{HAN}]+)+|{_LATIN_NAME})$")
_LATIN_WORD = re.compile(r"^[A-Z][a-z]+$")
# Words a column or subhead puts after a role (`记者手记`, `记者观察`, `记者走基层`): what the reporter
# wrote, never a name.
_COLUMN_WORDS = {"手记", "观察", "走基层", "调查", "视点", "连线", "札记", "随笔", "感言", "点评"}
# Who someone is, printed before a name in a credit (`居民　张华　摄`): never a name.
_WHO = {"居民", "村民", "市民", "网友", "读者", "群众"}
# Where an article came from, printed under its byline (`来源：管城发布`, `转自：…`): never a name.
_SOURCE_WORDS = {"来源", "转自", "出处", "稿源"}
_NOT_NAMES = _COLUMN_WORDS | _WHO | _SOURCE_WORDS
# Where a correspondent works: a subdistrict, a township, a community or a village (`南曹街道`, `圃田乡`, `小刘村`).
_PLACE = re.compile(f"[{HAN}]{{2,8}}(?:街道|办事处|社区|乡|镇|村)")
# Who supplied the story, printed before the byline's roles: `（南曹街道供稿　通讯员 范晓东）`.
_SUPPLIED_BY = re.compile(f"^[{HAN}]{{2,12}}供稿\\s+")
_BRACKETS = "()[]【】〔〕"
_CLAUSE_OR_SENTENCE = re.compile("[,。;:!?]")  # on the NFKC form
_MAX_ROLE_START = 16  # characters before a byline's first role word ends: marks (`◎`, `文·图/`), spaces, the role
# A role printed twice running, as a page break's reprinted column tail repeats it: `（记者 柴琳琳 通讯员` / `通讯员 李颖睿）`.
_REPEATED_ROLE = re.compile(f"({_ROLE_WORDS})(?:\\s+\\1)+(?=\\s)")
_SLASH_BEFORE_PHOTOGRAPHED = re.compile(r"\s*/\s*(?=摄)")
_BRACKETS_SIDE_BY_SIDE = re.compile(r"(?<=\S)\)\s*\((?=\S)")
_SLASH_AFTER_A_ROLE = re.compile(f"({_ROLE_WORDS})\\s*/\\s*(?![文图])")  # `记者/柴琳琳` as `记者 柴琳琳`, not `记者/文`
# Marks some pages print a byline's line with: `◎记者 柴琳琳`, `□本报记者 柴琳琳`. Not `■`, the rubric's mark,
# nor `▲` or `△`, a caption's (`▲记者 王磊 摄` is a caption, in the text, that credits a photo).
_BYLINE_MARKS = "◎□●◇"
_MARK_BEFORE_A_ROLE = re.compile(rf"\s*[{_BYLINE_MARKS}](?=(?:{_ROLE_WORDS}))")
# Text in brackets, full- or half-width, as printed or folded: `（记者 柴琳琳）`, `【记者 柴琳琳】`.
_BRACKETED = re.compile(r"\s*[(（\[［【〔][^()（）\[\]［］【】〔〕]*[)）\]］】〕]")
_BRACKETED_AT_END = re.compile(_BRACKETED.pattern + r"\s*$")
# A byline in brackets a line ends in, its closing bracket on the next line: `本报讯（记者 柴琳琳 通讯员 王晓`.
_OPEN_BRACKET_AT_END = re.compile(r"[(\[［【〔]([^()（）\[\]［］【】〔〕]*)$")
_UNTIL_CLOSING_BRACKET = re.compile(r"^[^()（）\[\]［］【】〔〕]*[)）\]］】〕]")
# What a line says after its last sentence (NFKC): `图为活动现场。 通讯员 张磊 摄` → `通讯员 张磊 摄`, `…。王磊 摄` too.
_AFTER_SENTENCE = re.compile(r"\s*[^。!?]+$")
# A brief's signature set off by two spaces or more after its last sentence (NFKC): `…30余个。　　记者　柴琳琳`;
# or run on after it with one space or none, its role first (as a copy from a PDF joins the signature's line):
# `…600余份。 记者 柴琳琳 通讯员 王晓`.
_SPACED_AT_END = re.compile(r"\s{2,}[^。!?()]+$")
_ROLE_AT_END = re.compile(rf"\s?(?:{_ROLE_WORDS})[^。!?()]*$")
_SENTENCE_BEFORE = re.compile(r"[。!?][”’」』]*\s*$")  # a sentence ends right before a credit
# What a list of works names before each one's credit, as words of their own: its title or its prize
# (`一等奖　《晨曦》　居民　张华　摄`, `一等奖：张华 摄`).
_LISTED_WORK = re.compile(r"(?:》|奖:?)(?=\s|$)")


@dataclass(frozen=True)
class Byline:
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]
    photo: bool


# Surnames of two characters: one set apart from its given name (`欧阳` / `娜娜`, where a line or page break cut the
# byline) is no name of its own.
_COMPOUND_SURNAMES = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
    "澹台", "轩辕", "端木", "南宫", "西门", "呼延", "独孤", "闻人", "濮阳", "淳于", "申屠", "钟离", "赫连", "拓跋",
}


def _padded_names_joined(names: list[str]) -> list[str]:
    """Two-character names padded to three with a space, as bylines align them (`王　磊`), read whole; and a role's
    first name, its surname set apart by a stray space (`柴 琳琳`, as OCR reads it): no name is one character.
    So is a compound surname set apart from its given name (`欧阳 娜娜`).
    (Not elsewhere: `通讯` / `员 张磊` is a role a line break cut.)"""
    joined: list[str] = []
    for name in names:
        surname = len(joined) == 1 and len(name) == 2 and _HAN_ONLY.fullmatch(joined[-1] + name) is not None
        if joined and joined[-1] in _COMPOUND_SURNAMES and len(name) <= 2 and _HAN_ONLY.fullmatch(name):
            joined[-1] += name
        elif joined and len(joined[-1]) == 1 and (len(name) == 1 or surname):
            joined[-1] += name
        else:
            joined.append(name)
    return joined


def starts_with_role(line: str) -> bool:
    """True when `line` begins like a byline, with a role word (after a mark of who wrote: `文/记者 柴琳琳`)."""
    return _ROLE_SPLIT.match(_WORK_MARKS.sub("", _bare(_text_role_named(line)))) is not None


def role_set_off_inside(line: str) -> bool:
    """True when a role word stands set off by spaces inside `line`, after a name's end (`琳 通讯员 陈思`): a byline's
    rest a line break cut, as no headline prints a role."""
    return re.search(f"[{HAN}]\\s+(?:{_ROLE_WORDS})\\s", fold(line)) is not None


def role_set_off(line: str) -> bool:
    """True when `line` starts with a role word set off by a space or a colon, as bylines print it: `记者 柴琳琳`, `记者：柴琳琳`.

    A headline may start with a role word too, but runs on from it as one
    phrase: `摄影展开幕`, `记者节座谈会`, `通讯员培训班`. A role that signs
    without a name stands alone: `本报评论员`.
    """
    return _sets_role_off(_bare(_text_role_named(line)))


def _text_role_named(line: str) -> str:
    """`line` (NFKC), `文` before who wrote a photo feature's text read as the role 文字 (`文：柴琳琳　摄影：王磊`)."""
    return _TEXT_BY.sub("文字 ", fold(line).strip())


def _sets_role_off(bare: str) -> bool:
    """`role_set_off` of a line already bare."""
    unmarked = _WORK_MARKS.sub("", bare)
    rest = _after_role(unmarked)
    return rest is not None and (re.match(r"[\s:]", rest) is not None or unmarked in _SIGNS_UNNAMED)


def role_and_colon(line: str) -> bool:
    """True when `line` starts with a role word and a colon: a byline (`记者：柴琳琳`), or an interview's question (`记者：请您谈谈…`)."""
    rest = _after_role(_bare(line))
    return rest is not None and rest.lstrip().startswith(":")


def labels_a_column(line: str) -> bool:
    """True when `line` is a role and a column's word, a subhead or a column's label: `记者手记`, `记者观察`."""
    rest = _after_role(_bare(line))
    return rest is not None and rest.strip(" :") in _COLUMN_WORDS


def _after_role(bare: str) -> str | None:
    """What `bare` says after the role word it starts with; None when it starts with none."""
    role = _ROLE_SPLIT.match(bare)
    return None if role is None else bare[role.end() :]


def _bare(line: str) -> str:
    """`line` (NFKC) without the brackets or the mark a byline may be printed in: `（记者 柴琳琳）`, `◎记者 柴琳琳` → `记者 柴琳琳`.

    A mark is a byline's only before a role set off as bylines print it:
    `●摄影作品展`, `◇通讯员培训` are a list's items, and keep their mark.
    """
    # `文｜王晓` marks as `文/王晓` does; `王磊/摄` credits as `王磊 摄` does; `记者/柴琳琳` names as `记者 柴琳琳` does.
    bare = _SLASH_AFTER_A_ROLE.sub(r"\1 ", _SLASH_BEFORE_PHOTOGRAPHED.sub(" ", fold(line).strip().replace("|", "/")))
    bare = _BRACKETS_SIDE_BY_SIDE.sub(" ", bare)  # `（记者 柴琳琳）（通讯员 陈思）`, `（记者 柴琳琳）（图片由社区提供）`: one byline
    unmarked = bare.lstrip(_BYLINE_MARKS).strip()
    if unmarked != bare and _sets_role_off(unmarked):
        bare = _MARK_BEFORE_A_ROLE.sub(" ", unmarked)  # each role may be marked: `◎记者 柴琳琳 ◎通讯员 陈思`
    return bare.strip(_BRACKETS).strip()


# A credit printed without a role, each name marked with what it did: `文/图 王晓`, `文/王晓 图/李娜`, `文·图/王晓`,
# `王晓/文 李娜/图`, `图/王磊`. Its words: a mark alone, a mark and a name, or a name and a mark.
_MARK_ALONE = re.compile(f"(?:{_WORK})/(?:{_WORK})")
_MARK_AND_NAME = re.compile(f"(?:{_WORK})/(.+)")
_NAME_AND_MARK = re.compile(f"(.+)/(?:{_WORK})")


def _work_credit(text: str) -> Byline | None:
    """The writers and photographers a credit without a role names (see _WORK), as reporters; None for any other line.

    Names before any mark are not one: `王晓 文/图` is the rest of a byline a page break cut (see the module's docstring).
    """
    names: list[str] = []
    marked = False
    for word in _padded_names_joined(text.split()):
        if _MARK_ALONE.fullmatch(word):
            marked = True
            continue
        found = _MARK_AND_NAME.fullmatch(word) or _NAME_AND_MARK.fullmatch(word)
        name = found[1] if found else word if marked else None
        if name is None or not _NAME.match(name):
            return None
        marked = marked or found is not None
        names.append(_NAME_DOT.sub("·", name))
    return Byline(tuple(names), (), "图" in text) if marked and names else None


def _marked_without_a_role(text: str) -> bool:
    """True when the bare `text` marks names with `/` and names no role: it can only be a credit without a role (_work_credit)."""
    return "/" in text and _ROLE_SPLIT.search(text) is None


def credits_a_writer_without_a_role(line: str) -> bool:
    """True when `line` is a credit without a role that names who wrote the text (`文/图 王晓`, `王晓/文 李娜/图`): a byline.

    One that names only who took the photos (`图/王磊`, `王磊/图`) is a photo's credit.
    """
    text = _EDITORS_AT_END.sub("", _bare(line))
    return "文" in text and _marked_without_a_role(text) and _work_credit(text) is not None


_WRITER = "作者"
# `文` set off by a space or a colon before a name, and a photographer after it: who wrote the text (`文 柴琳琳 摄影 王磊`).
_TEXT_BY = re.compile(rf"^文\s*[:\s]\s*(?=[{HAN}]{{2,4}}\s+(?:摄影|图)\s*[:\s])")
# Who the writer is, in brackets after the name (on the NFKC form): `作者:王晓(区作协会员)`.
_WHO_THE_WRITER_IS = re.compile(r"\s*\([^()]{2,30}\)$")


def _latin_names_joined(words: list[str]) -> list[str]:
    """Capitalised Latin words in a row as one name (`Emily`, `Zhang` → `Emily Zhang`): a space parts its words, as it parts names."""
    joined: list[str] = []
    for word in words:
        if joined and _LATIN_WORD.match(word) and _LATIN_WORD.match(joined[-1].split()[-1]) and len(joined[-1].split()) < 3:
            joined[-1] += " " + word
        else:
            joined.append(word)
    return joined


def parse_byline(line: str) -> Byline | None:
    """The byline on `line`, or None when the line is anything else."""
    folded = fold(line).strip()
    if folded.startswith(_WRITER):
        folded = _WHO_THE_WRITER_IS.sub("", folded)  # `作者：王晓（区作协会员）`
    text = _EDITORS_AT_END.sub("", _bare(_text_role_named(folded)))
    if _marked_without_a_role(text):
        return _work_credit(text)
    credit = _PHOTO_CREDIT.search(text)
    photo = credit is not None
    if credit:
        text = text[: credit.start()]
    marks = _WORK_MARKS.findall(text)
    photo = photo or any("图" in mark for mark in marks)
    text = _SLASH_BETWEEN_NAMES.sub(" ", text)
    parts = _ROLE_SPLIT.split(_REPEATED_ROLE.sub(r"\1", _SIGN_OFF.sub("", _WORK_MARKS.sub(" ", _SUPPLIED_BY.sub("", text)))))
    if len(parts) == 1 and credit and _PHOTOGRAPHED in credit[0]:
        parts = ["", "摄影", text]  # `王磊 摄` credits a photographer as `摄影 王磊` does
    if parts[0].strip() or len(parts) < 3:
        return None  # text before the first role, or no role at all
    if len(parts) == 3 and parts[1] in _SIGNS_UNNAMED and not parts[2].strip():
        return Byline((), (), photo)  # `本报评论员`
    names: dict[str, list[str]] = {"reporters": [], "correspondents": []}
    for role, listed in zip(parts[1::2], parts[2::2]):
        words = [word for word in _NAME_SEPARATORS.split(listed) if word]
        # Where a correspondent works, set off by spaces before the name (`通讯员 南曹街道 范晓东`, `… 李颖睿 郑汴路社区
        # 王晓`), names no one; not a headline a byline was wrongly joined with (`…通讯员 陈思` / `十八里河街道：深入研讨`).
        set_off = listed.split()
        words = [
            word for at, word in enumerate(words)
            if not (_PLACE.fullmatch(word) and word in set_off and at + 1 < len(words) and not _PLACE.fullmatch(words[at + 1]))
        ]
        role_names = _padded_names_joined(_latin_names_joined(words))
        # Who took the photos, said after their names amid the byline: `记者 王磊 摄 通讯员 陈思`, `记者 王磊 摄影 通讯员 陈思`.
        if role_names and role_names[-1] == _PHOTOGRAPHED:
            role_names.pop()
            photo = True
        elif not role_names and role in _PHOTO_ROLES and any(names.values()):
            photo = True
            continue
        if not role_names or not all(_NAME.match(name) and name not in _NOT_NAMES for name in role_names):
            return None
        names[_ROLES[role]].extend(_NAME_DOT.sub("·", name) for name in role_names)
        photo = photo or role in _PHOTO_ROLES
    return Byline(tuple(dict.fromkeys(names["reporters"])), tuple(dict.fromkeys(names["correspondents"])), photo)


# Where a correspondent works (_PLACE) may sign in brackets with no role (`（南曹街道 宋佳）`); not before an office's name
# (`（南曹街道 文明办）`) nor who gave the photos (`供图`).
_OFFICE_ENDINGS = tuple("办局委部科站所院队会馆处图稿")


def _bracketed_byline(bracketed: str) -> Byline | None:
    """The byline in brackets `bracketed` (`（记者 柴琳琳）`), or the correspondents it names after where they work, with no
    role (`（十八里河街道 王晓 李娜）`: read as `通讯员 王晓 李娜`); None for any other text in brackets."""
    byline = parse_byline(bracketed)
    if byline is not None:
        return byline
    place, *names = _bare(bracketed).split() or [""]
    if not names or not _PLACE.fullmatch(place) or any(name.endswith(_OFFICE_ENDINGS) for name in names):
        return None
    signed = parse_byline(f"通讯员 {' '.join(names)}")
    return signed if signed is not None and not signed.photo else None


# An office signing for its item in brackets, on a line of its own: `（管城区文明办）`, `（区市场监管局）`, `（南曹街道）`.
_OFFICE_SIGNATURE = re.compile(
    f"^\\([{HAN}]{{2,16}}(?:办|局|委|委员会|街道|办事处|中心|社区|乡|镇|政府|部|院|所|队|会|站|馆|处|科)\\)$"
)


def signs_for_an_office(text: str) -> bool:
    """True when `text` is only an office's name in brackets, signing the item above it: `（管城区文明办）`; it names no one."""
    return _OFFICE_SIGNATURE.match(fold(text).strip()) is not None


def marks_work_alone(line: str) -> bool:
    """True when `line` is only what the names before it did: `文/图`, `摄影报道` (a byline's end, wrapped onto a line of its own)."""
    return _PHOTO_CREDIT.fullmatch(fold(line).strip()) is not None


def notes_photos_given(text: str) -> bool:
    """True when `text` holds a note that someone gave the article's photos (see _PHOTOS_GIVEN): `…200余副。（图片由社区提供）`."""
    return _PHOTOS_GIVEN.search(fold(text).strip()) is not None


def credits_a_photo(line: str) -> bool:
    """True when `line` is a byline ending with `摄` or `摄影` (`记者 王磊 摄`), or a photographer's (`摄影 王磊`, `本报摄影记者 王磊`): the credit a photo is printed with.

    `文/图` and `摄影报道` sign a whole article's text and photos; `摄` may stand under a photo anywhere in it.
    """
    bare = _bare(line)
    credit = _PHOTO_CREDIT.search(bare)
    role = _ROLE_SPLIT.match(bare)
    photographer_first = role is not None and role[0] in _PHOTO_ROLES and _sets_role_off(bare)
    return (photographer_first or (credit is not None and credit[0].strip() in ("摄", "摄影"))) and parse_byline(line) is not None


def lead_byline(text: str) -> tuple[Byline | None, str]:
    """The byline `text` starts with, as a lead's after `本报讯`, and the text after it; else (None, `text`).

    In brackets (`（记者 柴琳琳 通讯员 陈思）近日，…`) or not, its parts set off
    by spaces (`通讯员　王晓　近日，…`): the longest run of words that reads as
    a byline, with text after it.
    """
    bracketed = _BRACKETED.match(text)
    if bracketed:
        byline = _bracketed_byline(bracketed[0])
        return (byline, text[bracketed.end() :].lstrip()) if byline else (None, text)
    if not starts_with_role(text):
        return None, text
    words = text.split()
    for count in range(len(words) - 1, 1, -1):
        byline = parse_byline(" ".join(words[:count]))
        if byline is not None:
            rest = text
            for word in words[:count]:
                rest = rest.lstrip()[len(word) :]
            return byline, rest.lstrip()
    return None, text


def opens_with_a_byline(text: str) -> bool:
    """True when `text` opens with a byline and goes on: a lead printed without `本报讯`.

    In brackets (`【通讯员 李明】6月9日晚，…`), or its role set off, run into
    the text as a copy from a PDF joins it (`记者 柴琳琳 通讯员 陈思 凌晨5点，…`).
    """
    bracketed = _BRACKETED.match(text)
    if bracketed is None:  # and a sentence goes on after it: not `通讯员 欧阳娜娜 司马乐）`, a bracket's end a line break cut
        # A role within the first characters (after a mark, `◎`, `文/`) before the costlier reading: every line is asked.
        starts_so = _ROLE_SPLIT.search(text, 0, _MAX_ROLE_START) is not None and role_set_off(text)
        byline, rest = lead_byline(text) if starts_so else (None, "")
        rest = fold(rest)
        return byline is not None and _CLAUSE_OR_SENTENCE.search(rest) is not None and rest.count(")") <= rest.count("(")
    return starts_with_role(_bare(bracketed[0])) and parse_byline(bracketed[0]) is not None and bool(text[bracketed.end() :].strip())


def closes_bracket_above(above: str, below: str) -> bool:
    """True when the line `below` closes a bracket the line `above` left open (`…200余份。（记者 柴` / `琳琳 通讯员 王晓）`): one sentence's end, cut by a line break."""
    return _OPEN_BRACKET_AT_END.search(fold(above).rstrip()) is not None and _UNTIL_CLOSING_BRACKET.match(fold(below).lstrip()) is not None


def leaves_a_byline_open(text: str) -> bool:
    """True when `text` ends inside a byline in brackets (`…知识。（记者 柴琳琳 通讯员`): its rest is on the next printed line, past any break."""
    opened = _OPEN_BRACKET_AT_END.search(fold(text).rstrip())
    return opened is not None and starts_with_role(opened[1])


def break_in_bracketed_byline(above: str, below: str) -> str:
    """What joins `above` to the next line of its paragraph, `below`: a space where a break fell between two names
    of a byline in brackets (`本报讯（记者 柴琳琳 通讯员 王晓` / `李明 张华）近日，…`), else nothing, as Chinese text joins.

    Its names are a list: the break between two of them (or a name and a
    role) separates them; a break inside a name (`通讯员 王` / `晓 李明）`) does not.
    The bracket holds a role and a name before the break: a role word alone
    in brackets is text's (`绘画（摄影` / `作品）`).
    """
    opened = _OPEN_BRACKET_AT_END.search(fold(above).rstrip())
    closed = _UNTIL_CLOSING_BRACKET.match(fold(below).lstrip())
    if opened is None or closed is None or not starts_with_role(opened[1]) or len(opened[1].split()) < 2 or not closed[0][:-1].strip():
        return ""
    last_word = opened[1].split()[-1]  # two words at least (checked above)
    whole_name_before = _NAME.match(last_word) is not None or _ROLE_SPLIT.fullmatch(last_word) is not None
    return " " if whole_name_before and parse_byline(f"{opened[1]} {closed[0]}") is not None else ""


def caption_credit(text: str) -> Byline | None:
    """The photo credit a caption ends with, after its sentence: `图为活动现场。 通讯员 张磊 摄` (or `（王磊 摄）`).

    A caption printed without final punctuation sets it off with spaces:
    `志愿者为环卫工人送饺子　通讯员　陈思　摄`. Not a work's credit in a
    list, after its title or prize: `一等奖：《晨曦》（张华 摄）`,
    `一等奖　《晨曦》　居民　张华　摄`.
    """
    found = _photo_credit_at_end(text)
    return None if found is None or _LISTED_WORK.search(found[0]) else parse_byline(found[1])


def ends_with_photo_credit(text: str) -> bool:
    """True when `text` ends with a photo's credit, a caption's or a listed work's (`一等奖　《晨曦》　张华　摄`): it ends its paragraph."""
    return _photo_credit_at_end(text) is not None


def without_photo_credit(text: str) -> str:
    """`text` without the photo credit a caption ends with (`活动现场。（王磊 摄）` → `活动现场。`), if any."""
    found = _photo_credit_at_end(text)
    if found is None or len(fold(text).rstrip()) != len(text.rstrip()):
        return text  # found on the NFKC form: cut the printed text where it cuts that, when both are as long
    return text[: len(found[0])].rstrip()


def _photo_credit_at_end(text: str) -> tuple[str, str] | None:
    """The text before the photo credit `text` (NFKC) ends with, and the credit; see caption_credit."""
    folded = fold(text).rstrip()
    credit = _after_last_sentence(folded, _BRACKETED_AT_END, _AFTER_SENTENCE)
    found = (folded[: -len(credit)], credit) if credit else _set_off_after_caption(folded)
    return found if found and _PHOTO_CREDIT.search(_bare(found[1])) and parse_byline(found[1]) else None


def _set_off_after_caption(folded: str) -> tuple[str, str] | None:
    """The words of `folded` before the longest run of its last words that is a byline, and that run; the first words start none."""
    words = folded.split()
    if not words or starts_with_role(words[0]):
        return None
    count = next((count for count in range(1, len(words)) if parse_byline(" ".join(words[count:]))), None)
    return None if count is None else (" ".join(words[:count]), " ".join(words[count:]))


def closing_byline(text: str) -> Byline | None:
    """The byline in brackets that `text` ends with, after its last sentence, as at a brief's end: `…开展活动。（记者 柴琳琳）`.

    Or, without brackets, set off by spaces, its role set off as bylines
    print it: `…30余个。　　记者　柴琳琳`. Not a work's credit in a list:
    `三等奖：《邻里》（赵刚 摄影）`.
    """
    credit = _after_last_sentence(text, _BRACKETED_AT_END, _SPACED_AT_END, _ROLE_AT_END)
    bracketed = credit is not None and _BRACKETED_AT_END.fullmatch(credit) is not None
    if credit and bracketed:
        return _bracketed_byline(credit)
    return parse_byline(credit) if credit and role_set_off(credit) else None


def ends_signed(text: str) -> bool:
    """True when `text` ends with its byline (see closing_byline), whole: not `…。（记者 柴琳琳`, a bracket a line break left open."""
    return closing_byline(text) is not None and _OPEN_BRACKET_AT_END.search(fold(text).rstrip()) is None


def _after_last_sentence(text: str, *patterns: re.Pattern) -> str | None:
    """What the first of `patterns` that matches finds at the end of `text` (NFKC), if a sentence ends right before it."""
    folded = fold(text).rstrip()
    for pattern in patterns:
        found = pattern.search(folded)
        if found:
            return found[0] if _SENTENCE_BEFORE.search(folded[: found.start()]) else None
    return None


def combined(*bylines: Byline | None) -> Byline | None:
    """One article's credits from all its bylines: each name once, in the order printed; photo if any says so."""
    present = [byline for byline in bylines if byline is not None]
    if not present:
        return None
    return Byline(
        tuple(dict.fromkeys(name for byline in present for name in byline.reporters)),
        tuple(dict.fromkeys(name for byline in present for name in byline.correspondents)),
        any(byline.photo for byline in present),
    )


# Who the writer of a commentary is, in brackets after the name (on the NFKC form): `（作者系…）`, `（作者单位：…）`.
_WRITER_NOTE = re.compile(r"\(作者[^()]*\)$")


def signs_as_a_writer(line: str) -> bool:
    """True when `line` signs as a writer does, not as the paper's reporters: `□ 王晓`, `文/李娜`, `作者：李娜`."""
    return marked_signature(line) is not None or credits_a_writer_without_a_role(line) or (
        fold(line).lstrip().startswith(_WRITER) and parse_byline(line) is not None
    )


def marked_signature(line: str) -> Byline | None:
    """Who a byline's mark before names alone signs for (`□ 李明`, `◎李明 王芳`): they wrote it, as `□记者 李明` says.

    Who they are may follow in brackets, as commentaries print it: `□ 王晓（区委党校讲师）`, `◎王晓（作者单位：区委党校）`.
    With no mark, that note must say it is the writer's: `王晓（作者系南曹街道党工委书记）`.
    No role is printed, so where it stands tells whether it signs (blocks.bylines_above_text).
    """
    folded = fold(line).strip()
    names = folded.lstrip(_BYLINE_MARKS).strip()
    if names == folded:  # no mark
        note = _WRITER_NOTE.search(folded)
        names = folded[: note.start()].strip() if note else ""
        if not names:
            return None
    if starts_with_role(names):
        return None  # a role, and a byline (parse_byline) or a list's item (`●摄影作品展`)
    return parse_byline(f"记者 {_BRACKETED_AT_END.sub('', names) or names}")
