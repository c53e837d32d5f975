"""`newsarchive import`: raw newspaper pages → one Markdown file per article.

    decode.py      bytes → clean lines (BOM, UTF-8/GB18030, line ends, indents)
    blocks.py      each line classified: furniture, rubric, byline, jump marker, text
    pagebreaks.py  paragraphs rejoined across page breaks; repeated column tails
    segment.py     lines → articles with their section and byline
    titles.py      a title from the first sentence, for an article printed without a headline (a brief, a story's rest)
    byline.py      `记者 柴琳琳 通讯员 薛新芳 文/图` → names and photo credit
    places.py      subdistrict and community from config.subdistricts
    page.py        one page → Article objects (pure)
    writer.py      slugs, the manifest of imported files, safe writes

`import_pages` does the work and returns what it did; `run_import` is the
command: it also reports to `out`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..config import Config
from ..errors import InputError, Problem
from .blocks import printed_together
from .page import ReadPage, describe_lines, read_page
from .segment import PageArticle
from .writer import PlannedWrite, apply_writes, load_manifest, plan_writes

__all__ = ["ImportResult", "import_pages", "run_import", "collect_pages"]


@dataclass(frozen=True)
class ImportResult:
    pages: list[ReadPage]
    planned: list[PlannedWrite]
    manifest_problem: str  # '' unless the manifest could not be read


def collect_pages(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The page files named by `paths` (a folder stands for every `*.txt` in it, sorted), and the paths that name none."""
    pages: list[Path] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(item for item in path.glob("*.txt") if item.is_file())
            if not inside:
                problems.append(Problem(path, None, None, "is a folder with no .txt pages in it"))
            pages.extend(inside)
        elif path.is_file():
            pages.append(path)
        else:
            problems.append(Problem(path, None, None, "does not exist"))
    unique = {page.resolve(): page for page in reversed(pages)}  # a page named twice is read once
    return [page for page in pages if unique.get(page.resolve()) is page], problems


def import_pages(
    paths: list[Path],
    *,
    config: Config,
    content_dir: Path,
    date: dt.date | None = None,
    encoding: str = "auto",
    dry_run: bool = False,
    force: bool = False,
) -> ImportResult:
    """Read every page, then write the articles; with any bad page, raise InputError and write nothing."""
    pages: list[ReadPage] = []
    page_paths, problems = collect_pages(paths)
    for path in page_paths:
        try:
            pages.append(read_page(path, path.read_bytes(), config=config, date=date, encoding=encoding))
        except OSError as exc:
            problems.append(Problem(path, None, None, f"cannot be read: {exc.strerror or exc}"))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    content_dir = Path(content_dir)
    manifest = load_manifest(content_dir)
    articles = [article for page in pages for article in page.articles]
    planned, updated = plan_writes(articles, content_dir, manifest, force=force)
    if not dry_run:
        apply_writes(planned, updated, content_dir)
    return ImportResult(pages, planned, manifest.problem)


def run_import(
    paths: list[Path],
    *,
    config: Config,
    content_dir: Path,
    date: dt.date | None,
    encoding: str = "auto",
    dry_run: bool,
    force: bool,
    verbose: bool,
    out: TextIO,
) -> int:
    """The `import` command: import, and tell the user what happened. Returns the exit status.

    Raises InputError (to be printed, exit 2) for pages that cannot be read,
    that hold no article or no date; nothing is written then.
    """
    result = import_pages(
        paths, config=config, content_dir=content_dir, date=date, encoding=encoding, dry_run=dry_run, force=force
    )
    if result.manifest_problem:
        print(f"warning: {result.manifest_problem}", file=out)
    for page in result.pages:
        _report_page(page, verbose, out)
    for item in result.planned:
        _report_write(item, dry_run, out)
    counts = {action: sum(item.action == action for item in result.planned) for action in _ACTION_WORDS}
    summary = [f"{count} {_ACTION_WORDS[action][1]}" for action, count in counts.items() if count]
    summary += _to_review(result.pages)
    print(("dry run, nothing written: " if dry_run else "") + (", ".join(summary) or "no articles"), file=out)
    return 0


