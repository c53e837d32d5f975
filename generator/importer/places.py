"""Which subdistrict (街道) and community (社区) an article is about.

The subdistricts are data (`subdistricts` in newsarchive.yml). A headline
prefix `南关街街道:` names the subdistrict outright; otherwise the first
configured name in the headline, then in the body, counts, but for a name
listed with others (`南曹街道、十八里河街道…`), as a district-wide item prints them. The community is
the one a headline opens with (`书院社区：…`), else the `…社区` or village (`…村`) printed right
after the subdistrict (`南关街街道豫丰社区`, `南曹街道小刘村`, also `…街道在辖区金岱社区`; not a
phrase, `…街道志愿服务进社区`), or the community named after the subdistrict itself (`北下街社区` of
北下街街道), but not one listed with others (`黄河新村社区李建军、北下街社区王秀英、…`).
"""
from __future__ import annotations

import re

from .decode import HAN, fold

_HEADLINE_PREFIX = re.compile(f"^\\s*(?P<name>[{HAN}]{{2,12}}?(?:街道|乡|镇))\\s*:")
# A community (社区) or a village (村: 小刘村, of 南曹街道) right after its subdistrict; a community named for a
# village is one name (`黄河新村社区`, not `黄河新村`).
_COMMUNITY_AFTER = re.compile(f"(?P<name>[{HAN}]{{2,5}}?)(?P<kind>村社区|社区|村)")
# A headline that opens with a community's or a village's name and a colon (`书院社区：…`, `郭庄村：…`) names it outright.
_COMMUNITY_PREFIX = re.compile(f"^\\s*(?P<name>[{HAN}]{{2,6}}?(?:社区|村))\\s*:")
_AFTER_A_SUBDISTRICT = re.compile(f"^[{HAN}]{{2,8}}?(?:街道|办事处)")
# Words that can stand between a subdistrict and 社区 without naming a
# community: `XX街道辖区社区`, `XX街道组织社区党员` are no community's name.
_NOT_A_NAME_START = (
    "各", "辖区", "所辖", "下辖", "全体", "联合", "携手", "组织", "开展", "召开",
    "指导", "公布", "公示", "公开", "新建", "改建", "走进", "深入", "党工委", "办事处", "在", "与", "和", "及", "对", "为", "向", "到",
    "举办", "举行", "推进", "推动", "打造", "表彰", "评选", "选举", "完成", "新一届",  # `XX街道举办新一届社区…` (not 建设: 建设东路社区)
    "第", "本届", "首届",  # an ordinal: `XX街道第三届社区运动会`
    "结合", "统筹", "召集", "新当选", "当选", "有关",  # `XX街道结合各社区实际`, `新当选的社区“两委”干部`
    # How many or which (`XX街道所有社区`, `首家社区`), and what the subdistrict does to them (`督导社区换届`).
    "所有", "全部", "部分", "其他", "其余", "相关", "所属", "下属", "多个", "两个", "首家", "首个", "重点", "老旧", "城市", "涉农",
    "督导", "督促", "要求", "协调", "带领", "邀请", "成立", "帮助", "动员", "引导", "检查", "调研", "慰问", "服务", "包联", "走访",
    # How it does it (`XX街道圆满完成村“两委”换届`, `全力做好社区…`, `围绕村“两委”换届`).
    "圆满", "全力", "全面", "高质量", "高标准", "扎实", "认真", "积极", "稳步", "有序", "切实", "持续", "围绕", "聚焦", "选优",
    # Which, or when (`XX街道本次社区“两委”换届`, `最后一个村`, `剩下的社区`, `换届后村…`).
    "本次", "此次", "这次", "今年", "去年", "换届", "每个", "每一个", "最后", "另外", "剩下", "共有", "纪工委",
    # What a subdistrict does to its villages or communities in a 换届 item (`XX街道部署村“两委”换届`).
    "启动", "部署", "培训", "督查", "严把", "选出", "考核", "观摩", "表扬", "关爱", "评议", "压实", "指派", "选派",
)
# Of those, the ones a real name may start with (`向阳社区`, `和平社区`, `联合村`, `第一社区`): a headline that opens
# with the name and a colon (`向阳社区：…`) names it outright.
_NAME_MAY_START = ("在", "与", "和", "及", "对", "为", "向", "到", "第", "联合", "城市")
# A count (`三个社区`, `12个社区`): no community's name.
_COUNT = re.compile(r"^[\d一二三四五六七八九十两几数]+个")
# Where, not which: words between the subdistrict and the community's name (`XX街道在辖区金岱社区`, `南曹街道的小刘村`).
_WHERE = re.compile("^(?:在辖区|在|的)")
# A phrase ends with a verb (`XX街道志愿服务进社区`): no community's name.
# Nor a village's phrase: `美丽乡村`, `新农村`, `城中村` (an urban village); nor a verb's object (`…完成村“两委”换届`, `…配强社区班子`).
_NOT_A_NAME_END = ("进", "入", "到", "回", "乡", "农", "城中", "完成", "做好", "抓好", "配强", "选好", "推进", "公布", "公示")
_SUBDISTRICT_SUFFIX = re.compile(r"(?:街道|乡|镇)$")
# A count after a name in a list (`十八里河街道3个、南曹街道4个`).
_COUNTED = "(?:[\\d一二三四五六七八九十两]+个(?:社区|村)?)?"
# Another community or village right after one, listed with it (`豫丰社区、书院街社区分别…`): the item is about both.
_LISTED_NEXT = re.compile(f"、[{HAN}]{{2,6}}?(?:社区|村)")
_LIST_REACH = 10  # characters: another community named this close to one is listed with it


