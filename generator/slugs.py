"""Pinyin slugs: `换届` → `huan-jie`, `南关街街道` → `nan-guan-jie-jie-dao`.

pypinyin reads words in context (重庆 → chong-qing, where unidecode says
zhong-qing); python-slugify then keeps only [a-z0-9-]. Article slugs are
decided once, at import or `new`, and kept in the front matter, so that a
later pypinyin release cannot move a permalink.

pypinyin and its phrase tables take ~55 MB and ~0.13 s to load, so it is
imported only when a text must be spelled: collection names already spelled
come from the build cache (cache.py keeps `known_name_slugs()`), new ones
are spelled in a separate process (`learn_name_slugs`), so a build never holds it.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from .parallel import in_child

MAX_SLUG_LENGTH = 60
# What a slug kept in front matter may look like: safe as one path segment
# on every file system and web server.
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Device names Windows reserves in every folder: a site holding `con/` or
# `nul/` cannot be copied to, or served from, a Windows machine.
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))})


def pinyin_slug(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """The URL slug of a Chinese (or mixed) text; '' when nothing is left to spell.

    Never a Windows device name: `CON` gives `con-x`.
    """
    # Here, not at the top: see the module's docstring (python-slugify too: a build that spells nothing never needs it).
    import pypinyin
    from slugify import slugify

    spelled = " ".join(pypinyin.lazy_pinyin(text, errors="default"))
    # save_order: without it, truncation skips a word too long to fit and
    # goes on with shorter later ones ("tui-jin-lao" became "tui-qu").
    slug = slugify(spelled, max_length=max_length, word_boundary=True, save_order=True, lowercase=True)
    return f"{slug}-x" if slug in WINDOWS_RESERVED else slug


# name → slug of every collection name spelled so far, or loaded from the build cache.
_name_slugs: dict[str, str] = {}


def name_slug(name: str) -> str:
    """The slug of a collection's name (tag, person, place).

    A name with nothing to spell (emoji, punctuation) gets a short digest of
    itself, so that its URL does not move when other such names come or go.
    """
    slug = _name_slugs.get(name)
    if slug is None:
        slug = _name_slugs[name] = pinyin_slug(name) or "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return slug


def learn_name_slugs(names: Iterable[str]) -> None:
    """Spell the names not known yet in another process, so that pypinyin never loads into this one."""
    new = sorted(set(names) - _name_slugs.keys())
    if new:
        _name_slugs.update(zip(new, in_child(_spell_names, new)))


def _spell_names(names: list[str]) -> list[str]:
    return [name_slug(name) for name in names]


def known_name_slugs() -> dict[str, str]:
    return dict(_name_slugs)


def remember_name_slugs(slugs: dict[str, str]) -> None:
    """Name slugs spelled by an earlier build with the same pypinyin (from the build cache)."""
    _name_slugs.update(slugs)


def slug_problem(slug: str) -> str | None:
    """Why `slug` cannot be one folder of a URL on every system, or None when it can."""
    if len(slug) > 2 * MAX_SLUG_LENGTH or not SLUG_PATTERN.match(slug):
        return (
            f"{slug!r} is not a safe slug: use lowercase letters, digits and single hyphens "
            f"(at most {2 * MAX_SLUG_LENGTH} characters), e.g. yi-wan-jiao-zi"
        )
    if slug in WINDOWS_RESERVED:
        return f"{slug!r} is a device name on Windows (con, prn, aux, nul, com1…, lpt1…), where its folder cannot exist; use e.g. '{slug}-x'"
    return None


def is_valid_slug(slug: str) -> bool:
    return slug_problem(slug) is None


def unique_slug(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`, … : the first one not in `taken`."""
    taken = set(taken)
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
