"""A synthetic but realistic archive of N articles, deterministic for a given seed.

Used by the benchmark (bench/run.py) and by tests/test_incremental.py, so the
two exercise the same kind of content. Articles look like the imported ones:
Chinese text of 300–2,000 characters in paragraphs (some hard-wrapped, some
with a bold lead), spread over the config's subdistricts, a few sections,
tags (换届 among them), several years of dates, reporters and correspondents.

Also here: the same corpus in Pelican's Markdown format and as a Hugo site
(config, tiny layouts, one Markdown file per article), and the edits the
benchmark and the test apply between builds (body, title, new, deleted, …).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path

from generator.config import load_config
from generator.content import Article, Source, format_article, parse_article

REPO = Path(__file__).resolve().parent.parent

# (Chinese, pinyin) so that slugs are realistic without running pypinyin on every title.
_TITLE_WORDS = [
    ("社区", "she-qu"), ("居民", "ju-min"), ("志愿服务", "zhi-yuan-fu-wu"), ("老旧小区", "lao-jiu-xiao-qu"),
    ("改造", "gai-zao"), ("党建", "dang-jian"), ("引领", "yin-ling"), ("换届", "huan-jie"), ("选举", "xuan-ju"),
    ("文明", "wen-ming"), ("创建", "chuang-jian"), ("平安", "ping-an"), ("巡逻", "xun-luo"), ("饺子", "jiao-zi"),
    ("温暖", "wen-nuan"), ("群众", "qun-zhong"), ("邻里", "lin-li"), ("和谐", "he-xie"), ("防疫", "fang-yi"),
    ("宣传", "xuan-chuan"), ("垃圾分类", "la-ji-fen-lei"), ("环境", "huan-jing"), ("整治", "zheng-zhi"),
    ("老人", "lao-ren"), ("关爱", "guan-ai"), ("儿童", "er-tong"), ("暑期", "shu-qi"), ("课堂", "ke-tang"),
    ("消防", "xiao-fang"), ("演练", "yan-lian"), ("便民", "bian-min"), ("服务", "fu-wu"), ("网格", "wang-ge"),
    ("治理", "zhi-li"), ("就业", "jiu-ye"), ("招聘会", "zhao-pin-hui"), ("法律", "fa-lv"), ("讲座", "jiang-zuo"),
]
_SENTENCES = [
    "近日,{sub}{com}组织开展了一次别开生面的活动,吸引了辖区众多居民参与。",
    "活动现场气氛热烈,志愿者们耐心细致地为居民讲解相关政策,发放宣传资料{k}份。",
    "“以前遇到事情不知道找谁,现在有了网格员,一个电话就能解决。”一位老居民高兴地说。",
    "据了解,{sub}始终坚持以人民为中心的发展思想,把群众的急难愁盼作为工作的出发点和落脚点。",
    "下一步,街道将继续深化党建引领基层治理,不断提升群众的获得感、幸福感和安全感。",
    "为确保工作取得实效,街道成立了工作专班,明确责任分工,倒排工期,挂图作战。",
    "截至目前,已累计走访住户{k}户,收集意见建议{n}条,解决实际问题{n}件。",
    "社区党委书记表示,将以此次活动为契机,进一步密切党群干群关系。",
    "活动中,工作人员还为行动不便的老人提供了上门服务,受到一致好评。",
    "此次活动丰富了居民的文化生活,营造了和谐、文明、友善的社区氛围。",
    "{com}通过“线上+线下”相结合的方式,广泛宣传,做到家喻户晓、人人皆知。",
    "在各方共同努力下,小区面貌焕然一新,道路平整了,路灯亮了,环境变美了。",
]
_ELECTION_SENTENCE = "目前,社区“两委”换届工作正在有序推进,各项准备工作已基本就绪。"
_SECTIONS = ["活动室", "社区动态", "党建园地", "民生视窗", "平安建设"]
_EXTRA_TAGS = ["党建", "疫情防控", "老旧小区改造"]
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭"
_GIVEN = "琳丽芳娜敏静伟强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国新"


def _names(rng: random.Random, count: int) -> list[str]:
    return sorted({rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(["", *_GIVEN]) for _ in range(count)})


def generate_articles(count: int, seed: int = 7, subdistricts: tuple[str, ...] = ()) -> list[Article]:
    """`count` articles over several years, newest on 2023-12-31; same seed, same articles."""
    rng = random.Random(seed)
    subdistricts = subdistricts or load_config(REPO).subdistricts
    reporters, correspondents = _names(rng, 30), _names(rng, 300)
    days = max(1, min(6 * 365, count // 3))  # several years, a few articles a day
    last_day = dt.date(2023, 12, 31)
    taken: set[str] = set()  # unique over all dates too, as Pelican expects
    line_on: dict[dt.date, int] = {}
    articles = []
    for number in range(count):
        date = last_day - dt.timedelta(days=rng.randrange(days))
        sub = rng.choice(subdistricts)
        com = rng.choice(["豫丰", "北下街", "郑汴路", "东关", "紫东", "商城", "陇海"]) + "社区"
        words = rng.sample(_TITLE_WORDS, 3)
        election = rng.random() < 0.1
        if election:
            words[0] = ("换届", "huan-jie")
        title = sub + ":" + "".join(w for w, _ in words)
        slug = "-".join(p for _, p in words)
        if slug in taken:
            slug += f"-{number}"
        taken.add(slug)
        body = _body(rng, sub, com, election)
        first = line_on.get(date, 1)
        line_on[date] = first + body.count("\n") + 3
        tags = (["换届"] if election else []) + ([rng.choice(_EXTRA_TAGS)] if rng.random() < 0.2 else [])
        articles.append(
            Article(
                title=title,
                date=date,
                slug=slug,
                body=body,
                section=rng.choice(_SECTIONS) if rng.random() < 0.6 else None,
                subdistrict=sub,
                community=com if rng.random() < 0.7 else None,
                tags=tags,
                reporters=rng.sample(reporters, rng.choice([1, 1, 2])),
                correspondents=rng.sample(correspondents, rng.choice([0, 1, 2])),
                photo=rng.random() < 0.3,
                source=Source(f"guancheng-{date}.txt", first, line_on[date] - 2),
            )
        )
    return articles


def _body(rng: random.Random, sub: str, com: str, election: bool) -> str:
    target = rng.randint(300, 1700)  # the last paragraph may add up to ~500 more
    paragraphs, length = [], 0
    while length < target:
        sentences = [
            rng.choice(_SENTENCES).format(sub=sub, com=com, k=rng.randint(20, 900), n=rng.randint(3, 60))
            for _ in range(rng.randint(2, 5))
        ]
        if election and not paragraphs:
            sentences.append(_ELECTION_SENTENCE)
        text = "".join(sentences)
        if rng.random() < 0.15:  # hard-wrapped, as page imports sometimes are
            text = "\n".join(text[i : i + 40] for i in range(0, len(text), 40))
        if rng.random() < 0.08:
            text = f"**{rng.choice(['定人', '定责', '定时'])},{rng.choice(['健全机制', '压实责任', '倒排工期'])}。**" + text
        paragraphs.append(text)
        length += len(text)
    paragraphs[0] = "本报讯 " + paragraphs[0]
    return "\n\n".join(paragraphs)


def content_path(content_dir: Path, article: Article) -> Path:
    return content_dir / f"{article.date}-{article.slug}.md"


def write_site(root: Path, count: int, seed: int = 7) -> list[Article]:
    """A site folder at `root`: the repository's config, templates and static, and `count` articles."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "newsarchive.yml", root / "newsarchive.yml")
    for folder in ("templates", "static"):
        shutil.rmtree(root / folder, ignore_errors=True)
        shutil.copytree(REPO / folder, root / folder)
    content_dir = root / "content"
    shutil.rmtree(content_dir, ignore_errors=True)
    content_dir.mkdir()
    articles = generate_articles(count, seed, load_config(root).subdistricts)
    for article in articles:
        content_path(content_dir, article).write_text(format_article(article), encoding="utf-8")
    return articles