def find_subdistrict(title: str, body: str, subdistricts: tuple[str, ...]) -> str | None:
    title, body = fold(title), fold(body)
    prefix = _HEADLINE_PREFIX.match(title)
    if prefix:
        named = prefix["name"]
        return next((name for name in subdistricts if named.endswith(name)), named)
    community = _COMMUNITY_PREFIX.match(title)
    if community:  # `郑汴路社区：…` over `南曹街道观摩组来到城东路街道郑汴路社区`: the one it is printed after
        owner = _first_mention(body, subdistricts, before=community["name"])
        if owner:
            return owner
    for text in (title, body):
        found = _first_mention(text, subdistricts)
        if found:
            return found
    return None


def _subdistrict_pattern(name: str) -> str:
    """`name` as printed: a 街道 also by its office's old name (`东大街办事处` for 东大街街道, in older issues)."""
    if name.endswith("街道"):
        return re.escape(name.removesuffix("街道")) + "(?:街道|办事处)"
    return re.escape(name)


def _first_mention(text: str, names: tuple[str, ...], before: str = "") -> str | None:
    """The configured name that occurs first in `text` (the longer one when two start together), but for one
    listed with others (`南曹街道、十八里河街道作了交流发言`, `十八里河街道3个、南曹街道4个`): a district-wide
    item names several, and is about none. `before`: only a name printed right before it (`…街道郑汴路社区`)."""
    anyone = "|".join(_subdistrict_pattern(name) for name in names)
    listed_after = re.compile(f"{_COUNTED}、(?:{anyone})")
    listed_before = re.compile(f"(?:{anyone}){_COUNTED}、$")

    def listed(start: int, end: int) -> bool:
        return bool(listed_after.match(text, end) or listed_before.search(text, 0, start))

    positions = [
        (found.start(), -len(name), name)
        for name in names
        for found in re.finditer(_subdistrict_pattern(name) + re.escape(before), text)
        if not listed(found.start(), found.end() - len(before))
    ]
    return min(positions)[2] if positions else None


def _may_name_one(name: str, *, outright: bool = False) -> bool:
    """True when `name`, printed before `社区` or `村`, may be a community's or a village's name: not words that say how many,
    which or what (`所有`, `三个`, `美丽乡`, `完成`). `outright`: printed as a headline's prefix, where `向阳` is a name."""
    starts = [word for word in _NOT_A_NAME_START if not (outright and word in _NAME_MAY_START)]
    return len(name) >= 2 and not name.startswith(tuple(starts)) and not name.endswith(_NOT_A_NAME_END) and not _COUNT.match(name)


def find_community(title: str, text: str, subdistrict: str | None) -> str | None:
    prefix = _COMMUNITY_PREFIX.match(fold(title))
    if prefix:
        # After its subdistrict, if the headline names that too: `南曹街道大里村：…` names 大里村.
        name = _AFTER_A_SUBDISTRICT.sub("", prefix["name"].removeprefix(subdistrict or ""))
        if _may_name_one(name.removesuffix("社区").removesuffix("村"), outright=True):
            return name
    if subdistrict is None:
        return None
    text = fold(f"{title}\n{text}")
    for match in re.finditer(_subdistrict_pattern(subdistrict), text):
        after = _COMMUNITY_AFTER.match(text, match.end())
        name = _WHERE.sub("", after["name"]) if after else ""
        if _may_name_one(name) and not _LISTED_NEXT.match(text, after.end()):
            return name + after["kind"]
    own = _SUBDISTRICT_SUFFIX.sub("", subdistrict) + "社区"
    if len(own) > 3 and any(not _among_others(text, found.start(), found.end()) for found in re.finditer(re.escape(own), text)):
        return own
    return None


def _among_others(text: str, start: int, end: int) -> bool:
    """True when another community is listed close around `text[start:end]` (`黄河新村社区李建军、北下街社区王秀英、…`)."""
    return any("社区" in near and "、" in near for near in (text[max(0, start - _LIST_REACH) : start], text[end : end + _LIST_REACH]))
