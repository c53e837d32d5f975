"""`newsarchive new`: a skeleton article for editors who write by hand."""
from __future__ import annotations

import datetime as dt

from .config import Config
from .content import Article, format_article
from .errors import InputError, Problem
from .fsutil import write_atomic
from .importer.writer import scan_content, slugs_by_date
from .slugs import pinyin_slug, unique_slug


def new_article(
    config: Config,
    title: str,
    *,
    date: dt.date,
    subdistrict: str | None = None,
    community: str | None = None,
    section: str | None = None,
    tags: list[str] | None = None,
) -> Article:
    """Write `content/<date>-<slug>.md` with front matter filled in; never overwrite a file. The article written, its `path` set."""
    title = title.strip()
    if not title:
        raise InputError([Problem("new", None, "title", "must not be empty")])
    content_dir = config.content_dir
    content_dir.mkdir(parents=True, exist_ok=True)
    taken = slugs_by_date(scan_content(content_dir)).get(date.isoformat(), set())
    slug = unique_slug(pinyin_slug(title) or "article", taken)
    article = Article(
        title=title,
        date=date,
        slug=slug,
        body="本报讯 ",
        section=section,
        subdistrict=subdistrict,
        community=community,
        tags=list(tags or []) or config.tags_for(title),
        draft=True,  # published once its text is written, as Hugo's `hugo new` leaves it to the writer
    )
    path = content_dir / f"{date}-{slug}.md"
    article.path = str(path)
    try:
        write_atomic(path, format_article(article), overwrite=False)
    except FileExistsError:
        raise InputError([Problem(path, None, None, "appeared while the article was being made; left as it is, nothing written")]) from None
    return article
