"""The build pipeline on small hand-made sites."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator import build as build_module
from generator.content import content_files, parse_article
from generator.errors import InputError
from generator.markdown import MarkdownRenderer
from generator.site import KINDS

from .conftest import build, write_article


def test_article_page_shows_headline_chinese_date_and_body(empty_site):
    write_article(empty_site / "content", title="一碗饺子温暖群众心", slug="yi-wan-jiao-zi", date=dt.date(2020, 12, 30),
                  body="本报讯 近日,北下街\n街道开展活动。", subdistrict="北下街街道")
    build(empty_site)
    page = (empty_site / "output/2020/12/30/yi-wan-jiao-zi/index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page
    assert "<h1>一碗饺子温暖群众心</h1>" in page
    assert "2020年12月30日" in page
    # Lines of one Chinese paragraph are joined without a space.
    assert "北下街街道开展活动" in page
    assert 'href="/subdistricts/bei-xia-jie-jie-dao/"' in page


def test_two_articles_at_one_url_are_rejected(empty_site):
    first = write_article(empty_site / "content", title="甲", slug="same")
    second = empty_site / "content" / "copy.md"
    second.write_text(first.read_text(encoding="utf-8").replace("title: 甲", "title: 乙"), encoding="utf-8")
    with pytest.raises(InputError) as error:
        build(empty_site)
    assert "slug" in str(error.value) and "copy.md" in str(error.value)
    assert not (empty_site / "output").exists()


def test_python_markdown_joins_chinese_lines_in_lists_and_quotes_but_not_in_code():
    renderer = MarkdownRenderer()
    assert renderer.render("- 列表的\n  第二行") == "<ul>\n<li>列表的第二行</li>\n</ul>"
    assert renderer.render("> 引文的\n> 第二行") == "<blockquote>\n<p>引文的第二行</p>\n</blockquote>"
    assert "代码\n第二行" in renderer.render("    代码\n    第二行")


@pytest.mark.parametrize("name, after", [
    ("base.html", "<head>"), ("_article_list.html", "<li>"), ("article.html", "{% block main %}"), ("atom.xml", "<feed"),
])
def test_an_error_while_rendering_names_the_template_and_line_it_is_in(site_dir, name, after):
    """Not the page's own template: base.html's mistake is reported in base.html, wherever it shows."""
    template = site_dir / "templates" / name
    lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(number for number, text in enumerate(lines, 1) if after in text) + 1
    lines.insert(line - 1, "{{ config.titel }}\n")  # a misspelt name
    template.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as error:
        build(site_dir)
    problem = error.value.problems[0]
    assert (Path(problem.path), problem.line) == (template, line)
    assert "titel" in problem.message


def test_hidden_files_and_folders_in_content_are_not_articles(empty_site):
    """An editor's lock file (Emacs's `.#name.md`, a link to nowhere while the buffer is unsaved) or a tool's hidden folder."""
    content = empty_site / "content"
    article = write_article(content)
    (content / f".#{article.name}").symlink_to("root@host.1234:1700000000")
    (content / ".trash").mkdir()
    write_article(content / ".trash", title="删掉的文章", slug="shan-diao")
    result = build(empty_site)
    assert result.articles == 1
    assert not (empty_site / "output/2021/01/05/shan-diao").exists()


def test_a_content_file_gone_between_listing_and_reading_is_reported(empty_site, monkeypatch):
    """A checkout or a sync may delete a file while the build runs: a problem naming it, not a traceback."""
    write_article(empty_site / "content")
    gone = str(empty_site / "content/gone.md")
    monkeypatch.setattr(build_module, "content_files", lambda folder: [*content_files(folder), gone])
    with pytest.raises(InputError) as error:
        build(empty_site)
    assert [(str(problem.path), problem.message) for problem in error.value.problems] == [(gone, "cannot be read: No such file or directory")]


def test_names_written_as_one_text_are_split_at_commas_and_enumeration_commas(empty_site):
    """`tags: 换届, 党建` is two tags, as Pelican reads it; a single name stays one name."""
    path = write_article(empty_site / "content", title="南关街街道举行换届选举")
    text = path.read_text(encoding="utf-8")
    text = text.replace("tags: []", "tags: 换届, 党建").replace("reporters: []", "reporters: 柴琳琳、陈思，张磊,")
    path.write_text(text.replace("correspondents: []", "correspondents: 李华"), encoding="utf-8")
    build(empty_site)
    output = empty_site / "output"
    assert sorted(folder.name for folder in (output / "tags").iterdir() if folder.is_dir()) == ["dang-jian", "huan-jie"]
    people = sorted(folder.name for folder in (output / "people").iterdir() if folder.is_dir())
    assert people == ["chai-lin-lin", "chen-si", "li-hua", "zhang-lei"]


