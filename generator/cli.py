"""Command line: `newsarchive import | build | serve | new | check`. Argument parsing only.

Every command runs in the site folder (the one holding newsarchive.yml) or
in the folder given by `--root`. Errors in the input are printed as a list
(file:line: field: message) and exit with status 2, never a traceback.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import os
import signal
import sys
from pathlib import Path
from typing import NoReturn

from .config import CACHE_DIR_NAME, Config, load_config
from .errors import BuildInterrupted, NewsarchiveError, Problem


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD, e.g. 2020-12-30") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsarchive", description="Static site generator for a newspaper archive.")
    parser.add_argument("--root", type=Path, default=Path("."), help=_ROOT_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    imp = commands.add_parser("import", help="cut raw newspaper pages into Markdown articles")
    imp.add_argument("pages", nargs="+", type=Path, metavar="PAGE", help="page text files or folders of them")
    imp.add_argument("--date", type=_date, help="the pages' date (default: from the file name or the page)")
    imp.add_argument("--content-dir", type=Path, help="where articles go (default: content)")
    imp.add_argument("--encoding", default="auto", help="page encoding (default: auto: UTF-8 with or without BOM, GB18030, UTF-16 with BOM)")
    imp.add_argument("--dry-run", action="store_true", help="print what would be written; write nothing")
    imp.add_argument("--force", action="store_true", help="overwrite articles edited since they were imported; write articles already in content/ again")
    imp.add_argument("--verbose", "-v", action="store_true", help="list every line left out (furniture, repeated tails)")

    build = commands.add_parser("build", help="build the site into output/")
    _site_options(build)

    serve = commands.add_parser("serve", help="build, serve and rebuild on change, with live reload")
    _site_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")

    check = commands.add_parser("check", help="find broken links, missing assets, duplicate URLs, untitled pages, invalid feeds in output/")
    check.add_argument("--output-dir", type=Path, help="the built site (default: output)")
    check.add_argument("--base-url", help="where the site is published, as for build (default: the last build's, else from newsarchive.yml)")

    new = commands.add_parser("new", help="write a new article skeleton for hand-written articles")
    new.add_argument("title", help="the headline")
    new.add_argument("--date", type=_date, default=None, help="default: today")
    new.add_argument("--subdistrict", help="e.g. 南关街街道")
    new.add_argument("--community", help="e.g. 豫丰社区")
    new.add_argument("--section", help="the rubric, e.g. 活动室")
    new.add_argument("--tags", default="", help="separated by commas or 、, e.g. 换届,党建")
    new.add_argument("--content-dir", type=Path, help="default: content")
    for command in (imp, build, serve, check, new):
        # Also after the command (`newsarchive build --root ~/archive`); SUPPRESS: not given there, the one before it stands.
        command.add_argument("--root", type=Path, default=argparse.SUPPRESS, help=_ROOT_HELP)
    return parser


_ROOT_HELP = "the site folder (holds newsarchive.yml); default: here"


def _port(text: str) -> int:
    """A TCP port number, 1–65535 (the server would otherwise listen on some other port, or fail late)."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1–65535)")
    return port


def _site_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--content-dir", type=Path, help="default: content")
    command.add_argument("--output-dir", type=Path, help="default: output")
    command.add_argument("--base-url", help="where the site is published, e.g. https://example.org/archive/")
    command.add_argument("--no-search", dest="search", action="store_false", help="skip the Pagefind search index")


def run() -> NoReturn:
    """The `newsarchive` command: main(), then exit at once.

    Freeing a 10,000-article site model object by object on the way out
    would add a tenth of a second to every build; everything is written
    and closed by then, so the process ends without it.
    """
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader has gone (`newsarchive check | head`): end quietly, with the status a shell shows
        # for a tool that SIGPIPE ended. What is left unwritten is dropped with the process.
        code = 128 + signal.SIGPIPE
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except NewsarchiveError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        raise  # the reader has gone (see run)
    except OSError as exc:  # a file or folder the system refused (permissions, a full disk): named, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except BuildInterrupted as exc:
        print(f"interrupted; {exc}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("interrupted; output/ is as it was before this build", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "import":
        from .importer import run_import

        config = load_config(args.root, content_dir=args.content_dir)
        return run_import(
            args.pages,
            config=config,
            content_dir=config.content_dir,
            date=args.date,
            encoding=args.encoding,
            dry_run=args.dry_run,
            force=args.force,
            verbose=args.verbose,
            out=sys.stdout,
        )
    if args.command == "new":
        from .authoring import new_article
        from .content import split_names, unlisted_subdistricts

        config = load_config(args.root, content_dir=args.content_dir)
        tags = split_names(args.tags)  # as in front matter: 换届,党建 or 换届、党建
        article = new_article(
            config,
            args.title,
            date=args.date or dt.date.today(),
            subdistrict=args.subdistrict,
            community=args.community,
            section=args.section,
            tags=tags,
        )
        print(f"wrote {article.path}")
        print("note: it is a draft (draft: true), left out of the site: write its text, then delete that line to publish it", file=sys.stderr)
        _warn(unlisted_subdistricts([article], config.subdistricts))
        return 0
    if args.command == "check":
        return _check(load_config(args.root, base_url=args.base_url, output_dir=args.output_dir), base_url_given=args.base_url is not None)
    load = functools.partial(load_config, args.root, base_url=args.base_url, content_dir=args.content_dir, output_dir=args.output_dir)
    if args.command == "build":
        from .build import build_site
        from .session import BuildSession

        config = load()
        # The command ends once output/ is complete; the model for the next build is saved after it (session.py).
        result = build_site(config, search=args.search, session=BuildSession(persistent=False, detached_saves=True))
        print(result.summary_line())
        _warn(result.warnings)
        if config.absolute_base is None:
            print(
                f"note: base_url {config.base_url} names no host, so sitemap.xml, robots.txt and the feeds give paths, "
                "which crawlers and feed readers cannot follow: to publish, build with --base-url https://…/ "
                "(or set base_url in newsarchive.yml)",
                file=sys.stderr,
            )
        return 0
    if args.command == "serve":
        from .serve import serve

        return serve(load, host=args.host, port=args.port, search=args.search)
    raise AssertionError(f"unhandled command {args.command}")


def _warn(warnings: list[Problem]) -> None:
    """Things in the input worth a look that stop nothing (file:line: field: message), on standard error."""
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _check(config: Config, *, base_url_given: bool) -> int:
    """Exit 1 and list every problem found in the built site; 0 and a summary otherwise.

    Links are checked against the base URL the site was built with: checked
    against another, every link of a site built with --base-url looks broken.
    So: --base-url, else the one the last build into the output folder
    recorded, else newsarchive.yml's; the last line says which.
    """
    from .check import check_site
    from .manifest import recorded_base_url

    if base_url_given:
        source = "given with --base-url"
    elif (recorded := recorded_base_url(config.root / CACHE_DIR_NAME, config.output_dir)) is not None:
        config, source = dataclasses.replace(config, base_url=recorded), "the last build's"
    else:
        source = "base_url in newsarchive.yml; no build into this folder is recorded: a site built with --base-url is checked with the same --base-url"
    result = check_site(config)
    if not result.problems:
        print(result.summary_line())
    else:
        count = len(result.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found in {config.output_dir}:")
        for problem in result.problems:
            print(f"  {problem}")
    _warn(result.warnings)
    print(f"links checked against base URL {config.base_url} ({source})")
    return 1 if result.problems else 0
