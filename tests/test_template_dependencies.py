"""Which templates a page template reaches: an edit to one re-renders only the pages that reach it (rebuild.Templates)."""
from __future__ import annotations

import pytest

from generator.rebuild import Templates

SOURCES = {
    "base.html": "<html>{% block main %}{% endblock %}</html>",
    "_list.html": "<ol>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ol>",
    "_macros.html": "{% macro chip(c) %}<b>{{ c }}</b>{% endmacro %}",
    "home.html": '{% extends "base.html" %}{% block main %}{% include "_list.html" %}{% from "_macros.html" import chip %}{% endblock %}',
    "article.html": '{% extends "base.html" %}{% block main %}{{ article.title }}{% endblock %}',
    "dynamic.html": '{% extends "base.html" %}{% block main %}{% include partial %}{% endblock %}',
    "missing.html": '{% extends "base.html" %}{% block main %}{% include "_gone.html" ignore missing %}{% endblock %}',
}


def templates(**edits: str) -> Templates:
    return Templates({name: text.encode() for name, text in {**SOURCES, **edits}.items()})


def reached(name: str, **edits: str) -> bool:
    """Does the edit change the fingerprint of `name`'s pages?"""
    return templates().closure_digest(name) != templates(**edits).closure_digest(name)


@pytest.mark.parametrize(
    "edited, home, article",
    [
        ("base.html", True, True),  # extended by both
        ("_list.html", True, False),  # included by home
        ("_macros.html", True, False),  # imported by home
        ("home.html", True, False),
        ("article.html", False, True),
        ("dynamic.html", False, False),
    ],
)
def test_an_edit_reaches_the_pages_whose_template_extends_includes_or_imports_it(edited, home, article):
    edit = {edited: SOURCES[edited] + "<!-- edited -->"}
    assert (reached("home.html", **edit), reached("article.html", **edit)) == (home, article)


def test_a_template_named_by_an_expression_depends_on_every_template():
    assert reached("dynamic.html", **{"_macros.html": SOURCES["_macros.html"] + " "})


def test_a_template_that_does_not_parse_depends_on_every_template():
    broken = SOURCES["article.html"].replace("{% endblock %}", "")
    assert reached("article.html", **{"article.html": broken})
    assert templates(**{"article.html": broken}).closure_digest("article.html") != templates(**{"article.html": broken, "_list.html": "changed"}).closure_digest("article.html")


def test_a_missing_template_counts_once_it_is_made():
    assert reached("missing.html", **{"_gone.html": "<p>now here</p>"})
    assert not reached("missing.html", **{"_list.html": "changed"})
