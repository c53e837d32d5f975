"""Pinyin slugs: `换届` → `huan-jie`, `南关街街道` → `nan-guan-jie-jie-dao`.

pypinyin reads words in context (重庆 → chong-qing, where unidecode says
zhong-qing); python-slugify then keeps only [a-z0-9-]. Article slugs are
decided once, at import or `new`, and kept in the front matter, so that a
later pypinyin release cannot move a permalink.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import pypinyin
from slugify import slugify as _slugify

MAX_SLUG_LENGTH = 60
# What a slug kept in front matter may look like: safe as one path segment
# on every file system and web server.
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def pinyin_slug(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """The URL slug of a Chinese (or mixed) text; '' when nothing is left to spell."""
    spelled = " ".join(pypinyin.lazy_pinyin(text, errors="default"))
    # save_order: without it, truncation skips a word too long to fit and
    # goes on with shorter later ones ("tui-jin-lao" became "tui-qu").
    return _slugify(spelled, max_length=max_length, word_boundary=True, save_order=True, lowercase=True)


def is_valid_slug(slug: str) -> bool:
    return len(slug) <= 2 * MAX_SLUG_LENGTH and bool(SLUG_PATTERN.match(slug))


def unique_slug(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`, … : the first one not in `taken`."""
    taken = set(taken)
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