def write_pelican_content(content_dir: Path, articles: list[Article]) -> None:
    """The same articles in Pelican's Markdown format: a metadata header, then the body."""
    content_dir.mkdir(parents=True, exist_ok=True)
    for article in articles:
        header = [
            f"Title: {article.title}",
            f"Date: {article.date}",
            f"Slug: {article.slug}",
            f"Category: {article.subdistrict or '其他'}",
        ]
        if article.tags or article.section:
            header.append("Tags: " + ", ".join(article.tags + ([article.section] if article.section else [])))
        people = article.reporters + article.correspondents
        if people:
            header.append("Authors: " + ", ".join(people))
        text = "\n".join(header) + "\n\n" + article.body + "\n"
        content_path(content_dir, article).write_text(text, encoding="utf-8")


# -- the same corpus as a Hugo site ----------------------------------------------------
# What Hugo is asked to build, comparable to Pelican's default theme with the bench settings:
# article pages at YYYY/MM/DD/slug/ (date, authors, category, tags, body, a description from the
# summary), home and one list per category / tag / author, 20 articles a page, each item with its
# infos and summary; one page listing each taxonomy's terms (as categories.html, tags.html,
# authors.html) and one archive of all articles (the `posts` section page, as archives.html);
# a category menu on every page. No RSS, sitemap, robots.txt or 404 page.
HUGO_CONFIG = """\
baseURL = "/"
title = "管城新闻档案"
defaultContentLanguage = "zh"
hasCJKLanguage = true
timeZone = "Asia/Shanghai"
disableKinds = ["rss", "sitemap", "robotsTXT", "404"]
enableGitInfo = false

[pagination]
pagerSize = 20
disableAliases = true  # no page/1/ redirect pages (Pelican writes none)

[taxonomies]
category = "categories"
tag = "tags"
author = "authors"

[permalinks.page]
posts = "/:year/:month/:day/:slug/"
"""
HUGO_LAYOUTS = {
    "baseof.html": """\
<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>{{ block "title" . }}{{ .Title }} - {{ site.Title }}{{ end }}</title>
{{- block "head" . }}{{ end }}</head>
<body>
<header><h1><a href="/">{{ site.Title }}</a></h1>
<nav><ul>{{ range site.Taxonomies.categories.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a></li>{{ end }}</ul></nav></header>
{{ block "main" . }}{{ end }}
</body>
</html>
""",
    "_partials/infos.html": """\
<footer><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
{{- with .GetTerms "authors" }} 作者:{{ range . }} <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ end }}
{{- range .GetTerms "categories" }} <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{- with .GetTerms "tags" }} 标签:{{ range . }} <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ end }}</footer>
""",
    "_partials/list.html": """\
<h1>{{ .page.Title }}</h1>
{{ $pager := .page.Paginate .pages }}
<ol>{{ range $pager.Pages }}
<li><article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ partial "infos.html" . }}{{ .Summary }}</article></li>{{ end }}
</ol>
<p>{{ with $pager.Prev }}<a href="{{ .URL }}">上一页</a> {{ end }}{{ $pager.PageNumber }} / {{ $pager.TotalPages }}{{ with $pager.Next }} <a href="{{ .URL }}">下一页</a>{{ end }}</p>
""",
    "page.html": """\
{{ define "head" }}<meta name="description" content="{{ .Summary | plainify | truncate 150 }}">{{ end }}
{{ define "main" }}<article><h1><a href="{{ .RelPermalink }}">{{ .Title }}</a></h1>
{{ partial "infos.html" . }}
{{ .Content }}</article>{{ end }}
""",
    "home.html": """{{ define "title" }}{{ site.Title }}{{ end }}{{ define "main" }}{{ partial "list.html" (dict "page" . "pages" site.RegularPages) }}{{ end }}\n""",
    "term.html": """{{ define "main" }}{{ partial "list.html" (dict "page" . "pages" .Pages) }}{{ end }}\n""",
    "taxonomy.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "section.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<dl>{{ range .Pages }}<dt>{{ .Date.Format "2006-01-02" }}</dt><dd><a href="{{ .RelPermalink }}">{{ .Title }}</a></dd>{{ end }}</dl>{{ end }}
""",
}


def _toml(value) -> str:
    """A TOML basic string or array of them (JSON's escapes are valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


def write_hugo_site(root: Path, articles: list[Article]) -> None:
    """The same articles as a Hugo site: hugo.toml, layouts/, content/posts/ with TOML front matter."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        path = root / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    content_dir = root / "content" / "posts"
    content_dir.mkdir(parents=True, exist_ok=True)
    (content_dir / "_index.md").write_text('+++\ntitle = "归档"\n+++\n', encoding="utf-8")
    for article in articles:
        front = [
            f"title = {_toml(article.title)}",
            f"date = {article.date}",
            f"slug = {_toml(article.slug)}",
            f"categories = {_toml([article.subdistrict or '其他'])}",
            f"tags = {_toml(article.tags + ([article.section] if article.section else []))}",
            f"authors = {_toml(article.reporters + article.correspondents)}",
        ]
        text = "+++\n" + "\n".join(front) + "\n+++\n\n" + article.body + "\n"
        content_path(content_dir, article).write_text(text, encoding="utf-8")


# -- edits between builds -------------------------------------------------------------
def rewrite(path: Path, change) -> Path:
    """Apply `change` to the article of a content file and write it back."""
    article, problems = parse_article(path, path.read_bytes())
    assert article is not None, problems
    change(article)
    path.write_text(format_article(article), encoding="utf-8")
    return path


def edit_body(path: Path, text: str = "编者按:本文有更正。") -> Path:
    """Append a sentence to an article's body (what an editor fixing a typo does)."""
    return rewrite(path, lambda a: setattr(a, "body", a.body + "\n\n" + text))


def edit_lead(path: Path, text: str = "本报更正:") -> Path:
    """Put words before an article's first sentence: its summary changes, so do the lists that show it."""
    return rewrite(path, lambda a: setattr(a, "body", text + a.body))


def edit_title(path: Path, suffix: str = "(更正)") -> Path:
    """Change a headline: shows on index pages and on the neighbours' pages."""
    return rewrite(path, lambda a: setattr(a, "title", a.title + suffix))


def set_tags(path: Path, tags: list[str]) -> Path:
    return rewrite(path, lambda a: setattr(a, "tags", list(tags)))


def add_article(content_dir: Path, date: dt.date, slug: str = "xin-wen-zhang", title: str = "新文章:社区志愿服务") -> Path:
    article = Article(title=title, date=date, slug=slug, body="本报讯 近日,社区开展志愿服务活动。", subdistrict="南关街街道", tags=["换届"], reporters=["新记者"])
    path = content_path(content_dir, article)
    path.write_text(format_article(article), encoding="utf-8")
    return path


def edit_template(templates_dir: Path, name: str = "base.html", after: str = "<body>", text: str = "<!-- edited -->") -> Path:
    """Add `text` to a template after the text `after`: every page that uses it changes."""
    path = templates_dir / name
    source = path.read_text(encoding="utf-8")
    assert after in source, f"{after!r} is not in {name}"
    path.write_text(source.replace(after, after + "\n" + text, 1), encoding="utf-8")
    return path
