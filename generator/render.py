"""The Jinja environment and page rendering.

Templates live in the site's `templates/` folder, inherit from `base.html`,
and are autoescaped. They receive typed objects (Article, Collection, Pager,
Site) and format them with the filters defined here; they decide nothing.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import jinja2

from .config import Config
from .errors import InputError, Problem
from .metadata import absolute_url, article_metadata
from .pages import Page
from .site import Site

WEEKDAYS = "一二三四五六日"
# Names the templates compiled by this module's Jinja environment (see Renderer).
ENVIRONMENT_VERSION = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()


def chinese_date(date: dt.date) -> str:
    """2020-12-30 → 2020年12月30日"""
    return f"{date.year}年{date.month}月{date.day}日"


def chinese_month(year: int, month: int) -> str:
    return f"{year}年{month}月"


def weekday(date: dt.date) -> str:
    return f"星期{WEEKDAYS[date.weekday()]}"


class Renderer:
    def __init__(self, config: Config, site: Site, compiled_dir: Path | None = None):
        """`compiled_dir`: where compiled templates are kept between processes (a build that renders a few pages would spend more on compiling them)."""
        self.config = config
        self.base_path = config.base_path  # read for every link of every page: parsed once
        bytecode_cache = None
        if compiled_dir is not None:
            # Jinja checks each one against its template's source only (and its own version): kept apart
            # for each version of this module, which sets the options and filters they were compiled with.
            compiled_dir = compiled_dir / ENVIRONMENT_VERSION
            compiled_dir.mkdir(parents=True, exist_ok=True)
            bytecode_cache = jinja2.FileSystemBytecodeCache(str(compiled_dir))
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(config.templates_dir),
            bytecode_cache=bytecode_cache,
            # Not a stat of each template per page: a build that finds a template changed
            # makes a new Renderer (session.SiteModel.take_templates).
            auto_reload=False,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            url=self.url,
            absolute_url=self.absolute_url,
            chinese_date=chinese_date,
            weekday=weekday,
        )
        self.env.globals.update(
            site=site, config=config, chinese_month=chinese_month,
            article_metadata=lambda article: article_metadata(article, config),
        )

    # Both read the config, so they are marked as reading the render context: Jinja then never works
    # one out while compiling (`'static/style.css' | url` would be a constant), and the compiled
    # templates kept between builds hold no base path, which a changed base_url would leave behind.
    @jinja2.pass_context
    def url(self, _context, path: str) -> str:
        """Site-relative path → the link used in pages: '/archive/tags/huan-jie/'."""
        return self.base_path + path

    @jinja2.pass_context
    def absolute_url(self, _context, path: str) -> str:
        """For feeds, canonical links and sharing: a full URL when base_url names a host."""
        return absolute_url(self.config, path)

    def render(self, page: Page) -> str:
        try:
            template = self.env.get_template(page.template)
            return template.render(page=page, **page.context)
        except jinja2.TemplateSyntaxError as exc:
            raise InputError([Problem(exc.filename or page.template, exc.lineno, None, f"template error: {exc.message}")]) from None
        except jinja2.TemplateNotFound as exc:
            raise InputError([Problem(self.config.templates_dir / str(exc.name), None, None, "template not found")]) from None
        except Exception as exc:  # anything a template expression raises (1/0, a bad filter argument) is the template's error
            file, line = _template_place(exc, self.config.templates_dir)
            where = file or self.config.templates_dir / page.template
            raise InputError([Problem(where, line, None, f"template error while rendering /{page.url}: {exc}")]) from None


def _template_place(exc: BaseException, templates_dir: Path) -> tuple[Path | None, int | None]:
    """The template file and line where rendering failed (base.html or an included one, not always the page's own).

    Jinja rewrites the traceback so that each template's frames carry its file and line.
    """
    folder = os.path.normpath(templates_dir) + os.sep
    place: tuple[Path | None, int | None] = (None, None)
    traceback = exc.__traceback__
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if os.path.normpath(filename).startswith(folder):
            place = (Path(filename), traceback.tb_lineno)
        traceback = traceback.tb_next
    return place
