"""The site config (`newsarchive.yml` at the top of the site): typed, validated, with defaults.

Every setting is declared once in `_OPTIONS` with its type; a wrong type, an
unknown key (with a did-you-mean) or a bad value is reported with its line.
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError, NewsarchiveError, Problem
from .yaml_io import YamlSyntaxError, load_yaml

CONFIG_NAME = "newsarchive.yml"
# Beside CONFIG_NAME, in the site folder:
TEMPLATES_DIR_NAME = "templates"
STATIC_DIR_NAME = "static"
STATIC_PREFIX = STATIC_DIR_NAME + "/"  # of the static files' paths in output/
CACHE_DIR_NAME = ".newsarchive-cache"
DEFAULT_OUTPUT_DIR_NAME = "output"  # in the site folder: the site's own, replaced whole by each full build


@dataclass(frozen=True)
class TagRule:
    """Articles whose title or body contains any keyword get the tag, but for a keyword only inside a phrase it
    excepts (`人大代表换届` is no village or community election)."""

    tag: str
    keywords: tuple[str, ...]
    exceptions: tuple[str, ...] = ()

    def matches(self, text: str) -> bool:
        for phrase in self.exceptions:
            text = text.replace(phrase, "\n")
        return any(keyword in text for keyword in self.keywords)


@dataclass(frozen=True)
class Config:
    root: Path
    title: str = "新闻档案"
    description: str = ""
    publisher: str = ""
    base_url: str = "/"
    language: str = "zh-CN"
    per_page: int = 20
    names_per_page: int = 100  # on the lists of all subdistricts, tags, people, …
    feed_items: int = 50
    subdistricts: tuple[str, ...] = ()
    tag_rules: tuple[TagRule, ...] = ()
    content_dir: Path = Path("content")
    output_dir: Path = Path(DEFAULT_OUTPUT_DIR_NAME)

    @property
    def templates_dir(self) -> Path:
        return self.root / TEMPLATES_DIR_NAME

    @property
    def static_dir(self) -> Path:
        return self.root / STATIC_DIR_NAME

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    # Cached (not fields: never compared or hashed with the settings): read for every link of
    # every page, and a sitemap at 10,000 articles has 16,000; parsing each time took 0.025 s.
    @cached_property
    def base_path(self) -> str:
        """The URL path the site lives under, always ending in '/': '/' or '/archive/'."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    @cached_property
    def absolute_base(self) -> str | None:
        """'https://example.org/archive/' when the base URL names a host, else None."""
        parts = urlsplit(self.base_url)
        if parts.scheme and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}{self.base_path}"
        return None

    def tags_for(self, text: str) -> list[str]:
        """The tags whose keywords occur in `text`, in config order."""
        return [rule.tag for rule in self.tag_rules if rule.matches(text)]


def _string(value, where: str) -> tuple[object, str | None]:
    if isinstance(value, str) and value.strip():
        return value.strip(), None
    return None, f"must be a non-empty text, not {value!r}"


def _positive_int(value, where: str):
    try:
        number = int(str(value))
    except ValueError:
        return None, f"must be a whole number, not {value!r}"
    if number < 1:
        return None, f"must be at least 1, not {number}"
    return number, None


def _string_list(value, where: str):
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return None, "must be a list of names, e.g. [南关街街道, 北下街街道]"
    return tuple(v.strip() for v in value), None


def _base_url(value, where: str):
    text, error = _string(value, where)
    if error:
        return None, error
    parts = urlsplit(text)
    if parts.scheme not in ("", "http", "https") or (parts.scheme and not parts.netloc):
        return None, f"must be a path like /archive/ or a URL like https://example.org/archive/, not {text!r}"
    if not parts.scheme and not text.startswith("/"):
        return None, f"a path must start with '/', not {text!r}"
    return text, None


# A BCP 47 language tag (zh-CN, zh-Hans-CN, en): what `lang="…"` and Pagefind's language detection read.
_LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")


def _language(value, where: str):
    text, error = _string(value, where)
    if error:
        return None, error
    if _LANGUAGE_TAG.match(text):
        return text, None
    mended = text.replace("_", "-")  # zh_CN, a locale name, is the usual slip
    fix = f"write {mended}" if _LANGUAGE_TAG.match(mended) else "e.g. zh-CN for Simplified Chinese"
    return None, f"must be a BCP 47 language tag, as in <html lang>, not {text!r}: {fix}"


def _tag_rules(value, where: str):
    example = "e.g. [{tag: 换届, keywords: [换届], except: [人大代表换届]}]"
    if not isinstance(value, list):
        return None, f"must be a list of rules, {example}"
    rules = []
    for number, item in enumerate(value, 1):
        if (
            not isinstance(item, dict)
            or not {"tag", "keywords"} <= set(item) <= {"tag", "keywords", "except"}
            or not isinstance(item["tag"], str)
            or not item["tag"].strip()
        ):
            return None, f"rule {number} must have `tag` and `keywords`, and may have `except`, {example}"
        keywords, error = _string_list(item["keywords"], where)
        if error:
            return None, f"rule {number}: keywords {error}"
        exceptions, error = _string_list(item.get("except", []), where)
        if error:
            return None, f"rule {number}: except {error}"
        rules.append(TagRule(item["tag"].strip(), keywords, exceptions))
    return tuple(rules), None