def test_a_summary_reads_bold_text_and_links_inside_a_sentence_without_spaces(empty_site):
    """The first words shown in lists, descriptions and feeds: `**北下街街道**` is text inside a sentence, not a word apart."""
    home = home_page_of(empty_site, body="本报讯 近日，**北下街街道**联合[豫丰社区](https://example.org/)开展`冬日`活动。\n\n第二段。")
    assert '<p class="summary">近日，北下街街道联合豫丰社区开展冬日活动。第二段。</p>' in home


@pytest.mark.parametrize("dateline", ["本报讯", "本报郑州讯", "本报１２月２８日讯"])
def test_a_summary_starts_with_the_news_not_the_dateline_and_its_byline(empty_site, dateline):
    """`本报讯（记者 柴琳琳 通讯员 陈思）` would take a fifth of the 90 characters a list shows of each article."""
    home = home_page_of(empty_site, body=f"{dateline}（记者 柴琳琳 通讯员 陈思）近日，北下街街道开展冬日活动。\n\n第二段。")
    assert '<p class="summary">近日，北下街街道开展冬日活动。第二段。</p>' in home


def home_page_of(site, body: str) -> str:
    """The built home page of `site` with one more article, of `body`."""
    write_article(site / "content", body=body)
    build(site)
    return (site / "output/index.html").read_text(encoding="utf-8")


def test_every_page_links_to_each_index_a_reader_browses_by(site_dir):
    """/archive/, /subdistricts/, /communities/, … : an index linked from no page is found by no reader."""
    build(site_dir)
    output = site_dir / "output"
    indexes = {"/archive/", *(f"/{prefix}/" for prefix, _ in KINDS.values())}
    for path in ("index.html", "2020/12/30/yi-wan-jiao-zi-wen-nuan-qun-zhong-xin/index.html", "404.html"):
        page = BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")
        assert indexes <= {link["href"] for link in page.select("header nav a")}, path
    assert all((output / index.strip("/") / "index.html").is_file() for index in indexes)


def test_the_home_page_of_an_empty_site_says_so_and_shows_only_what_there_is_to_browse(empty_site):
    def home():
        build(empty_site)
        return BeautifulSoup((empty_site / "output/index.html").read_text(encoding="utf-8"), "html.parser")

    page = home()
    assert [heading.get_text() for heading in page.select("main h2")] == ["最新文章"]
    assert "暂无文章" in page.select_one(".latest").get_text() and not page.select(".browse")
    write_article(empty_site / "content", subdistrict="北下街街道", tags=["换届"])
    page = home()
    assert [heading.get_text() for heading in page.select("main h2")] == ["最新文章", "按街道浏览", "专题"]
    assert "暂无文章" not in page.get_text()


def test_a_draft_is_left_out_of_the_site_until_its_line_is_deleted(site_dir):
    """`draft: true` withdraws an article: no page, in no list, feed or sitemap; deleting the line publishes it again."""
    path = next(path for path in sorted((site_dir / "content").glob("*.md")) if "换届" in path.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    article, _ = parse_article(path, path.read_bytes())
    path.write_text(text.replace("\nslug:", "\ndraft: true\nslug:", 1), encoding="utf-8")
    result = build(site_dir)
    output = site_dir / "output"
    assert result.drafts == 1 and "(1 draft left out)" in result.summary_line()
    assert not (output / article.url).exists()
    built = [page.read_text(encoding="utf-8") for page in output.rglob("*") if page.suffix in (".html", ".xml")]
    assert not any(article.url in page for page in built)
    path.write_text(text, encoding="utf-8")
    build(site_dir)
    assert (output / article.url / "index.html").is_file()


def test_draft_must_be_true_or_false(empty_site):
    path, error = build_error_with(empty_site, "draft: yes")
    assert f"{path}:4: draft: must be true or false" in error


def build_error_with(site, line: str) -> tuple[Path, str]:
    """A content file with `line` in its front matter (line 4), and the error the build stops with."""
    path = write_article(site / "content")
    path.write_text(path.read_text(encoding="utf-8").replace("\nslug:", f"\n{line}\nslug:", 1), encoding="utf-8")
    with pytest.raises(InputError) as error:
        build(site)
    return path, str(error.value)


def test_a_summary_puts_no_space_after_a_chinese_sentence_whatever_follows(empty_site):
    home = home_page_of(empty_site, body="本报讯 近日，活动举行。\n\n12月28日下午，会议要求：\n\n一是加强巡逻。")
    assert '<p class="summary">近日，活动举行。12月28日下午，会议要求：一是加强巡逻。</p>' in home


def test_a_quoted_true_says_to_write_it_without_quotes(empty_site):
    _, error = build_error_with(empty_site, 'draft: "true"')
    assert "draft: must be true or false without quotes, not 'true'" in error