def _to_review(pages: list[ReadPage]) -> list[str]:
    """What the summary counts for the editor to review: titles the importer made, stories to join across pages."""
    printed = [article for page in pages for article in page.printed]
    titled = sum(article.title is None for article in printed)
    counts = {
        f"titled from {'its' if titled == 1 else 'their'} first sentence": titled,
        "continued from another page": sum(article.continued_from is not None for article in printed),
        "continued on another page": sum(article.continues_on is not None for article in printed),
    }
    return [f"{count} {what}" for what, count in counts.items() if count]


# action → (what a dry run says it would do, what the summary calls it)
_ACTION_WORDS = {
    "create": ("would create", "created"),
    "update": ("would update", "updated"),
    "overwrite": ("would overwrite", "overwritten"),
    "unchanged": ("unchanged", "unchanged"),
    "skip": ("would skip", "skipped"),
    "repeat": ("would skip as repeats", "skipped as repeats"),
}


def _report_page(page: ReadPage, verbose: bool, out: TextIO) -> None:
    dropped = sum(len(item.lines) for item in page.dropped)
    print(
        f"{page.path}: {len(page.articles)} article{'s' if len(page.articles) != 1 else ''}, "
        f"date {page.date} (from the {page.date_from}), {page.encoding}, "
        f"{dropped} line{'s' if dropped != 1 else ''} dropped" + ("" if verbose or not dropped else " (--verbose lists them)"),
        file=out,
    )
    if not verbose:
        return
    for item in page.dropped:
        text = " / ".join(line.text for line in item.lines)
        print(f"  dropped {describe_lines(item.lines)} ({item.reason}): {_shorten(text)}", file=out)
    for line in page.cut:
        print(f"  cut “{line.jump.marker}” from line {line.number} ({line.jump})", file=out)
    for printed in page.printed:
        for paragraph in printed.paragraphs:
            # Lines printed one right under the next are a paragraph's lines as set (a line wrap): nothing to review.
            if any(not printed_together(upper, lower) for upper, lower in zip(paragraph.lines, paragraph.lines[1:])):
                print(f"  joined {describe_lines(paragraph.lines)}: one paragraph broken across a page break", file=out)
        byline_lines = (printed.byline.number, *printed.byline.continued_on) if printed.byline is not None else ()
        if any(lower != upper + 1 for upper, lower in zip(byline_lines, byline_lines[1:])):  # as for paragraphs: lines set one under another are no break
            print(f"  joined {describe_lines((printed.byline,))}: one byline broken across a page break", file=out)
        for note in _to_review_in(printed):
            print(f"  {note}", file=out)


def _to_review_in(printed: PageArticle) -> list[str]:
    """What the editor should review in one article: a title the importer made, a story to join across pages."""
    lines = describe_lines(tuple(line for paragraph in printed.paragraphs for line in paragraph.lines))
    join = "join it to that article by hand"
    notes = []
    if printed.title is None:
        why = f"{printed.continued_from}: {join}" if printed.continued_from else "no headline printed"
        notes.append(f"titled {lines} from the first sentence ({why}): {printed.headline}")
    elif printed.continued_from:
        notes.append(f"continued {lines} from page {printed.continued_from.page} ({join}): {printed.headline}")
    if printed.continues_on:
        where = f"on page {printed.continues_on.page} (join its rest from there by hand)"
        notes.append(f"continued {lines} {where}: {printed.headline}")
    return notes


def _report_write(item: PlannedWrite, dry_run: bool, out: TextIO) -> None:
    said, done = _ACTION_WORDS[item.action]
    if item.action == "repeat":
        word = "would skip" if dry_run else "skipped"
        print(f"{word} “{item.article.title}” ({item.article.source}): it {item.reason}; use --force to write it to {item.path.name} too", file=out)
        return
    word = said if dry_run else ("skipped" if item.action == "skip" else done)
    line = f"{word} {item.path}"
    if item.action == "skip":
        line += f": it {item.reason}; use --force to overwrite it"
    elif item.action in ("overwrite", "create") and item.reason:
        line += f" (--force: it {item.reason})"
    print(line, file=out)
    if dry_run and item.action in ("create", "update", "overwrite"):
        print("".join(f"    {text}\n" if text else "\n" for text in item.text.split("\n")[:-1]), end="", file=out)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