_OPTIONS = {
    "title": _string,
    "description": _string,
    "publisher": _string,
    "base_url": _base_url,
    "language": _language,
    "per_page": _positive_int,
    "names_per_page": _positive_int,
    "feed_items": _positive_int,
    "subdistricts": _string_list,
    "tag_rules": _tag_rules,
}


def load_config(
    root: Path,
    *,
    base_url: str | None = None,
    content_dir: Path | None = None,
    output_dir: Path | None = None,
) -> Config:
    """Read `newsarchive.yml` under `root`; command-line values win over the file.

    `content_dir` and `output_dir` default to `content/` and `output/` under `root`.
    An output folder that is, holds or lies in the site's own folders is a
    problem: each build replaces the output folder whole.
    """
    root = Path(root).resolve()
    path = root / CONFIG_NAME
    values: dict[str, object] = {}
    problems: list[Problem] = []
    if path.exists():
        try:
            document = load_yaml(path.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise InputError([Problem(path, None, None, f"is not UTF-8 text ({exc.reason})")]) from None
        except YamlSyntaxError as exc:
            raise InputError([Problem(path, exc.line, None, str(exc))]) from None
        data = document.data if document.data is not None else {}
        if not isinstance(data, dict):
            raise InputError([Problem(path, 1, None, "must be a mapping of settings (key: value)")])
        problems += [key.problem(path) for key in document.repeated_keys]
        for key, raw in data.items():
            line = document.line_of(str(key))
            check = _OPTIONS.get(key)
            if check is None:
                hint = difflib.get_close_matches(str(key), _OPTIONS, n=1)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                problems.append(Problem(path, line, str(key), f"unknown setting{suggestion}"))
                continue
            value, error = check(raw, key)
            if error:
                problems.append(Problem(path, line, key, error))
            else:
                values[key] = value
    else:
        # Not defaults: they would make a site of any folder (import writing content/ there, build
        # replacing its output/), when the likely cause is the wrong folder or a forgotten --root.
        what = f"it has no {CONFIG_NAME}" if root.is_dir() else "there is no such folder"
        raise NewsarchiveError(
            f"{root} is not a site folder ({what}): run newsarchive in the site folder or name it with --root "
            f"(newsarchive --root SITE COMMAND); a new site starts as a copy of the sample site's {CONFIG_NAME}, "
            "templates/ and static/ (see \"Start a site\" in the README)"
        )
    if base_url is not None:
        value, error = _base_url(base_url, "--base-url")
        if error:
            problems.append(Problem("--base-url", None, None, error))
        else:
            values["base_url"] = value
    content = root / (content_dir or "content")
    given = root / (output_dir or DEFAULT_OUTPUT_DIR_NAME)
    # The site is built where the path leads: a link there (to the folder a web server publishes) stays,
    # and the build's swap replaces its target, never the link. realpath: unlike Path.resolve, no error on a loop.
    output = Path(os.path.realpath(given))
    problem = _output_problem(root, content, given, output, "--output-dir" if output_dir is not None else given)
    if problem:
        problems.append(problem)
    if problems:
        raise InputError(problems)
    return Config(root=root, content_dir=content, output_dir=output, **values)


def _output_problem(root: Path, content: Path, given: Path, real: Path, name: Path | str) -> Problem | None:
    """Why `real` (where the path `given` leads) cannot be the output folder, if it cannot: every build replaces what is there whole."""
    shown = f"{real} (where {given} leads)" if str(real) != os.path.abspath(given) else str(real)  # through a link
    for what, kept in (
        ("the site folder", root),
        ("the content folder", content),
        ("the templates folder", root / TEMPLATES_DIR_NAME),
        ("the static folder", root / STATIC_DIR_NAME),
        ("the cache folder", root / CACHE_DIR_NAME),
    ):
        kept = Path(os.path.realpath(kept))
        if real == kept:
            relation = "is"
        elif kept.is_relative_to(real):
            relation = "contains"
        elif real.is_relative_to(kept) and kept != root:  # output/ in the site folder is the usual place
            relation = "lies inside"
        else:
            continue
        where = "" if relation == "is" else f" ({kept})"
        return Problem(name, None, None, f"the output folder {shown} {relation} {what}{where}; {_OWN_FOLDER}")
    if os.path.lexists(real) and not real.is_dir():
        # Someone's file (or a link that loops): replacing the output folder would move or delete it.
        return Problem(name, None, None, f"the output folder {shown} exists and is not a folder; it is left as it is: move it away, or build elsewhere with --output-dir")
    return None


_OWN_FOLDER = (
    "each build replaces the output folder and everything in it, so it must be a folder of its own: "
    "not the site folder or one above it, and neither in nor above content/, templates/, static/ or .newsarchive-cache/ "
    "(default: output/ in the site folder)"
)
