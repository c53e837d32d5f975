"""Hostile text in any field never becomes markup: no foreign <script>, no on* handler, no javascript: URL.

Each output page (and each feed's HTML content) is read with an HTML parser,
as a browser would, and compared with a build of the same site from harmless
articles: the only scripts allowed are the ones the templates put there, and
JSON-LD blocks that still parse as JSON.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as etree
from pathlib import Path

from bs4 import BeautifulSoup

from generator.markdown import MarkdownRenderer

from .conftest import build, copy_site, write_article

ATTACKS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(1)</script>",
    "<!--<script>alert(1)//-->",
    "javascript:alert(1)",
    "{{ config }}{% raw %}",
    "<svg/onload=alert(1)>",
]
BODY_ATTACKS = ATTACKS + [
    "[点我](javascript:alert(1))",
    "[点我](jav&#x09;ascript:alert(1))",
    "[点我](JaVaScRiPt:alert(1))",
    "[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="&#106;avascript:alert(1)">点我</a>',
    '<a href=" javascript:alert(1)" onclick="alert(1)">点我</a>',
    "![图](javascript:alert(1))",
    '<img src="/a.png" srcset="javascript:alert(1) 2x" onerror="alert(1)">',
    '<iframe src="javascript:alert(1)"></iframe><object data="javascript:alert(1)"></object>',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<div style="background:url(javascript:alert(1))" onmouseover="alert(1)">x</div>',
    '<a href="vbscript:msgbox(1)">x</a>',
]
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster", "background", "cite"}
_INVISIBLE = re.compile(r"[\x00-\x20]+")


def dangerous_url(value: str) -> bool:
    """What a browser would run: javascript:/vbscript: once spaces and control characters are gone, or an HTML data: URL."""
    url = _INVISIBLE.sub("", value).lower()
    return url.startswith(("javascript:", "vbscript:", "data:text/html"))


def scripts(soup: BeautifulSoup) -> list[tuple[str, str]]:
    return [(script.get("type", ""), script.get("src") or script.get_text()) for script in soup.find_all("script")]


def unsafe_markup(html: str, own_scripts: set[tuple[str, str]]) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for kind, text in scripts(soup):
        if kind == "application/ld+json":
            try:
                json.loads(text)
            except ValueError:
                found.append(f"JSON-LD broken open: {text[:80]!r}")
        elif (kind, text) not in own_scripts:
            found.append(f"foreign script: {text[:80]!r}")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            values = value if isinstance(value, list) else [value]
            if name.lower().startswith("on"):
                found.append(f"<{element.name} {name}=…>")
            elif name.lower() in URL_ATTRIBUTES and any(dangerous_url(v) for v in values):
                found.append(f"<{element.name} {name}={value!r}>")
    return found


def documents(output: Path):
    """(file, HTML) for every page, and for the HTML inside every feed entry."""
    for path in sorted(output.rglob("*.html")):
        yield path, path.read_text(encoding="utf-8")
    for path in sorted(output.rglob("*.xml")):
        for element in etree.parse(path).getroot().iter():
            if element.get("type") == "html":
                yield path, element.text or ""


def write_articles(content: Path, *, hostile: bool) -> None:
    names = ATTACKS if hostile else [f"名字{n}" for n in range(len(ATTACKS))]
    for number, name in enumerate(names):
        body = "\n\n".join(BODY_ATTACKS) if hostile else "本报讯 正文。"
        write_article(content, slug=f"a{number}", date=dt.date(2020, 12, 30 - number), title=name, body=body,
                      tags=[name], reporters=[name], correspondents=[name + "2"], subdistrict=name,
                      community=name, section=name)


def test_hostile_titles_bodies_names_and_tags_never_become_markup(tmp_path):
    clean = copy_site(tmp_path / "clean", with_content=False)
    write_articles(clean / "content", hostile=False)
    build(clean)
    own_scripts = {script for _, html in documents(clean / "output") for script in scripts(BeautifulSoup(html, "html.parser"))}

    hostile = copy_site(tmp_path / "hostile", with_content=False)
    write_articles(hostile / "content", hostile=True)
    build(hostile)
    checked = 0
    for path, html in documents(hostile / "output"):
        assert unsafe_markup(html, own_scripts) == [], path
        checked += 1
    assert checked > len(ATTACKS) * 5
    # The attacks were published as text, not dropped: a reader sees what the editor typed.
    page = (hostile / "output/2020/12/30/a0/index.html").read_text(encoding="utf-8")
    assert BeautifulSoup(page, "html.parser").h1.get_text() == ATTACKS[0]


def test_the_checker_would_notice_an_attack_that_got_through():
    """The assertions above can fail: the same checks flag raw, unsanitized payloads."""
    assert unsafe_markup("<p><script>alert(1)</script></p>", set())
    assert unsafe_markup('<a href="jav&#x09;ascript:alert(1)">x</a>', set())
    assert unsafe_markup('<img src=x onerror="alert(1)">', set())
    assert unsafe_markup('<script type="application/ld+json">{"a": "</script>', set())


def test_markdown_keeps_links_images_figures_and_tables():
    html = MarkdownRenderer().render(
        '[新闻](https://example.org/a "标题") [邮件](mailto:a@b.cn) [站内](/2020/12/30/a/)\n\n'
        '![照片](/static/a.jpg "图")\n\n'
        '<figure><img src="/static/b.jpg" alt="乙"><figcaption>图注</figcaption></figure>\n\n'
        "| 项目 | 数量 |\n|:--|--:|\n| 楼院 | 40 |\n"
    )
    soup = BeautifulSoup(html, "html.parser")
    assert [a["href"] for a in soup.find_all("a")] == ["https://example.org/a", "mailto:a@b.cn", "/2020/12/30/a/"]
    assert soup.find("a")["title"] == "标题"
    assert [(img["src"], img["alt"]) for img in soup.find_all("img")] == [("/static/a.jpg", "照片"), ("/static/b.jpg", "乙")]
    assert soup.figure.figcaption.get_text() == "图注"
    assert [cell.get("align") for cell in soup.table.tr.find_all("th")] == ["left", "right"]
    assert soup.table.tbody.td.get_text() == "楼院"
